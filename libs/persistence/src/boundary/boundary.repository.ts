import { DatabaseError } from 'pg';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { Page } from '../subjects/subject.repository';
import type {
  BoundaryLineRecord,
  BoundaryLineWrite,
  BoundaryMarker,
  BoundaryMarkerRecord,
  LineStringGeometry,
  MarkerHistoryEntry,
  MarkerSource,
  MarkerStatus,
  Near,
  RegisterScope,
} from './model';

export interface MarkerFilter extends Page {
  line?: string;
  status?: MarkerStatus;
  near?: Near;
}

export interface RegisterChange {
  lines: BoundaryLineWrite[];
  markers: BoundaryMarker[];
}

export interface RegisterWriteOptions {
  by: string;
  source: MarkerSource;
  /** `upsert` replaces what differs (an import); `keep` leaves an existing code as it is (create, seed). */
  mode: 'upsert' | 'keep';
  /** A marker further than this from its line is refused. */
  maxOffsetMeters: number;
}

/** One refused feature, named by its code. */
export interface FeatureProblem {
  feature: string;
  field: string;
  problems: string[];
}

export type RegisterWriteResult =
  { ok: true; lines: string[]; markers: string[] } | { ok: false; problems: FeatureProblem[] };

/** What a write needs to know of an existing line: its sides and who reads it. */
export type LineReach = Pick<BoundaryLineWrite, 'code' | 'sides' | 'townships' | 'districts'>;

export interface StatusReport {
  status: MarkerStatus;
  by: string;
  source: MarkerSource;
  ref?: string;
  note?: string;
}

/** Collects positional parameters while a query is put together. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const POINT = (lng: string, lat: string) => `ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326)::geography`;

const LINE_COLUMNS = `l.code, l.name, l.level, l.sides, l.townships, l.districts, l.agreement_ref,
  ST_AsGeoJSON(l.geom)::json AS geometry, ST_Length(l.geom) AS length_meters,
  (SELECT count(*) FROM boundary_markers c WHERE c.line_code = l.code)::int AS marker_count`;

const MARKER_COLUMNS = `m.code, m.line_code, m.type, m.responsible_side, m.status,
  ST_Y(m.location::geometry) AS lat, ST_X(m.location::geometry) AS lng`;

interface LineRow {
  code: string;
  name: string;
  level: BoundaryLineRecord['level'];
  sides: [string, string];
  townships: string[];
  districts: string[];
  agreement_ref: string | null;
  geometry: LineStringGeometry;
  length_meters: number;
  marker_count: number;
}

interface MarkerRow {
  code: string;
  line_code: string;
  type: BoundaryMarker['type'];
  responsible_side: string;
  status: MarkerStatus;
  lat: number;
  lng: number;
  distance_meters?: number;
  total?: string;
}

const toLine = (row: LineRow): BoundaryLineRecord => ({
  code: row.code,
  name: row.name,
  level: row.level,
  sides: row.sides,
  townships: row.townships,
  districts: row.districts,
  geometry: row.geometry,
  ...(row.agreement_ref === null ? {} : { agreementRef: row.agreement_ref }),
  lengthMeters: row.length_meters,
  markerCount: row.marker_count,
});

const toMarker = (row: MarkerRow): BoundaryMarkerRecord => ({
  code: row.code,
  lineCode: row.line_code,
  type: row.type,
  location: { lat: row.lat, lng: row.lng },
  responsibleSide: row.responsible_side,
  status: row.status,
  ...(row.distance_meters === undefined ? {} : { distanceMeters: row.distance_meters }),
});

/** A transaction's way out with the problems it found: nothing it wrote stays. */
class Refused extends Error {
  constructor(readonly problems: FeatureProblem[]) {
    super('register change refused');
  }
}

/**
 * PostgreSQL (PostGIS included) refused a value of the input itself, SQLSTATE class 22 (data exception): the
 * caller's data is at fault, not the query or the server. Outages are classified by the data source.
 */
