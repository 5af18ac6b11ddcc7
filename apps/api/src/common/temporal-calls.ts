import type { AppConfig } from '@boundary/config';
import type { Client } from '@temporalio/client';

/** Temporal's client retries an unreachable server for a long time; a user should get a 503 sooner. */
export function withinDeadline<T>(
  client: Client,
  config: Pick<AppConfig, 'temporalCallTimeoutMs'>,
  call: () => Promise<T>,
): Promise<T> {
  return client.withDeadline(Date.now() + config.temporalCallTimeoutMs, call);
}
