import { type Stack, newCase, round, startStack } from '../support/stack';

interface TimelineEntry {
  action: string;
}

const actions = (entries: TimelineEntry[], action: string) => entries.filter((e) => e.action === action);

/**
 * A township office on a poor connection sends a write, loses the answer and sends it again. With the same
 * `Idempotency-Key` the second request must not act a second time, and must answer with the first result.
 */
describe('Idempotency-Key on writes: a retried write acts once and answers as the first time', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const openReportedCase = async () => {
    const mediator = await stack.as('mediator.a');
    const id: string = (await mediator.post('/disputes', newCase('T01')).expect(201)).body.id;
    await mediator.post(`/disputes/${id}/report`, { tier: 'village', summary: '上报' }).expect(200);
    return id;
  };

  it('records a round once however often it is sent with the same key', async () => {
    const mediator = await stack.as('mediator.a');
    const id = await openReportedCase();
    await mediator
      .post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] })
      .set('Idempotency-Key', 'start-1')
      .expect(200);
    // A status change repeated with its key answers 200 again; without a key it is refused as out of turn.
    const restarted = await mediator
      .post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] })
      .set('Idempotency-Key', 'start-1');
    expect(restarted.status).toBe(200);
    expect(restarted.body.status).toBe('mediating');
    await mediator.post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] }).expect(409);

    const body = round('progress');
    const first = await mediator
      .post(`/disputes/${id}/mediation/rounds`, body)
      .set('Idempotency-Key', 'round-1')
      .expect(200);
    const second = await mediator
      .post(`/disputes/${id}/mediation/rounds`, body)
      .set('Idempotency-Key', 'round-1')
      .expect(200);
    expect(second.body).toEqual(first.body);
    expect(second.body.rounds).toHaveLength(1);
    await mediator
      .post(`/disputes/${id}/mediation/rounds`, body)
      .set('Idempotency-Key', 'round-2')
      .expect(200);

    const read = await mediator.get(`/disputes/${id}`).expect(200);
    expect(read.body.rounds.map((r: { number: number }) => r.number)).toEqual([1, 2]);
    const timeline: TimelineEntry[] = (await mediator.get(`/disputes/${id}/timeline`).expect(200)).body;
    expect(actions(timeline, 'mediation_started')).toHaveLength(1);
    expect(actions(timeline, 'round_recorded')).toHaveLength(2);
  });

  it('keeps a key apart per user and per action', async () => {
    const mediator = await stack.as('mediator.a');
    const bureau = await stack.as('bureau');
    const id = await openReportedCase();
    await mediator
      .post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] })
      .set('Idempotency-Key', 'shared')
      .expect(200);
    // The same key from another user, or for another action, is a new request.
    await mediator
      .post(`/disputes/${id}/mediation/rounds`, round('progress'))
      .set('Idempotency-Key', 'shared')
      .expect(200);
    const bureauRound = await bureau
      .post(`/disputes/${id}/mediation/rounds`, round('progress'))
      .set('Idempotency-Key', 'shared')
      .expect(200);
    expect(bureauRound.body.rounds.map((r: { recordedBy: string }) => r.recordedBy)).toEqual([
      'mediator.a',
      'bureau',
    ]);
  });

  it('triggers an incident, adds a sitrep and escalates in an emergency once per key', async () => {
    const mediator = await stack.as('mediator.a');
    const bureau = await stack.as('bureau');
    const incident = {
      title: '界桩处村民聚集',
      type: 'mass_gathering',
      severity: 'III',
      jurisdiction: 'T01',
      description: '约三十人聚集',
    };
    const first = await bureau.post('/incidents', incident).set('Idempotency-Key', 'incident-1').expect(201);
    const again = await bureau.post('/incidents', incident).set('Idempotency-Key', 'incident-1');
    expect([200, 201]).toContain(again.status);
    expect(again.body.id).toBe(first.body.id);

    for (let attempt = 0; attempt < 2; attempt += 1) {
      await bureau
        .post(`/incidents/${first.body.id}/sitreps`, { text: '人群已疏散一半' })
        .set('Idempotency-Key', 'sitrep-1')
        .expect(200);
    }
    const incidentTimeline: TimelineEntry[] = (
      await bureau.get(`/incidents/${first.body.id}/timeline`).expect(200)
    ).body;
    expect(actions(incidentTimeline, 'sitrep')).toHaveLength(1);

    const caseId = await openReportedCase();
    const escalations = [];
    for (let attempt = 0; attempt < 2; attempt += 1) {
      escalations.push(
        await mediator
          .post(`/disputes/${caseId}/escalate`, { reason: '发生肢体冲突', emergency: true })
          .set('Idempotency-Key', 'emergency-1')
          .expect(200),
      );
    }
    expect(escalations[1].body).toEqual(escalations[0].body);
    const escalated = await mediator.get(`/disputes/${caseId}`).expect(200);
    expect(escalated.body).toMatchObject({ tier: 'township' });
    expect(escalated.body.incidentIds).toHaveLength(1);
  });

  it('answers a repeated final step with its first result, after the case has finished', async () => {
    const mediator = await stack.as('mediator.a');
    const id = await openReportedCase();
    const withdrawn = await mediator
      .post(`/disputes/${id}/withdraw`, { reason: '当事方和解' })
      .set('Idempotency-Key', 'withdraw-1')
      .expect(200);
    const again = await mediator
      .post(`/disputes/${id}/withdraw`, { reason: '当事方和解' })
      .set('Idempotency-Key', 'withdraw-1');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(withdrawn.body);
    const other = await mediator
      .post(`/disputes/${id}/withdraw`, { reason: '当事方和解' })
      .set('Idempotency-Key', 'withdraw-2');
    expect(other.status).toBe(409);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    const mediator = await stack.as('mediator.a');
    const id = await openReportedCase();
    const response = await mediator
      .post(`/disputes/${id}/withdraw`, { reason: '当事方和解' })
      .set('Idempotency-Key', 'not a valid key');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: 'VALIDATION_FAILED',
      details: [{ field: 'Idempotency-Key' }],
    });
    expect((await mediator.get(`/disputes/${id}`).expect(200)).body.status).toBe('reported');
  });
});
