import { randomUUID } from 'node:crypto';
import type { UpdateDefinition } from '@temporalio/common';
import { eventually } from '../../../../test/support/waits';
import {
  DISTRICT_BUREAU,
  MEDIATOR,
  MISSED_AUDIENCE,
  POLL,
  TOWNSHIP_MEDIATORS,
  type WorkflowHarness,
  isoAt as iso,
  said,
  seconds as s,
  startWorkflowHarness,
} from '../../../../test/support/workflow-harness';
import type { DisputePolicy } from '../policy/policy';
import type { Actor } from '../shared';
import {
  DISPUTE_WORKFLOW_TYPE,
  type DisputeCase,
  type RoundInput,
  closeDisputeUpdate,
  disputeWorkflowId,
  openDisputeUpdate,
  recordRoundUpdate,
  reportDisputeUpdate,
  signAgreementUpdate,
  startMediationUpdate,
  withdrawDisputeUpdate,
} from './contract';
import type { RoundOutcome } from './rules';
import type { DisputeCaseWorkflow } from './workflow';

/**
 * The case workflow on a dev server, its activities faked. Each scenario runs its own case with its own
 * policy in seconds, and the scenarios run side by side, so the file takes about as long as its slowest one.
 */

/** Long enough that nothing falls due unless a scenario shortens it. */
const policy = (overrides: Partial<DisputePolicy>): DisputePolicy => ({
  reportWithinMs: s(600),
  acceptWithinMs: s(600),
  roundIntervalMs: s(600),
  maxRounds: 3,
  mediationWithinMs: s(600),
  followUpWithinMs: s(600),
  remindBeforeMs: 0,
  ...overrides,
});

const round = (outcome: RoundOutcome): RoundInput => ({
  heldAt: '2026-03-10T02:00:00.000Z',
  participants: ['mediator.a', '王家村代表'],
  siteSurvey: true,
  archivesReviewed: ['1998年勘界协议书'],
  notes: '双方陈述意见',
  outcome,
});

let harness: WorkflowHarness;
// Concurrent tests start once the file's top-level beforeAll hooks have finished.
beforeAll(async () => {
  harness = await startWorkflowHarness();
});
afterAll(() => harness?.stop());

async function openCase(overrides: Partial<DisputePolicy> = {}) {
  const id = randomUUID();
  const handle = await harness.client.workflow.start<typeof DisputeCaseWorkflow>(DISPUTE_WORKFLOW_TYPE, {
    taskQueue: harness.taskQueue,
    workflowId: disputeWorkflowId(id),
    args: [
      {
        caseId: id,
        intake: {
          title: '石门村与王家村林地界线争议',
          category: 'forest_land',
          parties: [
            { jurisdiction: 'T01', name: '石门村' },
            { jurisdiction: 'N01', name: '王家村' },
          ],
          ownerJurisdiction: 'T01',
          description: '12号至15号界桩之间山林权属争议',
          riskLevel: 'medium',
        },
        district: 'D01',
        actor: MEDIATOR,
        policy: policy(overrides),
      },
    ],
  });
  const { case: opened } = await handle.executeUpdate(openDisputeUpdate, { args: [MEDIATOR] });
  const write = <Input>(update: UpdateDefinition<DisputeCase, [Actor, Input]>, input: Input) =>
    handle.executeUpdate(update, { args: [MEDIATOR, input] });
  return {
    opened,
    write,
    alerts: () => harness.log.alerts(id),
    actions: () => harness.log.timeline(id).map((event) => `${event.actor}:${event.action}`),
    /** Withdraws the case and waits for its workflow to end: nothing can be sent after this. */
    async finish(): Promise<DisputeCase> {
      await write(withdrawDisputeUpdate, { reason: '测试结束' });
      return handle.result();
    },
  };
}

