import type { DataSource } from 'typeorm';
import type { DisputeScope } from './dispute.repository';

/** Half-open: a case or incident counts when `from <= created_at < to`; an absent bound is open. */
export interface StatsPeriod {
  from?: Date;
  to?: Date;
}

export interface CaseCounts {
  byStatus: Record<string, number>;
  byTier: Record<string, number>;
  byCategory: Record<string, number>;
}

export interface TownshipFigures {
  jurisdiction: string;
  name: string;
  deadlinesMet: number;
  deadlinesMissed: number;
  agreements: number;
  /** Days from `opened` to `agreement_signed` on the timeline, averaged over the cases with an agreement. */
  meanDaysToAgreement: number | null;
  /** Ledger findings (opened in the period) closed with their rectification deadline met, or missed. */
  findingsClosedOnTime: number;
  findingsClosedLate: number;
  /** Still open and past their rectification deadline. */
  findingsOverdue: number;
  findingsOpen: number;
  /** Over the patrol plans (made in the period) targeting the township: markers planned and checked. */
  patrolMarkersPlanned: number;
  patrolMarkersChecked: number;
}

export interface SeverityFigures {
  severity: string;
  count: number;
  acknowledged: number;
  meanMinutesToAcknowledge: number | null;
}

type Dimension = 'status' | 'tier' | 'category';

/**
 * The cases of a scope and period as a CTE. Parameters: $1 owner township, $2 district, $3 from, $4 to; a null
 * parameter does not filter, so one statement serves every role.
 */
const SCOPED_CASES = `
  scoped AS (
    SELECT id, status, tier, category, owner_jurisdiction, state FROM disputes
    WHERE ($1::varchar IS NULL OR owner_jurisdiction = $1)
      AND ($2::varchar IS NULL OR district = $2)
      AND ($3::timestamptz IS NULL OR created_at >= $3)
      AND ($4::timestamptz IS NULL OR created_at < $4)
  )`;

