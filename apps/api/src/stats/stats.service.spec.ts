import type {
  CaseCounts,
  DisputeScope,
  SeverityFigures,
  StatsPeriod,
  TownshipFigures,
} from '@boundary/persistence';
import { DISPUTE_CATEGORIES, DISPUTE_STATUSES, DISPUTE_TIERS } from '@boundary/workflows';
import { USERS, fakeOrganisation } from '../../../../test/support/fakes';
import { StatsService } from './stats.service';

interface Figures {
  cases?: CaseCounts;
  townships?: TownshipFigures[];
  severities?: SeverityFigures[];
}

function makeSut({
  cases = { byStatus: {}, byTier: {}, byCategory: {} },
  townships = [],
  severities = [],
}: Figures = {}) {
  const stats = {
    caseCounts: jest.fn(async (_scope: DisputeScope, _period: StatsPeriod) => cases),
    townshipFigures: jest.fn(async (_scope: DisputeScope, _period: StatsPeriod) => townships),
    severityFigures: jest.fn(async (_scope: DisputeScope, _period: StatsPeriod) => severities),
  };
  const { organisation } = fakeOrganisation();
  return { sut: new StatsService(stats, organisation), stats };
}

const township = (overrides: Partial<TownshipFigures> = {}): TownshipFigures => ({
  jurisdiction: 'T01',
  name: '东坪镇',
  deadlinesMet: 0,
  deadlinesMissed: 0,
  agreements: 0,
  meanDaysToAgreement: null,
  findingsClosedOnTime: 0,
  findingsClosedLate: 0,
  findingsOverdue: 0,
  findingsOpen: 0,
  patrolMarkersPlanned: 0,
  patrolMarkersChecked: 0,
  ...overrides,
});

describe('StatsService', () => {
  it.each([
    ['a mediator counts its township', USERS.mediatorA, { ownerJurisdiction: 'T01' }, 'T01'],
    ['the bureau counts its district', USERS.bureau, { district: 'D01' }, 'D01'],
    ['a leader counts its district', USERS.leader, { district: 'D01' }, 'D01'],
    ['admin counts everything', USERS.admin, {}, null],
  ])(
    '%s, and every figure is asked within that scope and period',
    async (_, principal, scope, jurisdiction) => {
      const { sut, stats } = makeSut();
      const summary = await sut.summary(principal, { from: '2026-01-01', to: '2026-07-01T00:00:00Z' });
      const period = { from: new Date('2026-01-01'), to: new Date('2026-07-01T00:00:00Z') };
      for (const figures of [stats.caseCounts, stats.townshipFigures, stats.severityFigures]) {
        expect(figures).toHaveBeenCalledWith(scope, period);
      }
      expect(summary).toMatchObject({
        from: '2026-01-01T00:00:00.000Z',
        to: '2026-07-01T00:00:00.000Z',
        jurisdiction,
      });
    },
  );

  it.each([
    ['equal', '2026-03-01', '2026-03-01'],
    ['reversed', '2026-03-02', '2026-03-01'],
  ])('refuses a period whose bounds are %s with 400 naming `to`, before counting', async (_, from, to) => {
    const { sut, stats } = makeSut();
    await expect(sut.summary(USERS.leader, { from, to })).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      details: [{ field: 'to', problems: ['to must be later than from'] }],
    });
    expect(stats.caseCounts).not.toHaveBeenCalled();
  });

  it('keeps an open period open', async () => {
    const { sut, stats } = makeSut();
    const summary = await sut.summary(USERS.leader, {});
    expect(stats.caseCounts).toHaveBeenCalledWith({ district: 'D01' }, { from: undefined, to: undefined });
    expect(summary).toMatchObject({ from: null, to: null });
  });

  it('lists every status, tier, category and severity in the contract order, zeros included', async () => {
    const { sut } = makeSut({
      cases: { byStatus: { mediating: 2, screening: 3 }, byTier: { district: 5 }, byCategory: { mining: 5 } },
      severities: [{ severity: 'III', count: 2, acknowledged: 1, meanMinutesToAcknowledge: 12.345 }],
    });
    const { cases, incidents } = await sut.summary(USERS.leader, {});
    expect(cases.total).toBe(5);
    expect(cases.byStatus.map((row) => row.status)).toEqual([...DISPUTE_STATUSES]);
    expect(cases.byStatus.find((row) => row.status === 'screening')?.count).toBe(3);
    expect(cases.byStatus.find((row) => row.status === 'closed')?.count).toBe(0);
    expect(cases.byTier.map((row) => row.tier)).toEqual([...DISPUTE_TIERS]);
    expect(cases.byCategory.map((row) => row.category)).toEqual([...DISPUTE_CATEGORIES]);
    expect(incidents).toEqual({
      total: 2,
      bySeverity: [
        { severity: 'I', count: 0, acknowledged: 0, meanMinutesToAcknowledge: null },
        { severity: 'II', count: 0, acknowledged: 0, meanMinutesToAcknowledge: null },
        { severity: 'III', count: 2, acknowledged: 1, meanMinutesToAcknowledge: 12.35 },
        { severity: 'IV', count: 0, acknowledged: 0, meanMinutesToAcknowledge: null },
      ],
    });
  });

  it('gives each township its share of deadlines met, and none where no deadline was settled', async () => {
    const settled = { deadlinesMet: 2, deadlinesMissed: 1, agreements: 1 };
    const { sut } = makeSut({
      townships: [
        township({ ...settled, meanDaysToAgreement: 3.14159 }),
        township({ jurisdiction: 'T02', name: '西河乡' }),
      ],
    });
    const { townships } = await sut.summary(USERS.leader, {});
    expect(townships).toEqual([
      { ...township(settled), meanDaysToAgreement: 3.14, deadlineMetShare: 0.6667, patrolCoverage: null },
      { ...township({ jurisdiction: 'T02', name: '西河乡' }), deadlineMetShare: null, patrolCoverage: null },
    ]);
  });

  it('gives each township the patrol coverage of its plan targets, and none without a plan', async () => {
    const covered = {
      patrolMarkersPlanned: 3,
      patrolMarkersChecked: 2,
      findingsClosedOnTime: 4,
      findingsOverdue: 1,
    };
    const { sut } = makeSut({
      townships: [township(covered), township({ jurisdiction: 'T02', name: '西河乡' })],
    });
    const { townships } = await sut.summary(USERS.leader, {});
    expect(
      townships.map(({ jurisdiction, patrolCoverage, findingsClosedOnTime, findingsOverdue }) => ({
        jurisdiction,
        patrolCoverage,
        findingsClosedOnTime,
        findingsOverdue,
      })),
    ).toEqual([
      { jurisdiction: 'T01', patrolCoverage: 0.6667, findingsClosedOnTime: 4, findingsOverdue: 1 },
      { jurisdiction: 'T02', patrolCoverage: null, findingsClosedOnTime: 0, findingsOverdue: 0 },
    ]);
  });
});
