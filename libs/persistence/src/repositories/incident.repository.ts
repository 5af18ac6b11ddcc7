import type { Incident, TimelineEvent } from '@boundary/workflows';
import type { DataSource } from 'typeorm';
import { IncidentEntity } from '../entities/incident.entity';
import { TimelineRepository } from './timeline.repository';

export interface IncidentListFilter {
  status?: string;
  severity?: string;
  /** A township or the district: matches the incident's jurisdiction or its district. */
  jurisdiction?: string;
  page: number;
  pageSize: number;
}

/**
 * What the caller may see: a mediator the incidents of its township and the district-wide ones of its
 * district (its mediators are part of that response), bureau and leader their district, admin everything.
 */
export interface IncidentScope {
  jurisdictions?: string[];
  district?: string;
}

export class IncidentRepository {
  private readonly timeline: TimelineRepository;

  constructor(private readonly dataSource: DataSource) {
    this.timeline = new TimelineRepository(dataSource);
  }

  /** The projection write: the row is replaced only by a newer `seq`, timeline rows are appended once. */
  async project(state: Incident, events: TimelineEvent[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO incidents (id, title, type, status, severity, jurisdiction, district, dispute_id, state, seq,
           created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (id) DO UPDATE SET
           title = EXCLUDED.title, type = EXCLUDED.type, status = EXCLUDED.status, severity = EXCLUDED.severity,
           jurisdiction = EXCLUDED.jurisdiction, district = EXCLUDED.district, dispute_id = EXCLUDED.dispute_id,
           state = EXCLUDED.state, seq = EXCLUDED.seq, updated_at = EXCLUDED.updated_at
         WHERE incidents.seq < EXCLUDED.seq`,
        [
          state.id,
          state.title,
          state.type,
          state.status,
          state.severity,
          state.jurisdiction,
          state.district,
          state.disputeId ?? null,
          JSON.stringify(state),
          state.seq,
          state.createdAt,
          state.updatedAt,
        ],
      );
      await this.timeline.append('incident', state.id, events, manager);
    });
  }

  async findById(id: string, scope: IncidentScope): Promise<IncidentEntity | null> {
    const row = await this.dataSource.getRepository(IncidentEntity).findOneBy({ id });
    if (!row) return null;
    if (scope.jurisdictions && !scope.jurisdictions.includes(row.jurisdiction)) return null;
    if (scope.district && row.district !== scope.district) return null;
    return row;
  }

  async list(
    filter: IncidentListFilter,
    scope: IncidentScope,
  ): Promise<{ items: IncidentEntity[]; total: number }> {
    const query = this.dataSource.getRepository(IncidentEntity).createQueryBuilder('i');
    if (scope.jurisdictions) {
      query.andWhere('i.jurisdiction IN (:...scoped)', { scoped: scope.jurisdictions });
    }
    if (scope.district) query.andWhere('i.district = :district', { district: scope.district });
    if (filter.status) query.andWhere('i.status = :status', { status: filter.status });
    if (filter.severity) query.andWhere('i.severity = :severity', { severity: filter.severity });
    if (filter.jurisdiction) {
      query.andWhere('(i.jurisdiction = :j OR i.district = :j)', { j: filter.jurisdiction });
    }
    const [items, total] = await query
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}
