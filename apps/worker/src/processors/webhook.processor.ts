import {
  type OutboundPolicy,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  type WebhookJob,
  outboundProblem,
  recipientSecret,
  signWebhook,
} from '@boundary/alerts';
import type { AlertRepository, OrganisationRepository } from '@boundary/persistence';
import type { Job } from 'bullmq';

export interface WebhookDependencies {
  alerts: Pick<AlertRepository, 'findById' | 'recordWebhook'>;
  organisation: Pick<OrganisationRepository, 'findUser'>;
  /** ALERT_WEBHOOK_SECRET: each recipient's secret is derived from it. */
  serverKey: string;
  outbound: OutboundPolicy;
  fetch?: typeof fetch;
  now?: () => Date;
}

/**
 * POSTs one alert to its recipient's current webhook, signed with that recipient's secret; a failure throws so
 * BullMQ retries with backoff. The address is checked again before each attempt and redirects are not followed,
 * so a webhook cannot be turned against the server's own network.
 */
export function createWebhookProcessor(deps: WebhookDependencies) {
  const send = deps.fetch ?? fetch;
  const now = deps.now ?? (() => new Date());
  return async (job: Pick<Job<WebhookJob>, 'data' | 'attemptsMade' | 'opts'>): Promise<void> => {
    const alert = await deps.alerts.findById(job.data.alertId);
    if (!alert || alert.webhookStatus === 'delivered') return;
    const attempt = job.attemptsMade + 1;
    const recipient = await deps.organisation.findUser(alert.recipient);
    if (!recipient?.webhookUrl || !recipient.webhookKey) {
      await deps.alerts.recordWebhook(alert.id, 'failed', attempt, 'the recipient has no webhook any more');
      return;
    }
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
    const secret = recipientSecret(deps.serverKey, recipient.username, recipient.webhookKey);
    try {
      const problem = await outboundProblem(recipient.webhookUrl, deps.outbound);
      if (problem) throw new Error(`webhook URL refused: it ${problem}`);
      const response = await send(recipient.webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
          [TIMESTAMP_HEADER]: timestamp,
        },
        body,
        redirect: 'manual',
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
