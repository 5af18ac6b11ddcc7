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
  /**
   * Who sees the subject, as the family's scope admits users. The console's live events for the subject go to
   * them and to the administrator, and to nobody else, so the family states them beside its scope rather than
   * the kit guessing them from column names.
   */
  seenFrom(state: State): SeenFrom;
}

/** See `SubjectTable.seenFrom`. */
export interface SeenFrom {
  /** The users whose jurisdiction is one of these. */
  jurisdictions: (string | null | undefined)[];
  /** Every user of these districts (a joint inspection is open to the whole of each side). */
  districts?: string[];
  /** Users admitted by name, whatever their jurisdiction (a case's joint mediation group). */
  usernames?: string[];
}

/** A row without its state: what a write needs to know of its subject (whether the caller may act, its status). */
export type SubjectColumns<Row> = Omit<Row, 'state'>;

/**
 * Column types that `pg` and TypeORM hydrate alike (strings, numbers, booleans, `Date`s, parsed JSON and arrays
 * of these), so a row read with plain SQL equals the entity TypeORM would give. A `date` column, say, would not
 * (TypeORM gives a string, `pg` a `Date`): the lookup refuses to be built over it rather than differ.
 */
const PLAINLY_READ_TYPES = new Set([
  'varchar',
  'text',
  'char',
  'integer',
  'bigint',
  'boolean',
  'timestamptz',
  'jsonb',
]);

/** Lists count their matches exactly up to this many; see `SubjectRepository.list`. */
export const LIST_COUNT_LIMIT = 1000;

