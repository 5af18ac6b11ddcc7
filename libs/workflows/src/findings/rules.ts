/**
 * The problem ledger's status machine (台账：发现、交办、整改、验收、销号) as data. The workflow's update
 * validators, the API's 409 details and the console's buttons all ask this table. No Temporal import here.
 */
export const FINDING_STATUSES = ['open', 'assigned', 'rectifying', 'submitted', 'closed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINAL_FINDING_STATUSES: readonly FindingStatus[] = ['closed'];
export const OPEN_FINDING_STATUSES: readonly FindingStatus[] = FINDING_STATUSES.filter(
  (status) => !FINAL_FINDING_STATUSES.includes(status),
);

export const FINDING_ACTIONS = [
  'assign',
  'start',
  'submit',
  'verify',
  'link_dispute',
  'link_incident',
] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

interface Transition {
  from: readonly FindingStatus[];
  /** `undefined`: the status stays, or (verify) the input decides it. */
  to?: FindingStatus;
}

export const FINDING_TRANSITIONS: Readonly<Record<FindingAction, Transition>> = {
  // Assigning again hands the finding to someone else before work starts.
  assign: { from: ['open', 'assigned'], to: 'assigned' },
  start: { from: ['assigned'], to: 'rectifying' },
  submit: { from: ['rectifying'], to: 'submitted' },
  // Accepted: closed (销号); refused: back to rectifying.
  verify: { from: ['submitted'] },
  link_dispute: { from: OPEN_FINDING_STATUSES },
  link_incident: { from: OPEN_FINDING_STATUSES },
};

export const isFinalFindingStatus = (status: FindingStatus): boolean =>
  FINAL_FINDING_STATUSES.includes(status);

export const canApplyFindingAction = (status: FindingStatus, action: FindingAction): boolean =>
  FINDING_TRANSITIONS[action].from.includes(status);

/** The actions the given status allows, in the table's order: what a 409 lists as `allowed`. */
export const allowedFindingActions = (status: FindingStatus): FindingAction[] =>
  FINDING_ACTIONS.filter((action) => canApplyFindingAction(status, action));

export const FINDING_DEADLINE_KINDS = ['rectify'] as const;
export type FindingDeadlineKind = (typeof FINDING_DEADLINE_KINDS)[number];

/** Marker work as offices record it: 清理、描绘、扶正、修复、更换、新设. */
export const REPAIR_WORKS = ['clear', 'repaint', 'straighten', 'repair', 'replace', 'new'] as const;
export type RepairWork = (typeof REPAIR_WORKS)[number];

export const REPAIR_WORK_ZH: Record<RepairWork, string> = {
  clear: '清理',
  repaint: '描绘',
  straighten: '扶正',
  repair: '修复',
  replace: '更换',
  new: '新设',
};
