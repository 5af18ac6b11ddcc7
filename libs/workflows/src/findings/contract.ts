import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { FindingKind, FindingPolicy } from '../policy/policy';
import type { Actor, Deadline } from '../shared';
import type { FindingDeadlineKind, FindingStatus, RepairWork } from './rules';

export const FINDING_WORKFLOW_TYPE = 'FindingWorkflow';
export const findingWorkflowId = (findingId: string): string => `finding-${findingId}`;

export interface FindingIntake {
  title: string;
  kind: FindingKind;
  description: string;
  /** The township responsible for putting it right (责任单位). */
  jurisdiction: string;
  lineCode?: string;
  markerCode?: string;
  /** The marker's condition as found, for a marker finding. */
  markerCondition?: string;
  patrolId?: string;
  location?: { lat: number; lng: number };
  /** When the patrol found it (发现时间). */
  foundAt: string;
}

export interface FindingWorkflowInput {
  findingId: string;
  intake: FindingIntake;
  /** The district of the township: where bureau and leader alerts go. */
  district: string;
  actor: Actor;
  policy: FindingPolicy;
}

/** The marker work that put a marker finding right (界桩维护记录). */
export interface MarkerRepair {
  work: RepairWork;
  /** Yuan. */
  cost?: number;
  days?: number;
}

export interface Rectification {
  summary: string;
  repair?: MarkerRepair;
  submittedBy: string;
  submittedAt: string;
}

export interface Verification {
  accepted: boolean;
  note: string;
  by: string;
  at: string;
}

export interface Finding extends FindingIntake {
  id: string;
  status: FindingStatus;
  district: string;
  assignee?: string;
  assignedBy?: string;
  deadlines: Deadline<FindingDeadlineKind>[];
  rectification?: Rectification;
  verifications: Verification[];
  /** 销号时间. */
  closedAt?: string;
  disputeId?: string;
  incidentId?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Last timeline sequence number: the read model's version. */
  seq: number;
  /** Hash of the last timeline event. */
  chainHead?: string;
}

export interface AssignFindingInput {
  assignee: string;
  /** Overrides the policy's rectification time. */
  dueAt?: string;
}
export type StartRectificationInput = Record<string, never>;
export interface SubmitRectificationInput {
  summary: string;
  repair?: MarkerRepair;
}
export interface VerifyFindingInput {
  accepted: boolean;
  note: string;
}
export interface LinkDisputeInput {
  disputeId: string;
}
export interface LinkIncidentInput {
  incidentId: string;
}

type Write<Input> = [Actor, Input];

/** Intake as update-with-start: answers once the finding is in the read model. */
export const openFindingUpdate = defineUpdate<Finding, [Actor]>('openFinding');
export const assignFindingUpdate = defineUpdate<Finding, Write<AssignFindingInput>>('assignFinding');
export const startRectificationUpdate = defineUpdate<Finding, Write<StartRectificationInput>>(
  'startRectification',
);
export const submitRectificationUpdate = defineUpdate<Finding, Write<SubmitRectificationInput>>(
  'submitRectification',
);
export const verifyFindingUpdate = defineUpdate<Finding, Write<VerifyFindingInput>>('verifyFinding');
export const linkFindingDisputeUpdate = defineUpdate<Finding, Write<LinkDisputeInput>>('linkFindingDispute');
export const linkFindingIncidentUpdate = defineUpdate<Finding, Write<LinkIncidentInput>>(
  'linkFindingIncident',
);

export const findingStateQuery = defineQuery<Finding>('findingState');
