import { randomBytes } from 'node:crypto';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { alertLabels } from '../support/alerts';
import { incidentWorkflowId } from '@boundary/workflows';
import { type Stack, newCase, secondsPolicy, startStack } from '../support/stack';
import { eventually, quietFor, workflowCompleted } from '../support/waits';

/**
 * The emergency plan with a policy in seconds: severity I acknowledge 3 s / arrive 6 s, III 5 s / 10 s,
 * IV 6 s / 12 s; the chain notifies the township's mediators at once, the bureau 3 s later, the leader 3 s
 * after that.
 */

interface Incident {
  id: string;
  createdAt: string;
  status: string;
  escalationStep: number;
  notified: { step: number; round: number; role: string; at: string }[];
  deadlines: { kind: string; dueAt: string; status: string }[];
  nextEscalation?: unknown;
}

interface TimelineEntry {
  actor: string;
  action: string;
  data: Record<string, unknown>;
}

const newIncident = (jurisdiction = 'T01', extra: Record<string, unknown> = {}) => ({
  title: `${jurisdiction} 12号界桩处村民聚集对峙 ${randomBytes(3).toString('hex')}`,
  type: 'mass_gathering',
  severity: 'IV',
  jurisdiction,
  description: '两村村民约三十人在争议林地聚集，情绪激动',
  ...extra,
});

const iso = (ms: number) => new Date(ms).toISOString();
/** A quiet wait until `ms` after the incident was triggered: what was due by then must not have happened. */
const pastTrigger = (incident: Incident, ms: number) =>
  quietFor(Date.parse(incident.createdAt) + ms - Date.now());
const steps = (incident: Incident) => incident.notified.map((n) => `${n.round}:${n.step}:${n.role}`);
const sorted = (labels: string[]) => [...labels].sort();

function helpers(stack: () => Stack) {
  const trigger = async (username = 'mediator.a', body = newIncident()): Promise<Incident> =>
    (await (await stack().as(username)).post('/incidents', body).expect(201)).body;
  const read = async (id: string, username = 'leader'): Promise<Incident> =>
    (await (await stack().as(username)).get(`/incidents/${id}`).expect(200)).body;
  const timeline = async (id: string): Promise<TimelineEntry[]> =>
    (await (await stack().as('leader')).get(`/incidents/${id}/timeline`).expect(200)).body;
  const notifiedAtLeast = (id: string, count: number, timeoutMs = 15_000) =>
    eventually(
      async () => {
        const incident = await read(id);
        return incident.notified.length >= count ? incident : undefined;
      },
      { timeoutMs },
    );
  return { trigger, read, timeline, notifiedAtLeast };
}

