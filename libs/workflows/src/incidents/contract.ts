import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { EmergencyPolicy, EscalationRole, Severity } from '../policy/policy';
import type { Actor, Deadline } from '../shared';
import type { ChainPosition, IncidentDeadlineKind, IncidentStatus } from './rules';

export const INCIDENT_WORKFLOW_TYPE = 'IncidentWorkflow';
export const incidentWorkflowId = (incidentId: string): string => `incident-${incidentId}`;

export interface IncidentIntake {
  title: string;
  type: string;
  severity: Severity;
  /** A township, or the district for a district-wide incident. */
  jurisdiction: string;
  description: string;
  /** The boundary dispute case the incident broke out of. */
  disputeId?: string;
  location?: { lat: number; lng: number };
  /** The boundary line (register code) the subject concerns. */
  lineCode?: string;
  /** The ledger finding that was an emergency (POST /findings/:id/incident). */
  findingId?: string;
}

export interface IncidentWorkflowInput {
  incidentId: string;
  intake: IncidentIntake;
  /** The district that holds the jurisdiction: where bureau and leader alerts go. */
  district: string;
  /**
   * Where a mediator step of the chain goes: the incident's township, or every township of the district for
   * a district-wide incident (the organisation as it stood when the incident was triggered).
   */
  townships: string[];
  actor: Actor;
  policy: EmergencyPolicy;
  /**
   * Whether the incident tells the case in `intake.disputeId` that it is linked: yes when triggered through
   * POST /incidents; an emergency escalation lists its incident on the case itself.
   */
  announceToCase: boolean;
}

export interface NotifiedStep extends ChainPosition {
  role: EscalationRole;
  at: string;
}

/** The step the chain notifies next while nobody has acknowledged. */
export interface PendingEscalation extends ChainPosition {
  role: EscalationRole;
  dueAt: string;
}

export interface IncidentResolution {
  summary: string;
  resolvedBy: string;
  resolvedAt: string;
}

export interface Incident extends IncidentIntake {
  id: string;
  status: IncidentStatus;
  district: string;
  /** The last step notified, and the run of the chain it belongs to (`repeat` runs it again). */
  escalationStep: number;
  escalationRound: number;
  notified: NotifiedStep[];
  /** Absent once acknowledged or resolved, or when the chain has run out. */
  nextEscalation?: PendingEscalation;
  deadlines: Deadline<IncidentDeadlineKind>[];
  acknowledgedBy?: string;
  acknowledgedAt?: string;
  onSceneAt?: string;
  resolution?: IncidentResolution;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Last timeline sequence number: the read model's version. */
  seq: number;
  /** Hash of the last timeline event (the chain the timeline rows carry). */
  chainHead?: string;
}

export interface IncidentNoteInput {
  note?: string;
}
export interface SitrepInput {
  text: string;
}
export interface ChangeSeverityInput {
  severity: Severity;
  reason: string;
}
export interface ResolveIncidentInput {
  summary: string;
}

type Write<Input> = [Actor, Input];

/** Intake as update-with-start: answers once the incident is in the read model, so a GET sees it. */
export const openIncidentUpdate = defineUpdate<Incident, [Actor]>('openIncident');
export const acknowledgeIncidentUpdate = defineUpdate<Incident, Write<IncidentNoteInput>>(
  'acknowledgeIncident',
);
export const reportOnSceneUpdate = defineUpdate<Incident, Write<IncidentNoteInput>>('reportOnScene');
export const addSitrepUpdate = defineUpdate<Incident, Write<SitrepInput>>('addSitrep');
export const changeSeverityUpdate = defineUpdate<Incident, Write<ChangeSeverityInput>>('changeSeverity');
export const resolveIncidentUpdate = defineUpdate<Incident, Write<ResolveIncidentInput>>('resolveIncident');

export const incidentStateQuery = defineQuery<Incident>('incidentState');
