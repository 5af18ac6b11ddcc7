import { Inject, Injectable } from '@nestjs/common';
import { type AlertEntity, AlertRepository, ChannelRepository, type Delivery } from '@boundary/persistence';
import type { Principal } from '../auth/principal';
import { AppError, type Language } from '../common/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toAlertView(alert: AlertEntity, language: Language) {
  return {
    id: alert.id,
    kind: alert.kind,
    subjectType: alert.subjectType,
    subjectId: alert.subjectId,
    ...(alert.deadlineKind ? { deadlineKind: alert.deadlineKind } : {}),
    message: language === 'en' ? alert.messageEn : alert.message,
    createdAt: alert.createdAt.toISOString(),
    readAt: alert.readAt?.toISOString() ?? null,
  };
}

const CHANNEL_ORDER = ['inbox', 'webhook', 'wecom', 'dingtalk', 'sms'];

/**
 * Where the alert went, in channel order. The webhook's delivery is kept on the alert row itself, and an alert
 * written before channels has no inbox row among its deliveries: the inbox row is the alert.
 */
function deliveriesView(alert: AlertEntity, planned: Delivery[]) {
  const webhook: Delivery[] =
    alert.webhookStatus === 'none'
      ? []
      : [
          {
            channel: 'webhook',
            status: alert.webhookStatus === 'delivered' ? 'sent' : alert.webhookStatus,
            attempts: alert.webhookAttempts,
            lastError: alert.webhookError,
          },
        ];
  const deliveries = [...planned, ...webhook]
    .sort((a, b) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel))
    .map(({ channel, status, attempts, lastError }) => ({
      channel,
      status,
      attempts,
      ...(lastError ? { error: lastError } : {}),
    }));
  if (!deliveries.some((d) => d.channel === 'inbox')) {
    deliveries.unshift({ channel: 'inbox', status: 'sent', attempts: 1 });
  }
  return deliveries;
}

/** A user's own inbox; another user's alert is indistinguishable from a missing one. */
@Injectable()
export class AlertsService {
  constructor(
    @Inject(AlertRepository)
    private readonly alerts: Pick<AlertRepository, 'listFor' | 'markRead' | 'findOwn'>,
    @Inject(ChannelRepository) private readonly channels: Pick<ChannelRepository, 'deliveriesOf'>,
  ) {}

  /** The alert with its delivery on each channel. */
  async get(principal: Principal, id: string, language: Language) {
    const alert = UUID.test(id) ? await this.alerts.findOwn(id, principal.username) : null;
    if (!alert) throw AppError.notFound({ zh: '提醒', en: 'alert' });
    return this.withDeliveries(alert, language);
  }

  /** The inbox, each alert with its deliveries (one query for all of them). */
  async list(principal: Principal, unreadOnly: boolean, language: Language) {
    const alerts = await this.alerts.listFor(principal.username, unreadOnly);
    const planned = await this.channels.deliveriesOf(alerts.map((alert) => alert.id));
    return alerts.map((alert) => ({
      ...toAlertView(alert, language),
      deliveries: deliveriesView(alert, planned.get(alert.id) ?? []),
    }));
  }

  async markRead(principal: Principal, id: string, language: Language) {
    const alert = UUID.test(id) ? await this.alerts.markRead(id, principal.username) : null;
    if (!alert) throw AppError.notFound({ zh: '提醒', en: 'alert' });
    return this.withDeliveries(alert, language);
  }

  private async withDeliveries(alert: AlertEntity, language: Language) {
    const planned = (await this.channels.deliveriesOf([alert.id])).get(alert.id) ?? [];
    return { ...toAlertView(alert, language), deliveries: deliveriesView(alert, planned) };
  }
}
