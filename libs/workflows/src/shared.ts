/** Types shared by the workflow families and their activities. No Temporal import. */
import type { Severity } from './policy/policy';

export interface Actor {
  username: string;
  role: 'mediator' | 'bureau' | 'leader' | 'admin' | 'system';
}

export const SYSTEM_ACTOR: Actor = { username: 'system', role: 'system' };

export type DeadlineStatus = 'pending' | 'met' | 'missed';

export interface Deadline<Kind extends string = string> {
  kind: Kind;
  dueAt: string;
  status: DeadlineStatus;
  /** When `deadline_approaching` goes out; absent where no reminder applies. */
  remindAt?: string;
  reminded?: boolean;
}

export const SUBJECT_TYPES = ['dispute', 'incident', 'finding', 'patrol_plan', 'joint_inspection'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** One append-only timeline row; `seq` comes from the workflow's own state, so replays and retries collide. */
export interface TimelineEvent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: Record<string, unknown>;
  /** The workflow's hash chain (libs/workflows/src/hash-chain.ts); absent in histories from before it. */
  hash?: string;
  prevHash?: string;
}

export const ALERT_KINDS = [
  'deadline_approaching',
  'deadline_missed',
  'escalated',
  'incident_triggered',
  'severity_changed',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * Why the system itself acted, as a code and its parameters: workflows record data, never prose, and the
 * message catalogue of @boundary/alerts renders it in Chinese and English wherever it is shown.
 */
export type Reason =
  | { code: 'mediation_expired' }
  | { code: 'max_rounds_reached'; params: { maxRounds: number } }
  | { code: 'mediation_broke_down' }
  | { code: 'not_acknowledged'; params: { severity: Severity } };

/** A coded reason, or text: what a person wrote, or the prose an older history recorded. */
export type Explanation = Reason | string;

/**
 * Who gets an alert: every user of a role in a jurisdiction, or (`responsible`) the jurisdiction's 第一责任人
 * and 直接责任人 as its row names them when the alert goes out; the activity expands it into users.
 */
export interface AlertAudience {
  role: 'mediator' | 'bureau' | 'leader' | 'responsible';
  jurisdiction: string;
}

/**
 * An alert as the workflow decides it. `key` names the subject, the kind and the `seq` of the timeline event
 * that decided it, all from the committed history; the delivery layer appends the recipient, and that full
 * key is unique in the inbox.
 */
export interface AlertIntent {
  key: string;
  kind: AlertKind;
  subjectType: SubjectType;
  subjectId: string;
  subjectTitle: string;
  deadlineKind?: string;
  dueAt?: string;
  detail?: Explanation;
  /**
   * The incident's severity when the alert was decided: the policy routes incidents of severity I and II to
   * more channels (SMS). Data in the activity's input only, so recording it changes no workflow command.
   */
  severity?: Severity;
  /** Workflow time of the decision: the inbox shows this, not when a retry finally delivered it. */
  at: string;
  audience: AlertAudience[];
}

/** A `details` payload on refused updates; the API turns it into 409 INVALID_TRANSITION. */
export interface InvalidTransitionDetails {
  status: string;
  allowed: string[];
}

export const INVALID_TRANSITION = 'INVALID_TRANSITION';
