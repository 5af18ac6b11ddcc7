import type { EmergencyPolicy, SeverityLevelPolicy } from '../policy/policy';

/**
 * The incident status machine and the emergency plan's arithmetic as data. The workflow's update validators
 * and the API's 409 details both ask this table. No Temporal import here on purpose.
 */
export const INCIDENT_STATUSES = ['triggered', 'acknowledged', 'on_scene', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const FINAL_INCIDENT_STATUSES: readonly IncidentStatus[] = ['resolved'];
export const OPEN_INCIDENT_STATUSES: readonly IncidentStatus[] = INCIDENT_STATUSES.filter(
  (status) => !FINAL_INCIDENT_STATUSES.includes(status),
);

export const INCIDENT_ACTIONS = ['acknowledge', 'on_scene', 'sitrep', 'change_severity', 'resolve'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

interface Transition {
  from: readonly IncidentStatus[];
  /** `undefined` keeps the status (a sitrep, a new severity). */
  to?: IncidentStatus;
}

export const INCIDENT_TRANSITIONS: Readonly<Record<IncidentAction, Transition>> = {
  acknowledge: { from: ['triggered'], to: 'acknowledged' },
  on_scene: { from: ['acknowledged'], to: 'on_scene' },
  sitrep: { from: OPEN_INCIDENT_STATUSES },
  change_severity: { from: OPEN_INCIDENT_STATUSES },
  resolve: { from: OPEN_INCIDENT_STATUSES, to: 'resolved' },
};

export const isFinalIncidentStatus = (status: IncidentStatus): boolean =>
  FINAL_INCIDENT_STATUSES.includes(status);

export const canApplyIncidentAction = (status: IncidentStatus, action: IncidentAction): boolean =>
  INCIDENT_TRANSITIONS[action].from.includes(status);

/** The actions the given status allows, in the table's order: what a 409 lists as `allowed`. */
export const allowedIncidentActions = (status: IncidentStatus): IncidentAction[] =>
  INCIDENT_ACTIONS.filter((action) => canApplyIncidentAction(status, action));

export const INCIDENT_DEADLINE_KINDS = ['acknowledge', 'arrive'] as const;
export type IncidentDeadlineKind = (typeof INCIDENT_DEADLINE_KINDS)[number];

/** How long after the trigger a response stage is due at a severity level. */
export const responseWithinMs = (level: SeverityLevelPolicy, kind: IncidentDeadlineKind): number =>
  kind === 'acknowledge' ? level.acknowledgeWithinMs : level.arriveWithinMs;

/** A place in the escalation chain: `round` 0 is the first run, each `repeat` adds one. */
export interface ChainPosition {
  round: number;
  step: number;
}

/** The step notified after `position`, or `undefined` once the last step of the last round has gone out. */
export function followingStep(
  position: ChainPosition,
  plan: Pick<EmergencyPolicy, 'escalation' | 'repeat'>,
): ChainPosition | undefined {
  if (position.step + 1 < plan.escalation.length) return { round: position.round, step: position.step + 1 };
  if (position.round < plan.repeat) return { round: position.round + 1, step: 0 };
  return undefined;
}
