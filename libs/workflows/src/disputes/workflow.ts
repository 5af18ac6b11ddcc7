import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { WorkflowActivities } from '../activities';
import {
  type Actor,
  type AlertAudience,
  type AlertIntent,
  type Deadline,
  INVALID_TRANSITION,
  type InvalidTransitionDetails,
  SYSTEM_ACTOR,
  type TimelineEvent,
} from '../shared';
import {
  type DisputeCase,
  type DisputeWorkflowInput,
  closeDisputeUpdate,
  disputeStateQuery,
  escalateDisputeUpdate,
  incidentResolvedSignal,
  openDisputeUpdate,
  recordRoundUpdate,
  reportDisputeUpdate,
  resolveLocallyUpdate,
  signAgreementUpdate,
  startMediationUpdate,
  withdrawDisputeUpdate,
} from './contract';
import {
  type DisputeAction,
  type DisputeDeadlineKind,
  type DisputeStatus,
  allowedDisputeActions,
  canApplyDisputeAction,
  handlingRole,
  isFinalDisputeStatus,
  nextTier,
} from './rules';

const { projectDispute, enqueueAlerts } = proxyActivities<WorkflowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/** Carried across continue-as-new so a long-lived case keeps its state and counters. */
export interface DisputeCarryOver {
  state: DisputeCase;
  roundBudgetStart: number;
  intakes: number;
}

