/**
 * The dispute status machine as data. The workflow's update validators and the API's 409 details both ask
 * this table; there is no other copy of these rules. No Temporal import here on purpose.
 */
export const DISPUTE_STATUSES = [
  'screening',
  'reported',
  'mediating',
  'agreed',
  'closed',
  'resolved_locally',
  'withdrawn',
  'referred',
] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const FINAL_DISPUTE_STATUSES: readonly DisputeStatus[] = [
  'closed',
  'resolved_locally',
  'withdrawn',
  'referred',
];
export const OPEN_DISPUTE_STATUSES: readonly DisputeStatus[] = DISPUTE_STATUSES.filter(
  (status) => !FINAL_DISPUTE_STATUSES.includes(status),
);

export const DISPUTE_TIERS = ['village', 'township', 'district', 'cross_county'] as const;
export type DisputeTier = (typeof DISPUTE_TIERS)[number];

export const DISPUTE_CATEGORIES = [
  'land_acquisition',
  'mining',
  'water_works',
  'forest_land',
  'grassland',
  'other',
] as const;
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number];

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const ROUND_OUTCOMES = ['progress', 'no_progress', 'agreement_reached', 'breakdown'] as const;
export type RoundOutcome = (typeof ROUND_OUTCOMES)[number];

export const DISPUTE_ACTIONS = [
  'report',
  'resolve_locally',
  'start_mediation',
  'record_round',
  'sign_agreement',
  'confirm_agreement',
  'set_joint_group',
  'record_decision',
  'close',
  'escalate',
  'withdraw',
] as const;
export type DisputeAction = (typeof DISPUTE_ACTIONS)[number];

interface Transition {
  from: readonly DisputeStatus[];
  /** `undefined` keeps the status (a round, an escalation within the tiers). */
  to?: DisputeStatus;
}

export const DISPUTE_TRANSITIONS: Readonly<Record<DisputeAction, Transition>> = {
  report: { from: ['screening'], to: 'reported' },
  resolve_locally: { from: ['screening'], to: 'resolved_locally' },
  start_mediation: { from: ['reported'], to: 'mediating' },
  record_round: { from: ['mediating'] },
  sign_agreement: { from: ['mediating'], to: 'agreed' },
  /** Cross-county: each side's bureau confirms the signed agreement; the last confirmation makes it agreed. */
  confirm_agreement: { from: ['mediating'], to: 'agreed' },
  set_joint_group: { from: ['screening', 'reported', 'mediating', 'agreed'] },
  /** The common superior's bureau decides a referred case; that closes it. */
  record_decision: { from: ['referred'], to: 'closed' },
  close: { from: ['agreed'], to: 'closed' },
  escalate: { from: OPEN_DISPUTE_STATUSES },
  withdraw: { from: OPEN_DISPUTE_STATUSES, to: 'withdrawn' },
};

export const isFinalDisputeStatus = (status: DisputeStatus): boolean =>
  FINAL_DISPUTE_STATUSES.includes(status);

export const canApplyDisputeAction = (status: DisputeStatus, action: DisputeAction): boolean =>
  DISPUTE_TRANSITIONS[action].from.includes(status);

/** The actions the given status allows, in the table's order: what a 409 lists as `allowed`. */
export const allowedDisputeActions = (status: DisputeStatus): DisputeAction[] =>
  DISPUTE_ACTIONS.filter((action) => canApplyDisputeAction(status, action));

/** The tier above, or `undefined` past `cross_county`, where a case is referred to the higher government. */
export function nextTier(tier: DisputeTier): DisputeTier | undefined {
  return DISPUTE_TIERS[DISPUTE_TIERS.indexOf(tier) + 1];
}

/** Village and township cases stay with the township's mediators; higher tiers go to the bureau. */
export const handlingRole = (tier: DisputeTier): 'mediator' | 'bureau' =>
  tier === 'village' || tier === 'township' ? 'mediator' : 'bureau';

/** Tiers at which an agreement binds only once the bureau of every side has confirmed it. */
export const needsBothSides = (tier: DisputeTier, sides: readonly string[] | undefined): boolean =>
  tier === 'cross_county' && (sides?.length ?? 0) > 1;

export const DEADLINE_KINDS = ['report', 'accept', 'round', 'mediation', 'follow_up'] as const;
export type DisputeDeadlineKind = (typeof DEADLINE_KINDS)[number];
