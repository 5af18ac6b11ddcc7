import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  type DisputeCase,
  type Incident,
  disputeStateQuery,
  disputeWorkflowId,
  incidentStateQuery,
  incidentWorkflowId,
} from '@boundary/workflows';
import { alertLabels } from '../support/alerts';
import { type Stack, handOverPolicy, newCase, round, startStack } from '../support/stack';
import { startTemporalDevServer } from '../support/temporal-server';
import { eventually, quietFor, workflowCompleted } from '../support/waits';

/**
 * A case or incident can stay open for months; Temporal caps a run's history, so the workflows carry their
 * state into a fresh run when the server suggests it. Production suggests it at 4,096 events; this server
 * suggests it at 30, so a handful of writes crosses several runs while the test watches.
 */
const SUGGEST_CONTINUE_AS_NEW_AT = 30;

/** Every run of a workflow id, first to latest, following each run's ContinuedAsNew event. */
async function runsOf(client: Client, workflowId: string): Promise<string[]> {
  const latest = await client.workflow.getHandle(workflowId).describe();
  const runs = [latest.raw.workflowExecutionInfo?.firstRunId as string];
  for (;;) {
    const history = await client.workflow.getHandle(workflowId, runs[runs.length - 1]).fetchHistory();
    const last = history.events?.[history.events.length - 1];
    const next = last?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
    if (!next) return runs;
    runs.push(next);
  }
}

describe('continue-as-new: long-lived cases and incidents move to fresh runs without losing anything', () => {
  let temporal: TestWorkflowEnvironment;
  let stack: Stack;
  beforeAll(async () => {
    temporal = await startTemporalDevServer({
      'limit.historyCount.suggestContinueAsNew': SUGGEST_CONTINUE_AS_NEW_AT,
    });
    stack = await startStack({
      policy: handOverPolicy(),
      env: { TEMPORAL_ADDRESS: temporal.address },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await temporal?.teardown();
  });

  it('keeps a case, its timeline, its idempotency key and its running deadline across runs', async () => {
    const mediator = await stack.as('mediator.a');
    const intake = newCase('T01');
    const opened = await mediator.post('/disputes', intake).set('Idempotency-Key', 'long-lived').expect(201);
    const id: string = opened.body.id;
    await mediator.post(`/disputes/${id}/report`, { tier: 'village', summary: '上报' }).expect(200);
    await mediator.post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] }).expect(200);
    for (let i = 0; i < 8; i += 1) {
      await mediator.post(`/disputes/${id}/mediation/rounds`, round('progress')).expect(200);
    }
    // Writes racing a run's hand-over are carried by the next run, not lost or refused.
    const burst = await Promise.all(
      Array.from({ length: 4 }, () => mediator.post(`/disputes/${id}/mediation/rounds`, round('progress'))),
    );
    expect(burst.map((response) => response.status)).toEqual([200, 200, 200, 200]);

    // The round deadline set by the last write was armed in one run and falls due in a later one: once.
    await eventually(
      async () =>
        (await alertLabels(stack, 'leader', id)).includes('deadline_missed:round') ? true : undefined,
      { timeoutMs: 20_000 },
    );
    const again = await mediator.post('/disputes', intake).set('Idempotency-Key', 'long-lived').expect(200);
    expect(again.body.id).toBe(id);
    await mediator.post(`/disputes/${id}/mediation/rounds`, round('agreement_reached')).expect(200);
    await mediator
      .post(`/disputes/${id}/agreement`, {
        terms: '以1998年勘界协议为准',
        signatories: ['石门村', '王家村'],
        signedAt: new Date().toISOString(),
      })
      .expect(200);
    await mediator
      .post(`/disputes/${id}/close`, { implemented: true, archiveRef: 'DA-2026-CAN' })
      .expect(200);
    await workflowCompleted(temporal.client, disputeWorkflowId(id));
    // The last run has ended; a second miss alert it decided may still be in the queue: give it a moment.
    await quietFor(1000);

    const runs = await runsOf(temporal.client, disputeWorkflowId(id));
    expect(runs.length).toBeGreaterThanOrEqual(3);
    const truth: DisputeCase = await temporal.client.workflow
      .getHandle(disputeWorkflowId(id))
      .query(disputeStateQuery);
    expect(truth.status).toBe('closed');
    expect(truth.rounds.map((r) => r.number)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(truth.deadlines.filter((d) => d.kind === 'round' && d.status === 'missed')).toHaveLength(1);
    expect(await alertLabels(stack, 'leader', id)).toEqual(['deadline_missed:round']);

    const read = await mediator.get(`/disputes/${id}`).expect(200);
    expect(read.body).toMatchObject({ status: 'closed', archiveRef: 'DA-2026-CAN' });
    expect(read.body.rounds).toHaveLength(13);
    const timeline = await mediator.get(`/disputes/${id}/timeline`).expect(200);
    expect(timeline.body).toHaveLength(truth.seq);
    expect(timeline.body.filter((e: { action: string }) => e.action === 'opened')).toHaveLength(1);
    expect(timeline.body.filter((e: { action: string }) => e.action === 'round_recorded')).toHaveLength(13);
  });

  it('hands an incident over to a fresh run whatever the writes are, and its chain does not start again', async () => {
    const bureau = await stack.as('bureau');
    const triggered = await bureau
      .post('/incidents', {
        title: '界桩被毁',
        type: 'marker_destroyed',
        severity: 'IV',
        jurisdiction: 'T01',
        description: '13号界桩被推倒',
      })
      .expect(201);
    const id: string = triggered.body.id;
    // Situation reports move no deadline, so nothing else would wake the workflow to hand over.
    for (let i = 0; i < 10; i += 1) {
      await bureau.post(`/incidents/${id}/sitreps`, { text: `第${i + 1}次现场情况报告` }).expect(200);
    }
    const runs = await eventually(
      async () => {
        const chain = await runsOf(temporal.client, incidentWorkflowId(id));
        return chain.length >= 2 ? chain : undefined;
      },
      { timeoutMs: 5_000 },
    );
    expect(runs.length).toBeGreaterThanOrEqual(2);

    await bureau.post(`/incidents/${id}/severity`, { severity: 'III', reason: '群众聚集' }).expect(200);
    await bureau.post(`/incidents/${id}/acknowledge`, { note: '已派员' }).expect(200);
    await bureau.post(`/incidents/${id}/resolve`, { summary: '界桩已恢复' }).expect(200);

    const truth: Incident = await temporal.client.workflow
      .getHandle(incidentWorkflowId(id))
      .query(incidentStateQuery);
    expect(truth.status).toBe('resolved');
    expect(truth.notified.map((n) => `${n.step}:${n.role}`)).toEqual(['0:mediator']);
    const read = await bureau.get(`/incidents/${id}`).expect(200);
    expect(read.body).toMatchObject({ status: 'resolved', severity: 'III' });
    const timeline = await bureau.get(`/incidents/${id}/timeline`).expect(200);
    expect(timeline.body).toHaveLength(truth.seq);
    expect(timeline.body.filter((e: { action: string }) => e.action === 'sitrep')).toHaveLength(10);
    expect(await alertLabels(stack, 'mediator.a', id)).toEqual(['incident_triggered']);
  });
});
