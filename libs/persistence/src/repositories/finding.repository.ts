import type { Finding, PatrolPlan } from '@boundary/workflows';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { ewktPoint } from '../boundary/model';
import { FindingEntity, PatrolPlanEntity } from '../entities/finding.entity';
import {
  type Nearby,
  type Page,
  type SubjectColumns,
  SubjectRepository,
} from '../subjects/subject.repository';

/** What the caller may see: a mediator its township, bureau and leader their district, admin everything. */
export interface LedgerScope {
  township?: string;
  district?: string;
}

export interface FindingListFilter extends Page, Nearby {
  status?: string;
  kind?: string;
  /** A township or the district. */
  jurisdiction?: string;
  markerCode?: string;
  overdue?: boolean;
}

/** A finding is overdue when its rectification deadline was missed, or has passed while still pending. */
const OVERDUE = `(s.rectify_status = 'missed' OR (s.rectify_status = 'pending' AND s.rectify_due_at < now()))`;

export class FindingRepository extends SubjectRepository<
  Finding,
  FindingEntity,
  LedgerScope,
  FindingListFilter
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      subjectType: 'finding',
      table: 'findings',
      entity: FindingEntity,
      columns: (state) => {
        const rectify = [...state.deadlines].reverse().find((deadline) => deadline.kind === 'rectify');
        return {
          kind: state.kind,
          jurisdiction: state.jurisdiction,
          line_code: state.lineCode ?? null,
          marker_code: state.markerCode ?? null,
          patrol_id: state.patrolId ?? null,
          assignee: state.assignee ?? null,
          dispute_id: state.disputeId ?? null,
          incident_id: state.incidentId ?? null,
          rectify_due_at: rectify?.dueAt ?? null,
          rectify_status: rectify?.status ?? null,
          closed_at: state.closedAt ?? null,
          location: ewktPoint(state.location),
        };
      },
      seenFrom: (state) => ({ jurisdictions: [state.jurisdiction, state.district] }),
    });
  }

  protected inScope(row: SubjectColumns<FindingEntity>, scope: LedgerScope): boolean {
    if (scope.township && row.jurisdiction !== scope.township) return false;
    return !scope.district || row.district === scope.district;
  }

  protected narrow(query: SelectQueryBuilder<FindingEntity>, filter: FindingListFilter, scope: LedgerScope) {
    if (scope.township) query.andWhere('s.jurisdiction = :township', { township: scope.township });
    if (scope.district) query.andWhere('s.district = :district', { district: scope.district });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter.markerCode) query.andWhere('s.marker_code = :markerCode', { markerCode: filter.markerCode });
    if (filter.jurisdiction) {
      query.andWhere('(s.jurisdiction = :j OR s.district = :j)', { j: filter.jurisdiction });
    }
    if (filter.overdue === true) query.andWhere(OVERDUE);
    if (filter.overdue === false) query.andWhere(`NOT ${OVERDUE}`);
  }

  /** How many marker findings of a marker have been closed: the generation the next one would open. */
  async closedMarkerFindings(markerCode: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM findings WHERE marker_code = $1 AND kind = 'marker' AND status = 'closed'`,
      [markerCode],
    );
    return row.n as number;
  }

  /** Every row in scope for the export, oldest first as a ledger is numbered. */
  async ledger(filter: Omit<FindingListFilter, keyof Page>, scope: LedgerScope): Promise<FindingEntity[]> {
    const query = this.dataSource.getRepository(FindingEntity).createQueryBuilder('s');
    this.narrow(query, { ...filter, page: 1, pageSize: 1 }, scope);
    return query.orderBy('s.created_at', 'ASC').addOrderBy('s.id', 'ASC').getMany();
  }
}

export interface PlanListFilter extends Page, Nearby {
  status?: string;
}

export class PatrolPlanRepository extends SubjectRepository<
  PatrolPlan,
  PatrolPlanEntity,
  LedgerScope,
  PlanListFilter
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      subjectType: 'patrol_plan',
      table: 'patrol_plans',
      entity: PatrolPlanEntity,
      columns: (state) => ({
        jurisdictions: state.targets.map((target) => target.jurisdiction),
        due_at: state.dueAt,
      }),
      // The mediators of every target township see the plan, as well as the district.
      seenFrom: (state) => ({
        jurisdictions: [...state.targets.map((target) => target.jurisdiction), state.district],
      }),
    });
  }

  protected inScope(row: SubjectColumns<PatrolPlanEntity>, scope: LedgerScope): boolean {
    if (scope.township && !row.jurisdictions.includes(scope.township)) return false;
    return !scope.district || row.district === scope.district;
  }

  protected narrow(query: SelectQueryBuilder<PatrolPlanEntity>, filter: PlanListFilter, scope: LedgerScope) {
    if (scope.township) query.andWhere(':township = ANY (s.jurisdictions)', { township: scope.township });
    if (scope.district) query.andWhere('s.district = :district', { district: scope.district });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
  }
}
