import { condition, continueAsNew, setHandler } from '@temporalio/workflow';
import type { AlertAudience, Deadline } from '../shared';
import {
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
  type PatrolPlan,
  type PatrolPlanWorkflowInput,
  openPatrolPlanUpdate,
  patrolPlanStateQuery,
  recordPlanPatrolUpdate,
} from './contract';
import {
  type PatrolPlanDeadlineKind,
  allowedPatrolPlanActions,
  canApplyPatrolPlanAction,
  isFinalPatrolPlanStatus,
  planProgress,
} from './rules';

export interface PatrolPlanCarryOver {
  state: PatrolPlan;
}

/**
 * A patrol plan (巡查计划) falls due like a deadline: the bureau is reminded, and if not every target marker has
 * been checked by the due time the leaders and the target townships' responsible persons hear of it. Patrols
 * posted against the plan count their markers, each patrol once; the plan completes with its last marker.
 */
export async function PatrolPlanWorkflow(
  input: PatrolPlanWorkflowInput,
  carried?: PatrolPlanCarryOver,
): Promise<PatrolPlan> {
  const nowIso = isoAt(Date.now());
  const allPlanned = [...new Set(input.targets.flatMap((target) => target.plannedMarkers))];
  const state: PatrolPlan = carried?.state ?? {
    id: input.planId,
    title: input.title,
    dueAt: input.dueAt,
    status: 'active',
    district: input.district,
    targets: input.targets,
    checkedMarkers: [],
    patrolIds: [],
    progress: planProgress(allPlanned, []),
    targetProgress: [],
    deadlines: [],
    createdBy: input.actor.username,
    createdAt: nowIso,
    updatedAt: nowIso,
    seq: 0,
  };
  let opened = carried !== undefined;

  const snapshot = (): PatrolPlan => jsonCopy(state);
  const journal = createJournal('patrol_plan', state, snapshot);
  const { write } = createWrites(
    state,
    { canApply: canApplyPatrolPlanAction, allowed: allowedPatrolPlanActions },
    journal.persist,
    snapshot,
  );
  const timers = deadlineLoop();

  const bureau: AlertAudience[] = [{ role: 'bureau', jurisdiction: state.district }];
  const [first, ...others] = state.targets.map((target) => target.jurisdiction);

  function miss(deadline: Deadline<PatrolPlanDeadlineKind>): void {
    const also: AlertAudience[] = others.map((jurisdiction) => ({ role: 'responsible', jurisdiction }));
    markMissed(journal, deadline, [{ role: 'leader', jurisdiction: state.district }, ...also], first);
    if (state.status === 'active')
      journal.record({ username: 'system', role: 'system' }, 'overdue', {}, 'overdue');
  }

  function refreshProgress(): void {
    state.progress = planProgress(allPlanned, state.checkedMarkers);
    state.targetProgress = state.targets.map((target) => ({
      jurisdiction: target.jurisdiction,
      ...planProgress(target.plannedMarkers, state.checkedMarkers),
    }));
  }

  const fireDue = (): void =>
    fireDeadlines(state.deadlines, {
      remind: (deadline) => markApproaching(journal, deadline, bureau),
      miss,
    });

  setHandler(patrolPlanStateQuery, snapshot);
  setHandler(openPatrolPlanUpdate, async () => {
    await condition(() => opened);
    return snapshot();
  });

  write(recordPlanPatrolUpdate, 'record_patrol', (actor, { patrolId, markerCodes }) => {
    // The update id is the patrol's too, but a patrol told twice through another path still counts once.
    if (state.patrolIds.includes(patrolId)) return;
    state.patrolIds.push(patrolId);
    const planned = new Set(allPlanned);
    const fresh = [...new Set(markerCodes)].filter(
      (code) => planned.has(code) && !state.checkedMarkers.includes(code),
    );
    state.checkedMarkers.push(...fresh);
    refreshProgress();
    journal.record(actor, 'patrol_counted', { patrolId, markersChecked: fresh, progress: state.progress });
    if (state.progress.markersChecked === state.progress.markersPlanned) {
      state.completedAt = state.updatedAt;
      settleDeadlines(state.deadlines, ['plan_due'], miss);
      journal.record(actor, 'completed', { progress: state.progress }, 'completed');
    }
    timers.reschedule();
  });

  if (!carried) {
    refreshProgress();
    state.deadlines.push(pendingDeadline('plan_due', Date.parse(input.dueAt), input.policy.remindBeforeMs));
    journal.record(input.actor, 'planned', { dueAt: state.dueAt, progress: state.progress }, 'active');
    fireDue();
  }
  await journal.persist();
  opened = true;

  await timers.run({
    finished: () => isFinalPatrolPlanStatus(state.status),
    nextWakeAt: () => nextDeadlineWakeAt(state.deadlines),
    fireDue,
    persist: journal.persist,
    continueAsNew: () => continueAsNew<typeof PatrolPlanWorkflow>(input, { state }),
  });
  return snapshot();
}
