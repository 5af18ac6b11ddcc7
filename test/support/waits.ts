import type { Client } from '@temporalio/client';

export interface EventuallyOptions {
  timeoutMs?: number;
  everyMs?: number;
}

/** Polls until `check` returns a value (not undefined) or the time runs out; the last error is reported. */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 30_000, everyMs = 250 }: EventuallyOptions = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= until) break;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(
    `condition not met within ${timeoutMs} ms${lastError ? `: ${(lastError as Error).message}` : ''}`,
  );
}

/**
 * A bounded wait for something that must NOT happen (a second alert, a step after acknowledge), or for a
 * period with nothing happening to run out (an idle session, a lockout): there is no event to poll for, so the
 * test waits this long and then looks. Whatever does happen is awaited with `eventually`.
 */
export const quietFor = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Polls until the workflow has completed: from then on it decides nothing more. */
export const workflowCompleted = (client: Client, workflowId: string, options?: EventuallyOptions) =>
  eventually(async () => {
    const { status } = await client.workflow.getHandle(workflowId).describe();
    return status.name === 'COMPLETED' ? true : undefined;
  }, options);
