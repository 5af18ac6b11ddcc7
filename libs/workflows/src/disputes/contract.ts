import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { DisputePolicy, Severity } from '../policy/policy';
import type { Actor, Deadline } from '../shared';
import type {
  DisputeCategory,
  DisputeDeadlineKind,
  DisputeStatus,
  DisputeTier,
  RiskLevel,
  RoundOutcome,
} from './rules';

export const DISPUTE_WORKFLOW_TYPE = 'DisputeCaseWorkflow';
export const disputeWorkflowId = (caseId: string): string => `dispute-${caseId}`;

export interface Party {
  jurisdiction: string;
  name: string;
}

export interface DisputeIntake {
  title: string;
  category: DisputeCategory;
  parties: Party[];
  ownerJurisdiction: string;
  description: string;
  riskLevel: RiskLevel;
  tier?: DisputeTier;
  boundarySegment?: string;
  markerIds?: string[];
  location?: { lat: number; lng: number };
  /** The boundary line (register code) the subject concerns. */
  lineCode?: string;
  /** The ledger finding the case was opened from (POST /findings/:id/dispute). */
  findingId?: string;
}

export interface DisputeWorkflowInput {
  caseId: string;
  intake: DisputeIntake;
  /** The district that holds the owner township: where bureau and leader alerts go. */
  district: string;
  actor: Actor;
  policy: DisputePolicy;
  /**
   * The county-level units among the parties (the owner's district first), from the jurisdiction tree at
   * intake; more than one makes the case cross-county. Absent in cases opened before cross-county work.
   */
  sides?: string[];
  /** The lowest jurisdiction above every side: where the case goes once it is referred past cross_county. */
  commonSuperior?: string;
}

export const JOINT_GROUP_ROLES = ['lead', 'member'] as const;
export type JointGroupRole = (typeof JOINT_GROUP_ROLES)[number];

/** One person of the joint mediation group: a user of either side, or a named outsider (no username). */
export interface JointGroupMember {
  username?: string;
  name: string;
  /** The county-level unit the member speaks for. */
  side: string;
  role: JointGroupRole;
}

export interface JointGroup {
  members: JointGroupMember[];
  setBy: string;
  setAt: string;
}

/** One side's bureau confirmed the agreement in the system. */
export interface AgreementConfirmation {
  side: string;
  by: string;
  at: string;
}

export interface MediationRound {
  number: number;
  heldAt: string;
  participants: string[];
  siteSurvey: boolean;
  archivesReviewed: string[];
  notes: string;
  outcome: RoundOutcome;
  recordedBy: string;
  /** The joint group members among the participants, with the side each attended for. */
  attendance?: { name: string; side: string }[];
}

export interface Agreement {
  terms: string;
  signatories: string[];
  signedAt: string;
  /** At tier cross_county: the sides whose bureau has confirmed; the case is agreed once every side has. */
  confirmations?: AgreementConfirmation[];
}

export interface DisputeCase extends DisputeIntake {
  id: string;
  status: DisputeStatus;
  tier: DisputeTier;
  district: string;
  rounds: MediationRound[];
  mediators: string[];
  agreement?: Agreement;
  archiveRef?: string;
  /** The county-level units among the parties; two or more: cross-county. */
  sides?: string[];
  jointGroup?: JointGroup;
  /** The common superior the case went to past cross_county. */
  referredTo?: string;
  /** Referred, and the common superior's decision is still to come. */
  decisionPending?: boolean;
  /** What the common superior decided (《行政区域边界争议处理条例》: it decides when the sides cannot agree). */
  decision?: SuperiorDecision;
  deadlines: Deadline<DisputeDeadlineKind>[];
  incidentIds: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Last timeline sequence number: the read model's version. */
  seq: number;
  /** Hash of the last timeline event (the chain the timeline rows carry). */
  chainHead?: string;
}

export interface OpenDisputeResult {
  case: DisputeCase;
  /** False when an Idempotency-Key led to a case that already existed. */
  created: boolean;
}

export interface ReportInput {
  tier: DisputeTier;
  summary: string;
}
export interface SummaryInput {
  summary: string;
}
export interface StartMediationInput {
  mediators: string[];
  summary?: string;
}
export type RoundInput = Omit<MediationRound, 'number' | 'recordedBy'>;
export type AgreementInput = Omit<Agreement, 'confirmations'>;
export interface ConfirmAgreementInput {
  /** The side whose bureau confirms, as the API derived it from the caller. */
  side: string;
}
export interface DecisionInput {
  decision: string;
  /** The superior government's document (批复、决定) reference. */
  documentRef: string;
}
export interface SuperiorDecision extends DecisionInput {
  by: string;
  at: string;
}
export interface JointGroupInput {
  members: JointGroupMember[];
}
export interface CloseInput {
  implemented: true;
  archiveRef: string;
}
export interface EscalateInput {
  reason: string;
  /** Set once the incident exists: the emergency flow starts the incident first, then links it here. */
  incidentId?: string;
}
export interface ReasonInput {
  reason: string;
}

type Write<Input> = [Actor, Input];

export const openDisputeUpdate = defineUpdate<OpenDisputeResult, [Actor]>('openDispute');
export const reportDisputeUpdate = defineUpdate<DisputeCase, Write<ReportInput>>('reportDispute');
export const resolveLocallyUpdate = defineUpdate<DisputeCase, Write<SummaryInput>>('resolveDisputeLocally');
export const startMediationUpdate = defineUpdate<DisputeCase, Write<StartMediationInput>>('startMediation');
export const recordRoundUpdate = defineUpdate<DisputeCase, Write<RoundInput>>('recordMediationRound');
export const signAgreementUpdate = defineUpdate<DisputeCase, Write<AgreementInput>>('signAgreement');
export const confirmAgreementUpdate = defineUpdate<DisputeCase, Write<ConfirmAgreementInput>>(
  'confirmAgreement',
);
export const recordDecisionUpdate = defineUpdate<DisputeCase, Write<DecisionInput>>('recordSuperiorDecision');
export const setJointGroupUpdate = defineUpdate<DisputeCase, Write<JointGroupInput>>('setJointGroup');
export const closeDisputeUpdate = defineUpdate<DisputeCase, Write<CloseInput>>('closeDispute');
export const escalateDisputeUpdate = defineUpdate<DisputeCase, Write<EscalateInput>>('escalateDispute');
export const withdrawDisputeUpdate = defineUpdate<DisputeCase, Write<ReasonInput>>('withdrawDispute');

export const disputeStateQuery = defineQuery<DisputeCase>('disputeState');

/**
 * What an incident workflow tells the case it names: `linked` when it was triggered for the case through
 * POST /incidents (an emergency escalation lists its incident itself), `resolved` when it is over.
 * `by` is the user who triggered or resolved it.
 */
export type IncidentNotice =
  | { kind: 'linked'; incidentId: string; severity: Severity; by: string }
  | { kind: 'resolved'; incidentId: string; summary: string; by: string };
export const incidentNoticeSignal = defineSignal<[IncidentNotice]>('incidentNotice');