/** One page of a list; `total` is exact unless `totalExact` is false, when there are more than `total`. */
export interface ListResult<Row> {
  items: Row[];
  total: number;
  totalExact: boolean;
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
  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly table: SubjectTable<State, Row>,
  ) {}

  /** Whether a row lies within what a caller may see. */
  protected abstract inScope(row: SubjectColumns<Row>, scope: Scope): boolean;

  /** Narrows a list query (alias `s`) to the scope and the filter. */
  protected abstract narrow(query: SelectQueryBuilder<Row>, filter: Filter, scope: Scope): void;

  /**
   * The projection write: the row is replaced only by a newer `seq`, timeline rows are appended once. Every
   * call carries what a committed workflow task decided, so the first write of a `seq` is the only one.
   *
   * One statement, so one round trip and atomic without a transaction: a fired deadline projects on every
   * workflow that has one, and each round trip costs the worker and PostgreSQL a system call or two. The
   * timeline is appended even when the row is not replaced: a retried older projection still brings its own
   * events, which the newer one that overtook it does not carry.
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
    const values = Object.values(columns);
    const { table } = this.table;
    // The console's live `subject` event commits with the change it announces (see the alert-channels
    // migration); the places and names let each stream pass it only to those who may see the subject.
    const seen = this.table.seenFrom(state);
    values.push(
      [...new Set(seen.jurisdictions.filter((place): place is string => typeof place === 'string'))],
      [...new Set(seen.districts ?? [])],
      seen.usernames ?? [],
      { subjectType: this.table.subjectType, id: state.id, status: state.status },
    );
    const last = values.length;
    const announcement = `$${last - 3}::text[], $${last - 2}::text[], $${last - 1}::text[], $${last}::jsonb`;
    const timeline =
      events.length > 0
        ? TimelineRepository.appendStatement(this.table.subjectType, state.id, events, values.length + 1)
        : undefined;
    if (timeline) values.push(...timeline.values);
    await this.dataSource.query(
      `WITH written AS (
         INSERT INTO ${table} (${names.join(', ')})
         VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})
         ON CONFLICT (id) DO UPDATE SET
           ${names
             .filter((name) => name !== 'id' && name !== 'created_at')
             .map((name) => `${name} = EXCLUDED.${name}`)
             .join(', ')}
         WHERE ${table}.seq < EXCLUDED.seq RETURNING id),
       announced AS (
         INSERT INTO console_events (type, jurisdictions, districts, usernames, data)
         SELECT 'subject', ${announcement} FROM written)
       ${timeline ? `, appended AS (${timeline.sql})` : ''}
       SELECT 1`,
      values,
    );
  }

  /**
   * The row by id, or null when there is none or the scope does not hold it. Without `state` (`{ state: false }`)
   * for a write, which only needs to know that the caller may act and the status the workflow's answer replaces.
   *
   * Plain SQL over the entity's columns, prepared once: before every write, TypeORM's `findOneBy` cost the API
   * about three times the CPU (0.8 against 0.3 ms) and twice the time of the same read.
   */
  findById(id: string, scope: Scope): Promise<Row | null>;
  findById(id: string, scope: Scope, read: { state: false }): Promise<SubjectColumns<Row> | null>;
  async findById(id: string, scope: Scope, read?: { state: false }): Promise<SubjectColumns<Row> | null> {
    const withState = read?.state !== false;
    const [row] = (await this.dataSource.query(this.lookup(withState), [id])) as SubjectColumns<Row>[];
    return row && this.inScope(row, scope) ? row : null;
  }

  private lookups?: Record<'withState' | 'withoutState', string>;

  private lookup(withState: boolean): string {
    if (!this.lookups) {
      const { columns } = this.dataSource.getMetadata(this.table.entity);
      const unlike = columns.filter((column) => !PLAINLY_READ_TYPES.has(String(column.type)));
      if (unlike.length > 0) {
        throw new Error(
          `${this.table.table}: columns ${unlike.map((column) => column.databaseName).join(', ')} cannot be read plainly`,
        );
      }
      const select = (all: boolean) =>
        columns
          .filter((column) => all || column.propertyName !== 'state')
          .map((column) => `"${column.databaseName}" AS "${column.propertyName}"`)
          .join(', ');
      const from = `FROM ${this.table.table} WHERE id = $1`;
      this.lookups = {
        withState: `SELECT ${select(true)} ${from}`,
        withoutState: `SELECT ${select(false)} ${from}`,
      };
    }
    return withState ? this.lookups.withState : this.lookups.withoutState;
  }

  /**
   * Whether a filter is counted through bitmap index scans only. For a condition on a value kept out of line
   * (TOAST), a limited count would rather scan and test row after row, one out-of-line fetch each, than read
   * the index that answers the condition exactly.
   */
  protected countsFromIndex(_filter: Filter): boolean {
    return false;
  }

  /**
   * One page of states, newest first (nearest first with `near`), and how many match. An exact count costs one
   * visit per match, hundreds of milliseconds for a broad filter over 100,000 cases, for a figure nobody pages
   * through: past `countLimit` the answer says "more than" (`totalExact: false`) and the caller narrows the
   * filter. Only the state column is read: a page is shown from it, and a page of a hundred whole entities
   * cost the API half as much CPU again as reading the states and writing the page.
   */
  async list(filter: Filter, scope: Scope, countLimit = LIST_COUNT_LIMIT): Promise<ListResult<State>> {
    const query = this.dataSource.getRepository(this.table.entity).createQueryBuilder('s');
    this.narrow(query, filter, scope);
    const point = 'ST_SetSRID(ST_MakePoint(:lng, :lat), 4326)::geography';
    if (filter.near) {
      const { lat, lng, meters } = filter.near;
      query.andWhere(`ST_DWithin(s.location, ${point}, :meters)`, { lat, lng, meters });
    }
    const [countSql, countParameters] = query
      .clone()
      .select('1', 'one')
      .limit(countLimit + 1)
      .getQueryAndParameters();
    if (filter.near) query.orderBy(`ST_Distance(s.location, ${point})`, 'ASC');
    else query.orderBy('s.created_at', 'DESC');
    const [rows, [{ matches }]] = await Promise.all([
      query
        .select('s.state', 'state')
        .addOrderBy('s.id', 'DESC')
        .offset((filter.page - 1) * filter.pageSize)
        .limit(filter.pageSize)
        .getRawMany<{ state: State }>(),
      this.countMatches(
        `SELECT count(*)::int AS matches FROM (${countSql}) AS counted`,
        countParameters,
        filter,
      ),
    ]);
    const items = rows.map((row) => row.state);
    return matches > countLimit
      ? { items, total: countLimit, totalExact: false }
      : { items, total: matches, totalExact: true };
  }

  private countMatches(sql: string, parameters: unknown[], filter: Filter): Promise<{ matches: number }[]> {
    if (!this.countsFromIndex(filter)) return this.dataSource.query(sql, parameters);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      await manager.query('SET LOCAL enable_indexscan = off');
      return manager.query(sql, parameters);
    });
  }
}
