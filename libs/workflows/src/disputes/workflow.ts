import { condition, continueAsNew, patched, setHandler } from '@temporalio/workflow';
import { type Actor, type AlertAudience, type Deadline, type Explanation, SYSTEM_ACTOR } from '../shared';
import {
  createJournal,
  fireDeadlines,
  markApproaching,
  createWrites,
  deadlineLoop,
  isoAt,
  jsonCopy,
  markMissed,
  nextDeadlineWakeAt,
  settleDeadlines,
} from '../workflow-kit';
import {
  type DisputeCase,
  type DisputeWorkflowInput,
  closeDisputeUpdate,
  confirmAgreementUpdate,
  disputeStateQuery,
  escalateDisputeUpdate,
  incidentNoticeSignal,
  openDisputeUpdate,
  recordDecisionUpdate,
  recordRoundUpdate,
  reportDisputeUpdate,
  resolveLocallyUpdate,
  setJointGroupUpdate,
  signAgreementUpdate,
  startMediationUpdate,
  withdrawDisputeUpdate,
} from './contract';
import {
  type DisputeDeadlineKind,
  allowedDisputeActions,
  canApplyDisputeAction,
  handlingRole,
  isFinalDisputeStatus,
  needsBothSides,
  nextTier,
} from './rules';

/**
 * Cross-county agreements wait for the bureau of every side; histories from before this signed straight to
 * `agreed` and keep doing so on replay.
 */
export const CROSS_COUNTY_CONFIRMATIONS_PATCH = 'cross-county-confirmations';
/**
 * A referral alerts the common superior's bureau and waits for its decision; older referrals sent nothing and
 * ended the workflow.
 */
