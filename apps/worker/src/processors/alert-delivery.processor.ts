import {
  type AlertDeliveryJob,
  JobName,
  WEBHOOK_ATTEMPTS,
  type WebhookJob,
  alertMessages,
  jobIdFor,
} from '@boundary/alerts';
import type { AlertRepository, OrganisationRepository } from '@boundary/persistence';
import type { Job, JobsOptions } from 'bullmq';

export interface AlertDeliveryDependencies {
  alerts: Pick<AlertRepository, 'insertOnce'>;
  organisation: Pick<OrganisationRepository, 'findUser'>;
  /** BullMQ's `Queue.add`: a job id the queue already holds adds nothing. */
  webhookQueue: { add(name: JobName.PostWebhook, data: WebhookJob, opts: JobsOptions): Promise<unknown> };
}

/** Writes the inbox row once per dedup key, then hands webhook delivery to its own queue. */
export function createAlertDeliveryProcessor(deps: AlertDeliveryDependencies) {
  return async (job: Pick<Job<AlertDeliveryJob>, 'data'>): Promise<void> => {
    const data = job.data;
    const user = await deps.organisation.findUser(data.recipient);
    if (!user) return; // the user was removed after the alert was decided: nobody to deliver to
    const { zh, en } = alertMessages(data);
    const { alert } = await deps.alerts.insertOnce({
      dedupKey: data.dedupKey,
      recipient: data.recipient,
      kind: data.kind,
      subjectType: data.subjectType,
      subjectId: data.subjectId,
      deadlineKind: data.deadlineKind ?? null,
      message: zh,
      messageEn: en,
      createdAt: new Date(data.decidedAt),
      webhookStatus: user.webhookUrl ? 'pending' : 'none',
    });
    // Checked on every attempt, not only on first insert: a crash between the two steps must not lose it.
    if (alert.webhookStatus === 'pending' && user.webhookUrl) {
      await deps.webhookQueue.add(
        JobName.PostWebhook,
        { alertId: alert.id },
        {
          jobId: jobIdFor('webhook', data.dedupKey),
          attempts: WEBHOOK_ATTEMPTS,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 7 * 24 * 3600 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      );
    }
  };
}
