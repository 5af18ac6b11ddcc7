import type { DisputeCase } from './disputes/contract';
import type { AlertIntent, TimelineEvent } from './shared';

/**
 * What workflows may ask of the outside world. Workflows import this as a type only; the worker builds the
 * implementation from its dependencies (apps/worker/src/activities).
 */
export interface WorkflowActivities {
  /** Upserts the case row (newer `seq` wins) and appends timeline rows, unique on (subject_id, seq). */
  projectDispute(input: { case: DisputeCase; events: TimelineEvent[] }): Promise<void>;
  /** Expands each alert's audience into users and enqueues one delivery job per user, keyed for dedup. */
  enqueueAlerts(alerts: AlertIntent[]): Promise<void>;
}