/** Aggregates over the read model and the timeline; PostgreSQL does the counting, not the API process. */
export class StatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async caseCounts(scope: DisputeScope, period: StatsPeriod): Promise<CaseCounts> {
    const rows: { dimension: Dimension; key: string; count: number }[] = await this.dataSource.query(
      `WITH ${SCOPED_CASES}
       SELECT 'status' AS dimension, status AS key, count(*)::int AS count FROM scoped GROUP BY status
       UNION ALL SELECT 'tier', tier, count(*)::int FROM scoped GROUP BY tier
       UNION ALL SELECT 'category', category, count(*)::int FROM scoped GROUP BY category`,
      this.parameters(scope, period),
    );
    const counts: CaseCounts = { byStatus: {}, byTier: {}, byCategory: {} };
    const target = { status: counts.byStatus, tier: counts.byTier, category: counts.byCategory };
    for (const row of rows) target[row.dimension][row.key] = row.count;
    return counts;
  }

  /**
   * Every township of the scope, also those without cases, so a quiet township shows as such; with the
   * ledger's assessment figures (考核): findings closed on time, overdue, and patrol coverage of plan targets.
   */
  townshipFigures(scope: DisputeScope, period: StatsPeriod): Promise<TownshipFigures[]> {
    return this.dataSource.query(
      `WITH ${SCOPED_CASES},
       deadline_outcomes AS (
         SELECT s.owner_jurisdiction AS township,
           count(*) FILTER (WHERE deadline->>'status' = 'met')::int AS met,
           count(*) FILTER (WHERE deadline->>'status' = 'missed')::int AS missed
         FROM scoped s CROSS JOIN LATERAL jsonb_array_elements(s.state->'deadlines') AS deadline
         GROUP BY s.owner_jurisdiction
       ),
       agreement_spans AS (
         SELECT s.owner_jurisdiction AS township,
           extract(epoch FROM min(t.at) FILTER (WHERE t.action = 'agreement_signed')
                            - min(t.at) FILTER (WHERE t.action = 'opened')) / 86400 AS days
         FROM scoped s JOIN timeline t ON t.subject_id = s.id AND t.subject_type = 'dispute'
         WHERE t.action IN ('opened', 'agreement_signed')
         GROUP BY s.id, s.owner_jurisdiction
         HAVING bool_or(t.action = 'agreement_signed') AND bool_or(t.action = 'opened')
       ),
       agreement_means AS (
         SELECT township, count(*)::int AS agreements, avg(days)::float8 AS mean_days
         FROM agreement_spans GROUP BY township
       ),
       ledger AS (
         SELECT jurisdiction AS township,
           count(*) FILTER (WHERE status = 'closed' AND rectify_status = 'met')::int AS closed_on_time,
           count(*) FILTER (WHERE status = 'closed' AND rectify_status = 'missed')::int AS closed_late,
           count(*) FILTER (WHERE status <> 'closed' AND (rectify_status = 'missed'
             OR (rectify_status = 'pending' AND rectify_due_at < now())))::int AS overdue,
           count(*) FILTER (WHERE status <> 'closed')::int AS open
         FROM findings
         WHERE ($2::varchar IS NULL OR district = $2)
           AND ($3::timestamptz IS NULL OR created_at >= $3)
           AND ($4::timestamptz IS NULL OR created_at < $4)
         GROUP BY jurisdiction
       ),
       coverage AS (
         SELECT target->>'jurisdiction' AS township,
           sum((target->>'markersPlanned')::int)::int AS planned,
           sum((target->>'markersChecked')::int)::int AS checked
         FROM patrol_plans p CROSS JOIN LATERAL jsonb_array_elements(p.state->'targetProgress') AS target
         WHERE ($2::varchar IS NULL OR p.district = $2)
           AND ($3::timestamptz IS NULL OR p.created_at >= $3)
           AND ($4::timestamptz IS NULL OR p.created_at < $4)
         GROUP BY 1
       )
       SELECT j.code AS jurisdiction, j.name,
         coalesce(d.met, 0) AS "deadlinesMet", coalesce(d.missed, 0) AS "deadlinesMissed",
         coalesce(a.agreements, 0) AS agreements, a.mean_days AS "meanDaysToAgreement",
         coalesce(l.closed_on_time, 0) AS "findingsClosedOnTime", coalesce(l.closed_late, 0) AS "findingsClosedLate",
         coalesce(l.overdue, 0) AS "findingsOverdue", coalesce(l.open, 0) AS "findingsOpen",
         coalesce(c.planned, 0) AS "patrolMarkersPlanned", coalesce(c.checked, 0) AS "patrolMarkersChecked"
       FROM jurisdictions j
       LEFT JOIN deadline_outcomes d ON d.township = j.code
       LEFT JOIN agreement_means a ON a.township = j.code
       LEFT JOIN ledger l ON l.township = j.code
       LEFT JOIN coverage c ON c.township = j.code
       WHERE j.level = 'township'
         AND ($1::varchar IS NULL OR j.code = $1)
         AND ($2::varchar IS NULL OR j.parent_code = $2)
       ORDER BY j.code`,
      this.parameters(scope, period),
    );
  }

  /**
   * Incidents by their current severity. The time to acknowledge is `state.acknowledgedAt - created_at` of the
   * incidents read model; a mediator's scope is the incidents of its township.
   */
  severityFigures(scope: DisputeScope, period: StatsPeriod): Promise<SeverityFigures[]> {
    return this.dataSource.query(
      `SELECT severity, count(*)::int AS count,
         count(state->>'acknowledgedAt')::int AS acknowledged,
         (avg(extract(epoch FROM (state->>'acknowledgedAt')::timestamptz - created_at)) / 60)::float8
           AS "meanMinutesToAcknowledge"
       FROM incidents
       WHERE ($1::varchar IS NULL OR jurisdiction = $1)
         AND ($2::varchar IS NULL OR district = $2)
         AND ($3::timestamptz IS NULL OR created_at >= $3)
         AND ($4::timestamptz IS NULL OR created_at < $4)
       GROUP BY severity
       ORDER BY severity`,
      this.parameters(scope, period),
    );
  }

  private parameters(scope: DisputeScope, period: StatsPeriod): unknown[] {
    return [scope.ownerJurisdiction ?? null, scope.district ?? null, period.from ?? null, period.to ?? null];
  }
}