describe('incidents: the emergency plan as a workflow', () => {
  let stack: Stack;
  const { trigger, read, timeline, notifiedAtLeast } = helpers(() => stack);
  beforeAll(async () => {
    stack = await startStack({ policy: secondsPolicy() });
  });
  afterAll(() => stack.stop());

  it('triggers with step 0 notified at once and deadlines counted from the trigger', async () => {
    const mediator = await stack.as('mediator.a');
    const body = newIncident('T01', { severity: 'III', location: { lat: 27.91, lng: 112.53 } });
    const response = await mediator.post('/incidents', body);
    expect(response.status).toBe(201);
    const incident = response.body;
    const created = Date.parse(incident.createdAt);
    expect(incident).toMatchObject({
      id: expect.any(String),
      title: body.title,
      type: 'mass_gathering',
      status: 'triggered',
      severity: 'III',
      jurisdiction: 'T01',
      district: 'D01',
      description: body.description,
      location: { lat: 27.91, lng: 112.53 },
      escalationStep: 0,
      notified: [{ step: 0, role: 'mediator', at: incident.createdAt }],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(incident.deadlines).toEqual([
      { kind: 'acknowledge', dueAt: iso(created + 5000), status: 'pending' },
      { kind: 'arrive', dueAt: iso(created + 10_000), status: 'pending' },
    ]);
    expect(incident).not.toHaveProperty('disputeId');
    expect(incident).not.toHaveProperty('seq');

    const again = await mediator.get(`/incidents/${incident.id}`).expect(200);
    expect(again.body).toMatchObject({ id: incident.id, status: 'triggered', notified: incident.notified });
    const listed = await mediator
      .get('/incidents?status=triggered&severity=III&jurisdiction=T01')
      .expect(200);
    expect(listed.body.total).toBeGreaterThanOrEqual(1);
    expect(listed.body.items.map((i: Incident) => i.id)).toContain(incident.id);
    const otherSeverity = await mediator.get('/incidents?severity=I').expect(200);
    expect(otherSeverity.body.items.map((i: Incident) => i.id)).not.toContain(incident.id);

    await eventually(async () =>
      (await alertLabels(stack, 'mediator.a', incident.id)).length > 0 ? true : undefined,
    );
    expect(await alertLabels(stack, 'mediator.a', incident.id)).toEqual(['incident_triggered']);
    const inbox = await mediator.get('/alerts').expect(200);
    const alert = inbox.body.find((a: { subjectId: string }) => a.subjectId === incident.id);
    expect(alert).toMatchObject({
      subjectType: 'incident',
      message: expect.stringContaining('启动应急预案'),
    });
    await mediator.post(`/incidents/${incident.id}/resolve`, { summary: '误报' }).expect(200);
  });

  it('escalates step by step while nobody acknowledges, each step once, and alerts each missed deadline once', async () => {
    const incident = await trigger('mediator.a', newIncident('T01', { severity: 'IV' }));
    const created = Date.parse(incident.createdAt);
    const final = await eventually(
      async () => {
        const current = await read(incident.id);
        return current.deadlines.every((d) => d.status === 'missed') ? current : undefined;
      },
      { timeoutMs: 20_000 },
    );

    expect(steps(final)).toEqual(['0:0:mediator', '0:1:bureau', '0:2:leader']);
    [0, 3000, 6000].forEach((wait, index) => {
      const at = Date.parse(final.notified[index].at);
      expect(at).toBeGreaterThanOrEqual(created + wait);
      expect(at).toBeLessThan(created + wait + 2500);
    });
    expect(final.escalationStep).toBe(2);
    expect(final).not.toHaveProperty('nextEscalation');
    expect(final.deadlines).toEqual([
      { kind: 'acknowledge', dueAt: iso(created + 6000), status: 'missed' },
      { kind: 'arrive', dueAt: iso(created + 12_000), status: 'missed' },
    ]);

    await eventually(async () =>
      (await alertLabels(stack, 'leader', incident.id)).length >= 3 ? true : undefined,
    );
    // Everything due has been decided and delivered; a duplicate would land within a moment.
    await quietFor(1000);
    expect(await alertLabels(stack, 'mediator.a', incident.id)).toEqual(['incident_triggered']);
    expect(await alertLabels(stack, 'mediator.b', incident.id)).toEqual([]);
    expect(await alertLabels(stack, 'bureau', incident.id)).toEqual(['escalated']);
    // The leader step and the acknowledge deadline fall due at the same instant: their order is not defined.
    expect(sorted(await alertLabels(stack, 'leader', incident.id))).toEqual([
      'deadline_missed:acknowledge',
      'deadline_missed:arrive',
      'escalated',
    ]);
    expect((await timeline(incident.id)).map((e) => `${e.actor}:${e.action}`)).toEqual([
      'mediator.a:triggered',
      'system:escalation_notified',
      'system:escalation_notified',
      'system:escalation_notified',
      'system:deadline_missed',
      'system:deadline_missed',
    ]);
    await (
      await stack.as('leader')
    )
      .post(`/incidents/${incident.id}/resolve`, { summary: 'end' })
      .expect(200);
  });

  it('stops the chain on acknowledge, and met deadlines send nothing; sitreps and arrival go into the timeline', async () => {
    const mediator = await stack.as('mediator.a');
    const bureau = await stack.as('bureau');
    const incident = await trigger('mediator.a', newIncident('T01', { severity: 'IV' }));
    const created = Date.parse(incident.createdAt);
    await notifiedAtLeast(incident.id, 2);

    const acknowledged = await bureau.post(`/incidents/${incident.id}/acknowledge`, {
      note: '区民政局已接报',
    });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'bureau',
      escalationStep: 1,
    });
    expect(acknowledged.body).not.toHaveProperty('nextEscalation');
    expect(acknowledged.body.deadlines).toEqual([
      { kind: 'acknowledge', dueAt: iso(created + 6000), status: 'met' },
      { kind: 'arrive', dueAt: iso(created + 12_000), status: 'pending' },
    ]);
    await mediator.post(`/incidents/${incident.id}/sitreps`, { text: '现场已隔离双方人员' }).expect(200);
    const onScene = await mediator.post(`/incidents/${incident.id}/on-scene`, { note: '调解员到场' });
    expect(onScene.status).toBe(200);
    expect(onScene.body.status).toBe('on_scene');
    expect(onScene.body.deadlines.map((d: { status: string }) => d.status)).toEqual(['met', 'met']);
    await mediator
      .post(`/incidents/${incident.id}/sitreps`, { text: '双方代表同意到镇政府协商' })
      .expect(200);

    // Past the leader step's time: it must never come.
    await pastTrigger(incident, 7500);
    expect(steps(await read(incident.id))).toEqual(['0:0:mediator', '0:1:bureau']);
    expect(await alertLabels(stack, 'leader', incident.id)).toEqual([]);
    expect(await alertLabels(stack, 'bureau', incident.id)).toEqual(['escalated']);
    expect(await alertLabels(stack, 'mediator.a', incident.id)).toEqual(['incident_triggered']);

    const entries = await timeline(incident.id);
    expect(entries.map((e) => `${e.actor}:${e.action}`)).toEqual([
      'mediator.a:triggered',
      'system:escalation_notified',
      'system:escalation_notified',
      'bureau:acknowledged',
      'mediator.a:sitrep',
      'mediator.a:on_scene',
      'mediator.a:sitrep',
    ]);
    expect(entries[4].data).toEqual({ text: '现场已隔离双方人员' });
    expect(entries[5]).toMatchObject({
      fromStatus: 'acknowledged',
      toStatus: 'on_scene',
      data: { note: '调解员到场' },
    });

    const resolved = await mediator.post(`/incidents/${incident.id}/resolve`, { summary: '双方已撤离' });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolution: { summary: '双方已撤离', resolvedBy: 'mediator.a' },
    });
  });

  it('answers a wrong step with 409 naming the status and the allowed actions', async () => {
    const mediator = await stack.as('mediator.a');
    const incident = await trigger();
    const early = await mediator.post(`/incidents/${incident.id}/on-scene`, {});
    expect(early.status).toBe(409);
    expect(early.body).toEqual({
      statusCode: 409,
      error: 'INVALID_TRANSITION',
      message: '当前状态「已启动应急响应」下不允许此操作',
      details: { status: 'triggered', allowed: ['acknowledge', 'sitrep', 'change_severity', 'resolve'] },
    });
    const same = await mediator.post(`/incidents/${incident.id}/severity`, {
      severity: 'IV',
      reason: '复核',
    });
    expect(same.status).toBe(409);
    expect(same.body).toMatchObject({ error: 'INVALID_TRANSITION', message: '新的响应级别与当前级别相同' });

    await mediator.post(`/incidents/${incident.id}/resolve`, { summary: '已处置' }).expect(200);
    for (const [route, body] of [
      ['acknowledge', {}],
      ['sitreps', { text: '补充情况' }],
      ['resolve', { summary: '再次处置' }],
    ] as const) {
      const late = await mediator.post(`/incidents/${incident.id}/${route}`, body);
      expect(late.status).toBe(409);
      expect(late.body.details).toEqual({ status: 'resolved', allowed: [] });
    }
  });

  it('recomputes deadlines from the trigger when the severity changes, missing a passed one at once', async () => {
    const leader = await stack.as('leader');
    const incident = await trigger('mediator.a', newIncident('T01', { severity: 'IV' }));
    const created = Date.parse(incident.createdAt);
    // Past level I's acknowledge time (3 s), before level IV's (6 s).
    await notifiedAtLeast(incident.id, 2);

    const raised = await leader.post(`/incidents/${incident.id}/severity`, {
      severity: 'I',
      reason: '冲突升级，有人员受伤',
    });
    expect(raised.status).toBe(200);
    expect(raised.body.severity).toBe('I');
    expect(raised.body.deadlines).toEqual([
      { kind: 'acknowledge', dueAt: iso(created + 3000), status: 'missed' },
      { kind: 'arrive', dueAt: iso(created + 6000), status: 'pending' },
    ]);
    await eventually(
      async () =>
        (await alertLabels(stack, 'leader', incident.id)).includes('deadline_missed:acknowledge')
          ? true
          : undefined,
      { timeoutMs: 3000 },
    );

    await leader.post(`/incidents/${incident.id}/acknowledge`, {}).expect(200);
    const lowered = await leader.post(`/incidents/${incident.id}/severity`, {
      severity: 'III',
      reason: '事态得到控制',
    });
    expect(lowered.status).toBe(200);
    expect(lowered.body.deadlines).toEqual([
      { kind: 'acknowledge', dueAt: iso(created + 3000), status: 'missed' },
      { kind: 'arrive', dueAt: iso(created + 10_000), status: 'pending' },
    ]);

    // Past level I's arrive time (6 s): lowering moved it to 10 s, so nothing may fire now.
    await pastTrigger(incident, 7000);
    expect((await read(incident.id)).deadlines[1].status).toBe('pending');
    expect(sorted(await alertLabels(stack, 'leader', incident.id))).toEqual([
      'deadline_missed:acknowledge',
      'severity_changed',
      'severity_changed',
    ]);
    expect(sorted(await alertLabels(stack, 'bureau', incident.id))).toEqual([
      'escalated',
      'severity_changed',
      'severity_changed',
    ]);
    expect(await alertLabels(stack, 'mediator.a', incident.id)).toEqual(['incident_triggered']);
    const actions = (await timeline(incident.id)).map((e) => `${e.actor}:${e.action}`);
    expect(actions.slice(3)).toEqual([
      'leader:severity_changed',
      'system:deadline_missed',
      'leader:acknowledged',
      'leader:severity_changed',
    ]);
    await leader.post(`/incidents/${incident.id}/resolve`, { summary: 'end' }).expect(200);
  });

  it('keeps incidents within their jurisdiction and admin read-only', async () => {
    const mediatorA = await stack.as('mediator.a');
    const mediatorB = await stack.as('mediator.b');
    const admin = await stack.as('admin');
    const leader = await stack.as('leader');
    const incident = await trigger('mediator.a');

    for (const response of [
      await mediatorB.get(`/incidents/${incident.id}`),
      await mediatorB.get(`/incidents/${incident.id}/timeline`),
      await mediatorB.post(`/incidents/${incident.id}/acknowledge`, {}),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.error).toBe('NOT_FOUND');
    }
    const listedForB = await mediatorB.get('/incidents?pageSize=100').expect(200);
    expect(listedForB.body.items.map((i: Incident) => i.id)).not.toContain(incident.id);

    for (const jurisdiction of ['T02', 'D01']) {
      const refused = await mediatorA.post('/incidents', newIncident(jurisdiction));
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe('FORBIDDEN');
    }
    expect((await admin.post('/incidents', newIncident('T01'))).status).toBe(403);
    expect((await admin.post(`/incidents/${incident.id}/acknowledge`, {})).status).toBe(403);
    expect((await admin.get(`/incidents/${incident.id}`)).status).toBe(200);

    const acknowledged = await leader.post(`/incidents/${incident.id}/acknowledge`, { note: '领导已知悉' });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.acknowledgedBy).toBe('leader');

    const inT02 = await trigger('bureau', newIncident('T02'));
    expect((await mediatorB.get(`/incidents/${inT02.id}`)).status).toBe(200);
    expect((await mediatorA.get(`/incidents/${inT02.id}`)).status).toBe(404);

    // A district-wide incident: the mediators of every township are its step 0, so they may see it.
    const districtWide = await trigger('leader', newIncident('D01'));
    expect(districtWide).toMatchObject({ jurisdiction: 'D01', district: 'D01' });
    for (const username of ['mediator.a', 'mediator.b']) {
      await eventually(async () =>
        (await alertLabels(stack, username, districtWide.id)).length > 0 ? true : undefined,
      );
      expect(await alertLabels(stack, username, districtWide.id)).toEqual(['incident_triggered']);
      expect((await (await stack.as(username)).get(`/incidents/${districtWide.id}`)).status).toBe(200);
    }

    for (const id of [incident.id, inT02.id, districtWide.id]) {
      await leader.post(`/incidents/${id}/resolve`, { summary: 'end' }).expect(200);
    }
  });

  it('refuses malformed bodies and queries with 400 and per-field details', async () => {
    const mediator = await stack.as('mediator.a');
    const fieldsOf = (body: { details: { field: string }[] }) => body.details.map((d) => d.field).sort();

    const empty = await mediator.post('/incidents', {});
    expect(empty.status).toBe(400);
    expect(empty.body.error).toBe('VALIDATION_FAILED');
    expect(fieldsOf(empty.body)).toEqual(['description', 'jurisdiction', 'severity', 'title', 'type']);

    const badSeverity = await mediator.post('/incidents', newIncident('T01', { severity: 'V', extra: 1 }));
    expect(badSeverity.status).toBe(400);
    expect(fieldsOf(badSeverity.body)).toEqual(['extra', 'severity']);

    // The city is neither a township nor a district (the neighbouring county N01 is now a district: 403 below).
    for (const jurisdiction of ['C01', 'X99']) {
      const unknown = await mediator.post('/incidents', newIncident(jurisdiction));
      expect(unknown.status).toBe(400);
      expect(fieldsOf(unknown.body)).toEqual(['jurisdiction']);
    }

    expect((await mediator.post('/incidents', newIncident('N01'))).status).toBe(403);

    const otherCase = await (await stack.as('mediator.b')).post('/disputes', newCase('T02')).expect(201);
    const unseenCase = await mediator.post(
      '/incidents',
      newIncident('T01', { disputeId: otherCase.body.id }),
    );
    expect(unseenCase.status).toBe(400);
    expect(fieldsOf(unseenCase.body)).toEqual(['disputeId']);

    const incident = await trigger();
    for (const [route, body, fields] of [
      ['sitreps', { text: '' }, ['text']],
      ['severity', { severity: 'I' }, ['reason']],
      ['severity', { severity: 'V', reason: 'r' }, ['severity']],
      ['resolve', {}, ['summary']],
      ['acknowledge', { note: 5 }, ['note']],
    ] as const) {
      const response = await mediator.post(`/incidents/${incident.id}/${route}`, body);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(fields);
    }
    const badQuery = await mediator.get('/incidents?severity=V&status=closed');
    expect(badQuery.status).toBe(400);
    expect(fieldsOf(badQuery.body)).toEqual(['severity', 'status']);
    await mediator.post(`/incidents/${incident.id}/resolve`, { summary: 'end' }).expect(200);
  });

  it('links an emergency escalation both ways and appends the resolution to the case timeline', async () => {
    const mediator = await stack.as('mediator.a');
    const caseId = (await mediator.post('/disputes', newCase('T01', { riskLevel: 'high' })).expect(201)).body
      .id;

    const escalated = await mediator.post(`/disputes/${caseId}/escalate`, {
      reason: '双方村民在界桩处发生肢体冲突',
      emergency: true,
    });
    expect(escalated.status).toBe(200);
    expect(escalated.body).toMatchObject({ tier: 'township', incidentIds: [expect.any(String)] });
    const [incidentId] = escalated.body.incidentIds;
    expect((await mediator.get(`/disputes/${caseId}`)).body.incidentIds).toEqual([incidentId]);

    const incident = (await mediator.get(`/incidents/${incidentId}`).expect(200)).body;
    expect(incident).toMatchObject({
      disputeId: caseId,
      jurisdiction: 'T01',
      severity: 'II',
      status: 'triggered',
      type: 'boundary_dispute',
      description: '双方村民在界桩处发生肢体冲突',
    });
    const caseEntries: TimelineEntry[] = (await mediator.get(`/disputes/${caseId}/timeline`)).body;
    expect(caseEntries.find((e) => e.action === 'escalated')?.data).toMatchObject({ incidentId });

    await mediator
      .post(`/incidents/${incidentId}/resolve`, { summary: '双方已撤离，现场恢复平静' })
      .expect(200);
    const entry = await eventually(async () =>
      ((await mediator.get(`/disputes/${caseId}/timeline`)).body as TimelineEntry[]).find(
        (e) => e.action === 'incident_resolved',
      ),
    );
    expect(entry).toMatchObject({
      actor: 'mediator.a',
      data: { incidentId, summary: '双方已撤离，现场恢复平静' },
    });
    // A retried notice would add a second entry within a moment.
    await quietFor(1000);
    const resolvedEntries = (
      (await mediator.get(`/disputes/${caseId}/timeline`)).body as TimelineEntry[]
    ).filter((e) => e.action === 'incident_resolved');
    expect(resolvedEntries).toHaveLength(1);
  });

  it('lists an incident triggered for a case on that case, once, with who triggered it', async () => {
    const mediator = await stack.as('mediator.a');
    const caseId = (await mediator.post('/disputes', newCase('T01')).expect(201)).body.id;
    const incident = await trigger('bureau', newIncident('T01', { disputeId: caseId }));
    const linked = await eventually(async () => {
      const current = (await mediator.get(`/disputes/${caseId}`)).body;
      return current.incidentIds.length > 0 ? current : undefined;
    });
    expect(linked.incidentIds).toEqual([incident.id]);

    await mediator.post(`/incidents/${incident.id}/resolve`, { summary: '现场已恢复' }).expect(200);
    await eventually(async () =>
      ((await mediator.get(`/disputes/${caseId}/timeline`)).body as TimelineEntry[]).some(
        (e) => e.action === 'incident_resolved',
      )
        ? true
        : undefined,
    );
    const entries = ((await mediator.get(`/disputes/${caseId}/timeline`)).body as TimelineEntry[]).filter(
      (e) => e.action.startsWith('incident_'),
    );
    expect(entries.map((e) => ({ actor: e.actor, action: e.action, data: e.data }))).toEqual([
      { actor: 'bureau', action: 'incident_linked', data: { incidentId: incident.id, severity: 'IV' } },
      {
        actor: 'mediator.a',
        action: 'incident_resolved',
        data: { incidentId: incident.id, summary: '现场已恢复' },
      },
    ]);
    expect((await mediator.get(`/disputes/${caseId}`)).body.incidentIds).toEqual([incident.id]);
  });

  it('triggers no incident for a finished case, and resolves quietly when the linked case has finished', async () => {
    const mediator = await stack.as('mediator.a');
    const dataSource = stack.app.get(DataSource);
    const closedCase = (await mediator.post('/disputes', newCase('T01')).expect(201)).body.id;
    await mediator.post(`/disputes/${closedCase}/withdraw`, { reason: '当事方和解' }).expect(200);
    const refused = await mediator.post(`/disputes/${closedCase}/escalate`, {
      reason: '冲突',
      emergency: true,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.details).toEqual({ status: 'withdrawn', allowed: [] });
    expect(await dataSource.query(`SELECT id FROM incidents WHERE dispute_id = $1`, [closedCase])).toEqual(
      [],
    );

    const caseId = (await mediator.post('/disputes', newCase('T01')).expect(201)).body.id;
    const escalated = await mediator.post(`/disputes/${caseId}/escalate`, {
      reason: '冲突',
      emergency: true,
    });
    const [incidentId] = escalated.body.incidentIds;
    await mediator.post(`/disputes/${caseId}/withdraw`, { reason: '移交公安机关' }).expect(200);
    await mediator.post(`/incidents/${incidentId}/resolve`, { summary: '已平息' }).expect(200);
    await workflowCompleted(stack.app.get(Client), incidentWorkflowId(incidentId));
  });

  it('carries the chain through a worker outage without losing or repeating a notification', async () => {
    const incident = await trigger('mediator.a', newIncident('T01', { severity: 'I' }));
    await eventually(async () =>
      (await alertLabels(stack, 'mediator.a', incident.id)).length > 0 ? true : undefined,
    );
    await stack.stopWorker();
    // Past the bureau step and the acknowledge deadline (3 s) while no worker runs.
    await pastTrigger(incident, 4000);
    expect(steps(await read(incident.id))).toEqual(['0:0:mediator']);
    await stack.startWorker();

    const final = await eventually(
      async () => {
        const current = await read(incident.id);
        return current.deadlines.every((d) => d.status === 'missed') && current.notified.length === 3
          ? current
          : undefined;
      },
      { timeoutMs: 15_000 },
    );
    expect(steps(final)).toEqual(['0:0:mediator', '0:1:bureau', '0:2:leader']);
    // A second restart replays the whole history: still nothing new may appear, and a duplicate would land
    // within a moment.
    await stack.restartWorker();
    await quietFor(2000);
    expect(steps(await read(incident.id))).toEqual(['0:0:mediator', '0:1:bureau', '0:2:leader']);
    expect(await alertLabels(stack, 'mediator.a', incident.id)).toEqual(['incident_triggered']);
    expect(await alertLabels(stack, 'bureau', incident.id)).toEqual(['escalated']);
    expect(sorted(await alertLabels(stack, 'leader', incident.id))).toEqual([
      'deadline_missed:acknowledge',
      'deadline_missed:arrive',
      'escalated',
    ]);
    expect((await timeline(incident.id)).map((e) => e.action)).toEqual([
      'triggered',
      'escalation_notified',
      'escalation_notified',
      'deadline_missed',
      'escalation_notified',
      'deadline_missed',
    ]);
    await (
      await stack.as('leader')
    )
      .post(`/incidents/${incident.id}/resolve`, { summary: 'end' })
      .expect(200);
  });
});

