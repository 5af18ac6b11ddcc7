import {
  type DisputeCase,
  type DisputeDeadlineKind,
  type DisputeStatus,
  FINAL_DISPUTE_STATUSES,
} from '@boundary/workflows';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { DisputeEntity } from '../entities/dispute.entity';
import { ewktPoint } from '../boundary/model';
import {
  type ListResult,
  type Nearby,
  type Page,
  type SubjectColumns,
  SubjectRepository,
} from '../subjects/subject.repository';
import { CommonGrams } from './common-grams';

export interface DisputeListFilter extends Page, Nearby {
  status?: string;
  tier?: string;
  /** A township or a county-level unit: the owner township, the owning district, or a side. */
  jurisdiction?: string;
  overdue?: boolean;
  q?: string;
}

/**
 * What the caller may see: a mediator its township, bureau and leader their district, admin everything.
 * Beyond that, `bureauOf` sees the cross-county cases where it is a side and those referred to it, and
 * `member` the cases whose joint mediation group names it.
 */
export interface DisputeScope {
  ownerJurisdiction?: string;
  district?: string;
  bureauOf?: string;
  member?: string;
}

/** The county-level units of a case: those named at intake, or its own district for older cases. */
export const sidesOf = (state: DisputeCase): string[] => state.sides ?? [state.district];

/** The users of a case's joint mediation group, who see the case whatever their jurisdiction. */
const membersOf = (state: DisputeCase): string[] =>
  (state.jointGroup?.members ?? []).flatMap((m) => (m.username ? [m.username] : []));

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

/** One or two characters, the common length of a Chinese term: served by the short-gram index when it helps. */
const shortTerm = (q: string | undefined): string | undefined => {
  const term = q?.toLowerCase();
  return term !== undefined && [...term].length <= 2 && !/\s/.test(term) ? term : undefined;
};

/**
 * A gram in at least this share of the cases is searched by the text alone. Over 100,000 cases, the count up to
 * 1,001 of 界桩 (in every case) took 27 ms through the gram index or with the out-of-line grams tested row by
 * row, and 1.2 ms testing the text alone; 鹅 (in none) took 2.6 ms through the index and 31 ms without it. At 5 %
 * the text alone meets 1,001 matches within about 20,000 rows.
 */
const COMMON_GRAM_SHARE = 0.05;

export class DisputeRepository extends SubjectRepository<
  DisputeCase,
  DisputeEntity,
  DisputeScope,
  DisputeListFilter
> {
  /** Read from the planner's statistics of the grams (their most common elements and how often they occur). */
  private readonly commonGrams = new CommonGrams(async () =>
    (
      await this.dataSource.query(
        `SELECT gram FROM pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) AS e(gram, share)
          WHERE schemaname = current_schema() AND tablename = 'disputes' AND attname = 'search_grams'
            AND gram IS NOT NULL AND share >= $1`,
        [COMMON_GRAM_SHARE],
      )
    ).map((row: { gram: string }) => row.gram),
  );

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
        sides: sidesOf(state),
        member_usernames: membersOf(state),
        referred_to: state.referredTo ?? null,
      }),
      // As inScope: the owner township, the district, each side's bureau, the superior it was referred to, and
      // the joint group's members.
      seenFrom: (state) => ({
        jurisdictions: [state.ownerJurisdiction, state.district, ...sidesOf(state), state.referredTo],
        usernames: membersOf(state),
      }),
    });
  }

  protected inScope(row: SubjectColumns<DisputeEntity>, scope: DisputeScope): boolean {
    if (scope.member && row.memberUsernames.includes(scope.member)) return true;
    if (scope.bureauOf && (row.sides.includes(scope.bureauOf) || row.referredTo === scope.bureauOf))
      return true;
    if (scope.ownerJurisdiction && row.ownerJurisdiction !== scope.ownerJurisdiction) return false;
    return !scope.district || row.district === scope.district;
  }

  protected narrow(query: SelectQueryBuilder<DisputeEntity>, filter: DisputeListFilter, scope: DisputeScope) {
    // The same test as inScope, in SQL: the own scope, or a side's bureau, or a referral, or a member.
    const own: string[] = [];
    if (scope.ownerJurisdiction) own.push('s.owner_jurisdiction = :owner');
    if (scope.district) own.push('s.district = :district');
    const either = [own.length > 0 ? own.join(' AND ') : 'TRUE'];
    if (scope.bureauOf) either.push(':bureauOf = ANY(s.sides) OR s.referred_to = :bureauOf');
    if (scope.member) either.push(':member = ANY(s.member_usernames)');
    query.andWhere(`(${either.map((test) => `(${test})`).join(' OR ')})`, {
      owner: scope.ownerJurisdiction,
      district: scope.district,
      bureauOf: scope.bureauOf,
      member: scope.member,
    });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    if (filter.tier) query.andWhere('s.tier = :tier', { tier: filter.tier });
    if (filter.jurisdiction) {
      // A county-level unit also names the cross-county cases where it is a side.
      query.andWhere('(s.owner_jurisdiction = :j OR s.district = :j OR :j = ANY(s.sides))', {
        j: filter.jurisdiction,
      });
    }
    if (filter.overdue) {
      query.andWhere('s.status NOT IN (:...finals) AND (s.overdue OR s.next_due_at < now())', {
        finals: FINAL_DISPUTE_STATUSES,
      });
    }
    if (filter.q) {
      // Longer terms go through the trigram index of the search text. One or two characters (pg_trgm's index needs
      // three) through the GIN index of short grams, unless most cases contain them; the text is tested first, in
      // the row, so that a plan which filters row by row fetches the out-of-line grams only of rows that do match.
      const term = filter.q.toLowerCase();
      query.andWhere(`s.search LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(term)}%` });
      const gram = this.indexedGram(term);
      if (gram !== undefined) query.andWhere('s.search_grams @> ARRAY[:gram]::text[]', { gram });
    }
  }

  /** The statistics of the grams are at hand before a short search is narrowed (`narrow` cannot wait). */
  override async list(
    filter: DisputeListFilter,
    scope: DisputeScope,
    countLimit?: number,
  ): Promise<ListResult<DisputeCase>> {
    if (shortTerm(filter.q) !== undefined) await this.commonGrams.refresh();
    return super.list(filter, scope, countLimit);
  }

  /** The short term to find through the gram index: none for longer terms, nor for one most cases contain. */
  private indexedGram(q: string | undefined): string | undefined {
    const gram = shortTerm(q);
    return gram !== undefined && !this.commonGrams.has(gram) ? gram : undefined;
  }

  /**
   * A search through the short-gram index is counted from it: the grams are kept out of line, and under a LIMIT
   * the planner would rather test them row by row, one out-of-line read each.
   */
  protected override countsFromIndex(filter: DisputeListFilter): boolean {
    return this.indexedGram(filter.q) !== undefined;
  }
}
