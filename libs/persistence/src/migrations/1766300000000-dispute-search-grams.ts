import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case search for one and two characters, the common length of a Chinese term (林, 石门, 界桩): pg_trgm's index
 * needs three characters, so these scanned every row. Each case carries the set of its one- and two-character
 * substrings, under a GIN index; a short term is then a containment lookup, exact (a term of at most two
 * characters occurs in the text iff it is one of those substrings).
 */
export class DisputeSearchGrams1766300000000 implements MigrationInterface {
  name = 'DisputeSearchGrams1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION boundary_short_grams(text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT gram), '{}')
        FROM generate_series(1, length($1)) AS i
        CROSS JOIN (VALUES (1), (2)) AS sizes (n)
        CROSS JOIN LATERAL (SELECT substr($1, i, n) AS gram) AS g
        WHERE i + n - 1 <= length($1) AND gram !~ '\\s'
      $$`);
    // A generated column may not read another, so the text is the search column's expression again.
    await db.query(
      `ALTER TABLE disputes ADD COLUMN search_grams text[]
         GENERATED ALWAYS AS (boundary_short_grams(lower(title || ' ' || description))) STORED`,
    );
    await db.query(`CREATE INDEX ix_disputes_search_grams ON disputes USING gin (search_grams)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_disputes_search_grams`);
    await db.query(`ALTER TABLE disputes DROP COLUMN search_grams`);
    await db.query(`DROP FUNCTION boundary_short_grams(text)`);
  }
}
