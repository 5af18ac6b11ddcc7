import { DataSource } from 'typeorm';
import { type District, seedDistrict } from '../support/organisation';
import { asOwner } from '../support/owner';
import { type Stack, newCase, round, secondsPolicy, startStack } from '../support/stack';
import { eventually } from '../support/waits';

const DAY_MS = 86_400_000;

interface IncidentView {
  id: string;
  createdAt: string;
  acknowledgedAt?: string;
}

/** Other specs write cases into the same database at the same time: this one counts in a district of its own. */
/** A district without patrols or findings: the ledger's assessment figures are zero, coverage unknown. */
const NO_LEDGER = {
  findingsClosedOnTime: 0,
  findingsClosedLate: 0,
  findingsOverdue: 0,
  findingsOpen: 0,
  patrolMarkersPlanned: 0,
  patrolMarkersChecked: 0,
  patrolCoverage: null,
};

describe('GET /stats against PostgreSQL', () => {
  let district: District;
  let quiet: Stack;
  /** Its report deadline is one second: a case opened there misses it while we wait. */
  let hasty: Stack;
  let dataSource: DataSource;
  const minutesToAcknowledge: Record<string, number> = {};
  let startedAt: string;

  const ids: Record<string, string> = {};

  /** Pins the timeline's `opened` and `agreement_signed` times, so the mean days are known exactly. */
  const pinAgreementSpan = async (id: string, days: number) => {
    const opened = Date.parse('2026-01-05T00:00:00Z');
    // Timeline rows are beyond the application role's reach; only the owner can back-date them.
    await asOwner(async (owner) => {
      await owner.query(`UPDATE timeline SET at = $2 WHERE subject_id = $1 AND action = 'opened'`, [
        id,
        new Date(opened),
      ]);
      await owner.query(`UPDATE timeline SET at = $2 WHERE subject_id = $1 AND action = 'agreement_signed'`, [
        id,
        new Date(opened + days * DAY_MS),
      ]);
    });
  };

  const takeToAgreement = async (id: string, tier: string) => {
    const bureau = await quiet.as(district.users.bureau);
    await bureau.post(`/disputes/${id}/report`, { tier, summary: '核实后上报' }).expect(200);
    await bureau.post(`/disputes/${id}/mediation/start`, { mediators: ['调解员'] }).expect(200);
    await bureau.post(`/disputes/${id}/mediation/rounds`, round('agreement_reached')).expect(200);
    await bureau
      .post(`/disputes/${id}/agreement`, {
        terms: '以勘界协议为准',
        signatories: ['甲镇', '乙乡'],
        signedAt: new Date().toISOString(),
      })
      .expect(200);
  };

  const awaitReportMissed = (id: string) =>
    eventually(
      async () => {
        const response = await (await quiet.as(district.users.bureau)).get(`/disputes/${id}`);
        return response.body.deadlines[0]?.status === 'missed' ? true : undefined;
      },
      { timeoutMs: 30_000 },
    );

  beforeAll(async () => {
    quiet = await startStack();
    hasty = await startStack({ policy: secondsPolicy({ disputes: { reportWithin: 'PT1S' } }) });
    dataSource = quiet.app.get(DataSource);
    district = await seedDistrict(dataSource, 'SD1');
    const [st1, st2] = district.townships;
    startedAt = new Date(Date.now() - 1000).toISOString();

    const bureau = await quiet.as(district.users.bureau);
    const open = async (stack: Stack, owner: string, category: string) =>
      (
        await (
          await stack.as(district.users.bureau)
        )
          .post('/disputes', newCase(owner, { category }))
          .expect(201)
      ).body.id as string;

    // Township A: closed (5 deadlines met, 2 days to agreement), agreed (4 met, 5 days), screening with a missed report.
    ids.closed = await open(quiet, st1, 'forest_land');
    await takeToAgreement(ids.closed, 'township');
    await bureau.post(`/disputes/${ids.closed}/close`, { implemented: true, archiveRef: 'TJ-1' }).expect(200);
    ids.agreed = await open(quiet, st1, 'water_works');
    await takeToAgreement(ids.agreed, 'district');
    ids.lateST1 = await open(hasty, st1, 'grassland');
    // Township B: one case still within its deadline, one that missed it.
    ids.pending = await open(quiet, st2, 'mining');
    ids.lateST2 = await open(hasty, st2, 'mining');
    await Promise.all([awaitReportMissed(ids.lateST1), awaitReportMissed(ids.lateST2)]);
    await pinAgreementSpan(ids.closed, 2);
    await pinAgreementSpan(ids.agreed, 5);

    // Incidents: two level II in township A (one acknowledged), one level IV in township B (acknowledged).
    const trigger = async (jurisdiction: string, severity: string) =>
      (
        await bureau
          .post('/incidents', {
            title: `界桩附近群众聚集 ${severity}`,
            type: 'mass_gathering',
            severity,
            jurisdiction,
            description: '双方村民在界桩附近聚集',
          })
          .expect(201)
      ).body.id as string;
    const acknowledged = [await trigger(st1, 'II'), await trigger(st2, 'IV')];
    await trigger(st1, 'II');
    for (const id of acknowledged) {
      await bureau.post(`/incidents/${id}/acknowledge`, { note: '已安排人员赶赴现场' }).expect(200);
      const incident = (await bureau.get(`/incidents/${id}`).expect(200)).body as IncidentView;
      minutesToAcknowledge[id] =
        (Date.parse(incident.acknowledgedAt as string) - Date.parse(incident.createdAt)) / 60_000;
    }
    ids.acknowledgedII = acknowledged[0];
    ids.acknowledgedIV = acknowledged[1];
  });

  afterAll(async () => {
    await hasty?.stop();
    await quiet?.stop();
  });

  const statsAs = async (username: string, query = '') => {
    const response = await (await quiet.as(username)).get(`/stats${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('counts the district’s cases by status, tier and category, zeros included', async () => {
    const stats = await statsAs(district.users.bureau);
    expect(stats.jurisdiction).toBe('SD1');
    expect(stats.cases.total).toBe(5);
    expect(stats.cases.byStatus).toEqual([
      { status: 'screening', count: 3 },
      { status: 'reported', count: 0 },
      { status: 'mediating', count: 0 },
      { status: 'agreed', count: 1 },
      { status: 'closed', count: 1 },
      { status: 'resolved_locally', count: 0 },
      { status: 'withdrawn', count: 0 },
      { status: 'referred', count: 0 },
    ]);
    expect(stats.cases.byTier).toEqual([
      { tier: 'village', count: 3 },
      { tier: 'township', count: 1 },
      { tier: 'district', count: 1 },
      { tier: 'cross_county', count: 0 },
    ]);
    expect(stats.cases.byCategory).toEqual([
      { category: 'land_acquisition', count: 0 },
      { category: 'mining', count: 2 },
      { category: 'water_works', count: 1 },
      { category: 'forest_land', count: 1 },
      { category: 'grassland', count: 1 },
      { category: 'other', count: 0 },
    ]);
  });

  it('gives each township its share of deadlines met and the mean days from opening to agreement', async () => {
    const stats = await statsAs(district.users.bureau);
    expect(stats.townships).toEqual([
      {
        jurisdiction: 'SD1A',
        name: '甲镇',
        deadlinesMet: 9,
        deadlinesMissed: 1,
        deadlineMetShare: 0.9,
        agreements: 2,
        meanDaysToAgreement: 3.5,
        ...NO_LEDGER,
      },
      {
        jurisdiction: 'SD1B',
        name: '乙乡',
        deadlinesMet: 0,
        deadlinesMissed: 1,
        deadlineMetShare: 0,
        agreements: 0,
        meanDaysToAgreement: null,
        ...NO_LEDGER,
      },
    ]);
  });

  it('counts incidents by severity with the mean minutes to acknowledge', async () => {
    const stats = await statsAs(district.users.bureau);
    const minutes = (id: string) => Number(minutesToAcknowledge[id].toFixed(2));
    expect(stats.incidents).toEqual({
      total: 3,
      bySeverity: [
        { severity: 'I', count: 0, acknowledged: 0, meanMinutesToAcknowledge: null },
        {
          severity: 'II',
          count: 2,
          acknowledged: 1,
          meanMinutesToAcknowledge: minutes(ids.acknowledgedII),
        },
        { severity: 'III', count: 0, acknowledged: 0, meanMinutesToAcknowledge: null },
        {
          severity: 'IV',
          count: 1,
          acknowledged: 1,
          meanMinutesToAcknowledge: minutes(ids.acknowledgedIV),
        },
      ],
    });
  });

  it('gives a leader the same district view and a mediator only its own township', async () => {
    expect(await statsAs(district.users.leader)).toEqual(await statsAs(district.users.bureau));
    const mediator = await statsAs(district.users.mediator);
    expect(mediator.jurisdiction).toBe('SD1A');
    expect(mediator.cases.total).toBe(3);
    expect(mediator.townships.map((t: { jurisdiction: string }) => t.jurisdiction)).toEqual(['SD1A']);
    expect(mediator.incidents.total).toBe(2);
    expect(mediator.incidents.bySeverity[3]).toMatchObject({ severity: 'IV', count: 0 });
  });

  it('counts only what was opened within [from, to)', async () => {
    const later = new Date(Date.now() + 60_000).toISOString();
    const future = await statsAs(district.users.bureau, `?from=${encodeURIComponent(later)}`);
    expect(future.cases.total).toBe(0);
    expect(future.incidents.total).toBe(0);
    expect(future.townships.map((t: { deadlineMetShare: unknown }) => t.deadlineMetShare)).toEqual([
      null,
      null,
    ]);
    expect(future.from).toBe(later);

    const before = await statsAs(district.users.bureau, `?to=${encodeURIComponent(startedAt)}`);
    expect(before.cases.total).toBe(0);
    const during = await statsAs(
      district.users.bureau,
      `?from=${encodeURIComponent(startedAt)}&to=${encodeURIComponent(later)}`,
    );
    expect(during.cases.total).toBe(5);
    const datesOnly = await statsAs(district.users.bureau, '?from=2020-01-01&to=2099-01-01');
    expect(datesOnly.cases.total).toBe(5);
  });

  it('refuses bad periods with VALIDATION_FAILED naming the field', async () => {
    const bureau = await quiet.as(district.users.bureau);
    const cases: [string, string][] = [
      ['?from=yesterday', 'from'],
      ['?to=2026-13-01', 'to'],
      ['?from=2026-02-01&to=2026-01-01', 'to'],
      ['?from=2026-01-01&to=2026-01-01', 'to'],
      ['?colour=red', 'colour'],
    ];
    for (const [query, field] of cases) {
      const response = await bureau.get(`/stats${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const english = await bureau.get('/stats?from=x').set('accept-language', 'en');
    expect(english.body.message).toBe('Validation failed');
  });

  it('needs a token and is documented in /docs', async () => {
    const anonymous = await quiet.http().get('/stats');
    expect(anonymous.status).toBe(401);
    const docs = await quiet.http().get('/docs-json').expect(200);
    const operation = docs.body.paths['/stats'].get;
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['from', 'to']);
    expect(operation.description).toMatch(/mediator gets its own township/);
  });
});
