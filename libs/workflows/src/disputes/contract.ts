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
}

export interface Agreement {
  terms: string;
  signatories: string[];
  signedAt: string;
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
export type AgreementInput = Agreement;
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
