import { createHash } from 'node:crypto';
import type { AlertIntent } from '@boundary/workflows';

export enum QueueName {
  AlertDelivery = 'alert-delivery',
  AlertWebhook = 'alert-webhook',
}

export enum JobName {
  DeliverAlert = 'deliver-alert',
  PostWebhook = 'post-webhook',
}

/** One alert for one user, as it travels through the queue: the workflow's intent, addressed. */
export interface AlertDeliveryJob extends Omit<AlertIntent, 'key' | 'at' | 'audience'> {
  /** The workflow's key plus the recipient: unique in the inbox. */
  dedupKey: string;
  recipient: string;
  /** When the workflow decided it; the inbox shows this, not when a retry finally landed. */
  decidedAt: string;
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