export async function DisputeCaseWorkflow(
  input: DisputeWorkflowInput,
  carried?: DisputeCarryOver,
): Promise<DisputeCase> {
  const { policy } = input;
  const nowMs = (): number => Date.now();
  const iso = (ms: number): string => new Date(ms).toISOString();

  const state: DisputeCase = carried?.state ?? {
    ...input.intake,
    id: input.caseId,
    status: 'screening',
    tier: input.intake.tier ?? 'village',
    district: input.district,
    rounds: [],
    mediators: [],
    deadlines: [],
    incidentIds: [],
    createdBy: input.actor.username,
    createdAt: iso(nowMs()),
    updatedAt: iso(nowMs()),
    seq: 0,
  };
  /** Rounds held before the last auto-escalation do not count against `maxRounds` at the new tier. */
  let roundBudgetStart = carried?.roundBudgetStart ?? 0;
  let intakes = carried?.intakes ?? 0;
  let unsavedEvents: TimelineEvent[] = [];
  let unsentAlerts: AlertIntent[] = [];
  let opened = carried !== undefined;
  let deadlinesChanged = false;

  // The sandbox has no structuredClone; the state is plain JSON by design, so a JSON copy is exact.
  const snapshot = (): DisputeCase => JSON.parse(JSON.stringify(state)) as DisputeCase;

  function record(
    actor: Actor,
    action: string,
    data: Record<string, unknown> = {},
    toStatus?: DisputeStatus,
  ): void {
    const fromStatus = state.status;
    if (toStatus) state.status = toStatus;
    state.seq += 1;
    state.updatedAt = iso(nowMs());
    unsavedEvents.push({
      seq: state.seq,
      at: state.updatedAt,
      actor: actor.username,
      action,
      fromStatus: state.seq === 1 ? null : fromStatus,
      toStatus: state.status,
      data,
    });
  }

  /** Writes what changed to the read model, then hands alerts to the delivery queue. */
  async function persist(): Promise<void> {
    const events = unsavedEvents;
    const alerts = unsentAlerts;
    unsavedEvents = [];
    unsentAlerts = [];
    if (events.length > 0) await projectDispute({ case: snapshot(), events });
    if (alerts.length > 0) await enqueueAlerts(alerts);
  }

  const handlers = (): AlertAudience[] => {
    const role = handlingRole(state.tier);
    return [{ role, jurisdiction: role === 'mediator' ? state.ownerJurisdiction : state.district }];
  };

  function alert(
    kind: AlertIntent['kind'],
    keySuffix: string,
    audience: AlertAudience[],
    extra: Partial<AlertIntent> = {},
  ): void {
    unsentAlerts.push({
      key: `dispute:${state.id}:${kind}:${keySuffix}`,
      kind,
      subjectType: 'dispute',
      subjectId: state.id,
      subjectTitle: state.title,
      at: iso(nowMs()),
      audience,
      ...extra,
    });
  }

  function addDeadline(kind: DisputeDeadlineKind, withinMs: number): void {
    const due = nowMs() + withinMs;
    const remind = due - policy.remindBeforeMs;
    const deadline: Deadline<DisputeDeadlineKind> = { kind, dueAt: iso(due), status: 'pending' };
    if (policy.remindBeforeMs > 0 && remind > nowMs()) {
      deadline.remindAt = iso(remind);
      deadline.reminded = false;
    }
    state.deadlines.push(deadline);
    deadlinesChanged = true;
  }

  function miss(deadline: Deadline<DisputeDeadlineKind>): void {
    deadline.status = 'missed';
    record(SYSTEM_ACTOR, 'deadline_missed', { deadlineKind: deadline.kind, dueAt: deadline.dueAt });
    alert(
      'deadline_missed',
      `${deadline.kind}:${deadline.dueAt}`,
      [{ role: 'leader', jurisdiction: state.district }],
      {
        deadlineKind: deadline.kind,
        dueAt: deadline.dueAt,
      },
    );
    if (deadline.kind === 'mediation' && state.status === 'mediating') {
      escalate(SYSTEM_ACTOR, '调解期限届满，自动升级 / mediation period expired');
      if (state.status === 'mediating') addDeadline('mediation', policy.mediationWithinMs);
    }
  }

  /** The stage a deadline watched is over: in time it is met, late it is missed (once). */
  function settle(kinds: DisputeDeadlineKind[]): void {
    for (const deadline of state.deadlines) {
      if (deadline.status !== 'pending' || !kinds.includes(deadline.kind)) continue;
      if (nowMs() < Date.parse(deadline.dueAt)) deadline.status = 'met';
      else miss(deadline);
    }
    deadlinesChanged = true;
  }

  function escalate(actor: Actor, reason: string, incidentId?: string): void {
    const fromTier = state.tier;
    const toTier = nextTier(fromTier);
    if (incidentId) state.incidentIds.push(incidentId);
    if (toTier === undefined) {
      record(actor, 'referred', { fromTier, reason, incidentId }, 'referred');
      settle(['report', 'accept', 'round', 'mediation', 'follow_up']);
      return;
    }
    state.tier = toTier;
    record(actor, 'escalated', { fromTier, toTier, reason, incidentId });
    alert('escalated', `tier:${toTier}:${state.seq}`, handlers(), { detail: reason });
    if (actor === SYSTEM_ACTOR) roundBudgetStart = state.rounds.length;
  }

  function refuse(message: string, reason?: string): never {
    const details: InvalidTransitionDetails & { reason?: string } = {
      status: state.status,
      allowed: allowedDisputeActions(state.status),
      reason,
    };
    throw ApplicationFailure.create({
      type: INVALID_TRANSITION,
      message,
      details: [details],
      nonRetryable: true,
    });
  }

  const requireAllowed = (action: DisputeAction): void => {
    if (!canApplyDisputeAction(state.status, action))
      refuse(`${action} is not allowed while ${state.status}`);
  };

  /** Registers one write: the validator asks the status table, the handler changes state and persists it. */
  function write<Input>(
    update: UpdateDefinition<DisputeCase, [Actor, Input]>,
    action: DisputeAction,
    apply: (actor: Actor, input: Input) => void,
    check?: (input: Input) => void,
  ): void {
    setHandler(
      update,
      async (actor, input) => {
        apply(actor, input);
        await persist();
        return snapshot();
      },
      {
        validator: (_actor, input) => {
          requireAllowed(action);
          check?.(input);
        },
      },
    );
  }

  setHandler(disputeStateQuery, snapshot);

  setHandler(openDisputeUpdate, async () => {
    intakes += 1;
    const created = intakes === 1;
    await condition(() => opened);
    return { case: snapshot(), created };
  });

  write(reportDisputeUpdate, 'report', (actor, { tier, summary }) => {
    const fromTier = state.tier;
    state.tier = tier;
    record(actor, 'reported', { summary, fromTier, tier }, 'reported');
    settle(['report']);
    addDeadline('accept', policy.acceptWithinMs);
  });

  write(resolveLocallyUpdate, 'resolve_locally', (actor, { summary }) => {
    record(actor, 'resolved_locally', { summary }, 'resolved_locally');
    settle(['report']);
  });

  write(startMediationUpdate, 'start_mediation', (actor, { mediators, summary }) => {
    state.mediators = mediators;
    record(actor, 'mediation_started', { mediators, summary }, 'mediating');
    settle(['accept']);
    roundBudgetStart = state.rounds.length;
    addDeadline('round', policy.roundIntervalMs);
    addDeadline('mediation', policy.mediationWithinMs);
  });

  write(recordRoundUpdate, 'record_round', (actor, round) => {
    const number = state.rounds.length + 1;
    state.rounds.push({ ...round, number, recordedBy: actor.username });
    record(actor, 'round_recorded', { number, outcome: round.outcome, heldAt: round.heldAt });
    settle(['round']);
    if (round.outcome === 'breakdown') {
      alert('escalated', `round:${number}:breakdown`, [{ role: 'bureau', jurisdiction: state.district }], {
        detail: '调解破裂 / mediation broke down',
      });
    }
    if (round.outcome === 'agreement_reached') return;
    if (state.rounds.length - roundBudgetStart >= policy.maxRounds) {
      escalate(SYSTEM_ACTOR, `已达最多调解轮次 ${policy.maxRounds}，自动升级 / max rounds reached`);
    }
    if (state.status === 'mediating') addDeadline('round', policy.roundIntervalMs);
  });

  write(
    signAgreementUpdate,
    'sign_agreement',
    (actor, agreement) => {
      state.agreement = agreement;
      record(
        actor,
        'agreement_signed',
        { signatories: agreement.signatories, signedAt: agreement.signedAt },
        'agreed',
      );
      settle(['round', 'mediation']);
      addDeadline('follow_up', policy.followUpWithinMs);
    },
    () => {
      if (!state.rounds.some((round) => round.outcome === 'agreement_reached')) {
        refuse('an agreement needs a mediation round with outcome agreement_reached', 'NO_AGREEMENT_ROUND');
      }
    },
  );

  write(closeDisputeUpdate, 'close', (actor, { archiveRef }) => {
    state.archiveRef = archiveRef;
    record(actor, 'closed', { archiveRef, implemented: true }, 'closed');
    settle(['follow_up']);
  });

  write(escalateDisputeUpdate, 'escalate', (actor, { reason, incidentId }) =>
    escalate(actor, reason, incidentId),
  );

  write(withdrawDisputeUpdate, 'withdraw', (actor, { reason }) => {
    record(actor, 'withdrawn', { reason }, 'withdrawn');
    settle(['report', 'accept', 'round', 'mediation', 'follow_up']);
  });

  setHandler(incidentResolvedSignal, async ({ incidentId, summary, resolvedBy }) => {
    record({ username: resolvedBy, role: 'system' }, 'incident_resolved', { incidentId, summary });
    await persist();
  });

  if (!carried) {
    record(input.actor, 'opened', { tier: state.tier, riskLevel: state.riskLevel });
    addDeadline('report', policy.reportWithinMs);
  }
  await persist();
  opened = true;

  /** One timer for the whole case: sleep until the next reminder or due time, or until a write changes them. */
  function nextWakeAt(): number | undefined {
    let next: number | undefined;
    for (const deadline of state.deadlines) {
      if (deadline.status !== 'pending') continue;
      const at = deadline.remindAt && !deadline.reminded ? deadline.remindAt : deadline.dueAt;
      next = Math.min(next ?? Infinity, Date.parse(at));
    }
    return next;
  }

  function fireDue(): void {
    for (const deadline of [...state.deadlines]) {
      if (deadline.status !== 'pending') continue;
      if (nowMs() >= Date.parse(deadline.dueAt)) {
        miss(deadline);
      } else if (deadline.remindAt && !deadline.reminded && nowMs() >= Date.parse(deadline.remindAt)) {
        deadline.reminded = true;
        record(SYSTEM_ACTOR, 'deadline_approaching', { deadlineKind: deadline.kind, dueAt: deadline.dueAt });
        alert('deadline_approaching', `${deadline.kind}:${deadline.dueAt}`, handlers(), {
          deadlineKind: deadline.kind,
          dueAt: deadline.dueAt,
        });
      }
    }
  }

  while (!isFinalDisputeStatus(state.status)) {
    deadlinesChanged = false;
    const wakeAt = nextWakeAt();
    const finished = () => deadlinesChanged || isFinalDisputeStatus(state.status);
    if (wakeAt === undefined) await condition(finished);
    else await condition(finished, Math.max(wakeAt - nowMs(), 1));
    fireDue();
    await persist();
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof DisputeCaseWorkflow>(input, { state, roundBudgetStart, intakes });
    }
  }
  await condition(allHandlersFinished);
  return snapshot();
}
