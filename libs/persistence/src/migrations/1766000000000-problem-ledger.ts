import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Patrols and the problem ledger: findings (台账条目) and patrol plans are projections of their workflows, like
 * cases; patrols are records written by the API in one transaction with the markers they report on. The
 * application role gets these tables through the default privileges of ApplicationRole1765200000000.
 */
export class ProblemLedger1766000000000 implements MigrationInterface {
  name = 'ProblemLedger1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE findings (
        id varchar(64) PRIMARY KEY,
        title text NOT NULL,
        status varchar(32) NOT NULL,
        district varchar(16) NOT NULL,
        kind varchar(16) NOT NULL,
        jurisdiction varchar(16) NOT NULL,
        line_code varchar(32),
        marker_code varchar(32),
        patrol_id varchar(64),
        assignee varchar(64),
        dispute_id varchar(64),
        incident_id varchar(64),
        rectify_due_at timestamptz,
        rectify_status varchar(16),
        closed_at timestamptz,
        location geography(Point, 4326),
        state jsonb NOT NULL,
        seq integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_findings_created ON findings (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX ix_findings_jurisdiction ON findings (jurisdiction, created_at DESC)`);
    await db.query(`CREATE INDEX ix_findings_district ON findings (district, created_at DESC)`);
    await db.query(`CREATE INDEX ix_findings_status ON findings (status, created_at DESC)`);
    // The open finding of a marker is looked up on every patrol that finds the marker damaged.
    await db.query(
      `CREATE INDEX ix_findings_marker ON findings (marker_code, status) WHERE marker_code IS NOT NULL`,
    );
    await db.query(`CREATE INDEX ix_findings_location ON findings USING gist (location)`);

    await db.query(`
      CREATE TABLE patrol_plans (
        id varchar(64) PRIMARY KEY,
        title text NOT NULL,
        status varchar(32) NOT NULL,
        district varchar(16) NOT NULL,
        jurisdictions varchar(16)[] NOT NULL,
        due_at timestamptz NOT NULL,
        state jsonb NOT NULL,
        seq integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_patrol_plans_created ON patrol_plans (district, created_at DESC)`);
    await db.query(`CREATE INDEX ix_patrol_plans_jurisdictions ON patrol_plans USING gin (jurisdictions)`);

    await db.query(`
      CREATE TABLE patrols (
        id varchar(64) PRIMARY KEY,
        plan_id varchar(64),
        line_code varchar(32) NOT NULL REFERENCES boundary_lines (code),
        jurisdiction varchar(16) NOT NULL,
        district varchar(16) NOT NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz NOT NULL,
        team jsonb NOT NULL,
        track geography(LineString, 4326),
        markers jsonb NOT NULL,
        findings jsonb NOT NULL,
        finding_ids jsonb NOT NULL DEFAULT '[]',
        created_by varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_patrols_jurisdiction ON patrols (jurisdiction, started_at DESC)`);
    await db.query(`CREATE INDEX ix_patrols_plan ON patrols (plan_id) WHERE plan_id IS NOT NULL`);
    // A repair is written once per finding, however often the activity that writes it is retried.
    await db.query(
      `CREATE UNIQUE INDEX ux_marker_history_repair ON boundary_marker_history (ref) WHERE source = 'repair'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ux_marker_history_repair`);
    await db.query(`DROP TABLE patrols`);
    await db.query(`DROP TABLE patrol_plans`);
    await db.query(`DROP TABLE findings`);
  }
}
