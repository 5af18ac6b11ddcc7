import { hash } from 'bcryptjs';
import type { DataSource } from 'typeorm';
import { BoundaryRepository } from './boundary/boundary.repository';
import { DEMO_REGISTER } from './boundary/demo-register';
import type { JurisdictionLevel } from './entities/jurisdiction.entity';
import type { UserRole } from './entities/user.entity';

export const DEMO_PASSWORD = 'demo1234';

const JURISDICTIONS: { code: string; name: string; level: JurisdictionLevel; parent: string | null }[] = [
  { code: 'D01', name: '示范区', level: 'district', parent: null },
  { code: 'T01', name: '东坪镇', level: 'township', parent: 'D01' },
  { code: 'T02', name: '西河乡', level: 'township', parent: 'D01' },
  { code: 'N01', name: '邻县', level: 'county', parent: null },
];

const USERS: { username: string; displayName: string; role: UserRole; jurisdiction: string | null }[] = [
  { username: 'mediator.a', displayName: '东坪镇调解员', role: 'mediator', jurisdiction: 'T01' },
  { username: 'mediator.b', displayName: '西河乡调解员', role: 'mediator', jurisdiction: 'T02' },
  { username: 'bureau', displayName: '区民政局', role: 'bureau', jurisdiction: 'D01' },
  { username: 'leader', displayName: '区分管领导', role: 'leader', jurisdiction: 'D01' },
  { username: 'admin', displayName: '系统管理员', role: 'admin', jurisdiction: null },
];

/**
 * Loads the demo organisation and its boundary register; running it again changes nothing (existing rows,
 * passwords and marker statuses are kept).
 */
export async function seedDemoOrganisation(dataSource: DataSource): Promise<void> {
  for (const j of JURISDICTIONS) {
    await dataSource.query(
      `INSERT INTO jurisdictions (code, name, level, parent_code) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING`,
      [j.code, j.name, j.level, j.parent],
    );
  }
  const existing: { username: string }[] = await dataSource.query(`SELECT username FROM users`);
  const known = new Set(existing.map((row) => row.username));
  const passwordHash = await hash(DEMO_PASSWORD, 10);
  for (const user of USERS.filter((u) => !known.has(u.username))) {
    await dataSource.query(
      `INSERT INTO users (username, display_name, password_hash, role, jurisdiction)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (username) DO NOTHING`,
      [user.username, user.displayName, passwordHash, user.role, user.jurisdiction],
    );
  }
  const register = await new BoundaryRepository(dataSource).write(DEMO_REGISTER, {
    by: 'demo-seed',
    source: 'register',
    mode: 'keep',
    maxOffsetMeters: 1,
  });
  if (!register.ok) throw new Error(`demo register refused: ${JSON.stringify(register.problems)}`);
}
