import { condition, continueAsNew, setHandler } from '@temporalio/workflow';
import type { IncidentNotice } from '../disputes/contract';
import type { EscalationRole } from '../policy/policy';
import { type AlertAudience, type Deadline, SYSTEM_ACTOR } from '../shared';
import {
  activities,
  createJournal,
  createWrites,
  deadlineLoop,
  isoAt,
  jsonCopy,
  markMissed,
  nextDeadlineWakeAt,
  settleDeadlines,
} from '../workflow-kit';
import {
  type Incident,
  type IncidentWorkflowInput,
  type PendingEscalation,
  acknowledgeIncidentUpdate,
  addSitrepUpdate,
  changeSeverityUpdate,
  incidentStateQuery,
  openIncidentUpdate,
  reportOnSceneUpdate,
  resolveIncidentUpdate,
} from './contract';
import {
  type ChainPosition,
  INCIDENT_DEADLINE_KINDS,
  type IncidentDeadlineKind,
  allowedIncidentActions,
  canApplyIncidentAction,
  followingStep,
  isFinalIncidentStatus,
  responseWithinMs,
} from './rules';

const { notifyCaseOfIncident } = activities;

/** Carried across continue-as-new: the plan stays in the input, everything that moved is in the state. */
export interface IncidentCarryOver {
  state: Incident;
}

