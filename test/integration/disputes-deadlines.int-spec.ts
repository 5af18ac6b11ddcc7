import { disputeWorkflowId } from '@boundary/workflows';
import { Client } from '@temporalio/client';
import { alertLabels } from '../support/alerts';
import { type Stack, newCase, round, secondsPolicy, startStack } from '../support/stack';
import { eventually, quietFor, workflowCompleted } from '../support/waits';

/**
 * Deadlines with a policy in seconds: report 4 s (reminder 2 s before), accept 4 s, rounds every 6 s,
 * at most 3 rounds, mediation 20 s, follow-up 4 s.
 */
describe('dispute deadlines as durable timers', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ policy: secondsPolicy() });
  });
  afterAll(() => stack.stop());

  const open = async (owner = 'T01') =>
    (
      await (
        await stack.as(owner === 'T01' ? 'mediator.a' : 'mediator.b')
      )
        .post('/disputes', newCase(owner))
        .expect(201)
    ).body.id as string;

  it('reminds the handlers once before a due time and alerts the leader once when it is missed', async () => {
    const id = await open();
    await eventually(async () =>
      (await alertLabels(stack, 'mediator.a', id)).includes('deadline_approaching:report') ? true : undefined,
    );
    await eventually(async () =>
      (await alertLabels(stack, 'leader', id)).includes('deadline_missed:report') ? true : undefined,
    );
    // Nothing else is due, so nothing else may come; a duplicate would land within a moment.
    await quietFor(1000);
    expect(await alertLabels(stack, 'mediator.a', id)).toEqual(['deadline_approaching:report']);
    expect(await alertLabels(stack, 'leader', id)).toEqual(['deadline_missed:report']);
    expect(await alertLabels(stack, 'bureau', id)).toEqual([]);

    const read = await (await stack.as('leader')).get(`/disputes/${id}`);
    expect(read.body.deadlines).toEqual([expect.objectContaining({ kind: 'report', status: 'missed' })]);
    const overdue = await (await stack.as('leader')).get('/disputes?overdue=true&pageSize=100');
    expect(overdue.body.items.map((c: { id: string }) => c.id)).toContain(id);

    const timeline = await (await stack.as('mediator.a')).get(`/disputes/${id}/timeline`);
    expect(timeline.body.map((e: { actor: string; action: string }) => `${e.actor}:${e.action}`)).toEqual([
      'mediator.a:opened',
      'system:deadline_approaching',
      'system:deadline_missed',
    ]);
  });

  it('sends nothing for a deadline that was met', async () => {
    const id = await open();
    const mediator = await stack.as('mediator.a');
    await mediator.post(`/disputes/${id}/report`, { tier: 'village', summary: '及时上报' }).expect(200);
    await mediator.post(`/disputes/${id}/withdraw`, { reason: '当事方和解' }).expect(200);
    await workflowCompleted(stack.app.get(Client), disputeWorkflowId(id));
    // The case has ended, so it decides nothing more; an alert decided before the end would land within a moment.
    await quietFor(1000);
    expect(await alertLabels(stack, 'mediator.a', id)).toEqual([]);
    expect(await alertLabels(stack, 'leader', id)).toEqual([]);
    const read = await mediator.get(`/disputes/${id}`);
    expect(read.body.deadlines.map((d: { kind: string; status: string }) => `${d.kind}:${d.status}`)).toEqual(
      ['report:met', 'accept:met'],
    );
  });

  it('escalates by itself when maxRounds rounds end without agreement, and the bureau takes over', async () => {
    const id = await open();
    const mediator = await stack.as('mediator.a');
    await mediator.post(`/disputes/${id}/report`, { tier: 'township', summary: 's' }).expect(200);
    await mediator.post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] }).expect(200);
    await mediator.post(`/disputes/${id}/mediation/rounds`, round('no_progress')).expect(200);
    await mediator.post(`/disputes/${id}/mediation/rounds`, round('progress')).expect(200);
    const third = await mediator.post(`/disputes/${id}/mediation/rounds`, round('no_progress')).expect(200);
    expect(third.body).toMatchObject({ status: 'mediating', tier: 'district' });

    const timeline = await mediator.get(`/disputes/${id}/timeline`);
    const escalation = timeline.body.find((e: { action: string }) => e.action === 'escalated');
    // The workflow records a code; the API renders it in both languages.
    expect(escalation).toMatchObject({
      actor: 'system',
      data: expect.objectContaining({
        fromTier: 'township',
        toTier: 'district',
        reason: { code: 'max_rounds_reached', params: { maxRounds: 3 } },
      }),
      reasonText: '已达最多调解轮次 3，自动升级',
      reasonTextEn: 'the maximum of 3 mediation rounds was reached; escalated automatically',
    });
    await eventually(async () =>
      (await alertLabels(stack, 'bureau', id)).includes('escalated') ? true : undefined,
    );
    expect(await alertLabels(stack, 'bureau', id)).toEqual(['escalated']);
    const bureau = await stack.as('bureau');
    const messageIn = async (language: string) =>
      (await bureau.get('/alerts').set('accept-language', language)).body.find(
        (alert: { subjectId: string }) => alert.subjectId === id,
      ).message;
    expect(await messageIn('zh')).toMatch(/已升级，请接手处置：已达最多调解轮次 3，自动升级$/);
    expect(await messageIn('en')).toMatch(/escalated to you: the maximum of 3 mediation rounds was reached/);
  });

  it('alerts the bureau when a round breaks down', async () => {
    const id = await open();
    const mediator = await stack.as('mediator.a');
    await mediator.post(`/disputes/${id}/report`, { tier: 'village', summary: 's' }).expect(200);
    await mediator.post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] }).expect(200);
    await mediator.post(`/disputes/${id}/mediation/rounds`, round('breakdown')).expect(200);
    await eventually(async () =>
      (await alertLabels(stack, 'bureau', id)).includes('escalated') ? true : undefined,
    );
    await mediator.post(`/disputes/${id}/withdraw`, { reason: 'end of test' }).expect(200);
    expect(await alertLabels(stack, 'bureau', id)).toEqual(['escalated']);
  });
});

