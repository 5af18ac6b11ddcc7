import { condition, continueAsNew, setHandler } from '@temporalio/workflow';
import type { AlertAudience, Deadline } from '../shared';
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
  type JointInspection,
  type JointInspectionWorkflowInput,
  advanceJointInspectionUpdate,
  archiveJointInspectionUpdate,
  jointInspectionStateQuery,
  openJointInspectionUpdate,
  recordInspectionPatrolUpdate,
  signJointInspectionUpdate,
} from './contract';
import {
  type JointInspectionDeadlineKind,
  NEXT_STAGE,
  STAGE_DEADLINE,
  allowedJointInspectionActions,
  canApplyJointInspectionAction,
  nextCycleDueMs,
} from './rules';

/** Carried into the run that waits for the next cycle (and across any hand-over before it). */
export interface JointInspectionCarryOver {
  state: JointInspection;
}

const percentOf = (checked: number, planned: number): number =>
  planned === 0 ? 0 : Math.round((checked / planned) * 100);

export async function JointInspectionWorkflow(
  input: JointInspectionWorkflowInput,
  carried?: JointInspectionCarryOver,
): Promise<JointInspection> {
  const { policy } = input;
  const nowMs = (): number => Date.now();

  const state: JointInspection = carried?.state ?? {
    ...input.intake,
    id: input.inspectionId,
    status: 'planning',
    sides: input.sides,
    district: input.district,
    markerCodes: input.markerCodes,
    markers: [],
    patrolIds: [],
    findingIds: [],
    signatures: [],
    progress: { markersPlanned: input.markerCodes.length, markersChecked: 0, percent: 0 },
    deadlines: [],
    createdBy: input.actor.username,
    createdAt: isoAt(nowMs()),
    updatedAt: isoAt(nowMs()),
    seq: 0,
  };
  /**
   * Once archived, the inspection hands over to a fresh run that only waits for the next cycle: five years of
   * waiting then cost a history of a few events, and whatever code is deployed in those years replays that
   * short wait, not the whole inspection.
   */
  const waitingForNextCycle = carried?.state.status === 'archived';
  let intakes = carried ? 1 : 0;
  let opened = carried !== undefined;

  const snapshot = (): JointInspection => jsonCopy(state);
  const journal = createJournal('joint_inspection', state, snapshot);
  const { record, persist } = journal;
  const { write, refuse } = createWrites(
    state,
    { canApply: canApplyJointInspectionAction, allowed: allowedJointInspectionActions },
    persist,
    snapshot,
  );
  const timers = deadlineLoop();

  const bureaus = (): AlertAudience[] => state.sides.map((side) => ({ role: 'bureau', jurisdiction: side }));
  const leaders = (): AlertAudience[] => state.sides.map((side) => ({ role: 'leader', jurisdiction: side }));

  function addDeadline(kind: JointInspectionDeadlineKind, dueMs: number, remindMs: number): void {
    const deadline: Deadline<JointInspectionDeadlineKind> = { kind, dueAt: isoAt(dueMs), status: 'pending' };
    if (remindMs < dueMs && remindMs > nowMs()) {
      deadline.remindAt = isoAt(remindMs);
      deadline.reminded = false;
    }
    state.deadlines.push(deadline);
    timers.reschedule();
  }

  const stageDeadline = (kind: JointInspectionDeadlineKind, withinMs: number): void =>
    addDeadline(kind, nowMs() + withinMs, nowMs() + withinMs - policy.remindBeforeMs);

  const miss = (deadline: Deadline<JointInspectionDeadlineKind>): void =>
    markMissed(journal, deadline, leaders(), state.district);

  function settle(kinds: JointInspectionDeadlineKind[]): void {
    settleDeadlines(state.deadlines, kinds, miss);
    timers.reschedule();
  }

  setHandler(jointInspectionStateQuery, snapshot);

  setHandler(openJointInspectionUpdate, async () => {
    intakes += 1;
    const created = intakes === 1;
    await condition(() => opened);
    return { inspection: snapshot(), created };
  });

  write(advanceJointInspectionUpdate, 'advance', (actor) => {
    const from = state.status;
    const to = NEXT_STAGE[from];
    if (!to) return;
    settle([STAGE_DEADLINE[from] as JointInspectionDeadlineKind]);
    if (to === 'field_work') {
      state.fieldWorkFrom = isoAt(nowMs());
      record(actor, 'field_work_started', {}, to);
      stageDeadline('field_work', policy.fieldWorkWithinMs);
    } else {
      state.fieldWorkTo = isoAt(nowMs());
      record(actor, 'reporting_started', { progress: state.progress }, to);
      stageDeadline('reporting', policy.reportingWithinMs);
    }
  });

  write(recordInspectionPatrolUpdate, 'record_patrol', (actor, patrol) => {
    // Keyed by the patrol: the patrol service calling again after a failure changes nothing.
    if (state.patrolIds.includes(patrol.patrolId)) return;
    state.patrolIds.push(patrol.patrolId);
    for (const id of patrol.findingIds ?? []) if (!state.findingIds.includes(id)) state.findingIds.push(id);
    for (const marker of patrol.markers) {
      const checked = { ...marker, patrolId: patrol.patrolId, checkedAt: patrol.endedAt };
      const index = state.markers.findIndex((m) => m.code === marker.code);
      if (index >= 0) state.markers[index] = checked;
      else state.markers.push(checked);
    }
    const checked = state.markers.filter((m) => state.markerCodes.includes(m.code)).length;
    state.progress = {
      markersPlanned: state.markerCodes.length,
      markersChecked: checked,
      percent: percentOf(checked, state.markerCodes.length),
    };
    record(actor, 'patrol_counted', {
      patrolId: patrol.patrolId,
      markers: patrol.markers.map((m) => m.code),
      progress: state.progress,
    });
  });

  write(
    signJointInspectionUpdate,
    'sign',
    (actor, { side }) => {
      if (state.signatures.some((s) => s.side === side)) return;
      state.signatures.push({ side, by: actor.username, at: isoAt(nowMs()) });
      const both = state.sides.every((s) => state.signatures.some((signature) => signature.side === s));
      record(actor, 'report_signed', { side }, both ? 'signed' : undefined);
      if (both) {
        settle(['reporting']);
        stageDeadline('archive', policy.archiveWithinMs);
      }
    },
    ({ side }) => {
      if (!state.sides.includes(side)) refuse(`${side} is not a side of this line`, 'NOT_A_SIDE');
    },
  );

  write(archiveJointInspectionUpdate, 'archive', (actor, { archiveRef }) => {
    state.archiveRef = archiveRef;
    state.archivedAt = isoAt(nowMs());
    settle(['archive']);
    const nextDue = nextCycleDueMs(nowMs(), policy.cycle);
    record(actor, 'archived', { archiveRef, nextInspectionDueAt: isoAt(nextDue) }, 'archived');
    // The next inspection's planning must start `planningWithin` before it falls due: that is its reminder.
    addDeadline('next_cycle', nextDue, nextDue - policy.planningWithinMs);
  });

  if (!carried) {
    record(input.actor, 'opened', { lineCode: state.lineCode, sides: state.sides });
    stageDeadline('planning', policy.planningWithinMs);
  }
  await persist();
  opened = true;

  function fireDue(): void {
    fireDeadlines(state.deadlines, {
      remind: (deadline) => markApproaching(journal, deadline, bureaus()),
      miss,
    });
  }

  const pending = (): boolean => state.deadlines.some((d) => d.status === 'pending');
  const handOver = (): Promise<never> =>
    continueAsNew<typeof JointInspectionWorkflow>(input, { state } satisfies JointInspectionCarryOver);

  await timers.run({
    finished: () => state.status === 'archived' && (!waitingForNextCycle || !pending()),
    nextWakeAt: () => nextDeadlineWakeAt(state.deadlines),
    fireDue,
    persist,
    continueAsNew: handOver,
  });
  if (!waitingForNextCycle) await handOver();
  return snapshot();
}
