import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The boundary register in PostGIS: lines and markers as `geography` (WGS-84 / CGCS2000 lng-lat), so lengths
 * and distances are measured on the ellipsoid, with GiST indexes for `near=` (nearest first). Cases and
 * incidents get a point and the line they concern, written by their projection like every other column.
 */
export class BoundaryRegister1765500000000 implements MigrationInterface {
  name = 'BoundaryRegister1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS postgis`);
    await db.query(`
      CREATE TABLE boundary_lines (
        code varchar(32) PRIMARY KEY,
        name text NOT NULL,
        level varchar(16) NOT NULL,
        sides varchar(16)[] NOT NULL CHECK (cardinality(sides) = 2 AND sides[1] <> sides[2]),
        townships varchar(16)[] NOT NULL,
        districts varchar(16)[] NOT NULL,
        geom geography(LineString, 4326) NOT NULL,
        agreement_ref text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_boundary_lines_geom ON boundary_lines USING gist (geom)`);
    // Who reads a line: the county-level units on either side, and the townships along it.
    await db.query(`CREATE INDEX ix_boundary_lines_districts ON boundary_lines USING gin (districts)`);
    await db.query(`CREATE INDEX ix_boundary_lines_townships ON boundary_lines USING gin (townships)`);
    await db.query(`
      CREATE TABLE boundary_markers (
        code varchar(32) PRIMARY KEY,
        line_code varchar(32) NOT NULL REFERENCES boundary_lines (code),
        type varchar(8) NOT NULL,
        location geography(Point, 4326) NOT NULL,
        responsible_side varchar(16) NOT NULL,
        status varchar(16) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_boundary_markers_location ON boundary_markers USING gist (location)`);
    await db.query(`CREATE INDEX ix_boundary_markers_line ON boundary_markers (line_code, code)`);
    await db.query(`CREATE INDEX ix_boundary_markers_status ON boundary_markers (status)`);
    await db.query(`
      CREATE TABLE boundary_marker_history (
        id bigserial PRIMARY KEY,
        marker_code varchar(32) NOT NULL REFERENCES boundary_markers (code),
        at timestamptz NOT NULL DEFAULT now(),
        status varchar(16) NOT NULL,
        recorded_by varchar(64) NOT NULL,
        source varchar(16) NOT NULL,
        ref varchar(64),
        note text
      )`);
    await db.query(`CREATE INDEX ix_boundary_marker_history ON boundary_marker_history (marker_code, id)`);
    for (const table of ['disputes', 'incidents']) {
      await db.query(
        `ALTER TABLE ${table} ADD COLUMN line_code varchar(32), ADD COLUMN location geography(Point, 4326)`,
      );
      await db.query(`CREATE INDEX ix_${table}_location ON ${table} USING gist (location)`);
      await db.query(`CREATE INDEX ix_${table}_line ON ${table} (line_code) WHERE line_code IS NOT NULL`);
      // Rows projected before this migration carry their point in the state already.
      await db.query(
        `UPDATE ${table} SET line_code = state->>'lineCode',
           location = CASE WHEN state ? 'location' THEN ST_SetSRID(ST_MakePoint(
             (state->'location'->>'lng')::float8, (state->'location'->>'lat')::float8), 4326)::geography END`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['disputes', 'incidents']) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN line_code, DROP COLUMN location`);
    }
    await db.query(`DROP TABLE boundary_marker_history`);
    await db.query(`DROP TABLE boundary_markers`);
    await db.query(`DROP TABLE boundary_lines`);
  }
}
