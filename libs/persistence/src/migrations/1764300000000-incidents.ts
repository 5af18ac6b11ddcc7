import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Incidents1764300000000 implements MigrationInterface {
  name = 'Incidents1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE incidents (
        id varchar(64) PRIMARY KEY,
        title text NOT NULL,
        type varchar(64) NOT NULL,
        status varchar(32) NOT NULL,
        severity varchar(4) NOT NULL,
        jurisdiction varchar(16) NOT NULL,
        district varchar(16) NOT NULL,
        dispute_id varchar(64),
        state jsonb NOT NULL,
        seq integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Lists are newest first within a jurisdiction scope, optionally narrowed by status or severity.
    await db.query(`CREATE INDEX ix_incidents_created ON incidents (created_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX ix_incidents_jurisdiction_created ON incidents (jurisdiction, created_at DESC)`,
    );
    await db.query(`CREATE INDEX ix_incidents_district_created ON incidents (district, created_at DESC)`);
    await db.query(`CREATE INDEX ix_incidents_status_created ON incidents (status, created_at DESC)`);
    await db.query(`CREATE INDEX ix_incidents_severity_created ON incidents (severity, created_at DESC)`);
    await db.query(
      `CREATE INDEX ix_incidents_dispute ON incidents (dispute_id) WHERE dispute_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE incidents`);
  }
}
