import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts a bureau can run: users can be disabled, must change an issued password, and carry a token version
 * that every change of role, jurisdiction, status or password raises (older tokens end). Jurisdictions gain the
 * city and village levels (a neighbouring county is a district like ours) and name their two responsible
 * persons. Failed logins are counted per username, whether or not it exists, so a lockout reveals nothing.
 */
export class Accounts1765000000000 implements MigrationInterface {
  name = 'Accounts1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE jurisdictions DROP CONSTRAINT IF EXISTS jurisdictions_level_check`);
    await db.query(`UPDATE jurisdictions SET level = 'district' WHERE level = 'county'`);
    await db.query(`
      ALTER TABLE jurisdictions
        ADD CONSTRAINT jurisdictions_level_check CHECK (level IN ('city', 'district', 'township', 'village')),
        ADD COLUMN first_responsible varchar(64) REFERENCES users(username),
        ADD COLUMN direct_responsible varchar(64) REFERENCES users(username)`);
    await db.query(`CREATE INDEX ix_jurisdictions_parent ON jurisdictions (parent_code)`);
    await db.query(`
      ALTER TABLE users
        ADD COLUMN disabled boolean NOT NULL DEFAULT false,
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN phone varchar(32),
        ADD COLUMN token_version integer NOT NULL DEFAULT 0,
        ADD COLUMN webhook_key char(32),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    // A webhook set before recipients had secrets of their own gets one; its owner reads it by setting the URL again.
    await db.query(
      `UPDATE users SET webhook_key = encode(gen_random_bytes(16), 'hex') WHERE webhook_url IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE login_failures (
        username varchar(64) PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
    await db.query(`
      CREATE TABLE settings (
        key varchar(64) PRIMARY KEY,
        value text NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE settings`);
    await db.query(`DROP TABLE login_failures`);
    await db.query(`
      ALTER TABLE users DROP COLUMN disabled, DROP COLUMN must_change_password, DROP COLUMN phone,
        DROP COLUMN token_version, DROP COLUMN webhook_key, DROP COLUMN updated_at`);
    await db.query(`DROP INDEX ix_jurisdictions_parent`);
    await db.query(`
      ALTER TABLE jurisdictions DROP COLUMN first_responsible, DROP COLUMN direct_responsible,
        DROP CONSTRAINT jurisdictions_level_check`);
    await db.query(
      `UPDATE jurisdictions SET level = 'county' WHERE level = 'district' AND parent_code IS NOT NULL`,
    );
    await db.query(`DELETE FROM jurisdictions WHERE level IN ('city', 'village')`);
    await db.query(`
      ALTER TABLE jurisdictions ADD CONSTRAINT jurisdictions_level_check
        CHECK (level IN ('district', 'township', 'county'))`);
  }
}