export const REFERRAL_PATCH = 'referral-to-common-superior';

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
    createdAt: isoAt(nowMs()),
    updatedAt: isoAt(nowMs()),
    seq: 0,
    ...(input.sides ? { sides: input.sides } : {}),
  };
  /** Rounds held before the last auto-escalation do not count against `maxRounds` at the new tier. */
  let roundBudgetStart = carried?.roundBudgetStart ?? 0;
  let intakes = carried?.intakes ?? 0;
  let opened = carried !== undefined;

  const snapshot = (): DisputeCase => jsonCopy(state);
  const journal = createJournal('dispute', state, snapshot);
  const { record, alert, persist } = journal;
  const { write, refuse } = createWrites(
    state,
    { canApply: canApplyDisputeAction, allowed: allowedDisputeActions },
    persist,
    snapshot,
  );
  const timers = deadlineLoop();

  const handlers = (): AlertAudience[] => {
    const role = handlingRole(state.tier);
    return [{ role, jurisdiction: role === 'mediator' ? state.ownerJurisdiction : state.district }];
  };

  function addDeadline(kind: DisputeDeadlineKind, withinMs: number): void {
    const due = nowMs() + withinMs;
    const remind = due - policy.remindBeforeMs;
    const deadline: Deadline<DisputeDeadlineKind> = { kind, dueAt: isoAt(due), status: 'pending' };
    if (policy.remindBeforeMs > 0 && remind > nowMs()) {
      deadline.remindAt = isoAt(remind);
      deadline.reminded = false;
    }
    state.deadlines.push(deadline);
    timers.reschedule();
  }

  function miss(deadline: Deadline<DisputeDeadlineKind>): void {
    markMissed(
      journal,
      deadline,
      [{ role: 'leader', jurisdiction: state.district }],
      state.ownerJurisdiction,
    );
    if (deadline.kind === 'mediation' && state.status === 'mediating') {
      escalate(SYSTEM_ACTOR, { code: 'mediation_expired' });
      if (state.status === 'mediating') addDeadline('mediation', policy.mediationWithinMs);
    }
  }

  function settle(kinds: DisputeDeadlineKind[]): void {
    settleDeadlines(state.deadlines, kinds, miss);
    timers.reschedule();
  }

  function escalate(actor: Actor, reason: Explanation, incidentId?: string): void {
    const fromTier = state.tier;
    const toTier = nextTier(fromTier);
    if (incidentId) state.incidentIds.push(incidentId);
    if (toTier === undefined) {
      if (input.commonSuperior) state.referredTo = input.commonSuperior;
      record(actor, 'referred', { fromTier, reason, incidentId, referredTo: state.referredTo }, 'referred');
      if (state.referredTo && patched(REFERRAL_PATCH)) {
        alert('escalated', [{ role: 'bureau', jurisdiction: state.referredTo }], { detail: reason });
        state.decisionPending = true;
      }
      settle(['report', 'accept', 'round', 'mediation', 'follow_up']);
      return;
    }
    state.tier = toTier;
    record(actor, 'escalated', { fromTier, toTier, reason, incidentId });
    alert('escalated', handlers(), { detail: reason });
    if (actor === SYSTEM_ACTOR) roundBudgetStart = state.rounds.length;
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
    const attendance = (state.jointGroup?.members ?? [])
      .filter(
        (m) => round.participants.includes(m.name) || (m.username && round.participants.includes(m.username)),
      )
      .map(({ name, side }) => ({ name, side }));
    state.rounds.push({
      ...round,
      number,
      recordedBy: actor.username,
      ...(attendance.length > 0 ? { attendance } : {}),
    });
    record(actor, 'round_recorded', { number, outcome: round.outcome, heldAt: round.heldAt });
    settle(['round']);
    if (round.outcome === 'breakdown') {
      alert('escalated', [{ role: 'bureau', jurisdiction: state.district }], {
        detail: { code: 'mediation_broke_down' },
      });
    }
    if (round.outcome === 'agreement_reached') return;
    if (state.rounds.length - roundBudgetStart >= policy.maxRounds) {
      escalate(SYSTEM_ACTOR, { code: 'max_rounds_reached', params: { maxRounds: policy.maxRounds } });
    }
    if (state.status === 'mediating') addDeadline('round', policy.roundIntervalMs);
  });

  write(
    signAgreementUpdate,
    'sign_agreement',
    (actor, agreement) => {
      if (needsBothSides(state.tier, state.sides) && patched(CROSS_COUNTY_CONFIRMATIONS_PATCH)) {
        state.agreement = { ...agreement, confirmations: [] };
        record(actor, 'agreement_signed', {
          signatories: agreement.signatories,
          signedAt: agreement.signedAt,
          awaitingSides: state.sides,
        });
        settle(['round', 'mediation']);
        return;
      }
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

  write(
    confirmAgreementUpdate,
    'confirm_agreement',
    (actor, { side }) => {
      const confirmations = state.agreement?.confirmations ?? [];
      // A repeated confirmation (a retry, a second click) changes nothing and records nothing.
      if (confirmations.some((c) => c.side === side)) return;
      confirmations.push({ side, by: actor.username, at: isoAt(nowMs()) });
      const everySide = (state.sides ?? []).every((s) => confirmations.some((c) => c.side === s));
      record(actor, 'agreement_confirmed', { side }, everySide ? 'agreed' : undefined);
      if (everySide) addDeadline('follow_up', policy.followUpWithinMs);
    },
    ({ side }) => {
      if (!state.agreement?.confirmations) {
        refuse('no signed agreement awaits confirmation', 'NO_AGREEMENT_PENDING');
      }
      if (!state.sides?.includes(side)) refuse(`${side} is not a side of this case`, 'NOT_A_SIDE');
    },
  );

  write(
    setJointGroupUpdate,
    'set_joint_group',
    (actor, { members }) => {
      state.jointGroup = { members, setBy: actor.username, setAt: isoAt(nowMs()) };
      record(actor, 'joint_group_set', {
        members: members.map(({ name, side, role }) => ({ name, side, role })),
      });
    },
    ({ members }) => {
      if ((state.sides?.length ?? 0) < 2) {
        refuse('a joint mediation group is for cross-county cases', 'NOT_CROSS_COUNTY');
      }
      if (members.some((m) => !state.sides?.includes(m.side))) {
        refuse('every member speaks for a side of the case', 'NOT_A_SIDE');
      }
    },
  );

  write(recordDecisionUpdate, 'record_decision', (actor, decision) => {
    state.decisionPending = false;
    state.decision = { ...decision, by: actor.username, at: isoAt(nowMs()) };
    record(actor, 'superior_decided', { documentRef: decision.documentRef }, 'closed');
  });

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

  setHandler(incidentNoticeSignal, async (notice) => {
    const actor: Actor = { username: notice.by, role: 'system' };
    const { incidentId } = notice;
    if (notice.kind === 'resolved') {
      record(actor, 'incident_resolved', { incidentId, summary: notice.summary });
    } else if (!state.incidentIds.includes(incidentId)) {
      state.incidentIds.push(incidentId);
      record(actor, 'incident_linked', { incidentId, severity: notice.severity });
    }
    await persist();
  });

  if (!carried) {
    record(input.actor, 'opened', { tier: state.tier, riskLevel: state.riskLevel });
    addDeadline('report', policy.reportWithinMs);
  }
  await persist();
  opened = true;

  function fireDue(): void {
    fireDeadlines(state.deadlines, {
      remind: (deadline) => markApproaching(journal, deadline, handlers()),
      miss,
    });
  }

  await timers.run({
    // A referred case stays open for the common superior's decision, where the referral asked for one.
    finished: () => isFinalDisputeStatus(state.status) && !state.decisionPending,
    nextWakeAt: () => nextDeadlineWakeAt(state.deadlines),
    fireDue,
    persist,
    continueAsNew: () =>
      continueAsNew<typeof DisputeCaseWorkflow>(input, { state, roundBudgetStart, intakes }),
  });
  return snapshot();
}
