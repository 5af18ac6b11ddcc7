import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case search (`q`) over one lower-cased column with a trigram index: ILIKE over two columns case-folded every
 * row of every list. Terms of three or more characters use the index; shorter Chinese terms still scan, but
 * with a plain LIKE over one column.
 */
export class DisputeSearch1764600000000 implements MigrationInterface {
  name = 'DisputeSearch1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(
      `ALTER TABLE disputes ADD COLUMN search text GENERATED ALWAYS AS (lower(title || ' ' || description)) STORED`,
    );
    await db.query(`CREATE INDEX ix_disputes_search_trgm ON disputes USING gin (search gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_disputes_search_trgm`);
    await db.query(`ALTER TABLE disputes DROP COLUMN search`);
  }
}
