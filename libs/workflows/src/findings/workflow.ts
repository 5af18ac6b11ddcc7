import { condition, continueAsNew, setHandler } from '@temporalio/workflow';
import type { AlertAudience, Deadline } from '../shared';
import {
  activities,
  createJournal,
  createWrites,
  deadlineLoop,
  fireDeadlines,
  isoAt,
  jsonCopy,
  markApproaching,
  markMissed,
  nextDeadlineWakeAt,
  pendingDeadline,
  settleDeadlines,
} from '../workflow-kit';
import {
  type Finding,
  type FindingWorkflowInput,
  assignFindingUpdate,
  findingStateQuery,
  linkFindingDisputeUpdate,
  linkFindingIncidentUpdate,
  openFindingUpdate,
  startRectificationUpdate,
  submitRectificationUpdate,
  verifyFindingUpdate,
} from './contract';
import {
  type FindingDeadlineKind,
  allowedFindingActions,
  canApplyFindingAction,
  isFinalFindingStatus,
} from './rules';

const { recordMarkerRepair } = activities;

export interface FindingCarryOver {
  state: Finding;
}

/**
 * One ledger entry (台账条目) from discovery to close-out (销号): assigned with a rectification deadline from
 * the frozen policy, reminded and missed like a case's deadlines, verified by the bureau, and for a marker
 * finding the marker set intact with its repair recorded once the entry is closed.
 */
export async function FindingWorkflow(
  input: FindingWorkflowInput,
  carried?: FindingCarryOver,
): Promise<Finding> {
  const { policy } = input;
  const startedMs = Date.now();
  const state: Finding = carried?.state ?? {
    ...input.intake,
    id: input.findingId,
    status: 'open',
    district: input.district,
    deadlines: [],
    verifications: [],
    createdBy: input.actor.username,
    createdAt: isoAt(startedMs),
    updatedAt: isoAt(startedMs),
    seq: 0,
  };
  let opened = carried !== undefined;

  const snapshot = (): Finding => jsonCopy(state);
  const journal = createJournal('finding', state, snapshot);
  const { write, refuse } = createWrites(
    state,
    { canApply: canApplyFindingAction, allowed: allowedFindingActions },
    journal.persist,
    snapshot,
  );
  const timers = deadlineLoop();

  /** Those who put it right: the township's mediators and the bureau of its district. */
  const handlers = (): AlertAudience[] => [
    { role: 'mediator', jurisdiction: state.jurisdiction },
    { role: 'bureau', jurisdiction: state.district },
  ];
  const miss = (deadline: Deadline<FindingDeadlineKind>): void =>
    markMissed(journal, deadline, [{ role: 'leader', jurisdiction: state.district }], state.jurisdiction);
  const pendingRectify = () =>
    state.deadlines.find((deadline) => deadline.kind === 'rectify' && deadline.status === 'pending');

  const rectifyWithinMs = (): number => policy.rectifyWithinByKindMs[state.kind] ?? policy.rectifyWithinMs;

  function fireDue(): void {
    fireDeadlines(state.deadlines, {
      remind: (deadline) => markApproaching(journal, deadline, handlers()),
      miss,
    });
  }

  setHandler(findingStateQuery, snapshot);

  setHandler(openFindingUpdate, async () => {
    await condition(() => opened);
    return snapshot();
  });

  write(
    assignFindingUpdate,
    'assign',
    (actor, { assignee, dueAt }) => {
      const reassigned = state.assignee !== undefined;
      state.assignee = assignee;
      state.assignedBy = actor.username;
      const pending = pendingRectify();
      // A new assignee keeps the time already given unless the bureau names another.
      if (dueAt !== undefined || !pending) {
        if (pending) state.deadlines.splice(state.deadlines.indexOf(pending), 1);
        const dueMs = dueAt !== undefined ? Date.parse(dueAt) : Date.now() + rectifyWithinMs();
        state.deadlines.push(pendingDeadline('rectify', dueMs, policy.remindBeforeMs));
      }
      journal.record(
        actor,
        reassigned ? 'reassigned' : 'assigned',
        { assignee, dueAt: pendingRectify()?.dueAt },
        'assigned',
      );
      fireDue();
      timers.reschedule();
    },
    ({ dueAt }) => {
      if (dueAt !== undefined && Date.parse(dueAt) <= Date.now()) {
        refuse('the rectification deadline must lie in the future', 'DUE_IN_PAST');
      }
    },
  );

  write(startRectificationUpdate, 'start', (actor) => {
    journal.record(actor, 'rectification_started', {}, 'rectifying');
  });

  write(submitRectificationUpdate, 'submit', (actor, { summary, repair }) => {
    state.rectification = { summary, repair, submittedBy: actor.username, submittedAt: isoAt(Date.now()) };
    journal.record(actor, 'rectification_submitted', { summary, repair }, 'submitted');
    settleDeadlines(state.deadlines, ['rectify'], miss);
    timers.reschedule();
  });

  write(verifyFindingUpdate, 'verify', (actor, { accepted, note }) => {
    state.verifications.push({ accepted, note, by: actor.username, at: isoAt(Date.now()) });
    if (accepted) {
      state.closedAt = isoAt(Date.now());
      journal.record(actor, 'closed', { note }, 'closed');
      return;
    }
    journal.record(actor, 'verification_failed', { note }, 'rectifying');
    // Work that did not pass was not done in time: the deadline it met counts again, and may now be missed.
    for (const deadline of state.deadlines) {
      if (deadline.kind === 'rectify' && deadline.status === 'met') deadline.status = 'pending';
    }
    fireDue();
    timers.reschedule();
  });

  write(
    linkFindingDisputeUpdate,
    'link_dispute',
    (actor, { disputeId }) => {
      if (state.disputeId === disputeId) return;
      state.disputeId = disputeId;
      journal.record(actor, 'dispute_linked', { disputeId });
    },
    ({ disputeId }) => {
      if (state.disputeId && state.disputeId !== disputeId)
        refuse('a case is linked already', 'ALREADY_LINKED');
    },
  );

  write(
    linkFindingIncidentUpdate,
    'link_incident',
    (actor, { incidentId }) => {
      if (state.incidentId === incidentId) return;
      state.incidentId = incidentId;
      journal.record(actor, 'incident_linked', { incidentId });
    },
    ({ incidentId }) => {
      if (state.incidentId && state.incidentId !== incidentId) {
        refuse('an incident is linked already', 'ALREADY_LINKED');
      }
    },
  );

  if (!carried) {
    journal.record(
      input.actor,
      'opened',
      {
        kind: state.kind,
        markerCode: state.markerCode,
        patrolId: state.patrolId,
      },
      'open',
    );
  }
  await journal.persist();
  opened = true;

  await timers.run({
    finished: () => isFinalFindingStatus(state.status),
    nextWakeAt: () => nextDeadlineWakeAt(state.deadlines),
    fireDue,
    persist: journal.persist,
    continueAsNew: () => continueAsNew<typeof FindingWorkflow>(input, { state }),
  });

  if (state.kind === 'marker' && state.markerCode) {
    await recordMarkerRepair({
      markerCode: state.markerCode,
      findingId: state.id,
      by: state.verifications[state.verifications.length - 1]?.by ?? 'system',
      repair: state.rectification?.repair,
      summary: state.rectification?.summary ?? '',
    });
  }
  return snapshot();
}
