import type { DisputeCase, IncidentNotice } from './disputes/contract';
import type { Finding, MarkerRepair } from './findings/contract';
import type { Incident } from './incidents/contract';
import type { PatrolPlan } from './patrol-plans/contract';
import type { JointInspection } from './joint-inspections/contract';
import type { AlertIntent, SubjectType, TimelineEvent } from './shared';

/** Each subject type's workflow state, as its read-model row is projected from it. */
export interface SubjectStates {
  dispute: DisputeCase;
  incident: Incident;
  finding: Finding;
  patrol_plan: PatrolPlan;
  joint_inspection: JointInspection;
}

/** What one workflow task decided: the subject as it now stands, its new timeline events and its alerts. */
export type SubjectEffects = {
  [Type in SubjectType]: {
    subjectType: Type;
    state: SubjectStates[Type];
    events: TimelineEvent[];
    alerts: AlertIntent[];
  };
}[SubjectType];

/**
 * What workflows may ask of the outside world. Workflows import this as a type only; the worker builds the
 * implementation from its dependencies (apps/worker/src/activities).
 */
export interface WorkflowActivities {
  /**
   * Projects the subject as the project* activities do, then hands its alerts to the delivery queue: one
   * activity per workflow task, so a write or a fired deadline costs one round trip through Temporal. A retry
   * repeats both halves, and both are idempotent.
   */
  recordEffects(effects: SubjectEffects): Promise<void>;
  // The project* activities and enqueueAlerts are what histories from before recordEffects scheduled.
  /** Upserts the case row (newer `seq` wins) and appends timeline rows, unique on (subject_id, seq). */
  projectDispute(input: { case: DisputeCase; events: TimelineEvent[] }): Promise<void>;
  /** Upserts the incident row (newer `seq` wins) and appends timeline rows, unique on (subject_id, seq). */
  projectIncident(input: { incident: Incident; events: TimelineEvent[] }): Promise<void>;
  /** Upserts the finding row (newer `seq` wins) and appends timeline rows, unique on (subject_id, seq). */
  projectFinding(input: { finding: Finding; events: TimelineEvent[] }): Promise<void>;
  /** Upserts the plan row (newer `seq` wins) and appends timeline rows, unique on (subject_id, seq). */
  projectPatrolPlan(input: { plan: PatrolPlan; events: TimelineEvent[] }): Promise<void>;
  /** Upserts the inspection row (newer `seq` wins) and appends timeline rows, unique on (subject_id, seq). */
  projectJointInspection(input: { inspection: JointInspection; events: TimelineEvent[] }): Promise<void>;
  /** Expands each alert's audience into users and enqueues one delivery job per user, keyed for dedup. */
  enqueueAlerts(alerts: AlertIntent[]): Promise<void>;
  /**
   * Tells the case an incident names that it was linked or resolved (signal `incidentNotice`), at most once
   * per incident and kind however often it is retried; a case whose workflow has finished is left as it is.
   */
  notifyCaseOfIncident(input: { caseId: string; notice: IncidentNotice }): Promise<void>;
  /**
   * A closed marker finding: the marker is intact again, with the repair in its history (source `repair`,
   * ref the finding), written once per finding however often it is retried.
   */
  recordMarkerRepair(input: {
    markerCode: string;
    findingId: string;
    by: string;
    repair?: MarkerRepair;
    summary: string;
  }): Promise<void>;
}
