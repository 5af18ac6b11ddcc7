import type { DataSource } from 'typeorm';

export interface District {
  code: string;
  townships: [string, string];
  /** `mediator` works in the first township. */
  users: { mediator: string; bureau: string; leader: string };
}

/**
 * A district of one's own: `<code>` with townships `<code>A` (甲镇) and `<code>B` (乙乡), and users
 * `<code>.mediator`, `<code>.bureau`, `<code>.leader` with the demo password. Specs that count things (statistics,
 * unread alerts) run beside others on the same database; in their own district nobody else's cases or alerts
 * reach them.
 */
export async function seedDistrict(dataSource: DataSource, code: string): Promise<District> {
  const townships: [string, string] = [`${code}A`, `${code}B`];
  const prefix = code.toLowerCase();
  const users = { mediator: `${prefix}.mediator`, bureau: `${prefix}.bureau`, leader: `${prefix}.leader` };
  await dataSource.query(
    `INSERT INTO jurisdictions (code, name, level, parent_code)
     VALUES ($1::varchar, $1::varchar || '区', 'district', NULL), ($2, '甲镇', 'township', $1), ($3, '乙乡', 'township', $1)
     ON CONFLICT (code) DO NOTHING`,
    [code, ...townships],
  );
  await dataSource.query(
    `INSERT INTO users (username, display_name, password_hash, role, jurisdiction)
     SELECT v.username, v.username, u.password_hash, v.role, v.jurisdiction
     FROM (VALUES ($1::varchar, 'mediator', $4::varchar), ($2, 'bureau', $5::varchar), ($3, 'leader', $5))
       AS v(username, role, jurisdiction)
     CROSS JOIN (SELECT password_hash FROM users WHERE username = 'mediator.a') AS u
     ON CONFLICT (username) DO NOTHING`,
    [users.mediator, users.bureau, users.leader, townships[0], code],
  );
  return { code, townships, users };
}
