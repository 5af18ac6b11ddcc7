import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { eventually } from '../../../../test/support/waits';
import {
  DISTRICT_BUREAU,
  MEDIATOR,
  MISSED_AUDIENCE,
  POLL,
  TOWNSHIP_MEDIATORS,
  type WorkflowHarness,
  said,
  seconds as s,
  startWorkflowHarness,
} from '../../../../test/support/workflow-harness';
import type { FindingPolicy } from '../policy/policy';
import type { Actor } from '../shared';
import {
  FINDING_WORKFLOW_TYPE,
  assignFindingUpdate,
  findingStateQuery,
  findingWorkflowId,
  openFindingUpdate,
  startRectificationUpdate,
  submitRectificationUpdate,
  verifyFindingUpdate,
} from './contract';
import type { FindingWorkflow } from './workflow';

/** The finding workflow on a dev server with its activities faked; each scenario opens its own finding. */

const BUREAU: Actor = { username: 'bureau', role: 'bureau' };

let harness: WorkflowHarness;
beforeAll(async () => {
  harness = await startWorkflowHarness();
});
afterAll(() => harness?.stop());

async function open(policy: FindingPolicy) {
  const id = randomUUID();
  const handle = await harness.client.workflow.start<typeof FindingWorkflow>(FINDING_WORKFLOW_TYPE, {
    taskQueue: harness.taskQueue,
    workflowId: findingWorkflowId(id),
    args: [
      {
        findingId: id,
        intake: {
          title: 'JZ-21 界桩倾斜',
          kind: 'marker',
          description: '巡查发现界桩倾斜',
          jurisdiction: 'T01',
          lineCode: 'L-T01-T02',
          markerCode: 'JZ-21',
          markerCondition: 'tilted',
          foundAt: new Date().toISOString(),
        },
        district: 'D01',
        actor: MEDIATOR,
        policy,
      },
    ],
  });
  await handle.executeUpdate(openFindingUpdate, { args: [MEDIATOR] });
  return { id, handle };
}

const QUIET: FindingPolicy = { rectifyWithinMs: s(600), remindBeforeMs: s(60), rectifyWithinByKindMs: {} };

describe('FindingWorkflow', () => {
  it('takes the marker kind’s time, reminds and misses once, and refuses a wrong step with what is allowed', async () => {
    const { id, handle } = await open({
      ...QUIET,
      rectifyWithinByKindMs: { marker: s(3) },
      remindBeforeMs: s(1.5),
    });
    const refused = await handle
      .executeUpdate(submitRectificationUpdate, { args: [MEDIATOR, { summary: '已扶正' }] })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((refused as WorkflowUpdateFailedError).cause).toMatchObject({
      type: 'INVALID_TRANSITION',
      details: [{ status: 'open', allowed: ['assign', 'link_dispute', 'link_incident'] }],
    });
    const assigned = await handle.executeUpdate(assignFindingUpdate, {
      args: [BUREAU, { assignee: 'mediator.a' }],
    });
    const due = assigned.deadlines[0];
    expect(Date.parse(due.dueAt) - Date.parse(assigned.updatedAt)).toBe(s(3));
    await eventually(() => (harness.log.alerts(id).length >= 2 ? true : undefined), POLL);
    expect(harness.log.alerts(id).map(said)).toEqual([
      {
        kind: 'deadline_approaching',
        deadlineKind: 'rectify',
        dueAt: due.dueAt,
        audience: [...TOWNSHIP_MEDIATORS, ...DISTRICT_BUREAU],
      },
      { kind: 'deadline_missed', deadlineKind: 'rectify', dueAt: due.dueAt, audience: MISSED_AUDIENCE },
    ]);
    expect((await handle.query(findingStateQuery)).deadlines[0].status).toBe('missed');
  });

  it('closes after a failed verification and repairs the marker once, as its last act', async () => {
    const { id, handle } = await open(QUIET);
    await handle.executeUpdate(assignFindingUpdate, { args: [BUREAU, { assignee: 'mediator.a' }] });
    await handle.executeUpdate(startRectificationUpdate, { args: [MEDIATOR, {}] });
    await handle.executeUpdate(submitRectificationUpdate, {
      args: [MEDIATOR, { summary: '已扶正', repair: { work: 'straighten', cost: 300, days: 1 } }],
    });
    const failed = await handle.executeUpdate(verifyFindingUpdate, {
      args: [BUREAU, { accepted: false, note: '仍倾斜' }],
    });
    expect(failed.status).toBe('rectifying');
    expect(failed.deadlines[0].status).toBe('pending');
    expect(harness.log.repairs(id)).toEqual([]);
    await handle.executeUpdate(submitRectificationUpdate, {
      args: [MEDIATOR, { summary: '重新浇筑基座', repair: { work: 'repair', cost: 800, days: 2 } }],
    });
    const closed = await handle.executeUpdate(verifyFindingUpdate, {
      args: [BUREAU, { accepted: true, note: '到位' }],
    });
    expect(closed).toMatchObject({ status: 'closed', deadlines: [{ kind: 'rectify', status: 'met' }] });
    await handle.result();
    expect(harness.log.repairs(id)).toEqual([
      {
        markerCode: 'JZ-21',
        findingId: id,
        by: 'bureau',
        summary: '重新浇筑基座',
        repair: { work: 'repair', cost: 800, days: 2 },
      },
    ]);
    expect(harness.log.timeline(id).map((event) => event.action)).toEqual([
      'opened',
      'assigned',
      'rectification_started',
      'rectification_submitted',
      'verification_failed',
      'rectification_submitted',
      'closed',
    ]);
    expect(harness.log.alerts(id)).toEqual([]);
  });
});
