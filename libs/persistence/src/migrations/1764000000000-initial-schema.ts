import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await db.query(`
      CREATE TABLE jurisdictions (
        code varchar(16) PRIMARY KEY,
        name varchar(64) NOT NULL,
        level varchar(16) NOT NULL CHECK (level IN ('district', 'township', 'county')),
        parent_code varchar(16) REFERENCES jurisdictions(code)
      )`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL UNIQUE,
        display_name varchar(64) NOT NULL,
        password_hash varchar(100) NOT NULL,
        role varchar(16) NOT NULL CHECK (role IN ('mediator', 'bureau', 'leader', 'admin')),
        jurisdiction varchar(16) REFERENCES jurisdictions(code),
        webhook_url varchar(500),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_users_role_jurisdiction ON users (role, jurisdiction)`);
    await db.query(`
      CREATE TABLE disputes (
        id varchar(64) PRIMARY KEY,
        title text NOT NULL,
        description text NOT NULL,
        category varchar(32) NOT NULL,
        status varchar(32) NOT NULL,
        tier varchar(16) NOT NULL,
        owner_jurisdiction varchar(16) NOT NULL,
        district varchar(16) NOT NULL,
        risk_level varchar(16) NOT NULL,
        next_due_at timestamptz,
        overdue boolean NOT NULL DEFAULT false,
        state jsonb NOT NULL,
        seq integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Lists are always newest first within a jurisdiction scope; these keep them index-only at 10,000+ cases.
    await db.query(`CREATE INDEX ix_disputes_created ON disputes (created_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX ix_disputes_owner_created ON disputes (owner_jurisdiction, created_at DESC)`,
    );
    await db.query(`CREATE INDEX ix_disputes_district_created ON disputes (district, created_at DESC)`);
    await db.query(`CREATE INDEX ix_disputes_status_created ON disputes (status, created_at DESC)`);
    await db.query(`CREATE INDEX ix_disputes_tier ON disputes (tier)`);
    await db.query(
      `CREATE INDEX ix_disputes_next_due ON disputes (next_due_at) WHERE next_due_at IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE timeline (
        id bigserial PRIMARY KEY,
        subject_type varchar(16) NOT NULL,
        subject_id varchar(64) NOT NULL,
        seq integer NOT NULL,
        at timestamptz NOT NULL,
        actor varchar(64) NOT NULL,
        action varchar(64) NOT NULL,
        from_status varchar(32),
        to_status varchar(32),
        data jsonb NOT NULL,
        CONSTRAINT uq_timeline_subject_seq UNIQUE (subject_id, seq)
      )`);
    await db.query(`
      CREATE TABLE alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedup_key varchar(300) NOT NULL UNIQUE,
        recipient varchar(64) NOT NULL,
        kind varchar(32) NOT NULL,
        subject_type varchar(16) NOT NULL,
        subject_id varchar(64) NOT NULL,
        deadline_kind varchar(32),
        message text NOT NULL,
        message_en text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        webhook_status varchar(16) NOT NULL DEFAULT 'none',
        webhook_attempts integer NOT NULL DEFAULT 0,
        webhook_error text
      )`);
    await db.query(`CREATE INDEX ix_alerts_recipient_created ON alerts (recipient, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE alerts`);
    await db.query(`DROP TABLE timeline`);
    await db.query(`DROP TABLE disputes`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE jurisdictions`);
  }
}
