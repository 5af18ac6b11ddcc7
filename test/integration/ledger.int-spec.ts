import ExcelJS from 'exceljs';
import { alertLabels } from '../support/alerts';
import { type Stack, secondsPolicy, startStack } from '../support/stack';
import { eventually, quietFor } from '../support/waits';

/**
 * Patrols and the problem ledger on a real stack, with a policy in seconds: a finding is to be put right
 * 6 s after it is assigned (reminder 3 s before), a marker finding 8 s; plans are reminded 3 s before due.
 */

interface Finding {
  id: string;
  kind: string;
  status: string;
  jurisdiction: string;
  markerCode?: string;
  patrolId?: string;
  assignee?: string;
  deadlines: { kind: string; dueAt: string; status: string }[];
  disputeId?: string;
  incidentId?: string;
  dispute?: { id: string; status: string };
  incident?: { id: string; status: string };
  allowed: string[];
  closedAt?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
const hourAgo = () => ({ startedAt: iso(Date.now() - 3_600_000), endedAt: iso(Date.now() - 60_000) });

const patrol = (lineCode: string, markers: [string, string][], extra: Record<string, unknown> = {}) => ({
  lineCode,
  ...hourAgo(),
  team: ['张三', '李四'],
  markers: markers.map(([code, condition]) => ({ code, condition })),
  ...extra,
});

describe('patrols and the problem ledger', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      policy: secondsPolicy({
        findings: {
          rectifyWithin: 'PT6S',
          remindBefore: 'PT3S',
          rectifyWithinByKind: { line_unclear: 'PT1H' },
        },
        patrolPlans: { remindBefore: 'PT3S' },
      }),
    });
  });
  afterAll(() => stack.stop());

  const post = async (username: string, path: string, body: object, key?: string) => {
    const request = (await stack.as(username)).post(path, body);
    return key ? request.set('idempotency-key', key) : request;
  };
  const finding = async (id: string, username = 'bureau'): Promise<Finding> =>
    (await (await stack.as(username)).get(`/findings/${id}`).expect(200)).body;
  const marker = async (code: string) =>
    (await (await stack.as('bureau')).get(`/boundary/markers/${code}`).expect(200)).body;

  it('takes a damaged marker from a patrol through the whole lifecycle to close-out, and the marker is intact again', async () => {
    const recorded = await post(
      'mediator.a',
      '/patrols',
      patrol('L-D01-N01-1', [
        ['JZ-01', 'intact'],
        ['JZ-03', 'damaged'],
      ]),
    );
    expect(recorded.status).toBe(201);
    expect(recorded.body.findingIds).toHaveLength(1);
    expect((await marker('JZ-03')).status).toBe('damaged');
    const id = recorded.body.findingIds[0] as string;

    const opened = await finding(id, 'mediator.a');
    expect(opened).toMatchObject({
      kind: 'marker',
      status: 'open',
      jurisdiction: 'T01',
      markerCode: 'JZ-03',
      patrolId: recorded.body.id,
    });
    expect(opened.allowed).toEqual(['assign', 'link_dispute', 'link_incident']);
    await (await stack.as('mediator.b')).get(`/findings/${id}`).expect(404);

    // Only the bureau assigns; a step out of order is 409 with what is allowed.
    expect((await post('mediator.a', `/findings/${id}/assign`, { assignee: 'mediator.a' })).status).toBe(403);
    const early = await post('mediator.a', `/findings/${id}/submit`, { summary: '已扶正' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      error: 'INVALID_TRANSITION',
      details: { status: 'open', allowed: ['assign', 'link_dispute', 'link_incident'] },
    });
    expect((await post('bureau', `/findings/${id}/assign`, { assignee: 'nobody' })).status).toBe(400);
    const dueAt = iso(Date.now() + 3_600_000);
    const assigned = await post('bureau', `/findings/${id}/assign`, { assignee: 'mediator.a', dueAt });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({
      status: 'assigned',
      assignee: 'mediator.a',
      deadlines: [{ kind: 'rectify', dueAt, status: 'pending' }],
    });

    expect((await post('mediator.a', `/findings/${id}/start`, {})).status).toBe(200);
    const submitted = await post(
      'mediator.a',
      `/findings/${id}/submit`,
      { summary: '已扶正并加固基座', repair: { work: 'straighten', cost: 1200, days: 2 } },
      'submit-1',
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    // The same key answers the first result instead of acting twice.
    const again = await post(
      'mediator.a',
      `/findings/${id}/submit`,
      { summary: '已扶正并加固基座', repair: { work: 'straighten' } },
      'submit-1',
    );
    expect(again.status).toBe(200);
    expect(again.body.rectification.repair).toEqual({ work: 'straighten', cost: 1200, days: 2 });
    expect((await post('mediator.a', `/findings/${id}/verify`, { accepted: true, note: '' })).status).toBe(
      403,
    );

    const refused = await post('bureau', `/findings/${id}/verify`, { accepted: false, note: '基座仍松动' });
    expect(refused.body).toMatchObject({
      status: 'rectifying',
      deadlines: [{ kind: 'rectify', status: 'pending' }],
    });
    expect(
      (
        await post('mediator.a', `/findings/${id}/submit`, {
          summary: '重新浇筑基座',
          repair: { work: 'repair', cost: 1800, days: 3 },
        })
      ).status,
    ).toBe(200);
    const closed = await post('bureau', `/findings/${id}/verify`, {
      accepted: true,
      note: '现场核验，整改到位',
    });
    expect(closed.body).toMatchObject({
      status: 'closed',
      allowed: [],
      deadlines: [{ kind: 'rectify', status: 'met' }],
    });
    expect(closed.body.closedAt).toEqual(expect.any(String));
    expect((await post('bureau', `/findings/${id}/assign`, { assignee: 'mediator.a' })).status).toBe(409);

    const repaired = await eventually(async () => {
      const found = await marker('JZ-03');
      return found.status === 'intact' ? found : undefined;
    });
    expect(repaired.history.filter((entry: { source: string }) => entry.source === 'repair')).toEqual([
      expect.objectContaining({
        status: 'intact',
        by: 'bureau',
        ref: id,
        note: expect.stringContaining('修复'),
      }),
    ]);
    const timeline = await (await stack.as('mediator.a')).get(`/findings/${id}/timeline`).expect(200);
    expect(
      timeline.body.map((entry: { actor: string; action: string }) => `${entry.actor}:${entry.action}`),
    ).toEqual([
      'mediator.a:opened',
      'bureau:assigned',
      'mediator.a:rectification_started',
      'mediator.a:rectification_submitted',
      'bureau:verification_failed',
      'mediator.a:rectification_submitted',
      'bureau:closed',
    ]);
  });

  it('lets only the assignee among the township’s mediators start and submit', async () => {
    const admin = await stack.as('admin');
    await admin
      .post('/users', {
        username: 'mediator.a2',
        displayName: '东坪镇第二调解员',
        role: 'mediator',
        jurisdiction: 'T01',
        password: 'Issued2026',
      })
      .expect(201);
    const issued = (
      await stack
        .http()
        .post('/auth/login')
        .send({ username: 'mediator.a2', password: 'Issued2026' })
        .expect(200)
    ).body;
    const token = (
      await stack
        .http()
        .post('/auth/password')
        .set('authorization', `Bearer ${issued.accessToken}`)
        .send({ currentPassword: 'Issued2026', newPassword: 'Chosen2026x' })
        .expect(200)
    ).body.accessToken as string;
    const recorded = await post('mediator.a', '/patrols', patrol('L-T01-T02', [['JZ-25', 'obscured']]));
    const id = recorded.body.findingIds[0] as string;
    await post('bureau', `/findings/${id}/assign`, { assignee: 'mediator.a2' });
    // The other mediator of the township sees the finding but may not work on it.
    expect((await post('mediator.a', `/findings/${id}/start`, {})).status).toBe(403);
    const started = await stack
      .http()
      .post(`/findings/${id}/start`)
      .set('authorization', `Bearer ${token}`)
      .send({});
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'rectifying', assignee: 'mediator.a2' });
  });

  it('opens one finding per damaged marker while it is open, and free findings of their own', async () => {
    const first = await post(
      'mediator.a',
      '/patrols',
      patrol(
        'L-D01-N01-1',
        [
          ['JZ-04', 'tilted'],
          ['JZ-06', 'intact'],
        ],
        {
          findings: [
            {
              kind: 'encroachment',
              description: '界线附近新建养殖棚，疑似越界',
              location: { lat: 27.93, lng: 112.54 },
            },
          ],
        },
      ),
    );
    expect(first.status).toBe(201);
    expect(first.body.findingIds).toHaveLength(2);
    const second = await post('mediator.a', '/patrols', patrol('L-D01-N01-1', [['JZ-04', 'damaged']]));
    expect(second.status).toBe(201);
    expect(second.body.findingIds).toEqual([first.body.findingIds[0]]);
    const listed = await (await stack.as('bureau')).get('/findings?markerCode=JZ-04').expect(200);
    expect(listed.body.total).toBe(1);
    const encroachment = await finding(first.body.findingIds[1]);
    expect(encroachment).toMatchObject({ kind: 'encroachment', status: 'open', jurisdiction: 'T01' });

    // A retried patrol (same Idempotency-Key) records nothing twice.
    const body = patrol('L-D01-N01-1', [['JZ-07', 'obscured']]);
    const once = await post('mediator.a', '/patrols', body, 'patrol-jz07');
    const twice = await post('mediator.a', '/patrols', body, 'patrol-jz07');
    expect(twice.status).toBe(201);
    expect(twice.body).toEqual(once.body);
    const history = (await marker('JZ-07')).history.filter(
      (entry: { source: string }) => entry.source === 'patrol',
    );
    expect(history).toHaveLength(1);

    // A marker not on the line, or a mediator off its township's lines, is refused.
    expect((await post('mediator.a', '/patrols', patrol('L-D01-N01-1', [['JZ-12', 'intact']]))).status).toBe(
      400,
    );
    expect((await post('mediator.b', '/patrols', patrol('L-D01-N01-1', [['JZ-01', 'intact']]))).status).toBe(
      400,
    );
  });

  it('enters a problem found outside a patrol, for the caller’s township or one of the bureau’s district', async () => {
    // JZ-04 is only this file's: the suites of a run share the register, and others count its markers.
    const code = 'JZ-04';
    // A mediator's entry is for its township by default; a marker problem joins the marker's open finding,
    // whether a patrol or another entry finds it next.
    const entered = await post('mediator.a', '/findings', {
      kind: 'marker',
      description: `群众反映${code}界桩被车辆撞损`,
      markerCode: code,
      foundAt: iso(Date.now() - 86_400_000),
    });
    expect(entered.status).toBe(201);
    expect(entered.body).toMatchObject({
      kind: 'marker',
      status: 'open',
      jurisdiction: 'T01',
      markerCode: code,
    });
    expect(entered.body.allowed).toContain('assign');
    const patrolled = await post('mediator.a', '/patrols', patrol('L-D01-N01-1', [[code, 'damaged']]));
    expect(patrolled.body.findingIds).toEqual([entered.body.id]);
    const again = await post('mediator.a', '/findings', {
      kind: 'marker',
      description: '再次反映',
      markerCode: code,
    });
    expect(again.body.id).toBe(entered.body.id);

    // The bureau names the township; a retried entry (same Idempotency-Key) opens nothing twice.
    const body = {
      kind: 'construction',
      description: `西河乡境内界线附近开挖鱼塘 ${Date.now()}`,
      jurisdiction: 'T02',
      lineCode: 'L-D01-N01-2',
      markerCode: 'JZ-10',
      location: { lat: 27.926, lng: 112.569 },
    };
    const once = await post('bureau', '/findings', body, 'entry-jz10');
    const twice = await post('bureau', '/findings', body, 'entry-jz10');
    expect(once.status).toBe(201);
    expect(twice.body.id).toBe(once.body.id);
    expect(await finding(once.body.id, 'mediator.b')).toMatchObject({
      kind: 'construction',
      jurisdiction: 'T02',
      lineCode: 'L-D01-N01-2',
    });
    expect((await (await stack.as('mediator.a')).get(`/findings/${once.body.id}`)).status).toBe(404);
    // It is a ledger entry like any other: the bureau assigns it.
    await post('bureau', `/findings/${once.body.id}/assign`, { assignee: 'mediator.b' }).then((r) =>
      expect(r.body).toMatchObject({ status: 'assigned', assignee: 'mediator.b' }),
    );
    const entriesNearJz10 = async () =>
      (
        await (await stack.as('bureau')).get('/findings?markerCode=JZ-10&pageSize=100').expect(200)
      ).body.items.filter((item: { description: string }) => item.description === body.description).length;
    expect(await entriesNearJz10()).toBe(1);

    // Refused: another township's problem for a mediator; a bureau entry without a township, or where the
    // line or marker is not along it; a marker problem without a marker; a finding time in the future.
    const refused: [string, object, number, string?][] = [
      ['mediator.a', { ...body, lineCode: undefined, markerCode: undefined }, 403],
      ['bureau', { ...body, jurisdiction: undefined }, 400, 'jurisdiction'],
      ['bureau', { ...body, jurisdiction: 'D01' }, 400, 'jurisdiction'],
      ['bureau', { ...body, lineCode: 'L-D01-N01-1' }, 400, 'lineCode'],
      ['bureau', { ...body, markerCode: 'JZ-21' }, 400, 'markerCode'],
      ['bureau', { ...body, lineCode: undefined, markerCode: 'JZ-03' }, 400, 'markerCode'],
      ['bureau', { ...body, kind: 'marker', markerCode: undefined }, 400, 'markerCode'],
      // JZ-21 on the township line is T01's to look after: its marker finding is T01's.
      ['mediator.b', { kind: 'marker', description: '界桩倾斜', markerCode: 'JZ-21' }, 400, 'markerCode'],
      ['bureau', { ...body, foundAt: iso(Date.now() + 86_400_000) }, 400, 'foundAt'],
    ];
    for (const [who, wrong, status, field] of refused) {
      const response = await post(who, '/findings', wrong);
      expect({ wrong, status: response.status }).toEqual({ wrong, status });
      if (field) {
        expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
      }
    }
    expect(await entriesNearJz10()).toBe(1);
  });

  it('reminds and misses a rectification deadline exactly once per recipient, also across a worker restart', async () => {
    await (
      await stack.as('admin')
    )
      .patch('/jurisdictions/T02', { firstResponsible: 'mediator.b' })
      .expect(200);
    const recorded = await post('mediator.b', '/patrols', patrol('L-D01-N01-2', [['JZ-13', 'damaged']]));
    const id = recorded.body.findingIds[0] as string;
    const assigned = await post('bureau', `/findings/${id}/assign`, { assignee: 'mediator.b' });
    expect(assigned.body.deadlines[0].status).toBe('pending');
    const dueMs = Date.parse(assigned.body.deadlines[0].dueAt);
    expect(dueMs - Date.parse(assigned.body.updatedAt)).toBe(6000);
    await stack.stopWorker();
    await quietFor(dueMs + 1000 - Date.now());
    await stack.startWorker();
    await eventually(async () => ((await finding(id)).deadlines[0].status === 'missed' ? true : undefined), {
      timeoutMs: 30_000,
    });
    await eventually(async () => ((await alertLabels(stack, 'leader', id)).length > 0 ? true : undefined));
    await stack.restartWorker();
    await quietFor(2000);
    expect(await alertLabels(stack, 'leader', id)).toEqual(['deadline_missed:rectify']);
    // The township's responsible person is also its mediator: one alert each, however the audiences overlap.
    expect(await alertLabels(stack, 'mediator.b', id)).toEqual(['deadline_missed:rectify']);
    const overdue = await (await stack.as('bureau')).get('/findings?overdue=true&pageSize=100').expect(200);
    expect(overdue.body.items.map((item: Finding) => item.id)).toContain(id);

    const reminded = await post('mediator.b', '/patrols', patrol('L-D01-N01-2', [['JZ-11', 'tilted']]));
    const other = reminded.body.findingIds[0] as string;
    await post('bureau', `/findings/${other}/assign`, { assignee: 'mediator.b' });
    await eventually(
      async () => ((await alertLabels(stack, 'leader', other)).length > 0 ? true : undefined),
      { timeoutMs: 20_000 },
    );
    await quietFor(1000);
    expect(await alertLabels(stack, 'bureau', other)).toEqual(['deadline_approaching:rectify']);
    expect(await alertLabels(stack, 'mediator.b', other)).toEqual([
      'deadline_approaching:rectify',
      'deadline_missed:rectify',
    ]);
    expect(await alertLabels(stack, 'leader', other)).toEqual(['deadline_missed:rectify']);
  });

  it('counts patrols toward a plan once each and completes it with its last marker', async () => {
    const created = await post('bureau', '/patrol-plans', {
      title: '2026年下半年东坪镇界桩巡查',
      dueAt: iso(Date.now() + 3_600_000),
      targets: [{ jurisdiction: 'T01', lineCodes: [], markerCodes: ['JZ-21', 'JZ-23'] }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'active',
      progress: { markersPlanned: 2, markersChecked: 0, percent: 0 },
    });
    const planId = created.body.id as string;
    expect((await post('mediator.a', '/patrol-plans', created.body)).status).toBe(403);

    const body = patrol(
      'L-T01-T02',
      [
        ['JZ-21', 'intact'],
        ['JZ-22', 'intact'],
      ],
      { planId },
    );
    expect((await post('mediator.a', '/patrols', body, 'plan-patrol-1')).status).toBe(201);
    expect((await post('mediator.a', '/patrols', body, 'plan-patrol-1')).status).toBe(201);
    const half = (await (await stack.as('mediator.a')).get(`/patrol-plans/${planId}`).expect(200)).body;
    expect(half).toMatchObject({
      status: 'active',
      progress: { markersPlanned: 2, markersChecked: 1, percent: 50 },
    });
    expect(half.patrolIds).toHaveLength(1);

    expect(
      (await post('mediator.a', '/patrols', patrol('L-T01-T02', [['JZ-23', 'intact']], { planId }))).status,
    ).toBe(201);
    const done = (await (await stack.as('bureau')).get(`/patrol-plans/${planId}`).expect(200)).body;
    expect(done).toMatchObject({ status: 'completed', progress: { markersChecked: 2, percent: 100 } });
    expect(done.deadlines).toEqual([expect.objectContaining({ kind: 'plan_due', status: 'met' })]);
  });

  it('reminds the bureau of a plan and tells the leaders once it falls due incomplete', async () => {
    const created = await post('bureau', '/patrol-plans', {
      title: '西河乡界线巡查',
      dueAt: iso(Date.now() + 7000),
      targets: [{ jurisdiction: 'T02', lineCodes: ['L-D01-N01-2'], markerCodes: [] }],
    });
    expect(created.status).toBe(201);
    expect(created.body.progress.markersPlanned).toBe(6);
    const planId = created.body.id as string;
    await eventually(
      async () => ((await alertLabels(stack, 'leader', planId)).length > 0 ? true : undefined),
      { timeoutMs: 20_000 },
    );
    await quietFor(1000);
    expect(await alertLabels(stack, 'bureau', planId)).toEqual(['deadline_approaching:plan_due']);
    expect(await alertLabels(stack, 'leader', planId)).toEqual(['deadline_missed:plan_due']);
    const plan = (await (await stack.as('bureau')).get(`/patrol-plans/${planId}`).expect(200)).body;
    expect(plan.status).toBe('overdue');
  });

  it('links a finding to a dispute case and to an incident, both ways', async () => {
    const recorded = await post('mediator.a', '/patrols', patrol('L-D01-N01-1', [['JZ-02', 'missing']]));
    const id = recorded.body.findingIds[0] as string;

    const opened = await post('mediator.a', `/findings/${id}/dispute`, {});
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      status: 'screening',
      findingId: id,
      ownerJurisdiction: 'T01',
      lineCode: 'L-D01-N01-1',
    });
    expect(opened.body.parties.map((party: { jurisdiction: string }) => party.jurisdiction)).toEqual([
      'T01',
      'N01',
    ]);
    const retried = await post('mediator.a', `/findings/${id}/dispute`, {});
    expect(retried.body.id).toBe(opened.body.id);
    await (
      await stack.as('mediator.a')
    )
      .post(`/disputes/${opened.body.id}/report`, { tier: 'township', summary: '需乡镇调处' })
      .expect(200);
    const linked = await finding(id, 'mediator.a');
    expect(linked).toMatchObject({
      disputeId: opened.body.id,
      dispute: { id: opened.body.id, status: 'reported' },
    });

    const incident = await post('mediator.a', `/findings/${id}/incident`, {
      severity: 'III',
      title: '山体滑坡致JZ-02界桩缺失',
    });
    expect(incident.status).toBe(201);
    expect(incident.body).toMatchObject({
      findingId: id,
      jurisdiction: 'T01',
      severity: 'III',
      status: 'triggered',
    });
    const withIncident = await finding(id);
    expect(withIncident).toMatchObject({ incidentId: incident.body.id, incident: { status: 'triggered' } });
    expect((await post('leader', `/findings/${id}/incident`, { severity: 'III', title: 'x' })).status).toBe(
      403,
    );
  });

  it('exports the ledger as an Excel workbook with Chinese headers and one row per finding', async () => {
    const response = await (
      await stack.as('bureau')
    )
      .get('/findings/export?format=xlsx')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as Buffer);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '序号',
      '问题类型',
      '界线',
      '界桩',
      '发现时间',
      '责任单位',
      '整改时限',
      '整改情况',
      '销号时间',
    ]);
    const total = (await (await stack.as('bureau')).get('/findings?pageSize=100').expect(200)).body
      .total as number;
    expect(sheet.rowCount - 2).toBe(total);
    const rows = Array.from({ length: total }, (_, i) => sheet.getRow(i + 3).values as unknown[]);
    expect(rows.map((row) => row[1])).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const closed = rows.find((row) => row[4] === 'JZ-03');
    expect(closed).toEqual([
      undefined,
      expect.any(Number),
      '界桩问题',
      'L-D01-N01-1',
      'JZ-03',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      '东坪镇',
      expect.any(String),
      expect.stringContaining('已销号'),
      expect.stringMatching(/^\d{4}-/),
    ]);
    await (await stack.as('bureau')).get('/findings/export?format=pdf').expect(400);
  });

  it('adds the assessment per township to /stats: findings closed on time, overdue, and patrol coverage', async () => {
    const bureau = await stack.as('bureau');
    type Row = { jurisdiction: string; patrolMarkersPlanned: number; patrolMarkersChecked: number };
    type Target = { jurisdiction: string; markersPlanned: number; markersChecked: number };
    // Specs running beside this one plan patrols in the same district: the coverage is checked against the
    // plans' own progress, read at one moment (both reads agree), rather than against this file's plans alone.
    const { stats, targets } = await eventually(async () => {
      const stats = (await bureau.get('/stats').expect(200)).body as { townships: Row[] };
      const plans = (await bureau.get('/patrol-plans?pageSize=100').expect(200)).body.items as {
        targetProgress: Target[];
      }[];
      const targets = plans.flatMap((plan) => plan.targetProgress);
      const sum = (code: string, key: 'markersPlanned' | 'markersChecked') =>
        targets.filter((t) => t.jurisdiction === code).reduce((n, t) => n + t[key], 0);
      const agree = ['T01', 'T02'].every((code) => {
        const row = stats.townships.find((r) => r.jurisdiction === code);
        return (
          row?.patrolMarkersPlanned === sum(code, 'markersPlanned') &&
          row?.patrolMarkersChecked === sum(code, 'markersChecked')
        );
      });
      return agree ? { stats, targets } : undefined;
    });
    const of = (code: string) =>
      (stats.townships as (Row & Record<string, number>)[]).find((row) => row.jurisdiction === code)!;
    // JZ-03 (T01) was closed within its deadline; JZ-13 and JZ-11 (T02) missed theirs and are still open.
    expect(of('T01').findingsClosedOnTime).toBeGreaterThanOrEqual(1);
    // (Other specs of the run close findings of their own in these townships: the counts are lower bounds.)
    expect(of('T02').findingsOverdue).toBeGreaterThanOrEqual(2);
    // This file's plans are among them: T01's (2 markers) completed, T02's (6 markers) never patrolled.
    expect(targets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ jurisdiction: 'T01', markersPlanned: 2, markersChecked: 2 }),
        expect.objectContaining({ jurisdiction: 'T02', markersPlanned: 6, markersChecked: 0 }),
      ]),
    );
    for (const code of ['T01', 'T02']) {
      const row = of(code);
      expect(row.patrolCoverage).toBeCloseTo(row.patrolMarkersChecked / row.patrolMarkersPlanned, 3);
    }
  });
});