describe('mediation period running out', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      policy: secondsPolicy({
        disputes: { mediationWithin: 'PT3S', roundInterval: 'PT60S', remindBefore: 'PT1S' },
      }),
    });
  });
  afterAll(() => stack.stop());

  it('escalates the case by itself (actor system) and alerts the leader and the new handlers once', async () => {
    const mediator = await stack.as('mediator.a');
    const { id } = (await mediator.post('/disputes', newCase('T01')).expect(201)).body;
    await mediator.post(`/disputes/${id}/report`, { tier: 'township', summary: 's' }).expect(200);
    await mediator.post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] }).expect(200);

    const escalated = await eventually(async () => {
      const read = await mediator.get(`/disputes/${id}`);
      return read.body.tier === 'district' ? read.body : undefined;
    });
    expect(escalated.status).toBe('mediating');
    expect(
      escalated.deadlines
        .filter((d: { kind: string }) => d.kind === 'mediation')
        .map((d: { status: string }) => d.status),
    ).toEqual(['missed', 'pending']);
    await eventually(async () =>
      (await alertLabels(stack, 'bureau', id)).includes('escalated') ? true : undefined,
    );
    await mediator.post(`/disputes/${id}/withdraw`, { reason: 'end of test' }).expect(200);
    expect(await alertLabels(stack, 'leader', id)).toEqual(['deadline_missed:mediation']);
    expect(await alertLabels(stack, 'bureau', id)).toEqual(['escalated']);
    expect(await alertLabels(stack, 'mediator.a', id)).toEqual(['deadline_approaching:mediation']);
    const timeline = await mediator.get(`/disputes/${id}/timeline`);
    expect(timeline.body.filter((e: { action: string }) => e.action === 'escalated')).toEqual([
      expect.objectContaining({ actor: 'system' }),
    ]);
  });
});
