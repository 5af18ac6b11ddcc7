import {
  type ChannelJob,
  type ChannelMessage,
  type OutboundPolicy,
  PermanentRefusal,
  type SendContext,
  type SmsGateway,
  ackToken,
  channelText,
  mainlandMobile,
  sendDingtalk,
  sendSms,
  sendWecom,
} from '@boundary/alerts';
import type { AlertRepository, ChannelRepository } from '@boundary/persistence';
import { type Job, UnrecoverableError } from 'bullmq';

const SEND_LEASE_SECONDS = 30;

export interface ChannelDependencies {
  alerts: Pick<AlertRepository, 'findById'>;
  channels: Pick<ChannelRepository, 'deliveriesOf' | 'claim' | 'record' | 'reachOf' | 'findAckLinkOf'>;
  outbound: OutboundPolicy;
  sms: SmsGateway | undefined;
  /** Signs the acknowledge links (the JWT secret: the API checks them with it). */
  linkKey: string;
  publicUrl: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

/**
 * Sends one alert on one vendor channel. The robot or phone is read when it is sent, so a removed robot or
 * number is respected. A delivery already sent or refused is left alone: a job redelivered after a crash or
 * a stalled lock sends nothing twice once the first send was recorded. Transient vendor errors throw for
 * BullMQ's backoff; a refusal is recorded and ends the job without retries.
 */
export function createChannelProcessor(deps: ChannelDependencies) {
  const context: SendContext = { outbound: deps.outbound, fetch: deps.fetch, now: deps.now };
  return async (job: Pick<Job<ChannelJob>, 'data' | 'attemptsMade' | 'opts'>): Promise<void> => {
    const { alertId, channel } = job.data;
    const delivery = (await deps.channels.deliveriesOf([alertId]))
      .get(alertId)
      ?.find((d) => d.channel === channel);
    if (!delivery || delivery.status !== 'pending') return;
    // Longer than one send can take (10 s timeout): a second run of this job waits for the first one's outcome.
    if (!(await deps.channels.claim(alertId, channel, SEND_LEASE_SECONDS))) {
      throw new Error(`the ${channel} delivery of alert ${alertId} is being sent by another attempt`);
    }
    const attempt = job.attemptsMade + 1;
    try {
      const alert = await deps.alerts.findById(alertId);
      const reach = alert && (await deps.channels.reachOf(alert.recipient));
      if (!alert || !reach) throw new PermanentRefusal('the alert or its recipient is gone');
      const link = await deps.channels.findAckLinkOf(alertId);
      const message: ChannelMessage = {
        ...channelText(alert),
        link: link ? `${deps.publicUrl}/m/${ackToken(deps.linkKey, link.id)}` : undefined,
        atMobiles: reach.phone ? [mainlandMobile(reach.phone)] : [],
        alertId,
      };
      const { robots } = reach;
      if (channel === 'wecom') {
        if (!robots.wecomRobot) throw new PermanentRefusal('the jurisdiction has no WeCom robot any more');
        await sendWecom(context, robots.wecomRobot, message);
      } else if (channel === 'dingtalk') {
        if (!robots.dingtalkRobot)
          throw new PermanentRefusal('the jurisdiction has no DingTalk robot any more');
        await sendDingtalk(context, robots.dingtalkRobot, message);
      } else {
        if (!deps.sms) throw new PermanentRefusal('no SMS gateway is configured (SMS_ACCESS_KEY_ID)');
        if (!reach.phone) throw new PermanentRefusal('the recipient has no phone any more');
        await sendSms(context, deps.sms, mainlandMobile(reach.phone), message);
      }
    } catch (error) {
      const refused = error instanceof PermanentRefusal;
      const final = refused || attempt >= (job.opts.attempts ?? 1);
      const text = (error as Error).message;
      await deps.channels.record(alertId, channel, final ? 'failed' : 'pending', attempt, text);
      if (refused) throw new UnrecoverableError(text);
      throw error;
    }
    await deps.channels.record(alertId, channel, 'sent', attempt, null);
  };
}
