import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { eventually } from '../../../../test/support/waits';
import {
  DISTRICT_BUREAU,
  DISTRICT_LEADERS,
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
import type { EmergencyPolicy, Severity, SeverityLevelPolicy } from '../policy/policy';
import type { Actor, AlertIntent } from '../shared';
import {
  INCIDENT_WORKFLOW_TYPE,
  type Incident,
  acknowledgeIncidentUpdate,
  changeSeverityUpdate,
  incidentStateQuery,
  incidentWorkflowId,
  openIncidentUpdate,
  resolveIncidentUpdate,
} from './contract';
import type { IncidentWorkflow } from './workflow';

/**
 * The incident workflow on a dev server, its activities faked. Each scenario triggers its own incident with
 * its own plan in seconds, and the scenarios run side by side. Unless a scenario says otherwise the chain
 * notifies the township's mediators at once, the bureau 1.5 s later and the leaders 1.5 s after that.
 */

const BUREAU: Actor = { username: 'bureau', role: 'bureau' };
const LEADER: Actor = { username: 'leader', role: 'leader' };
const BUREAU_AND_LEADERS = [...DISTRICT_BUREAU, ...DISTRICT_LEADERS];

const level = (acknowledge: number, arrive: number): SeverityLevelPolicy => ({
  acknowledgeWithinMs: s(acknowledge),
  arriveWithinMs: s(arrive),
});
const QUIET = level(600, 600);

const plan = (overrides: Partial<EmergencyPolicy> = {}): EmergencyPolicy => ({
  levels: { I: QUIET, II: QUIET, III: QUIET, IV: QUIET },
  escalation: [
    { notify: 'mediator', waitMs: 0 },
    { notify: 'bureau', waitMs: s(1.5) },
    { notify: 'leader', waitMs: s(1.5) },
  ],
  repeat: 0,
  ...overrides,
});

const isChainStep = (alert: AlertIntent) => alert.kind === 'incident_triggered' || alert.kind === 'escalated';

let harness: WorkflowHarness;
// Concurrent tests start once the file's top-level beforeAll hooks have finished.
beforeAll(async () => {
  harness = await startWorkflowHarness();
});
afterAll(() => harness?.stop());

interface Trigger {
  policy?: EmergencyPolicy;
  severity?: Severity;
  /** A township, or the district D01 for a district-wide incident. */
  jurisdiction?: string;
  disputeId?: string;
}

async function trigger({ policy = plan(), severity = 'IV', jurisdiction = 'T01', disputeId }: Trigger = {}) {
  const id = randomUUID();
  const handle = await harness.client.workflow.start<typeof IncidentWorkflow>(INCIDENT_WORKFLOW_TYPE, {
    taskQueue: harness.taskQueue,
    workflowId: incidentWorkflowId(id),
    args: [
      {
        incidentId: id,
        intake: {
          title: '12号界桩处村民聚集对峙',
          type: 'mass_gathering',
          severity,
          jurisdiction,
          description: '两村村民约三十人在争议林地聚集',
          disputeId,
        },
        district: 'D01',
        townships: jurisdiction === 'D01' ? ['T01', 'T02'] : [jurisdiction],
        actor: MEDIATOR,
        policy,
        announceToCase: disputeId !== undefined,
      },
    ],
  });
  const opened = await handle.executeUpdate(openIncidentUpdate, { args: [MEDIATOR] });
  const write = <Input>(update: UpdateDefinition<Incident, [Actor, Input]>, input: Input, actor = BUREAU) =>
    handle.executeUpdate(update, { args: [actor, input] });
  return {
    opened,
    createdMs: Date.parse(opened.createdAt),
    write,
    alerts: () => harness.log.alerts(id),
    timeline: () => harness.log.timeline(id),
    actions: () => harness.log.timeline(id).map((event) => `${event.actor}:${event.action}`),
    /** Waits for the first alert that `match` accepts. */
    heard: (match: (alert: AlertIntent) => boolean) =>
      eventually(() => harness.log.alerts(id).find(match), POLL),
    /** Resolves the incident and waits for its workflow to end: nothing can be sent after this. */
    async finish(): Promise<Incident> {
      await write(resolveIncidentUpdate, { summary: '现场已恢复平静' }, LEADER);
      return handle.result();
    },
    query: () => handle.query(incidentStateQuery),
  };
}

describe('IncidentWorkflow', () => {
  it.concurrent(
    'escalates step by step while nobody acknowledges, and misses each deadline once',
    async () => {
      const i = await trigger({ policy: plan({ levels: { ...plan().levels, IV: level(2, 3.5) } }) });
      expect(i.opened.deadlines).toEqual([
        { kind: 'acknowledge', dueAt: iso(i.createdMs + s(2)), status: 'pending' },
        { kind: 'arrive', dueAt: iso(i.createdMs + s(3.5)), status: 'pending' },
      ]);
      expect(i.opened.nextEscalation).toEqual({
        round: 0,
        step: 1,
        role: 'bureau',
        dueAt: iso(i.createdMs + s(1.5)),
      });

      await i.heard((alert) => alert.deadlineKind === 'arrive');
      const done = await i.finish();

      expect(i.alerts().filter(isChainStep).map(said)).toEqual([
        { kind: 'incident_triggered', audience: TOWNSHIP_MEDIATORS },
        { kind: 'escalated', audience: DISTRICT_BUREAU },
        { kind: 'escalated', audience: DISTRICT_LEADERS },
      ]);
      expect(
        i
          .alerts()
          .filter((alert) => !isChainStep(alert))
          .map(said),
      ).toEqual([
        {
          kind: 'deadline_missed',
          deadlineKind: 'acknowledge',
          dueAt: iso(i.createdMs + s(2)),
          audience: MISSED_AUDIENCE,
        },
        {
          kind: 'deadline_missed',
          deadlineKind: 'arrive',
          dueAt: iso(i.createdMs + s(3.5)),
          audience: MISSED_AUDIENCE,
        },
      ]);
      expect(done.notified.map(({ round, step, role }) => ({ round, step, role }))).toEqual([
        { round: 0, step: 0, role: 'mediator' },
        { round: 0, step: 1, role: 'bureau' },
        { round: 0, step: 2, role: 'leader' },
      ]);
      done.notified.forEach(({ at }, index) =>
        expect(Date.parse(at)).toBeGreaterThanOrEqual(i.createdMs + index * s(1.5)),
      );
      expect(done.nextEscalation).toBeUndefined();
      // Step and miss events may share a wake when the worker is slow, so each kind is checked on its own.
      const recorded = (action: string, key: string) =>
        i
          .timeline()
          .flatMap((event) => (event.action === action ? [`${event.actor}:${event.data[key]}`] : []));
      expect(recorded('escalation_notified', 'role')).toEqual([
        'system:mediator',
        'system:bureau',
        'system:leader',
      ]);
      expect(recorded('deadline_missed', 'deadlineKind')).toEqual(['system:acknowledge', 'system:arrive']);
    },
  );

  it.concurrent(
    'stops the chain on acknowledge: the later steps never go out and a met deadline is silent',
    async () => {
      // Acknowledged between the bureau step (1 s) and the leader step (4 s); arrival is due after both.
      const escalation = plan().escalation.map((step, index) => ({ ...step, waitMs: s([0, 1, 3][index]) }));
      const i = await trigger({
        policy: plan({ escalation, levels: { ...plan().levels, IV: level(4, 4.5) } }),
      });
      await i.heard((alert) => alert.kind === 'escalated');

      const acknowledged = await i.write(acknowledgeIncidentUpdate, { note: '区民政局已接报' });
      expect(acknowledged).toMatchObject({
        status: 'acknowledged',
        acknowledgedBy: 'bureau',
        escalationStep: 1,
      });
      expect(acknowledged.nextEscalation).toBeUndefined();
      expect(acknowledged.deadlines.map(({ kind, status }) => `${kind}:${status}`)).toEqual([
        'acknowledge:met',
        'arrive:pending',
      ]);

      // The arrive deadline falls due after the leader step would have: once it is heard, that step is past.
      await i.heard((alert) => alert.deadlineKind === 'arrive');
      const done = await i.finish();

      expect(i.alerts().map(said)).toEqual([
        { kind: 'incident_triggered', audience: TOWNSHIP_MEDIATORS },
        { kind: 'escalated', audience: DISTRICT_BUREAU },
        {
          kind: 'deadline_missed',
          deadlineKind: 'arrive',
          dueAt: iso(i.createdMs + s(4.5)),
          audience: MISSED_AUDIENCE,
        },
      ]);
      expect(done.notified.map((step) => step.role)).toEqual(['mediator', 'bureau']);
      expect(i.actions()).toEqual([
        'mediator.a:triggered',
        'system:escalation_notified',
        'system:escalation_notified',
        'bureau:acknowledged',
        'system:deadline_missed',
        'leader:resolved',
      ]);
    },
  );

  it.concurrent(
    'recomputes the deadlines from the trigger on a new severity, missing a passed one at once',
    async () => {
      const levels = { I: level(1, 6), II: QUIET, III: level(2, 8), IV: QUIET };
      const i = await trigger({ policy: plan({ levels }) });
      // The bureau step goes out 1.5 s after the trigger: past level I's acknowledge time.
      await i.heard((alert) => alert.kind === 'escalated');

      const raised = await i.write(changeSeverityUpdate, { severity: 'I', reason: '冲突升级' }, LEADER);
      expect(raised.deadlines).toEqual([
        { kind: 'acknowledge', dueAt: iso(i.createdMs + s(1)), status: 'missed' },
        { kind: 'arrive', dueAt: iso(i.createdMs + s(6)), status: 'pending' },
      ]);
      await expect(
        i.write(changeSeverityUpdate, { severity: 'I', reason: '复核' }, LEADER),
      ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await i.write(acknowledgeIncidentUpdate, {}, LEADER);
      const lowered = await i.write(
        changeSeverityUpdate,
        { severity: 'III', reason: '事态得到控制' },
        LEADER,
      );
      expect(lowered.deadlines).toEqual([
        { kind: 'acknowledge', dueAt: iso(i.createdMs + s(1)), status: 'missed' },
        { kind: 'arrive', dueAt: iso(i.createdMs + s(8)), status: 'pending' },
      ]);
      await i.finish();

      expect(
        i
          .alerts()
          .filter((alert) => !isChainStep(alert))
          .map(said),
      ).toEqual([
        { kind: 'severity_changed', audience: BUREAU_AND_LEADERS },
        {
          kind: 'deadline_missed',
          deadlineKind: 'acknowledge',
          dueAt: iso(i.createdMs + s(1)),
          audience: MISSED_AUDIENCE,
        },
        { kind: 'severity_changed', audience: BUREAU_AND_LEADERS },
      ]);
      expect(i.actions().filter((action) => !action.endsWith(':escalation_notified'))).toEqual([
        'mediator.a:triggered',
        'leader:severity_changed',
        'system:deadline_missed',
        'leader:acknowledged',
        'leader:severity_changed',
        'leader:resolved',
      ]);
    },
  );

  it.concurrent(
    'runs the chain again from the top when the plan repeats it, to every township of a district',
    async () => {
      const waits = [0, 0.3, 0.3].map(s);
      const escalation = (['mediator', 'bureau', 'leader'] as const).map((notify, index) => ({
        notify,
        waitMs: waits[index],
      }));
      const i = await trigger({ policy: plan({ escalation, repeat: 1 }), jurisdiction: 'D01' });

      const finished = await eventually(async () => {
        const state = await i.query();
        return state.notified.length === 6 && !state.nextEscalation ? state : undefined;
      }, POLL);
      expect(finished).toMatchObject({ escalationStep: 2, escalationRound: 1 });
      await i.finish();

      const districtMediators = [
        { role: 'mediator', jurisdiction: 'T01' },
        { role: 'mediator', jurisdiction: 'T02' },
      ];
      expect(i.alerts().map(said)).toEqual([
        { kind: 'incident_triggered', audience: districtMediators },
        { kind: 'escalated', audience: DISTRICT_BUREAU },
        { kind: 'escalated', audience: DISTRICT_LEADERS },
        { kind: 'escalated', audience: districtMediators },
        { kind: 'escalated', audience: DISTRICT_BUREAU },
        { kind: 'escalated', audience: DISTRICT_LEADERS },
      ]);
    },
  );

  it.concurrent('tells the case it was triggered for of the link, then of the resolution', async () => {
    const caseId = randomUUID();
    const i = await trigger({ disputeId: caseId });
    await i.finish();
    expect(harness.log.notices(caseId)).toEqual([
      { kind: 'linked', incidentId: i.opened.id, severity: 'IV', by: 'mediator.a' },
      { kind: 'resolved', incidentId: i.opened.id, summary: '现场已恢复平静', by: 'leader' },
    ]);
  });
});
