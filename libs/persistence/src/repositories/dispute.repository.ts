import {
  type DisputeCase,
  type DisputeDeadlineKind,
  type DisputeStatus,
  FINAL_DISPUTE_STATUSES,
} from '@boundary/workflows';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { DisputeEntity } from '../entities/dispute.entity';
import { ewktPoint } from '../boundary/model';
import { type Nearby, type Page, SubjectRepository } from '../subjects/subject.repository';

export interface DisputeListFilter extends Page, Nearby {
  status?: string;
  tier?: string;
  /** A township or the district: matches the owner township or the owning district. */
  jurisdiction?: string;
  overdue?: boolean;
  q?: string;
}

/** What the caller may see: a mediator its township, bureau and leader their district, admin everything. */
export interface DisputeScope {
  ownerJurisdiction?: string;
  district?: string;
}

const STAGE_OF: Record<DisputeDeadlineKind, DisputeStatus> = {
  report: 'screening',
  accept: 'reported',
  round: 'mediating',
  mediation: 'mediating',
  follow_up: 'agreed',
};

/** A case is overdue when the latest deadline of its current stage was missed. */
export function isOverdue(state: DisputeCase): boolean {
  const latest = new Map<DisputeDeadlineKind, DisputeCase['deadlines'][number]>();
  for (const deadline of state.deadlines) latest.set(deadline.kind, deadline);
  return [...latest.values()].some((d) => d.status === 'missed' && STAGE_OF[d.kind] === state.status);
}

export function nextDueAt(state: DisputeCase): Date | null {
  const pending = state.deadlines.filter((d) => d.status === 'pending').map((d) => Date.parse(d.dueAt));
  return pending.length > 0 ? new Date(Math.min(...pending)) : null;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export class DisputeRepository extends SubjectRepository<
  DisputeCase,
  DisputeEntity,
  DisputeScope,
  DisputeListFilter
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      subjectType: 'dispute',
      table: 'disputes',
      entity: DisputeEntity,
      columns: (state) => ({
        description: state.description,
        category: state.category,
        tier: state.tier,
        owner_jurisdiction: state.ownerJurisdiction,
        risk_level: state.riskLevel,
        next_due_at: nextDueAt(state),
        overdue: isOverdue(state),
        line_code: state.lineCode ?? null,
        location: ewktPoint(state.location),
      }),
    });
  }

  protected inScope(row: DisputeEntity, scope: DisputeScope): boolean {
    if (scope.ownerJurisdiction && row.ownerJurisdiction !== scope.ownerJurisdiction) return false;
    return !scope.district || row.district === scope.district;
  }

  protected narrow(query: SelectQueryBuilder<DisputeEntity>, filter: DisputeListFilter, scope: DisputeScope) {
    if (scope.ownerJurisdiction)
      query.andWhere('s.owner_jurisdiction = :owner', { owner: scope.ownerJurisdiction });
    if (scope.district) query.andWhere('s.district = :district', { district: scope.district });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    if (filter.tier) query.andWhere('s.tier = :tier', { tier: filter.tier });
    if (filter.jurisdiction) {
      query.andWhere('(s.owner_jurisdiction = :j OR s.district = :j)', { j: filter.jurisdiction });
    }
    if (filter.overdue) {
      query.andWhere('s.status NOT IN (:...finals) AND (s.overdue OR s.next_due_at < now())', {
        finals: FINAL_DISPUTE_STATUSES,
      });
    }
    if (filter.q) {
      const term = filter.q.toLowerCase();
      // One or two characters: the GIN index of short grams (pg_trgm's index needs three); longer: the trigram one.
      if ([...term].length <= 2 && !/\s/.test(term)) {
        query.andWhere('s.search_grams @> ARRAY[:gram]::text[]', { gram: term });
      } else {
        query.andWhere(`s.search LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(term)}%` });
      }
    }
  }
}
