import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from './1765200000000-application-role';

/**
 * The read model of joint inspections (联检): one row per inspection, projected by its workflow like cases and
 * incidents. The grant is explicit: default privileges only cover tables the same role creates.
 */
export class JointInspections1766200000001 implements MigrationInterface {
  name = 'JointInspections1766200000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE joint_inspections (
        id varchar(64) PRIMARY KEY,
        title text NOT NULL,
        status varchar(32) NOT NULL,
        district varchar(16) NOT NULL,
        line_code varchar(32) NOT NULL,
        sides varchar(16)[] NOT NULL,
        next_due_at timestamptz,
        state jsonb NOT NULL,
        seq integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON joint_inspections TO ${APPLICATION_ROLE}`);
    await db.query(`CREATE INDEX ix_joint_inspections_sides ON joint_inspections USING gin (sides)`);
    await db.query(`CREATE INDEX ix_joint_inspections_line ON joint_inspections (line_code, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE joint_inspections`);
  }
}