export async function IncidentWorkflow(
  input: IncidentWorkflowInput,
  carried?: IncidentCarryOver,
): Promise<Incident> {
  const { policy } = input;
  const triggeredMs = carried ? Date.parse(carried.state.createdAt) : Date.now();

  const state: Incident = carried?.state ?? {
    ...input.intake,
    id: input.incidentId,
    status: 'triggered',
    district: input.district,
    escalationStep: 0,
    escalationRound: 0,
    notified: [],
    deadlines: [],
    createdBy: input.actor.username,
    createdAt: isoAt(triggeredMs),
    updatedAt: isoAt(triggeredMs),
    seq: 0,
  };
  let opened = carried !== undefined;

  const snapshot = (): Incident => jsonCopy(state);
  const journal = createJournal('incident', state, snapshot);
  const { write, refuse } = createWrites(
    state,
    { canApply: canApplyIncidentAction, allowed: allowedIncidentActions },
    journal.persist,
    snapshot,
  );
  const timers = deadlineLoop();

  /**
   * Notices to the linked case run beside the chain, so a slow case never delays a page, and one after the
   * other, so the case hears of the link before the resolution; each run awaits its own.
   */
  let caseNotices = Promise.resolve();
  function tellCase(notice: IncidentNotice): void {
    const caseId = state.disputeId;
    if (caseId) caseNotices = caseNotices.then(() => notifyCaseOfIncident({ caseId, notice }));
  }

  const audienceOf = (role: EscalationRole): AlertAudience[] =>
    role === 'mediator'
      ? input.townships.map((jurisdiction) => ({ role, jurisdiction }))
      : [{ role, jurisdiction: state.district }];

  /** Response deadlines count from the trigger, so a new severity moves them without restarting them. */
  const responseDueAt = (kind: IncidentDeadlineKind): string =>
    isoAt(triggeredMs + responseWithinMs(policy.levels[state.severity], kind));

  /** A step is due `wait` after the previous step was due: an outage delays the chain, never stretches it. */
  const scheduled = (position: ChainPosition, afterMs: number): PendingEscalation => {
    const { notify, waitMs } = policy.escalation[position.step];
    return { ...position, role: notify, dueAt: isoAt(afterMs + waitMs) };
  };

  function notify(pending: PendingEscalation): void {
    const { round, step, role } = pending;
    const kind = round === 0 && step === 0 ? 'incident_triggered' : 'escalated';
    state.escalationStep = step;
    state.escalationRound = round;
    state.notified.push({ step, role, at: isoAt(Date.now()), round });
    const next = followingStep(pending, policy);
    if (next) state.nextEscalation = scheduled(next, Date.parse(pending.dueAt));
    else delete state.nextEscalation;
    journal.record(SYSTEM_ACTOR, 'escalation_notified', { kind, step, round, role });
    journal.alert(kind, audienceOf(role), {
      detail: { code: 'not_acknowledged', params: { severity: state.severity } },
      severity: state.severity,
    });
  }

  function stopChain(): void {
    delete state.nextEscalation;
    timers.reschedule();
  }

  const miss = (deadline: Deadline<IncidentDeadlineKind>): void =>
    markMissed(journal, deadline, audienceOf('leader'), state.jurisdiction, { severity: state.severity });

  function missOverdue(): void {
    for (const deadline of state.deadlines) {
      if (deadline.status === 'pending' && Date.now() >= Date.parse(deadline.dueAt)) miss(deadline);
    }
  }

  function settle(kinds: IncidentDeadlineKind[]): void {
    settleDeadlines(state.deadlines, kinds, miss);
    timers.reschedule();
  }

  /**
   * Acts on everything due, in order of due time (a step before a deadline due at the same instant), so the
   * timeline reads the same however late a worker came back.
   */
  function fireDue(): void {
    const now = Date.now();
    const dueAt = (item: { dueAt: string } | undefined) => (item ? Date.parse(item.dueAt) : Infinity);
    for (;;) {
      const step = dueAt(state.nextEscalation) <= now ? state.nextEscalation : undefined;
      const [deadline] = state.deadlines
        .filter((d) => d.status === 'pending' && dueAt(d) <= now)
        .sort((a, b) => dueAt(a) - dueAt(b));
      if (step && dueAt(step) <= dueAt(deadline)) notify(step);
      else if (deadline) miss(deadline);
      else return;
    }
  }

  function nextWakeAt(): number | undefined {
    const deadline = nextDeadlineWakeAt(state.deadlines);
    const escalation = state.nextEscalation && Date.parse(state.nextEscalation.dueAt);
    if (deadline === undefined) return escalation;
    return escalation === undefined ? deadline : Math.min(deadline, escalation);
  }

  setHandler(incidentStateQuery, snapshot);

  setHandler(openIncidentUpdate, async () => {
    await condition(() => opened);
    return snapshot();
  });

  write(acknowledgeIncidentUpdate, 'acknowledge', (actor, { note }) => {
    journal.record(actor, 'acknowledged', { note }, 'acknowledged');
    state.acknowledgedBy = actor.username;
    state.acknowledgedAt = state.updatedAt;
    stopChain();
    settle(['acknowledge']);
  });

  write(reportOnSceneUpdate, 'on_scene', (actor, { note }) => {
    journal.record(actor, 'on_scene', { note }, 'on_scene');
    state.onSceneAt = state.updatedAt;
    settle(['arrive']);
  });

  write(addSitrepUpdate, 'sitrep', (actor, { text }) => journal.record(actor, 'sitrep', { text }));

  write(
    changeSeverityUpdate,
    'change_severity',
    (actor, { severity, reason }) => {
      const from = state.severity;
      state.severity = severity;
      for (const deadline of state.deadlines) {
        if (deadline.status === 'pending') deadline.dueAt = responseDueAt(deadline.kind);
      }
      journal.record(actor, 'severity_changed', { from, to: severity, reason });
      journal.alert('severity_changed', [...audienceOf('bureau'), ...audienceOf('leader')], {
        detail: `${from} → ${severity}: ${reason}`,
        severity,
      });
      missOverdue();
      timers.reschedule();
    },
    ({ severity }) => {
      if (severity === state.severity) refuse(`the severity is already ${severity}`, 'SAME_SEVERITY');
    },
  );

  write(resolveIncidentUpdate, 'resolve', (actor, { summary }) => {
    journal.record(actor, 'resolved', { summary }, 'resolved');
    state.resolution = { summary, resolvedBy: actor.username, resolvedAt: state.updatedAt };
    stopChain();
    settle(['acknowledge', 'arrive']);
  });

  if (!carried) {
    journal.record(
      input.actor,
      'triggered',
      { severity: state.severity, disputeId: state.disputeId },
      'triggered',
    );
    state.deadlines = INCIDENT_DEADLINE_KINDS.map((kind) => ({
      kind,
      dueAt: responseDueAt(kind),
      status: 'pending',
    }));
    state.nextEscalation = scheduled({ round: 0, step: 0 }, triggeredMs);
    fireDue();
    if (input.announceToCase) {
      tellCase({ kind: 'linked', incidentId: state.id, severity: state.severity, by: input.actor.username });
    }
  }
  await journal.persist();
  opened = true;

  await timers.run({
    finished: () => isFinalIncidentStatus(state.status),
    nextWakeAt,
    fireDue,
    persist: journal.persist,
    continueAsNew: async () => {
      await caseNotices;
      return continueAsNew<typeof IncidentWorkflow>(input, { state });
    },
  });

  const { resolution } = state;
  if (resolution) {
    tellCase({
      kind: 'resolved',
      incidentId: state.id,
      summary: resolution.summary,
      by: resolution.resolvedBy,
    });
  }
  await caseNotices;
  return snapshot();
}
