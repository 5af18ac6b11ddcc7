import { randomBytes } from 'node:crypto';
import {
  type AlertDeliveryJob,
  CHANNEL_ATTEMPTS,
  type ChannelJob,
  JobName,
  type OutboundChannel,
  WEBHOOK_ATTEMPTS,
  type WebhookJob,
  alertMessages,
  jobIdFor,
} from '@boundary/alerts';
import type { AlertRepository, ChannelRepository, PlannedDelivery } from '@boundary/persistence';
import type { AlertChannel } from '@boundary/workflows';
import type { Job, JobsOptions } from 'bullmq';

/** BullMQ's `Queue.add`: a job id the queue already holds adds nothing. */
interface JobQueue<Name extends string, Data> {
  add(name: Name, data: Data, opts: JobsOptions): Promise<unknown>;
}

export interface AlertDeliveryDependencies {
  alerts: Pick<AlertRepository, 'insertOnce'>;
  channels: Pick<ChannelRepository, 'reachOf' | 'plan' | 'issueAckLink'>;
  webhookQueue: JobQueue<JobName.PostWebhook, WebhookJob>;
  channelQueues: Record<OutboundChannel, JobQueue<JobName.SendChannel, ChannelJob>>;
  /** How long a phone acknowledge link works. */
  ackLinkTtlSeconds: number;
  now?: () => Date;
}

/** Jobs queued by a build before channels went to the inbox and the webhook. */
const BEFORE_CHANNELS: AlertChannel[] = ['inbox', 'webhook'];

const OUTBOUND: OutboundChannel[] = ['wecom', 'dingtalk', 'sms'];

/**
 * Writes the inbox row once per dedup key, plans one delivery row per channel the routing names and the
 * recipient can be reached on, and queues each pending one on its vendor's queue under an id derived from
 * (alert, channel). Every step is idempotent and repeated on every attempt, so a crash between two of them
 * loses nothing and a retry duplicates nothing.
 */
export function createAlertDeliveryProcessor(deps: AlertDeliveryDependencies) {
  const now = deps.now ?? (() => new Date());
  return async (job: Pick<Job<AlertDeliveryJob>, 'data'>): Promise<void> => {
    const data = job.data;
    const reach = await deps.channels.reachOf(data.recipient);
    if (!reach) return; // the user was removed after the alert was decided: nobody to deliver to
    const routed = new Set(data.channels ?? BEFORE_CHANNELS);
    const reachable: Record<OutboundChannel, boolean> = {
      wecom: Boolean(reach.robots.wecomRobot),
      dingtalk: Boolean(reach.robots.dingtalkRobot),
      sms: Boolean(reach.phone),
    };
    const outbound = OUTBOUND.filter((channel) => routed.has(channel) && reachable[channel]);
    const planned: PlannedDelivery[] = [
      { channel: 'inbox', status: 'sent' },
      ...outbound.map((channel) => ({ channel, status: 'pending' as const })),
    ];
    const { zh, en } = alertMessages(data);
    const { alert, inserted } = await deps.alerts.insertOnce({
      dedupKey: data.dedupKey,
      recipient: data.recipient,
      kind: data.kind,
      subjectType: data.subjectType,
      subjectId: data.subjectId,
      deadlineKind: data.deadlineKind ?? null,
      message: zh,
      messageEn: en,
      createdAt: new Date(data.decidedAt),
      webhookStatus: routed.has('webhook') && reach.webhookUrl ? 'pending' : 'none',
      deliveries: planned,
    });
    // Checked on every attempt, not only on first insert: a crash between the two steps must not lose it.
    if (alert.webhookStatus === 'pending' && reach.webhookUrl) {
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
    if (outbound.length > 0 && data.subjectType === 'incident') {
      await deps.channels.issueAckLink({
        id: randomBytes(12).toString('base64url'),
        alertId: alert.id,
        username: reach.username,
        subjectType: data.subjectType,
        subjectId: data.subjectId,
        expiresAt: new Date(now().getTime() + deps.ackLinkTtlSeconds * 1000),
      });
    }
    // A new row came with exactly these deliveries. A row that was there already (an earlier attempt, or an
    // older build that wrote none) is planned again, which adds only what it lacks, and read back.
    const deliveries = inserted ? planned : await deps.channels.plan(alert.id, planned);
    for (const { channel, status } of deliveries) {
      if (status !== 'pending' || !OUTBOUND.includes(channel as OutboundChannel)) continue;
      await deps.channelQueues[channel as OutboundChannel].add(
        JobName.SendChannel,
        { alertId: alert.id, channel: channel as OutboundChannel },
        {
          jobId: jobIdFor(channel, alert.id),
          attempts: CHANNEL_ATTEMPTS,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 7 * 24 * 3600 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      );
    }
  };
}
