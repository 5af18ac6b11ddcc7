import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The group role the API and worker log in through (docs/deploy.md); the migrating role owns the schema. */
export const APPLICATION_ROLE = 'boundary_app';

/**
 * The API and worker run as a member of `boundary_app`, which may read and write everything except change or
 * remove a timeline or audit row: those tables only take INSERT and SELECT, so records stay as written even if
 * the application is taken over. Tables that later migrations create get the full grant by default, and a
 * migration that adds another append-only table revokes as this one does.
 */
export class ApplicationRole1765200000000 implements MigrationInterface {
  name = 'ApplicationRole1765200000000';

  async up(db: QueryRunner): Promise<void> {
    // Roles belong to the whole cluster: several databases (and test runs) share this one.
    await db.query(`
      DO $$ BEGIN
        CREATE ROLE ${APPLICATION_ROLE} NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await db.query(`GRANT USAGE ON SCHEMA public TO ${APPLICATION_ROLE}`);
    await db.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APPLICATION_ROLE}`,
    );
    await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APPLICATION_ROLE}`);
    await db.query(`
      ALTER DEFAULT PRIVILEGES IN SCHEMA public
        GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APPLICATION_ROLE}`);
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APPLICATION_ROLE}`,
    );
    await db.query(`REVOKE UPDATE, DELETE, TRUNCATE ON timeline, audit_log FROM ${APPLICATION_ROLE}`);
    await db.query(`REVOKE ALL ON migrations FROM ${APPLICATION_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${APPLICATION_ROLE}`);
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${APPLICATION_ROLE}`,
    );
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APPLICATION_ROLE}`);
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APPLICATION_ROLE}`);
    await db.query(`REVOKE USAGE ON SCHEMA public FROM ${APPLICATION_ROLE}`);
  }
}
