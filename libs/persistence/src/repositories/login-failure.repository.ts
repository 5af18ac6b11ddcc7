import type { DataSource } from 'typeorm';

export interface LockoutPolicy {
  maxFailures: number;
  /** How long a lock lasts, and the window failures are counted in. */
  seconds: number;
}

/**
 * Failed logins per username, from any address. Counted for names that do not exist too, so that a lockout
 * does not tell which accounts do.
 */
export class LoginFailureRepository {
  constructor(private readonly dataSource: DataSource) {}

  async isLocked(username: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM login_failures WHERE username = $1 AND locked_until > now()`,
      [username],
    );
    return rows.length > 0;
  }

  /** Counts one failure (a window older than the policy starts again); true when this one locked the account. */
  async recordFailure(username: string, { maxFailures, seconds }: LockoutPolicy): Promise<boolean> {
    const fresh = `f.window_started_at > now() - make_interval(secs => $3)`;
    const failures = `CASE WHEN ${fresh} THEN f.failures + 1 ELSE 1 END`;
    const [row]: { locked: boolean }[] = await this.dataSource.query(
      `INSERT INTO login_failures AS f (username, failures, window_started_at, locked_until)
       VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $3) END)
       ON CONFLICT (username) DO UPDATE SET
         failures = ${failures},
         window_started_at = CASE WHEN ${fresh} THEN f.window_started_at ELSE now() END,
         locked_until = CASE WHEN ${failures} >= $2 THEN now() + make_interval(secs => $3) ELSE f.locked_until END
       RETURNING failures >= $2 AS locked`,
      [username, maxFailures, seconds],
    );
    return row?.locked === true;
  }

  async clear(username: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE username = $1`, [username]);
  }
}
