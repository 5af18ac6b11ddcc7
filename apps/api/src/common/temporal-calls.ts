import { createHash } from 'node:crypto';
import type { AppConfig } from '@boundary/config';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';

/**
 * The part of Temporal's client the domain services use. Narrow on purpose: the real `Client` fits it, and a
 * unit test can hand in a fake without a server.
 */
export interface TemporalCalls {
  withDeadline: Client['withDeadline'];
  workflow: Pick<Client['workflow'], 'executeUpdateWithStart'> & {
    getHandle(workflowId: string): Pick<WorkflowHandle, 'executeUpdate'>;
  };
}

/** Temporal's client retries an unreachable server for a long time; a user should get a 503 sooner. */
export function withinDeadline<T>(
  client: Pick<TemporalCalls, 'withDeadline'>,
  config: Pick<AppConfig, 'temporalCallTimeoutMs'>,
  call: () => Promise<T>,
): Promise<T> {
  return client.withDeadline(Date.now() + config.temporalCallTimeoutMs, call);
}

/** A UUID-shaped id derived from text, so a retried request names the same workflow. */
export function uuidFrom(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The start was refused because a workflow with this id exists or existed (reuse policy REJECT_DUPLICATE). */
export const isAlreadyStarted = (error: unknown): boolean =>
  error instanceof WorkflowExecutionAlreadyStartedError ||
  (error instanceof Error &&
    (error.cause instanceof WorkflowExecutionAlreadyStartedError || /already started/i.test(error.message)));
