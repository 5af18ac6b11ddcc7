import { Inject, Injectable } from '@nestjs/common';
import { type StatsPeriod, StatsRepository } from '@boundary/persistence';
import { DISPUTE_CATEGORIES, DISPUTE_STATUSES, DISPUTE_TIERS, SEVERITIES } from '@boundary/workflows';
import type { Principal } from '../auth/principal';
import { AppError } from '../common/app-error';
import { OrganisationService } from '../organisation/organisation.service';
import type { StatsQuery, StatsResponseDto } from './stats.dto';

const round = (value: number | null, decimals: number): number | null =>
  value === null ? null : Number(value.toFixed(decimals));

/** Every key of a dimension in the contract's order, so charts and exports keep their shape when a count is 0. */
const complete = <Key extends string, Name extends string>(
  keys: readonly Key[],
  counts: Record<string, number>,
  name: Name,
) => keys.map((key) => ({ [name]: key, count: counts[key] ?? 0 }) as Record<Name, Key> & { count: number });

@Injectable()
export class StatsService {
  constructor(
    @Inject(StatsRepository)
    private readonly stats: Pick<StatsRepository, 'caseCounts' | 'townshipFigures' | 'severityFigures'>,
    private readonly organisation: OrganisationService,
  ) {}

  async summary(principal: Principal, query: StatsQuery): Promise<StatsResponseDto> {
    const period = this.periodOf(query);
    const scope = this.organisation.scopeOf(principal);
    const [cases, townships, severities] = await Promise.all([
      this.stats.caseCounts(scope, period),
      this.stats.townshipFigures(scope, period),
      this.stats.severityFigures(scope, period),
    ]);
    const bySeverity = SEVERITIES.map((severity) => {
      const found = severities.find((row) => row.severity === severity);
      return {
        severity,
        count: found?.count ?? 0,
        acknowledged: found?.acknowledged ?? 0,
        meanMinutesToAcknowledge: round(found?.meanMinutesToAcknowledge ?? null, 2),
      };
    });
    return {
      from: period.from?.toISOString() ?? null,
      to: period.to?.toISOString() ?? null,
      jurisdiction: scope.ownerJurisdiction ?? scope.district ?? null,
      cases: {
        total: Object.values(cases.byStatus).reduce((sum, count) => sum + count, 0),
        byStatus: complete(DISPUTE_STATUSES, cases.byStatus, 'status'),
        byTier: complete(DISPUTE_TIERS, cases.byTier, 'tier'),
        byCategory: complete(DISPUTE_CATEGORIES, cases.byCategory, 'category'),
      },
      townships: townships.map((township) => {
        const settled = township.deadlinesMet + township.deadlinesMissed;
        return {
          ...township,
          deadlineMetShare: settled === 0 ? null : round(township.deadlinesMet / settled, 4),
          patrolCoverage:
            township.patrolMarkersPlanned === 0
              ? null
              : round(township.patrolMarkersChecked / township.patrolMarkersPlanned, 4),
          meanDaysToAgreement: round(township.meanDaysToAgreement, 2),
        };
      }),
      incidents: { total: bySeverity.reduce((sum, row) => sum + row.count, 0), bySeverity },
    };
  }

  private periodOf(query: StatsQuery): StatsPeriod {
    const period: StatsPeriod = {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    };
    if (period.from && period.to && period.from >= period.to) {
      throw AppError.validation([{ field: 'to', problems: ['to must be later than from'] }]);
    }
    return period;
  }
}
