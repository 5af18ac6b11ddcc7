import type { JointInspectionPolicy } from '../policy/policy';

/**
 * The joint inspection (联检) status machine as data: the workflow's update validators, the API's 409 details
 * and the console's buttons all ask this table. No Temporal import here on purpose.
 */
export const JOINT_INSPECTION_STATUSES = [
  'planning',
  'field_work',
  'reporting',
  'signed',
  'archived',
] as const;
export type JointInspectionStatus = (typeof JOINT_INSPECTION_STATUSES)[number];

export const FINAL_JOINT_INSPECTION_STATUSES: readonly JointInspectionStatus[] = ['archived'];

export const JOINT_INSPECTION_ACTIONS = ['advance', 'record_patrol', 'sign', 'archive'] as const;
export type JointInspectionAction = (typeof JOINT_INSPECTION_ACTIONS)[number];

interface Transition {
  from: readonly JointInspectionStatus[];
  /** `undefined`: the status stays (a patrol, the first of two signatures) or follows NEXT_STAGE. */
  to?: JointInspectionStatus;
}

export const JOINT_INSPECTION_TRANSITIONS: Readonly<Record<JointInspectionAction, Transition>> = {
  advance: { from: ['planning', 'field_work'] },
  record_patrol: { from: ['field_work'] },
  sign: { from: ['reporting'] },
  archive: { from: ['signed'], to: 'archived' },
};

/** Where `advance` leads from each stage it is allowed in. */
export const NEXT_STAGE: Partial<Record<JointInspectionStatus, JointInspectionStatus>> = {
  planning: 'field_work',
  field_work: 'reporting',
};

export const canApplyJointInspectionAction = (
  status: JointInspectionStatus,
  action: JointInspectionAction,
): boolean => JOINT_INSPECTION_TRANSITIONS[action].from.includes(status);

/** The actions the given status allows, in the table's order: what a 409 lists as `allowed`. */
export const allowedJointInspectionActions = (status: JointInspectionStatus): JointInspectionAction[] =>
  JOINT_INSPECTION_ACTIONS.filter((action) => canApplyJointInspectionAction(status, action));

/**
 * One deadline per stage, due from the stage's start; `next_cycle` is the next inspection of the line, due a
 * cycle (five years by the provincial measures) after this one is archived.
 */
export const JOINT_INSPECTION_DEADLINE_KINDS = [
  'planning',
  'field_work',
  'reporting',
  'archive',
  'next_cycle',
] as const;
export type JointInspectionDeadlineKind = (typeof JOINT_INSPECTION_DEADLINE_KINDS)[number];

/** The deadline that watches each stage; a stage is over when the inspection leaves it. */
export const STAGE_DEADLINE: Partial<Record<JointInspectionStatus, JointInspectionDeadlineKind>> = {
  planning: 'planning',
  field_work: 'field_work',
  reporting: 'reporting',
  signed: 'archive',
};

/** When the line's next joint inspection falls due: calendar years on, or a fixed span. */
export function nextCycleDueMs(archivedMs: number, cycle: JointInspectionPolicy['cycle']): number {
  if ('ms' in cycle) return archivedMs + cycle.ms;
  const due = new Date(archivedMs);
  due.setUTCFullYear(due.getUTCFullYear() + cycle.years);
  return due.getTime();
}
