import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each family's read-model table and the index its rows are rewritten in (newest first where there is one). */
const TABLES: { table: string; order: string }[] = [
  { table: 'disputes', order: 'ix_disputes_created' },
  { table: 'incidents', order: 'ix_incidents_created' },
  { table: 'findings', order: 'ix_findings_created' },
  { table: 'patrol_plans', order: 'ix_patrol_plans_created' },
  { table: 'joint_inspections', order: 'joint_inspections_pkey' },
];

/**
 * Lists at 100,000 cases: a list filters and counts on a dozen short columns, but each row also carried the
 * workflow's whole state (about 1 KB of JSON) and the case's search text and grams (another 0.8 KB), so every
 * scan and count read 2 KB a row. TOAST moves a row's long values out of line once the row passes
 * `toast_tuple_target`; at its minimum (128 bytes) only the short columns stay in the row and a list reads a
 * quarter of the pages (disputes: 128 MB → 41 MB at 100,000 rows). The state is read back only for the page
 * shown and the subject opened.
 *
 * The search text (lower-cased title and description, about 180 bytes) stays in the row (MAIN): a search tests
 * it row by row wherever the planner scans rather than reads an index (the trigram index is lossy, and is
 * rechecked on it), and an out-of-line fetch per row made a four-character search 45 ms instead of 12. The short
 * grams (600 bytes) go out of line uncompressed (EXTERNAL); their GIN index also holds the status (btree_gin):
 * with status alone indexed, a search within a status ("坪" among cases being screened) took the status index
 * and fetched every screened case's grams to test them.
 *
 * Existing rows are rewritten (CLUSTER, which also reclaims the space) under an exclusive lock: about 15 s per
 * 100,000 cases, at deploy time.
 */
export class NarrowReadModel1766500000000 implements MigrationInterface {
  name = 'NarrowReadModel1766500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await db.query(`DROP INDEX ix_disputes_search_grams`);
    await db.query(`CREATE INDEX ix_disputes_search_grams ON disputes USING gin (search_grams, status)`);
    await db.query(
      `ALTER TABLE disputes ALTER COLUMN search SET STORAGE MAIN, ALTER COLUMN search_grams SET STORAGE EXTERNAL`,
    );
    for (const { table, order } of TABLES) {
      await db.query(`ALTER TABLE ${table} SET (toast_tuple_target = 128)`);
      await db.query(`CLUSTER ${table} USING ${order}`);
      await db.query(`ANALYZE ${table}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { table } of TABLES) await db.query(`ALTER TABLE ${table} RESET (toast_tuple_target)`);
    await db.query(
      `ALTER TABLE disputes ALTER COLUMN search SET STORAGE EXTENDED, ALTER COLUMN search_grams SET STORAGE EXTENDED`,
    );
    await db.query(`DROP INDEX ix_disputes_search_grams`);
    await db.query(`CREATE INDEX ix_disputes_search_grams ON disputes USING gin (search_grams)`);
  }
}
