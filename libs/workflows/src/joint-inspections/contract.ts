import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { JointInspectionPolicy } from '../policy/policy';
import type { Actor, Deadline } from '../shared';
import type { JointInspectionDeadlineKind, JointInspectionStatus } from './rules';

export const JOINT_INSPECTION_WORKFLOW_TYPE = 'JointInspectionWorkflow';
export const jointInspectionWorkflowId = (id: string): string => `joint-inspection-${id}`;

/** The people each side sends. */
export interface InspectionTeam {
  side: string;
  members: string[];
}

export interface JointInspectionIntake {
  lineCode: string;
  title: string;
  plannedFrom: string;
  plannedTo: string;
  teams?: InspectionTeam[];
}

export interface JointInspectionWorkflowInput {
  inspectionId: string;
  intake: JointInspectionIntake;
  /** The line's two sides (county-level units): each side's bureau advances, signs and archives. */
  sides: [string, string];
  /** The district of the bureau that opened it: the read model's `district`. */
  district: string;
  /** The line's markers when the inspection opened: what the field work has to check. */
  markerCodes: string[];
  actor: Actor;
  policy: JointInspectionPolicy;
}

/** One marker as a patrol of the inspection found it. */
export interface CheckedMarker {
  code: string;
  /** A marker status: intact, tilted, damaged, missing, obscured. */
  condition: string;
  /** What was done on the spot (清理、描绘、扶正、修复、更换、新设), if anything. */
  repairs?: string[];
  note?: string;
  patrolId: string;
  checkedAt: string;
}

/** What the patrol service hands over for a patrol posted with `inspectionId`. */
export interface InspectionPatrol {
  patrolId: string;
  endedAt: string;
  team: string[];
  markers: { code: string; condition: string; repairs?: string[]; note?: string }[];
  findingIds?: string[];
}

export interface InspectionSignature {
  side: string;
  by: string;
  at: string;
}

export interface InspectionProgress {
  markersPlanned: number;
  markersChecked: number;
  percent: number;
}

export interface JointInspection extends JointInspectionIntake {
  id: string;
  status: JointInspectionStatus;
  sides: [string, string];
  district: string;
  markerCodes: string[];
  /** The latest check of each marker, in the order first checked. */
  markers: CheckedMarker[];
  patrolIds: string[];
  findingIds: string[];
  signatures: InspectionSignature[];
  progress: InspectionProgress;
  deadlines: Deadline<JointInspectionDeadlineKind>[];
  fieldWorkFrom?: string;
  fieldWorkTo?: string;
  archiveRef?: string;
  archivedAt?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  seq: number;
  chainHead?: string;
}

export interface OpenJointInspectionResult {
  inspection: JointInspection;
  created: boolean;
}

export interface SignInput {
  /** The side whose bureau signs, as the API derived it from the caller. */
  side: string;
}
export interface ArchiveInput {
  archiveRef: string;
}

type Write<Input> = [Actor, Input];

export const openJointInspectionUpdate = defineUpdate<OpenJointInspectionResult, [Actor]>(
  'openJointInspection',
);
export const advanceJointInspectionUpdate = defineUpdate<JointInspection, Write<Record<string, never>>>(
  'advanceJointInspection',
);
/** Idempotent by `patrolId`: the patrol service may call it again after any failure. */
export const recordInspectionPatrolUpdate = defineUpdate<JointInspection, Write<InspectionPatrol>>(
  'recordInspectionPatrol',
);
export const signJointInspectionUpdate = defineUpdate<JointInspection, Write<SignInput>>(
  'signJointInspection',
);
export const archiveJointInspectionUpdate = defineUpdate<JointInspection, Write<ArchiveInput>>(
  'archiveJointInspection',
);
export const jointInspectionStateQuery = defineQuery<JointInspection>('jointInspectionState');