describe('DisputeCaseWorkflow', () => {
  it.concurrent(
    'reminds the handlers before a due time, then tells the leaders once that it was missed',
    async () => {
      const c = await openCase({ reportWithinMs: s(3), remindBeforeMs: s(2) });
      const createdMs = Date.parse(c.opened.createdAt);
      const dueAt = iso(createdMs + s(3));
      expect(c.opened.deadlines).toEqual([
        { kind: 'report', dueAt, status: 'pending', remindAt: iso(createdMs + s(1)), reminded: false },
      ]);

      await eventually(() => c.alerts().find((alert) => alert.kind === 'deadline_missed'), POLL);
      const done = await c.finish();

      expect(c.alerts().map(said)).toEqual([
        { kind: 'deadline_approaching', deadlineKind: 'report', dueAt, audience: TOWNSHIP_MEDIATORS },
        { kind: 'deadline_missed', deadlineKind: 'report', dueAt, audience: MISSED_AUDIENCE },
      ]);
      const [reminder, miss] = c.alerts().map((alert) => Date.parse(alert.at));
      expect(reminder).toBeGreaterThanOrEqual(createdMs + s(1));
      expect(reminder).toBeLessThan(createdMs + s(3));
      expect(miss).toBeGreaterThanOrEqual(createdMs + s(3));
      expect(done.deadlines).toEqual([expect.objectContaining({ kind: 'report', status: 'missed' })]);
      expect(c.actions()).toEqual([
        'mediator.a:opened',
        'system:deadline_approaching',
        'system:deadline_missed',
        'mediator.a:withdrawn',
      ]);
    },
  );

  it.concurrent('sends nothing for a deadline that was met', async () => {
    const c = await openCase({ reportWithinMs: s(3), acceptWithinMs: s(4.5), remindBeforeMs: s(1) });
    const reported = await c.write(reportDisputeUpdate, { tier: 'village', summary: '及时上报' });
    const acceptDue = iso(Date.parse(reported.updatedAt) + s(4.5));

    // The accept reminder is due after the report's due time, so once it is heard that time has passed.
    await eventually(() => c.alerts().find((alert) => alert.deadlineKind === 'accept'), POLL);
    const done = await c.finish();

    expect(c.alerts().map(said)).toEqual([
      {
        kind: 'deadline_approaching',
        deadlineKind: 'accept',
        dueAt: acceptDue,
        audience: TOWNSHIP_MEDIATORS,
      },
    ]);
    expect(done.deadlines.map(({ kind, status }) => `${kind}:${status}`)).toEqual([
      'report:met',
      'accept:met',
    ]);
  });

  it.concurrent(
    'sets each stage its due time from the step that opened it, and settles each as met',
    async () => {
      const c = await openCase({
        reportWithinMs: s(100),
        acceptWithinMs: s(200),
        roundIntervalMs: s(300),
        mediationWithinMs: s(400),
        followUpWithinMs: s(500),
      });
      const after = (state: DisputeCase, ms: number) => iso(Date.parse(state.updatedAt) + ms);
      const reported = await c.write(reportDisputeUpdate, { tier: 'village', summary: '上报' });
      const started = await c.write(startMediationUpdate, { mediators: ['mediator.a'] });
      const firstRound = await c.write(recordRoundUpdate, round('progress'));
      await c.write(recordRoundUpdate, round('agreement_reached'));
      const signed = await c.write(signAgreementUpdate, {
        terms: '以1998年勘界协议为准',
        signatories: ['石门村', '王家村'],
        signedAt: '2026-03-20T02:00:00.000Z',
      });
      const closed = await c.write(closeDisputeUpdate, { implemented: true, archiveRef: 'DA-2026-001' });

      expect(closed.status).toBe('closed');
      expect(closed.deadlines).toEqual([
        { kind: 'report', dueAt: after(c.opened, s(100)), status: 'met' },
        { kind: 'accept', dueAt: after(reported, s(200)), status: 'met' },
        { kind: 'round', dueAt: after(started, s(300)), status: 'met' },
        { kind: 'mediation', dueAt: after(started, s(400)), status: 'met' },
        { kind: 'round', dueAt: after(firstRound, s(300)), status: 'met' },
        { kind: 'follow_up', dueAt: after(signed, s(500)), status: 'met' },
      ]);
      expect(c.alerts()).toEqual([]);
    },
  );

  it.concurrent(
    'escalates by itself after maxRounds rounds without agreement, then counts rounds afresh',
    async () => {
      const c = await openCase({ maxRounds: 2 });
      await c.write(reportDisputeUpdate, { tier: 'township', summary: '上报乡镇' });
      await c.write(startMediationUpdate, { mediators: ['mediator.a'] });
      expect((await c.write(recordRoundUpdate, round('no_progress'))).tier).toBe('township');
      expect(await c.write(recordRoundUpdate, round('progress'))).toMatchObject({
        status: 'mediating',
        tier: 'district',
      });
      expect((await c.write(recordRoundUpdate, round('breakdown'))).tier).toBe('district');
      await c.finish();

      expect(c.alerts().map(said)).toEqual([
        { kind: 'escalated', audience: DISTRICT_BUREAU },
        { kind: 'escalated', audience: DISTRICT_BUREAU },
      ]);
      expect(c.alerts().map((alert) => alert.detail)).toEqual([
        { code: 'max_rounds_reached', params: { maxRounds: 2 } },
        { code: 'mediation_broke_down' },
      ]);
      expect(c.actions()).toEqual([
        'mediator.a:opened',
        'mediator.a:reported',
        'mediator.a:mediation_started',
        'mediator.a:round_recorded',
        'mediator.a:round_recorded',
        'system:escalated',
        'mediator.a:round_recorded',
        'mediator.a:withdrawn',
      ]);
      const escalation = harness.log.timeline(c.opened.id).find((event) => event.action === 'escalated');
      expect(escalation?.data).toMatchObject({ fromTier: 'township', toTier: 'district' });
    },
  );

  it.concurrent(
    'escalates by itself when the mediation period runs out, and gives the new tier a period',
    async () => {
      const c = await openCase({ mediationWithinMs: s(3) });
      await c.write(reportDisputeUpdate, { tier: 'township', summary: '上报乡镇' });
      const started = await c.write(startMediationUpdate, { mediators: ['mediator.a'] });
      const dueAt = iso(Date.parse(started.updatedAt) + s(3));

      await eventually(() => c.alerts().find((alert) => alert.kind === 'escalated'), POLL);
      const done = await c.finish();

      expect(c.alerts().map(said)).toEqual([
        { kind: 'deadline_missed', deadlineKind: 'mediation', dueAt, audience: MISSED_AUDIENCE },
        { kind: 'escalated', audience: DISTRICT_BUREAU },
      ]);
      const escalation = harness.log.timeline(c.opened.id).find((event) => event.action === 'escalated');
      expect(escalation).toMatchObject({
        actor: 'system',
        data: expect.objectContaining({ fromTier: 'township', toTier: 'district' }),
      });
      expect(done.deadlines.filter((deadline) => deadline.kind === 'mediation')).toEqual([
        { kind: 'mediation', dueAt, status: 'missed' },
        { kind: 'mediation', dueAt: iso(Date.parse(escalation?.at ?? '') + s(3)), status: 'met' },
      ]);
      expect(c.actions().filter((action) => action === 'system:escalated')).toHaveLength(1);
    },
  );
});
