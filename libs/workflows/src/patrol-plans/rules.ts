/** The patrol plan's statuses and actions as data; no Temporal import here. */
export const PATROL_PLAN_STATUSES = ['active', 'completed', 'overdue'] as const;
export type PatrolPlanStatus = (typeof PATROL_PLAN_STATUSES)[number];

export const PATROL_PLAN_ACTIONS = ['record_patrol'] as const;
export type PatrolPlanAction = (typeof PATROL_PLAN_ACTIONS)[number];

/** A plan that fell due still counts patrols, and completes late. */
const RECORDING: readonly PatrolPlanStatus[] = ['active', 'overdue'];

export const canApplyPatrolPlanAction = (status: PatrolPlanStatus, _action: PatrolPlanAction): boolean =>
  RECORDING.includes(status);

export const allowedPatrolPlanActions = (status: PatrolPlanStatus): PatrolPlanAction[] =>
  PATROL_PLAN_ACTIONS.filter((action) => canApplyPatrolPlanAction(status, action));

export const isFinalPatrolPlanStatus = (status: PatrolPlanStatus): boolean => status === 'completed';

export const PATROL_PLAN_DEADLINE_KINDS = ['plan_due'] as const;
export type PatrolPlanDeadlineKind = (typeof PATROL_PLAN_DEADLINE_KINDS)[number];

export interface PlanProgress {
  markersPlanned: number;
  markersChecked: number;
  percent: number;
}

/** Progress over the planned markers; markers checked outside the plan do not count. */
export function planProgress(planned: readonly string[], checked: readonly string[]): PlanProgress {
  const seen = new Set(checked);
  const markersChecked = planned.filter((code) => seen.has(code)).length;
  const markersPlanned = planned.length;
  return {
    markersPlanned,
    markersChecked,
    percent: markersPlanned === 0 ? 100 : Math.floor((markersChecked * 100) / markersPlanned),
  };
}
