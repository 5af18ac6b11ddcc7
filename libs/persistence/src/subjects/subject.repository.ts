import type { SubjectType, TimelineEvent } from '@boundary/workflows';
import type { DataSource, EntityTarget, SelectQueryBuilder } from 'typeorm';
import type { Near } from '../boundary/model';
import { TimelineRepository } from '../repositories/timeline.repository';
import type { SubjectEntity } from './subject.entity';

/** What every family's workflow state carries that the shared columns are made of. */
export interface SubjectState {
  id: string;
  title: string;
  status: string;
  district: string;
  seq: number;
  createdAt: string;
  updatedAt: string;
}

/** How one family is stored: its table, its entity and the columns beyond the shared ones. */
export interface SubjectTable<State extends SubjectState, Row extends SubjectEntity<State>> {
  subjectType: SubjectType;
  table: string;
  entity: EntityTarget<Row>;
  /** The family's own columns, by column name, as the projection writes them. */
  columns(state: State): Record<string, unknown>;
}

export interface Page {
  page: number;
  pageSize: number;
}

/** A list around a point, nearest first; for families whose table has a `location` geography column. */
export interface Nearby {
  near?: Near;
}

/**
 * The read model of one workflow family: the projection write, lookup within a scope, and paged lists.
 * A family adds only its columns, its scope test and its filters.
 */
export abstract class SubjectRepository<
  State extends SubjectState,
  Row extends SubjectEntity<State>,
  Scope,
  Filter extends Page & Nearby,
> {
  private readonly timeline: TimelineRepository;

  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly table: SubjectTable<State, Row>,
  ) {
    this.timeline = new TimelineRepository(dataSource);
  }

  /** Whether a row lies within what a caller may see. */
  protected abstract inScope(row: Row, scope: Scope): boolean;

  /** Narrows a list query (alias `s`) to the scope and the filter. */
  protected abstract narrow(query: SelectQueryBuilder<Row>, filter: Filter, scope: Scope): void;

  /**
   * The projection write: the row is replaced only by a newer `seq`, timeline rows are appended once. Every
   * call carries what a committed workflow task decided, so the first write of a `seq` is the only one.
   */
  async project(state: State, events: TimelineEvent[]): Promise<void> {
    const columns: Record<string, unknown> = {
      id: state.id,
      title: state.title,
      status: state.status,
      district: state.district,
      ...this.table.columns(state),
      state: JSON.stringify(state),
      seq: state.seq,
      created_at: state.createdAt,
      updated_at: state.updatedAt,
    };
    const names = Object.keys(columns);
    const { table } = this.table;
    await this.dataSource.transaction(async (manager) => {
      const written: unknown[] = await manager.query(
        `INSERT INTO ${table} (${names.join(', ')})
         VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})
         ON CONFLICT (id) DO UPDATE SET
           ${names
             .filter((name) => name !== 'id' && name !== 'created_at')
             .map((name) => `${name} = EXCLUDED.${name}`)
             .join(', ')}
         WHERE ${table}.seq < EXCLUDED.seq RETURNING id`,
        Object.values(columns),
      );
      // The console's live `subject` event commits with the change it announces (see the alert-channels
      // migration); the jurisdictions let each stream pass it only to those who may see the subject.
      if (written.length > 0) {
        const { parties } = state as { parties?: { jurisdiction?: unknown }[] };
        const places = [
          state.district,
          columns.jurisdiction,
          columns.owner_jurisdiction,
          ...(Array.isArray(parties) ? parties.map((party) => party.jurisdiction) : []),
        ];
        await manager.query(
          `INSERT INTO console_events (type, jurisdictions, data) VALUES ('subject', $1, $2)`,
          [
            [...new Set(places.filter((place): place is string => typeof place === 'string'))],
            { subjectType: this.table.subjectType, id: state.id, status: state.status },
          ],
        );
      }
      await this.timeline.append(this.table.subjectType, state.id, events, manager);
    });
  }

  async findById(id: string, scope: Scope): Promise<Row | null> {
    const row = await this.dataSource.getRepository(this.table.entity).findOneBy({ id } as never);
    return row && this.inScope(row, scope) ? row : null;
  }

  async list(filter: Filter, scope: Scope): Promise<{ items: Row[]; total: number }> {
    const query = this.dataSource.getRepository(this.table.entity).createQueryBuilder('s');
    this.narrow(query, filter, scope);
    if (filter.near) {
      const { lat, lng, meters } = filter.near;
      const point = 'ST_SetSRID(ST_MakePoint(:lng, :lat), 4326)::geography';
      query
        .andWhere(`ST_DWithin(s.location, ${point}, :meters)`, { lat, lng, meters })
        .orderBy(`ST_Distance(s.location, ${point})`, 'ASC');
    } else {
      query.orderBy('s.created_at', 'DESC');
    }
    const [items, total] = await query
      .addOrderBy('s.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}
