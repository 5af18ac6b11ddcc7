import { SIGNATURE_HEADER, TIMESTAMP_HEADER, type WebhookJob, signWebhook } from '@boundary/alerts';
import type { AlertRepository } from '@boundary/persistence';
import type { Job } from 'bullmq';

export interface WebhookDependencies {
  alerts: Pick<AlertRepository, 'findById' | 'recordWebhook'>;
  secret: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** POSTs one alert to its user's webhook, signed; a failure throws so BullMQ retries with backoff. */
export function createWebhookProcessor(deps: WebhookDependencies) {
  const send = deps.fetch ?? fetch;
  const now = deps.now ?? (() => new Date());
  return async (job: Pick<Job<WebhookJob>, 'data' | 'attemptsMade' | 'opts'>): Promise<void> => {
    const alert = await deps.alerts.findById(job.data.alertId);
    if (!alert || alert.webhookStatus === 'delivered') return;
    const attempt = job.attemptsMade + 1;
    const body = JSON.stringify({
      id: alert.id,
      kind: alert.kind,
      subjectType: alert.subjectType,
      subjectId: alert.subjectId,
      deadlineKind: alert.deadlineKind,
      message: alert.message,
      recipient: alert.recipient,
      createdAt: alert.createdAt.toISOString(),
    });
    const timestamp = String(Math.floor(now().getTime() / 1000));
    try {
      const response = await send(job.data.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signWebhook(deps.secret, timestamp, body),
          [TIMESTAMP_HEADER]: timestamp,
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
    } catch (error) {
      const finalAttempt = attempt >= (job.opts.attempts ?? 1);
      await deps.alerts.recordWebhook(
        alert.id,
        finalAttempt ? 'failed' : 'pending',
        attempt,
        (error as Error).message,
      );
      throw error;
    }
    await deps.alerts.recordWebhook(alert.id, 'delivered', attempt, null);
  };
}
