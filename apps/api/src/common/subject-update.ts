import type { AppConfig } from '@boundary/config';
import type { Actor } from '@boundary/workflows';
import type { UpdateDefinition } from '@temporalio/common';
import { type Principal, toActor } from '../auth/principal';
import { type TemporalCalls, uuidFrom, withinDeadline } from './temporal-calls';
import { mapUpdateError } from './temporal-errors';

/** How a refused write is explained: the status the read model holds, its label and the table's actions. */
export interface RefusalContext {
  status: string;
  label: (status: string) => string;
  allowed: (status: string) => readonly string[];
}

export interface SubjectUpdate<State, Input> {
  workflowId: string;
  update: UpdateDefinition<State, [Actor, Input]>;
  principal: Principal;
  input: Input;
  idempotencyKey?: string;
  refusal: RefusalContext;
}

/**
 * One write to a subject: a Workflow Update on its workflow, answered with the new state, or the contract's
 * 409 when the workflow's validator (or a finished workflow) refuses it. With an idempotency key the update id
 * is derived from the user, the workflow, the update and the key: Temporal answers a repeat of a completed
 * update with its first result instead of running it again.
 */
export async function executeSubjectUpdate<State, Input>(
  temporal: TemporalCalls,
  config: Pick<AppConfig, 'temporalCallTimeoutMs'>,
  { workflowId, update, principal, input, idempotencyKey, refusal }: SubjectUpdate<State, Input>,
): Promise<State> {
  const updateId = idempotencyKey
    ? uuidFrom([principal.username, workflowId, update.name, idempotencyKey].join('\n'))
    : undefined;
  try {
    return await withinDeadline(temporal, config, () =>
      temporal.workflow
        .getHandle(workflowId)
        .executeUpdate(update, { args: [toActor(principal), input], updateId }),
    );
  } catch (error) {
    throw mapUpdateError(error, refusal.label, () => ({
      status: refusal.status,
      allowed: [...refusal.allowed(refusal.status)],
    }));
  }
}
