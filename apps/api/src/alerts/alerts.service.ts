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

/** A user's own inbox; another user's alert is indistinguishable from a missing one. */
@Injectable()
export class AlertsService {
  constructor(
    @Inject(AlertRepository)
    private readonly alerts: Pick<AlertRepository, 'listFor' | 'markRead' | 'findOwn'>,
    @Inject(ChannelRepository) private readonly channels: Pick<ChannelRepository, 'deliveriesOf'>,
  ) {}

  /** The alert with its delivery on each channel; the webhook's is kept on the alert row itself. */
  async get(principal: Principal, id: string, language: Language) {
    const alert = UUID.test(id) ? await this.alerts.findOwn(id, principal.username) : null;
    if (!alert) throw AppError.notFound({ zh: '提醒', en: 'alert' });
    const planned = (await this.channels.deliveriesOf([id])).get(id) ?? [];
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
    const order = ['inbox', 'webhook', 'wecom', 'dingtalk', 'sms'];
    const deliveries = [...planned, ...webhook]
      .sort((a, b) => order.indexOf(a.channel) - order.indexOf(b.channel))
      .map(({ channel, status, attempts, lastError }) => ({
        channel,
        status,
        attempts,
        ...(lastError ? { error: lastError } : {}),
      }));
    // Alerts written before channels have no inbox row in the deliveries: the inbox row is the alert itself.
    if (!deliveries.some((d) => d.channel === 'inbox')) {
      deliveries.unshift({ channel: 'inbox', status: 'sent', attempts: 1 });
    }
    return { ...toAlertView(alert, language), deliveries };
  }

  async list(principal: Principal, unreadOnly: boolean, language: Language) {
    return (await this.alerts.listFor(principal.username, unreadOnly)).map((a) => toAlertView(a, language));
  }

  async markRead(principal: Principal, id: string, language: Language) {
    const alert = UUID.test(id) ? await this.alerts.markRead(id, principal.username) : null;
    if (!alert) throw AppError.notFound({ zh: '提醒', en: 'alert' });
    return toAlertView(alert, language);
  }
}
