import type { DataSource } from 'typeorm';
import { BoundaryRepository } from '../boundary/boundary.repository';
import type { LatLng, LineStringGeometry, MarkerStatus } from '../boundary/model';
import type { LedgerScope } from './finding.repository';

export interface PatrolMarkerObservation {
  code: string;
  condition: MarkerStatus;
  note?: string;
  /** Work done on the spot (清理、描绘、扶正…), as the ledger's repair kinds name it. */
  repairs?: string[];
}

export interface PatrolFreeFinding {
  kind: string;
  description: string;
  markerCode?: string;
  location?: LatLng;
}

export interface PatrolRecord {
  id: string;
  planId?: string;
  /** The joint inspection (联检) whose field work this patrol is. */
  inspectionId?: string;
  lineCode: string;
  /** The township the patrol worked in: its findings are that township's to put right. */
  jurisdiction: string;
  district: string;
  startedAt: string;
  endedAt: string;
  team: string[];
  track?: LineStringGeometry;
  markers: PatrolMarkerObservation[];
  findings: PatrolFreeFinding[];
  findingIds: string[];
  createdBy: string;
  createdAt: string;
}

interface PatrolRow {
  id: string;
  plan_id: string | null;
  inspection_id: string | null;
  line_code: string;
  jurisdiction: string;
  district: string;
  started_at: Date;
  ended_at: Date;
  team: string[];
  track: LineStringGeometry | null;
  markers: PatrolMarkerObservation[];
  findings: PatrolFreeFinding[];
  finding_ids: string[];
  created_by: string;
  created_at: Date;
  total?: string;
}

const toPatrol = (row: PatrolRow): PatrolRecord => ({
  id: row.id,
  ...(row.plan_id ? { planId: row.plan_id } : {}),
  ...(row.inspection_id ? { inspectionId: row.inspection_id } : {}),
  lineCode: row.line_code,
  jurisdiction: row.jurisdiction,
  district: row.district,
  startedAt: row.started_at.toISOString(),
  endedAt: row.ended_at.toISOString(),
  team: row.team,
  ...(row.track ? { track: row.track } : {}),
  markers: row.markers,
  findings: row.findings,
  findingIds: row.finding_ids,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
});

const COLUMNS = `p.id, p.plan_id, p.inspection_id, p.line_code, p.jurisdiction, p.district, p.started_at, p.ended_at, p.team,
  ST_AsGeoJSON(p.track)::json AS track, p.markers, p.findings, p.finding_ids, p.created_by, p.created_at`;

/** Patrol records (巡查记录): data, not workflows, written with the marker reports they make. */
export class PatrolRepository {
  private readonly register: BoundaryRepository;

  constructor(private readonly dataSource: DataSource) {
    this.register = new BoundaryRepository(dataSource);
  }

  /**
   * The patrol and each marker's condition in the register and its history, all or nothing. A patrol id
   * already written (a retry) writes nothing: the answer is false.
   */
  async insert(patrol: Omit<PatrolRecord, 'findingIds' | 'createdAt'>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO patrols (id, plan_id, line_code, jurisdiction, district, started_at, ended_at, team, track,
           markers, findings, created_by, inspection_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
           CASE WHEN $9::text IS NULL THEN NULL ELSE ST_GeomFromGeoJSON($9::text)::geography END, $10, $11, $12,
           $13)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          patrol.id,
          patrol.planId ?? null,
          patrol.lineCode,
          patrol.jurisdiction,
          patrol.district,
          patrol.startedAt,
          patrol.endedAt,
          JSON.stringify(patrol.team),
          patrol.track ? JSON.stringify(patrol.track) : null,
          JSON.stringify(patrol.markers),
          JSON.stringify(patrol.findings),
          patrol.createdBy,
          patrol.inspectionId ?? null,
        ],
      );
      if (inserted.length === 0) return false;
      for (const marker of patrol.markers) {
        await this.register.reportStatus(
          marker.code,
          {
            status: marker.condition,
            by: patrol.createdBy,
            source: 'patrol',
            ref: patrol.id,
            note: marker.note,
          },
          manager,
        );
      }
      return true;
    });
  }

  async setFindingIds(id: string, findingIds: string[]): Promise<void> {
    await this.dataSource.query(`UPDATE patrols SET finding_ids = $2 WHERE id = $1`, [
      id,
      JSON.stringify(findingIds),
    ]);
  }

  async find(id: string, scope: LedgerScope): Promise<PatrolRecord | null> {
    const [row] = (await this.dataSource.query(`SELECT ${COLUMNS} FROM patrols p WHERE p.id = $1`, [
      id,
    ])) as PatrolRow[];
    if (!row) return null;
    if (scope.township && row.jurisdiction !== scope.township) return null;
    if (scope.district && row.district !== scope.district) return null;
    return toPatrol(row);
  }

  async list(
    filter: { planId?: string; page: number; pageSize: number },
    scope: LedgerScope,
  ): Promise<{ items: PatrolRecord[]; total: number }> {
    const params: unknown[] = [];
    const where = ['TRUE'];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (scope.township) where.push(`p.jurisdiction = ${add(scope.township)}`);
    if (scope.district) where.push(`p.district = ${add(scope.district)}`);
    if (filter.planId) where.push(`p.plan_id = ${add(filter.planId)}`);
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM patrols p WHERE ${where.join(' AND ')}
       ORDER BY p.started_at DESC, p.id DESC LIMIT ${add(filter.pageSize)} OFFSET ${add((filter.page - 1) * filter.pageSize)}`,
      params,
    )) as PatrolRow[];
    return { items: rows.map(toPatrol), total: rows.length > 0 ? Number(rows[0].total) : 0 };
  }
}
