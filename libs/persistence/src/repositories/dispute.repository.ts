import {
  type DisputeCase,
  type DisputeDeadlineKind,
  type DisputeStatus,
  FINAL_DISPUTE_STATUSES,
  type TimelineEvent,
} from '@boundary/workflows';
import type { DataSource } from 'typeorm';
import { DisputeEntity } from '../entities/dispute.entity';
import { TimelineRepository } from './timeline.repository';

export interface DisputeListFilter {
  status?: string;
  tier?: string;
  /** A township or the district: matches the owner township or the owning district. */
  jurisdiction?: string;
  overdue?: boolean;
  q?: string;
  page: number;
  pageSize: number;
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

export class DisputeRepository {
  private readonly timeline: TimelineRepository;

  constructor(private readonly dataSource: DataSource) {
    this.timeline = new TimelineRepository(dataSource);
  }

  /** The projection write: the row is replaced only by a newer `seq`, timeline rows are appended once. */
  async project(state: DisputeCase, events: TimelineEvent[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO disputes (id, title, description, category, status, tier, owner_jurisdiction, district,
           risk_level, next_due_at, overdue, state, seq, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (id) DO UPDATE SET
           title = EXCLUDED.title, description = EXCLUDED.description, category = EXCLUDED.category,
           status = EXCLUDED.status, tier = EXCLUDED.tier, owner_jurisdiction = EXCLUDED.owner_jurisdiction,
           district = EXCLUDED.district, risk_level = EXCLUDED.risk_level, next_due_at = EXCLUDED.next_due_at,
           overdue = EXCLUDED.overdue, state = EXCLUDED.state, seq = EXCLUDED.seq, updated_at = EXCLUDED.updated_at
         WHERE disputes.seq < EXCLUDED.seq`,
        [
          state.id,
          state.title,
          state.description,
          state.category,
          state.status,
          state.tier,
          state.ownerJurisdiction,
          state.district,
          state.riskLevel,
          nextDueAt(state),
          isOverdue(state),
          JSON.stringify(state),
          state.seq,
          state.createdAt,
          state.updatedAt,
        ],
      );
      await this.timeline.append('dispute', state.id, events, manager);
    });
  }

  async findById(id: string, scope: DisputeScope): Promise<DisputeEntity | null> {
    const row = await this.dataSource.getRepository(DisputeEntity).findOneBy({ id });
    if (!row) return null;
    if (scope.ownerJurisdiction && row.ownerJurisdiction !== scope.ownerJurisdiction) return null;
    if (scope.district && row.district !== scope.district) return null;
    return row;
  }

  async list(
    filter: DisputeListFilter,
    scope: DisputeScope,
  ): Promise<{ items: DisputeEntity[]; total: number }> {
    const query = this.dataSource.getRepository(DisputeEntity).createQueryBuilder('d');
    if (scope.ownerJurisdiction)
      query.andWhere('d.owner_jurisdiction = :owner', { owner: scope.ownerJurisdiction });
    if (scope.district) query.andWhere('d.district = :district', { district: scope.district });
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    if (filter.tier) query.andWhere('d.tier = :tier', { tier: filter.tier });
    if (filter.jurisdiction) {
      query.andWhere('(d.owner_jurisdiction = :j OR d.district = :j)', { j: filter.jurisdiction });
    }
    if (filter.overdue) {
      query.andWhere('d.status NOT IN (:...finals) AND (d.overdue OR d.next_due_at < now())', {
        finals: FINAL_DISPUTE_STATUSES,
      });
    }
    if (filter.q) {
      query.andWhere(`d.search LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(filter.q.toLowerCase())}%` });
    }
    const [items, total] = await query
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}
