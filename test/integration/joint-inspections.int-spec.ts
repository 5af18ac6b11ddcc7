import { binary, pdfText } from '../support/pdf-text';
import { type Stack, secondsPolicy, startStack } from '../support/stack';
import { eventually } from '../support/waits';

// 西河段: its markers JZ-09, JZ-10 and JZ-14 are found damaged by no other spec of the run (specs share one
// database and one Temporal, and a marker's open finding is one workflow run-wide).
const LINE = 'L-D01-N01-2';

/**
 * Stages short enough to watch: planning falls due 8 s after opening (reminder at 4 s), the later stages a
 * minute after they start, and the next cycle 16 s after archiving (its planning reminder 8 s before).
 */
const POLICY = secondsPolicy({
  jointInspections: {
    cycle: 'PT16S',
    planningWithin: 'PT8S',
    fieldWorkWithin: 'PT1M',
    reportingWithin: 'PT1M',
    archiveWithin: 'PT1M',
    remindBefore: 'PT4S',
  },
});

interface TimelineEntry {
  actor: string;
  action: string;
  toStatus: string;
  data: { deadlineKind?: string };
}

describe('joint inspections (联检) of a county line, shared by the two bureaus', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ policy: POLICY });
  });
  afterAll(() => stack.stop());

  const body = (extra: Record<string, unknown> = {}) => ({
    lineCode: LINE,
    title: '2026年示范区—邻县东坪段界线联检',
    plannedFrom: '2026-12-01',
    plannedTo: '2027-01-31',
    teams: [
      { side: 'D01', members: ['区民政局张科长', '东坪镇界线员赵某'] },
      { side: 'N01', members: ['邻县民政局李科长', '石桥镇界线员王某'] },
    ],
    ...extra,
  });

  const timeline = async (id: string): Promise<TimelineEntry[]> =>
    (await (await stack.as('bureau')).get(`/joint-inspections/${id}/timeline`).expect(200)).body;

  const patrol = (inspectionId: string, markers: object[]) => ({
    inspectionId,
    lineCode: LINE,
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    endedAt: new Date().toISOString(),
    team: ['区民政局张科长'],
    markers,
  });

  it('refuses to open for anyone but the bureau of a side, or for a line that is not between two counties', async () => {
    expect((await (await stack.as('mediator.a')).post('/joint-inspections', body())).status).toBe(403);
    expect((await (await stack.as('city')).post('/joint-inspections', body())).status).toBe(403);
    const township = await (
      await stack.as('bureau')
    ).post('/joint-inspections', body({ lineCode: 'L-T01-T02' }));
    expect(township.status).toBe(400);
    const unknown = await (await stack.as('bureau')).post('/joint-inspections', body({ lineCode: 'L-NONE' }));
    expect(unknown.status).toBe(400);
    const backwards = await (
      await stack.as('bureau')
    ).post('/joint-inspections', body({ plannedFrom: '2027-01-31', plannedTo: '2026-12-01' }));
    expect(backwards.status).toBe(400);
    const strange = await (await stack.as('bureau')).post('/joint-inspections', body({ extra: 1 }));
    expect(strange.status).toBe(400);
  });

  it('goes through every stage with both bureaus, counts patrols once, and files a report both signed', async () => {
    const bureau = await stack.as('bureau');
    const n01 = await stack.as('bureau.n01');
    const opened = await bureau.post('/joint-inspections', body());
    expect(opened.status).toBe(201);
    const inspection = opened.body;
    const id: string = inspection.id;
    expect(inspection).toMatchObject({
      lineCode: LINE,
      status: 'planning',
      sides: ['D01', 'N01'],
      signatures: [],
    });
    expect(inspection.markerCodes).toEqual(expect.arrayContaining(['JZ-09', 'JZ-10', 'JZ-14']));
    const planned = inspection.markerCodes.length;
    expect(inspection.progress).toEqual({ markersPlanned: planned, markersChecked: 0, percent: 0 });
    expect(inspection.deadlines).toEqual([
      { kind: 'planning', dueAt: expect.any(String), status: 'pending' },
    ]);

    // Both sides and their townships' mediators read it; the city and the other districts do not.
    for (const [who, status] of [
      ['bureau.n01', 200],
      ['mediator.c', 200],
      ['leader', 200],
      ['city', 404],
    ] as const) {
      expect({ who, status: (await (await stack.as(who)).get(`/joint-inspections/${id}`)).status }).toEqual({
        who,
        status,
      });
    }
    const listed = await n01.get('/joint-inspections?status=planning&pageSize=100').expect(200);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await (await stack.as('city')).get('/joint-inspections')).body.total).toBe(0);

    // Patrols are the field work: POST /patrols with inspectionId, refused before field work has begun.
    const early = await bureau.post('/patrols', patrol(id, [{ code: 'JZ-09', condition: 'intact' }]));
    expect(early.status).toBe(409);
    expect(early.body.details.status).toBe('planning');
    expect((await n01.post(`/joint-inspections/${id}/sign`)).status).toBe(409);
    expect((await (await stack.as('mediator.c')).post(`/joint-inspections/${id}/advance`)).status).toBe(403);

    const fieldWork = await n01.post(`/joint-inspections/${id}/advance`);
    expect(fieldWork.status).toBe(200);
    expect(fieldWork.body.status).toBe('field_work');
    expect(
      fieldWork.body.deadlines.map((d: { kind: string; status: string }) => `${d.kind}:${d.status}`),
    ).toEqual(['planning:met', 'field_work:pending']);
    // A patrol of another line cannot be this inspection's field work.
    expect((await bureau.post('/patrols', { ...patrol(id, []), lineCode: 'L-D01-N01-1' })).status).toBe(400);

    const first = patrol(id, [
      { code: 'JZ-14', condition: 'intact' },
      { code: 'JZ-09', condition: 'damaged', repairs: ['repair', 'repaint'], note: '基座松动' },
      { code: 'JZ-10', condition: 'tilted' },
    ]);
    const posted = await bureau.post('/patrols', first).set('Idempotency-Key', 'inspection-first');
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      inspectionId: id,
      findingIds: [expect.any(String), expect.any(String)],
    });
    const counted = (await bureau.get(`/joint-inspections/${id}`).expect(200)).body;
    expect(counted.progress).toEqual({
      markersPlanned: planned,
      markersChecked: 3,
      percent: Math.round((3 / planned) * 100),
    });
    expect(counted.findingIds).toEqual(posted.body.findingIds);
    // A retried POST (the same key) saves nothing twice and counts nothing twice.
    const retried = await bureau.post('/patrols', first).set('Idempotency-Key', 'inspection-first');
    expect(retried.body.id).toBe(posted.body.id);
    const again = (await bureau.get(`/joint-inspections/${id}`).expect(200)).body;
    expect(again.progress.markersChecked).toBe(3);
    expect(again.patrolIds).toEqual([posted.body.id]);
    const second = await bureau.post(
      '/patrols',
      patrol(id, [{ code: 'JZ-10', condition: 'intact', repairs: ['straighten'] }]),
    );
    expect(second.status).toBe(201);
    const afterSecond = (await bureau.get(`/joint-inspections/${id}`).expect(200)).body;
    expect(afterSecond.progress.markersChecked).toBe(3);
    expect(afterSecond.markers.find((m: { code: string }) => m.code === 'JZ-10')).toMatchObject({
      condition: 'intact',
      patrolId: second.body.id,
    });

    // The damaged marker's ledger entry is put right and closed out (销号) before the report is filed.
    const damaged = posted.body.findingIds[0] as string;
    const mediator = await stack.as('mediator.b');
    await bureau.post(`/findings/${damaged}/assign`, { assignee: 'mediator.b' }).expect(200);
    await mediator.post(`/findings/${damaged}/start`, {}).expect(200);
    await mediator.post(`/findings/${damaged}/submit`, { summary: '基座加固' }).expect(200);
    await bureau.post(`/findings/${damaged}/verify`, { accepted: true, note: '联检复核' }).expect(200);

    const reporting = await bureau.post(`/joint-inspections/${id}/advance`);
    expect(reporting.body.status).toBe('reporting');
    expect((await bureau.post('/patrols', patrol(id, [{ code: 'JZ-11', condition: 'intact' }]))).status).toBe(
      409,
    );
    expect((await bureau.post(`/joint-inspections/${id}/advance`)).status).toBe(409);

    expect((await (await stack.as('leader')).post(`/joint-inspections/${id}/sign`)).status).toBe(403);
    const one = await n01.post(`/joint-inspections/${id}/sign`);
    expect(one.body).toMatchObject({ status: 'reporting', signatures: [{ side: 'N01', by: 'bureau.n01' }] });
    const twice = await n01.post(`/joint-inspections/${id}/sign`);
    expect(twice.body.signatures).toEqual(one.body.signatures);
    const both = await bureau.post(`/joint-inspections/${id}/sign`);
    expect(both.body.status).toBe('signed');
    expect(both.body.signatures.map((s: { side: string }) => s.side)).toEqual(['N01', 'D01']);

    const archived = await bureau.post(`/joint-inspections/${id}/archive`, { archiveRef: 'LJ-2026-003' });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ status: 'archived', archiveRef: 'LJ-2026-003' });
    expect(
      archived.body.deadlines.map((d: { kind: string; status: string }) => `${d.kind}:${d.status}`),
    ).toEqual(['planning:met', 'field_work:met', 'reporting:met', 'archive:met', 'next_cycle:pending']);
    expect((await bureau.post(`/joint-inspections/${id}/archive`, { archiveRef: 'x' })).status).toBe(409);

    // The report, read back as text: line, period, teams, every marker, findings and close-out, signatures.
    const report = await binary((await stack.as('bureau.n01')).get(`/joint-inspections/${id}/report`));
    expect(report.status).toBe(200);
    expect(report.headers['content-type']).toBe('application/pdf');
    const pdf = report.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    for (const expected of [
      '行政区域界线联合检查报告',
      `西河段`,
      LINE,
      '示范区（D01）',
      '邻县（N01）',
      '2026-12-01至2027-01-31',
      '区民政局张科长',
      '石桥镇界线员王某',
      '界桩JZ-09状况：损坏维护：修复、描绘',
      '界桩JZ-10状况：完好维护：扶正',
      '界桩JZ-11状况：未检查',
      '界桩JZ-09',
      '基座松动整改情况：已销号',
      '：基座加固',
      '整改中（待交办）',
      '邻县（N01）民政局：bureau.n01签署时间',
      '示范区（D01）民政局：bureau签署时间',
      '归档编号：LJ-2026-003',
    ]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
    expect((await binary((await stack.as('city')).get(`/joint-inspections/${id}/report`))).status).toBe(404);

    // Archived, it waits for the line's next cycle by itself: the planning reminder, then the miss.
    const cycle = await eventually(
      async () => {
        const entries = (await timeline(id)).filter((e) => e.data.deadlineKind === 'next_cycle');
        return entries.some((e) => e.action === 'deadline_missed') ? entries : undefined;
      },
      { timeoutMs: 60_000, everyMs: 1000 },
    );
    expect(cycle.map((e) => e.action)).toEqual(['deadline_approaching', 'deadline_missed']);
    const bureauAlerts = (await n01.get('/alerts')).body as {
      subjectId: string;
      kind: string;
      deadlineKind: string;
    }[];
    expect(
      bureauAlerts.filter((a) => a.subjectId === id).map((a) => `${a.kind}:${a.deadlineKind}`),
    ).toContain('deadline_approaching:next_cycle');
  });

  it('reminds both bureaus before a stage falls due and tells the leaders when it is missed', async () => {
    const opened = await (await stack.as('bureau.n01')).post('/joint-inspections', body());
    expect(opened.status).toBe(201);
    const id: string = opened.body.id;
    const kinds = await eventually(
      async () => {
        const entries = (await timeline(id)).filter((e) => e.data.deadlineKind === 'planning');
        return entries.some((e) => e.action === 'deadline_missed') ? entries : undefined;
      },
      { timeoutMs: 45_000, everyMs: 1000 },
    );
    expect(kinds.map((e) => `${e.actor}:${e.action}`)).toEqual([
      'system:deadline_approaching',
      'system:deadline_missed',
    ]);
    for (const who of ['bureau', 'bureau.n01']) {
      const alerts = await eventually(async () => {
        const all = (await (await stack.as(who)).get('/alerts')).body as {
          subjectId: string;
          kind: string;
        }[];
        const mine = all.filter((a) => a.subjectId === id);
        return mine.length > 0 ? mine : undefined;
      });
      expect(alerts.map((a) => a.kind)).toContain('deadline_approaching');
    }
    const missed = await eventually(async () => {
      const all = (await (await stack.as('leader')).get('/alerts')).body as {
        subjectId: string;
        kind: string;
        subjectType: string;
      }[];
      return all.find((a) => a.subjectId === id && a.kind === 'deadline_missed');
    });
    expect(missed.subjectType).toBe('joint_inspection');
    const late = await (await stack.as('bureau')).post(`/joint-inspections/${id}/advance`);
    expect(late.body.status).toBe('field_work');
    expect(late.body.deadlines[0]).toMatchObject({ kind: 'planning', status: 'missed' });
  });
});
