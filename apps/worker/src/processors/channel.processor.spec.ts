import type { ChannelJob } from '@boundary/alerts';
import { UnrecoverableError } from 'bullmq';
import {
  FAKE_DINGTALK_SECRET,
  FAKE_DINGTALK_TOKEN,
  FAKE_SMS,
  FAKE_WECOM_KEY,
  FakeVendors,
} from '../../../../test/support/fake-vendors';
import { fakeAlertStore, fakeChannelStore, userRow } from '../../../../test/support/fakes';
import { createChannelProcessor } from './channel.processor';

const VENDOR = 'https://vendor.example';

function makeSut({ phone = '13800000001' }: { phone?: string } = {}) {
  const vendors = new FakeVendors();
  const alerts = fakeAlertStore();
  const channels = fakeChannelStore(
    {
      D01: {
        wecomRobot: { url: `${VENDOR}/wecom/cgi-bin/webhook/send?key=${FAKE_WECOM_KEY}` },
        dingtalkRobot: {
          url: `${VENDOR}/dingtalk/robot/send?access_token=${FAKE_DINGTALK_TOKEN}`,
          secret: FAKE_DINGTALK_SECRET,
        },
      },
    },
    [{ ...userRow('leader'), phone }],
  );
  const sut = createChannelProcessor({
    alerts,
    channels,
    outbound: { production: false, allow: ['vendor.example'] },
    sms: { endpoint: `${VENDOR}/sms/`, ...FAKE_SMS },
    linkKey: 'unit-link-key-0123456789',
    publicUrl: 'https://console.example',
    fetch: vendors.fetch,
  });
  return { sut, vendors, alerts, channels };
}

async function alertWithDeliveries(
  { alerts, channels }: Pick<ReturnType<typeof makeSut>, 'alerts' | 'channels'>,
  subjectType = 'incident',
) {
  const { alert } = await alerts.insertOnce({
    dedupKey: `incident:i-1:incident_triggered:1:leader`,
    recipient: 'leader',
    kind: 'incident_triggered',
    subjectType,
    subjectId: 'i-1',
    deadlineKind: null,
    message: '突发事件「山林火情」已启动应急预案，请立即响应',
    messageEn: 'incident "山林火情" triggered the emergency plan; respond now.',
    createdAt: new Date(),
    webhookStatus: 'none',
  });
  await channels.plan(alert.id, [
    { channel: 'wecom', status: 'pending' },
    { channel: 'dingtalk', status: 'pending' },
    { channel: 'sms', status: 'pending' },
  ]);
  await channels.issueAckLink({
    id: 'abcdefghijklmnop',
    alertId: alert.id,
    username: 'leader',
    subjectType,
    subjectId: 'i-1',
    expiresAt: new Date(Date.now() + 3600_000),
  });
  return alert;
}

const run = (sut: ReturnType<typeof makeSut>['sut'], data: ChannelJob, attemptsMade = 0) =>
  sut({ data, attemptsMade, opts: { attempts: 8 } });

describe('channel processor', () => {
  it('sends each channel once with the acknowledge link, and a redelivered job sends nothing again', async () => {
    const { sut, vendors, ...stores } = makeSut();
    const alert = await alertWithDeliveries(stores);
    for (const channel of ['wecom', 'dingtalk', 'sms'] as const) {
      await run(sut, { alertId: alert.id, channel });
      await run(sut, { alertId: alert.id, channel }, 1);
    }
    expect(vendors.accepted.wecom).toHaveLength(1);
    expect(vendors.accepted.dingtalk).toHaveLength(1);
    expect(vendors.accepted.sms).toHaveLength(1);
    expect(vendors.accepted.dingtalk[0].atMobiles).toEqual(['13800000001']);
    expect(vendors.accepted.sms[0].params.link).toMatch(
      /^https:\/\/console\.example\/m\/abcdefghijklmnop[\w-]{22}$/,
    );
    expect([...stores.channels.deliveries.values()].map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ['wecom', 'sent', 1],
      ['dingtalk', 'sent', 1],
      ['sms', 'sent', 1],
    ]);
  });

  it('keeps a delivery pending through a 429 and a 500, then records it sent', async () => {
    const { sut, vendors, ...stores } = makeSut();
    const alert = await alertWithDeliveries(stores);
    vendors.failNext('dingtalk', 429, 500);
    await expect(run(sut, { alertId: alert.id, channel: 'dingtalk' }, 0)).rejects.toThrow(/429/);
    await expect(run(sut, { alertId: alert.id, channel: 'dingtalk' }, 1)).rejects.toThrow(/500/);
    expect((await stores.channels.deliveriesOf([alert.id])).get(alert.id)?.[1]).toMatchObject({
      channel: 'dingtalk',
      status: 'pending',
      attempts: 2,
    });
    await run(sut, { alertId: alert.id, channel: 'dingtalk' }, 2);
    expect(vendors.accepted.dingtalk).toHaveLength(1);
    expect((await stores.channels.deliveriesOf([alert.id])).get(alert.id)?.[1]).toMatchObject({
      status: 'sent',
      attempts: 3,
      lastError: null,
    });
  });

  it('records a permanent refusal as failed and tells BullMQ not to retry', async () => {
    const { sut, vendors, ...stores } = makeSut({ phone: '12345' });
    const alert = await alertWithDeliveries(stores);
    const attempt = run(sut, { alertId: alert.id, channel: 'sms' });
    await expect(attempt).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(attempt).rejects.toThrow(/MOBILE_NUMBER_ILLEGAL/);
    expect((await stores.channels.deliveriesOf([alert.id])).get(alert.id)?.[2]).toMatchObject({
      channel: 'sms',
      status: 'failed',
    });
    await run(sut, { alertId: alert.id, channel: 'sms' }, 1);
    expect(vendors.requests.sms).toBe(1);
  });

  it('does not send while another run of the same job holds the delivery, and sends once it is free', async () => {
    const { sut, vendors, ...stores } = makeSut();
    const alert = await alertWithDeliveries(stores);
    await stores.channels.claim(alert.id, 'wecom');
    await expect(run(sut, { alertId: alert.id, channel: 'wecom' })).rejects.toThrow(/another attempt/);
    expect(vendors.requests.wecom).toBe(0);
    stores.channels.leased.clear();
    await run(sut, { alertId: alert.id, channel: 'wecom' }, 1);
    expect(vendors.accepted.wecom).toHaveLength(1);
  });
});