describe('incidents: a plan that repeats its chain', () => {
  let stack: Stack;
  const { trigger, read } = helpers(() => stack);
  beforeAll(async () => {
    stack = await startStack({ policy: secondsPolicy({ emergency: { stepWait: 'PT1S', repeat: 1 } }) });
  });
  afterAll(() => stack.stop());

  it('runs the chain again from the top, each step of each round once', async () => {
    const incident = await trigger('mediator.a', newIncident('T01', { severity: 'IV' }));
    // The chain has run out once no step is pending: nothing more can be notified.
    const final = await eventually(async () => {
      const current = await read(incident.id);
      return current.notified.length >= 6 && !current.nextEscalation ? current : undefined;
    });
    expect(steps(final)).toEqual([
      '0:0:mediator',
      '0:1:bureau',
      '0:2:leader',
      '1:0:mediator',
      '1:1:bureau',
      '1:2:leader',
    ]);
    expect(final).toMatchObject({ escalationStep: 2, escalationRound: 1 });
    expect(final).not.toHaveProperty('nextEscalation');
    const escalations = async (username: string) =>
      (await alertLabels(stack, username, incident.id)).filter((label) => !label.startsWith('deadline'));
    // The last step's alert may still be on its way to the inbox.
    await eventually(async () => ((await escalations('leader')).length >= 2 ? true : undefined));
    expect(await escalations('mediator.a')).toEqual(['incident_triggered', 'escalated']);
    expect(await escalations('bureau')).toEqual(['escalated', 'escalated']);
    expect(await escalations('leader')).toEqual(['escalated', 'escalated']);
    await (
      await stack.as('leader')
    )
      .post(`/incidents/${incident.id}/resolve`, { summary: 'end' })
      .expect(200);
  });
});