const isDataException = (error: unknown): error is QueryFailedError<DatabaseError> =>
  error instanceof QueryFailedError &&
  error.driverError instanceof DatabaseError &&
  error.driverError.code?.startsWith('22') === true;

/** Lines, markers and marker history in PostGIS; distances and lengths on the ellipsoid (`geography`). */
export class BoundaryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The scope as a condition on the lines table (alias `l`). */
  private scoped(scope: RegisterScope, params: Params): string {
    const conditions = ['TRUE'];
    if (scope.districts) conditions.push(`l.districts && ${params.add(scope.districts)}::varchar[]`);
    if (scope.township) conditions.push(`${params.add(scope.township)} = ANY (l.townships)`);
    return conditions.join(' AND ');
  }

  async lines(scope: RegisterScope, jurisdiction?: string): Promise<BoundaryLineRecord[]> {
    const params = new Params();
    const where = [this.scoped(scope, params)];
    if (jurisdiction) {
      const j = params.add(jurisdiction);
      where.push(`(${j} = ANY (l.sides) OR ${j} = ANY (l.townships) OR ${j} = ANY (l.districts))`);
    }
    const rows: LineRow[] = await this.dataSource.query(
      `SELECT ${LINE_COLUMNS} FROM boundary_lines l WHERE ${where.join(' AND ')} ORDER BY l.code`,
      params.values,
    );
    return rows.map(toLine);
  }

  async line(code: string, scope: RegisterScope): Promise<BoundaryLineRecord | null> {
    const params = new Params();
    const rows: LineRow[] = await this.dataSource.query(
      `SELECT ${LINE_COLUMNS} FROM boundary_lines l
       WHERE l.code = ${params.add(code)} AND ${this.scoped(scope, params)}`,
      params.values,
    );
    return rows[0] ? toLine(rows[0]) : null;
  }

  /** The lines among `codes` that exist, whatever the caller's scope: a write judges the scope itself. */
  async reach(codes: string[]): Promise<LineReach[]> {
    if (codes.length === 0) return [];
    return this.dataSource.query(
      `SELECT code, sides, townships, districts FROM boundary_lines WHERE code = ANY ($1::varchar[])`,
      [codes],
    );
  }

  /** The markers among `codes` that exist, with their line. */
  async existingMarkers(codes: string[]): Promise<{ code: string; lineCode: string }[]> {
    if (codes.length === 0) return [];
    return this.dataSource.query(
      `SELECT code, line_code AS "lineCode" FROM boundary_markers WHERE code = ANY ($1::varchar[])`,
      [codes],
    );
  }

  /** The markers named, and every marker of the lines named: what a plan or a patrol covers. */
  async markersCovering(
    codes: string[],
    lineCodes: string[],
  ): Promise<{ code: string; lineCode: string; responsibleSide: string }[]> {
    if (codes.length === 0 && lineCodes.length === 0) return [];
    return this.dataSource.query(
      `SELECT code, line_code AS "lineCode", responsible_side AS "responsibleSide" FROM boundary_markers
       WHERE code = ANY ($1::varchar[]) OR line_code = ANY ($2::varchar[]) ORDER BY code`,
      [codes, lineCodes],
    );
  }

  /** Markers within the scope; around a point, nearest first with their distance. */
  async markers(
    filter: MarkerFilter,
    scope: RegisterScope,
  ): Promise<{ items: BoundaryMarkerRecord[]; total: number }> {
    const params = new Params();
    const own = ['TRUE'];
    if (filter.line) own.push(`m.line_code = ${params.add(filter.line)}`);
    if (filter.status) own.push(`m.status = ${params.add(filter.status)}`);
    let distance = '';
    let order = 'm.code';
    if (filter.near) {
      const point = POINT(params.add(filter.near.lng), params.add(filter.near.lat));
      own.push(`ST_DWithin(m.location, ${point}, ${params.add(filter.near.meters)})`);
      distance = `, ST_Distance(m.location, ${point}) AS distance_meters`;
      order = 'distance_meters, m.code';
    }
    // Around a point the spatial index must lead: left to itself the planner starts from the few visible
    // lines and intersects bitmaps of all their markers, ten times slower at 100,000 markers.
    const rows: MarkerRow[] = await this.dataSource.query(
      `WITH m AS ${filter.near ? 'MATERIALIZED' : 'NOT MATERIALIZED'} (
         SELECT * FROM boundary_markers m WHERE ${own.join(' AND ')}
       )
       SELECT ${MARKER_COLUMNS}${distance}, count(*) OVER () AS total
       FROM m JOIN boundary_lines l ON l.code = m.line_code
       WHERE ${this.scoped(scope, params)}
       ORDER BY ${order}
       LIMIT ${params.add(filter.pageSize)} OFFSET ${params.add((filter.page - 1) * filter.pageSize)}`,
      params.values,
    );
    return { items: rows.map(toMarker), total: rows[0] ? Number(rows[0].total) : 0 };
  }

  async marker(
    code: string,
    scope: RegisterScope,
  ): Promise<(BoundaryMarkerRecord & { history: MarkerHistoryEntry[] }) | null> {
    const params = new Params();
    const [row]: MarkerRow[] = await this.dataSource.query(
      `SELECT ${MARKER_COLUMNS} FROM boundary_markers m JOIN boundary_lines l ON l.code = m.line_code
       WHERE m.code = ${params.add(code)} AND ${this.scoped(scope, params)}`,
      params.values,
    );
    if (!row) return null;
    const history: MarkerHistoryEntry[] = await this.dataSource.query(
      `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, status,
              recorded_by AS by, source, ref, note
       FROM boundary_marker_history WHERE marker_code = $1 ORDER BY id`,
      [code],
    );
    return {
      ...toMarker(row),
      history: history.map(({ ref, note, ...entry }) => ({
        ...entry,
        ...(ref ? { ref } : {}),
        ...(note ? { note } : {}),
      })),
    };
  }

  /** Every line and marker within the scope, for export and the map. */
  async everything(
    scope: RegisterScope,
  ): Promise<{ lines: BoundaryLineRecord[]; markers: BoundaryMarkerRecord[] }> {
    const params = new Params();
    const rows: MarkerRow[] = await this.dataSource.query(
      `SELECT ${MARKER_COLUMNS} FROM boundary_markers m JOIN boundary_lines l ON l.code = m.line_code
       WHERE ${this.scoped(scope, params)} ORDER BY m.code`,
      params.values,
    );
    return { lines: await this.lines(scope), markers: rows.map(toMarker) };
  }

  /**
   * Writes lines, then markers, in one transaction, each idempotent by code. Lines must be simple (a closed
   * one a proper ring) and markers within `maxOffsetMeters` of their line as it stands after the change;
   * otherwise nothing is written and the problems name each feature. Altitudes are dropped: the register is
   * a map, and lengths and distances are measured on the ellipsoid. A marker's history gains a row when it
   * is created or its status changes. Answers the codes created or changed.
   */
  async write(change: RegisterChange, options: RegisterWriteOptions): Promise<RegisterWriteResult> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const lines = await this.writeLines(manager, change.lines, options);
        const tooFar = [
          ...(await this.markersOffLine(manager, change.markers, options.maxOffsetMeters)),
          ...(await this.markersLeftBehind(manager, change, options.maxOffsetMeters)),
        ];
        if (tooFar.length > 0) throw new Refused(tooFar);
        const markers = await this.writeMarkers(manager, change.markers, options);
        return { ok: true as const, lines, markers };
      });
    } catch (error) {
      if (error instanceof Refused) return { ok: false, problems: error.problems };
      if (isDataException(error)) {
        // The whole change is refused; a single feature is named, a batch is named as the file.
        const codes = [...change.lines, ...change.markers].map((feature) => feature.code);
        const feature = codes.length === 1 ? codes[0] : 'FeatureCollection';
        return {
          ok: false,
          problems: [{ feature, field: 'features', problems: [error.driverError.message] }],
        };
      }
      throw error;
    }
  }

  private async writeLines(
    manager: EntityManager,
    lines: BoundaryLineWrite[],
    options: RegisterWriteOptions,
  ): Promise<string[]> {
    if (lines.length === 0) return [];
    const input = JSON.stringify(lines);
    const crossing: { code: string }[] = await manager.query(
      `SELECT r.code FROM jsonb_to_recordset($1::jsonb) AS r(code text, geometry jsonb)
       WHERE NOT ST_IsSimple(ST_GeomFromGeoJSON(r.geometry))`,
      [input],
    );
    if (crossing.length > 0) {
      throw new Refused(
        crossing.map(({ code }) => ({
          feature: code,
          field: 'geometry',
          problems: ['the line crosses or touches itself (a closed line must be a simple ring)'],
        })),
      );
    }
    const onConflict =
      options.mode === 'keep'
        ? 'DO NOTHING'
        : `DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, sides = EXCLUDED.sides,
             townships = EXCLUDED.townships, districts = EXCLUDED.districts, geom = EXCLUDED.geom,
             agreement_ref = EXCLUDED.agreement_ref, updated_at = now()
           WHERE (l.name, l.level, l.sides, l.townships, l.districts, l.agreement_ref, ST_AsBinary(l.geom))
             IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level, EXCLUDED.sides, EXCLUDED.townships,
             EXCLUDED.districts, EXCLUDED.agreement_ref, ST_AsBinary(EXCLUDED.geom))`;
    const written: { code: string }[] = await manager.query(
      `INSERT INTO boundary_lines AS l (code, name, level, sides, townships, districts, geom, agreement_ref)
       SELECT r.code, r.name, r.level,
              ARRAY(SELECT jsonb_array_elements_text(r.sides)),
              ARRAY(SELECT jsonb_array_elements_text(r.townships)),
              ARRAY(SELECT jsonb_array_elements_text(r.districts)),
              ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(r.geometry)), 4326)::geography, r."agreementRef"
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, name text, level text, sides jsonb,
            townships jsonb, districts jsonb, geometry jsonb, "agreementRef" text)
       ON CONFLICT (code) ${onConflict}
       RETURNING l.code`,
      [input],
    );
    return written.map((row) => row.code);
  }

  private async markersOffLine(
    manager: EntityManager,
    markers: BoundaryMarker[],
    maxOffsetMeters: number,
  ): Promise<FeatureProblem[]> {
    if (markers.length === 0) return [];
    const rows: { code: string; distance: number }[] = await manager.query(
      `SELECT r.code, round(ST_Distance(${POINT('r.lng', 'r.lat')}, l.geom)::numeric, 1)::float8 AS distance
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, "lineCode" text, lat float8, lng float8)
       JOIN boundary_lines l ON l.code = r."lineCode"
       WHERE NOT ST_DWithin(${POINT('r.lng', 'r.lat')}, l.geom, $2)`,
      [
        JSON.stringify(markers.map(({ code, lineCode, location }) => ({ code, lineCode, ...location }))),
        maxOffsetMeters,
      ],
    );
    return rows.map(({ code, distance }) => ({
      feature: code,
      field: 'location',
      problems: [`stands ${distance} m from its line; at most ${maxOffsetMeters} m is allowed`],
    }));
  }

  /** A line redrawn away from markers already on it (and not moved with it) would leave them off the line. */
  private async markersLeftBehind(
    manager: EntityManager,
    change: RegisterChange,
    maxOffsetMeters: number,
  ): Promise<FeatureProblem[]> {
    if (change.lines.length === 0) return [];
    const rows: { line: string; marker: string; distance: number }[] = await manager.query(
      `SELECT l.code AS line, m.code AS marker,
              round(ST_Distance(m.location, l.geom)::numeric, 1)::float8 AS distance
       FROM boundary_markers m JOIN boundary_lines l ON l.code = m.line_code
       WHERE l.code = ANY ($1::varchar[]) AND m.code <> ALL ($2::varchar[])
         AND NOT ST_DWithin(m.location, l.geom, $3)
       ORDER BY m.code`,
      [change.lines.map((l) => l.code), change.markers.map((m) => m.code), maxOffsetMeters],
    );
    return rows.map(({ line, marker, distance }) => ({
      feature: line,
      field: 'geometry',
      problems: [`leaves marker ${marker} ${distance} m away; at most ${maxOffsetMeters} m is allowed`],
    }));
  }

  private async writeMarkers(
    manager: EntityManager,
    markers: BoundaryMarker[],
    options: RegisterWriteOptions,
  ): Promise<string[]> {
    if (markers.length === 0) return [];
    const onConflict =
      options.mode === 'keep'
        ? 'DO NOTHING'
        : `DO UPDATE SET line_code = EXCLUDED.line_code, type = EXCLUDED.type, location = EXCLUDED.location,
             responsible_side = EXCLUDED.responsible_side, status = EXCLUDED.status, updated_at = now()
           WHERE (m.line_code, m.type, m.responsible_side, m.status, ST_AsBinary(m.location))
             IS DISTINCT FROM (EXCLUDED.line_code, EXCLUDED.type, EXCLUDED.responsible_side,
             EXCLUDED.status, ST_AsBinary(EXCLUDED.location))`;
    const written: { code: string }[] = await manager.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(code text, "lineCode" text, type text,
                lat float8, lng float8, "responsibleSide" text, status text)
       ), before AS (
         SELECT m.code, m.status FROM boundary_markers m JOIN input USING (code)
       ), written AS (
         INSERT INTO boundary_markers AS m (code, line_code, type, location, responsible_side, status)
         SELECT code, "lineCode", type, ${POINT('lng', 'lat')}, "responsibleSide", status FROM input
         ON CONFLICT (code) ${onConflict}
         RETURNING m.code, m.status
       ), history AS (
         INSERT INTO boundary_marker_history (marker_code, status, recorded_by, source)
         SELECT w.code, w.status, $2, $3 FROM written w LEFT JOIN before b USING (code)
         WHERE b.status IS DISTINCT FROM w.status
       )
       SELECT code FROM written`,
      [
        JSON.stringify(markers.map(({ location, ...marker }) => ({ ...marker, ...location }))),
        options.by,
        options.source,
      ],
    );
    return written.map((row) => row.code);
  }

  /** A marker's status as found in the field (or after a repair); the history keeps every report. */
  async reportStatus(code: string, report: StatusReport, within?: EntityManager): Promise<void> {
    const write = async (manager: EntityManager) => {
      await manager.query(`UPDATE boundary_markers SET status = $2, updated_at = now() WHERE code = $1`, [
        code,
        report.status,
      ]);
      await manager.query(
        `INSERT INTO boundary_marker_history (marker_code, status, recorded_by, source, ref, note)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [code, report.status, report.by, report.source, report.ref ?? null, report.note ?? null],
      );
    };
    await (within ? write(within) : this.dataSource.transaction(write));
  }

  /**
   * The repair that closed a finding (`ref`): the marker is intact again. Written once per finding (a unique
   * index on the repair's ref), so a retried activity changes nothing the second time.
   */
  async recordRepair(code: string, repair: { by: string; ref: string; note: string }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO boundary_marker_history (marker_code, status, recorded_by, source, ref, note)
         VALUES ($1, 'intact', $2, 'repair', $3, $4)
         ON CONFLICT (ref) WHERE source = 'repair' DO NOTHING
         RETURNING id`,
        [code, repair.by, repair.ref, repair.note],
      );
      if (inserted.length === 0) return;
      await manager.query(
        `UPDATE boundary_markers SET status = 'intact', updated_at = now() WHERE code = $1`,
        [code],
      );
    });
  }
}
