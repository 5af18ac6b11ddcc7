import { hash } from 'bcryptjs';
import type { DataSource } from 'typeorm';
import { BoundaryRepository } from './boundary/boundary.repository';
import { DEMO_REGISTER } from './boundary/demo-register';
import type { JurisdictionLevel } from './entities/jurisdiction.entity';
import type { UserRole } from './entities/user.entity';

export const DEMO_PASSWORD = 'demo1234';

interface DemoStep {
  jurisdictions: { code: string; name: string; level: JurisdictionLevel; parent: string | null }[];
  users: { username: string; displayName: string; role: UserRole; jurisdiction: string | null }[];
}

/**
 * The demo organisation as it grew, one step per release. A database remembers the steps it has had, so a
 * demo account an administrator removed stays removed, and an older demo database gains only what is new.
 */
const STEPS: DemoStep[] = [
  {
    jurisdictions: [
      { code: 'D01', name: '示范区', level: 'district', parent: null },
      { code: 'T01', name: '东坪镇', level: 'township', parent: 'D01' },
      { code: 'T02', name: '西河乡', level: 'township', parent: 'D01' },
      { code: 'N01', name: '邻县', level: 'district', parent: null },
    ],
    users: [
      { username: 'mediator.a', displayName: '东坪镇调解员', role: 'mediator', jurisdiction: 'T01' },
      { username: 'mediator.b', displayName: '西河乡调解员', role: 'mediator', jurisdiction: 'T02' },
      { username: 'bureau', displayName: '区民政局', role: 'bureau', jurisdiction: 'D01' },
      { username: 'leader', displayName: '区分管领导', role: 'leader', jurisdiction: 'D01' },
      { username: 'admin', displayName: '系统管理员', role: 'admin', jurisdiction: null },
    ],
  },
  {
    // The city is the common superior of the district and its neighbouring county.
    jurisdictions: [
      { code: 'C01', name: '示范市', level: 'city', parent: null },
      { code: 'D01', name: '示范区', level: 'district', parent: 'C01' },
      { code: 'N01', name: '邻县', level: 'district', parent: 'C01' },
      { code: 'N0101', name: '石桥镇', level: 'township', parent: 'N01' },
    ],
    users: [
      { username: 'bureau.n01', displayName: '邻县民政局', role: 'bureau', jurisdiction: 'N01' },
      { username: 'mediator.c', displayName: '石桥镇调解员', role: 'mediator', jurisdiction: 'N0101' },
      { username: 'city', displayName: '市民政局', role: 'bureau', jurisdiction: 'C01' },
    ],
  },
];

const VERSION_KEY = 'demo_organisation_version';

/**
 * Loads the steps of the demo organisation this database has not had yet, then the demo boundary register
 * (existing rows, passwords and marker statuses are kept). Never in production: every demo account shares a
 * published password.
 */
export async function seedDemoOrganisation(
  dataSource: DataSource,
  nodeEnv: 'development' | 'production' | 'test',
): Promise<void> {
  if (nodeEnv === 'production') {
    throw new Error('the demo organisation is never loaded in production (NODE_ENV=production)');
  }
  await dataSource.transaction(async (tx) => {
    await tx.query(`LOCK TABLE settings IN EXCLUSIVE MODE`);
    const [stored]: { value: string }[] = await tx.query(`SELECT value FROM settings WHERE key = $1`, [
      VERSION_KEY,
    ]);
    const done = Number(stored?.value ?? 0);
    if (done >= STEPS.length) return;
    const passwordHash = await hash(DEMO_PASSWORD, 10);
    for (const step of STEPS.slice(done)) {
      for (const j of step.jurisdictions) {
        await tx.query(
          `INSERT INTO jurisdictions (code, name, level, parent_code) VALUES ($1, $2, $3, $4)
           ON CONFLICT (code) DO UPDATE SET parent_code = EXCLUDED.parent_code`,
          [j.code, j.name, j.level, j.parent],
        );
      }
      for (const user of step.users) {
        await tx.query(
          `INSERT INTO users (username, display_name, password_hash, role, jurisdiction)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (username) DO NOTHING`,
          [user.username, user.displayName, passwordHash, user.role, user.jurisdiction],
        );
      }
    }
    await tx.query(
      `INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [VERSION_KEY, String(STEPS.length)],
    );
  });
  const register = await new BoundaryRepository(dataSource).write(DEMO_REGISTER, {
    by: 'demo-seed',
    source: 'register',
    mode: 'keep',
    maxOffsetMeters: 1,
  });
  if (!register.ok) throw new Error(`demo register refused: ${JSON.stringify(register.problems)}`);
}
