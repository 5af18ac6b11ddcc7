import { createHash } from 'node:crypto';
import type { AlertChannel, AlertIntent } from '@boundary/workflows';
import type { OutboundChannel } from './channels';

export enum QueueName {
  AlertDelivery = 'alert-delivery',
  AlertWebhook = 'alert-webhook',
  AlertWecom = 'alert-wecom',
  AlertDingtalk = 'alert-dingtalk',
  AlertSms = 'alert-sms',
}

export enum JobName {
  DeliverAlert = 'deliver-alert',
  PostWebhook = 'post-webhook',
  SendChannel = 'send-channel',
}

/** One queue per vendor: a vendor that is down or throttling holds up only its own messages. */
export const CHANNEL_QUEUES: Record<OutboundChannel, QueueName> = {
  wecom: QueueName.AlertWecom,
  dingtalk: QueueName.AlertDingtalk,
  sms: QueueName.AlertSms,
};

/** One alert for one user, as it travels through the queue: the workflow's intent, addressed. */
export interface AlertDeliveryJob extends Omit<AlertIntent, 'key' | 'at' | 'audience'> {
  /** The workflow's key plus the recipient: unique in the inbox. */
  dedupKey: string;
  recipient: string;
  /** When the workflow decided it; the inbox shows this, not when a retry finally landed. */
  decidedAt: string;
  /**
   * Where it goes, as the subject's frozen routing decided; absent on jobs queued by a build before channels
   * (inbox and webhook only, as then).
   */
  channels?: AlertChannel[];
}

/** One alert on one vendor channel; (alert, channel) is the delivery row and, digested, the job id. */
export interface ChannelJob {
  alertId: string;
  channel: OutboundChannel;
}

/** The URL and secret are read when it is sent: a recipient who changed or removed the webhook since is respected. */
export interface WebhookJob {
  alertId: string;
}

export const recipientKey = (workflowKey: string, username: string): string => `${workflowKey}:${username}`;

/** BullMQ refuses some characters in custom ids; a digest keeps the id deterministic and safe. */
export const jobIdFor = (prefix: string, dedupKey: string): string =>
  `${prefix}-${createHash('sha256').update(dedupKey).digest('hex')}`;

export const ALERT_DELIVERY_ATTEMPTS = 10;
export const WEBHOOK_ATTEMPTS = 6;
export const CHANNEL_ATTEMPTS = 8;
