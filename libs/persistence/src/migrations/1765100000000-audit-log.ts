import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The security audit log: append-only, each row chained to the one before (hash, prev_hash). */
export class AuditLog1765100000000 implements MigrationInterface {
  name = 'AuditLog1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        actor varchar(64) NOT NULL,
        action varchar(64) NOT NULL,
        target varchar(128),
        ip varchar(64),
        outcome varchar(16) NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        hash char(64) NOT NULL,
        prev_hash char(64) NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_audit_at ON audit_log (at DESC, id DESC)`);
    await db.query(`CREATE INDEX ix_audit_actor_at ON audit_log (actor, at DESC)`);
    await db.query(`CREATE INDEX ix_audit_action_at ON audit_log (action, at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
  }
}
