import { randomBytes } from 'node:crypto';
import {
  FAKE_DINGTALK_SECRET,
  FAKE_DINGTALK_TOKEN,
  FAKE_SMS,
  FAKE_WECOM_KEY,
  FakeVendors,
} from '../support/fake-vendors';
import { ChannelRepository } from '@boundary/persistence';
import { EventsHub } from '../../apps/api/src/channels/events.hub';
import { openEventStream } from '../support/event-stream';
import { type Stack, startStack } from '../support/stack';
import { eventually, quietFor } from '../support/waits';

/**
 * Alerts on the work-group robots and SMS, against local fake vendors that check signatures, timestamps and
 * payloads: one message per alert and channel, 429/500 retried, refusals recorded, SMS only for severity I and
 * II, the phone acknowledge link used once, and the console's event stream with resume.
 */

interface Delivery {
  channel: string;
  status: string;
  attempts: number;
  error?: string;
}

const PASSWORD = 'Channels2026x';

describe('alert channels', () => {
  let stack: Stack;
  const vendors = new FakeVendors();
  let base: string;
  const township = `TC${randomBytes(2).toString('hex').toUpperCase()}`;
  const responder = `responder.${township.toLowerCase()}`;
  const phone = '13900000001';
  let token: string;

  const asResponder = () => {
    const bearer = `Bearer ${token}`;
    return {
      get: (path: string) => stack.http().get(path).set('authorization', bearer),
    };
  };

  const trigger = async (severity: string) =>
    (
      await (
        await stack.as('bureau')
      )
        .post('/incidents', {
          title: `${township} 界桩处聚集 ${randomBytes(3).toString('hex')}`,
          type: 'mass_gathering',
          severity,
          jurisdiction: township,
          description: '两村村民在争议林地聚集',
        })
        .expect(201)
    ).body as { id: string };

  /** The responder's alert about the incident, with its deliveries once none is pending. */
  const settledAlert = (incidentId: string, timeoutMs = 40_000) =>
    eventually(
      async () => {
        const list = await asResponder().get('/alerts').expect(200);
        const alert = (list.body as { id: string; subjectId: string }[]).find(
          (a) => a.subjectId === incidentId,
        );
        if (!alert) return undefined;
        const detail = await asResponder().get(`/alerts/${alert.id}`).expect(200);
        const deliveries = detail.body.deliveries as Delivery[];
        return deliveries.some((d) => d.status === 'pending') ? undefined : { id: alert.id, deliveries };
      },
      { timeoutMs, everyMs: 500 },
    );

  beforeAll(async () => {
    base = await vendors.listen();
    stack = await startStack({
      env: {
        OUTBOUND_ALLOW: '127.0.0.1',
        SMS_ENDPOINT: `${base}/sms/`,
        SMS_ACCESS_KEY_ID: FAKE_SMS.accessKeyId,
        SMS_ACCESS_KEY_SECRET: FAKE_SMS.accessKeySecret,
        SMS_SIGN_NAME: FAKE_SMS.signName,
        SMS_TEMPLATE_CODE: FAKE_SMS.templateCode,
        PUBLIC_URL: 'https://console.example',
      },
    });
    const admin = await stack.as('admin');
    await admin
      .post('/jurisdictions', { code: township, name: '渠道镇', level: 'township', parentCode: 'D01' })
      .expect(201);
    await admin
      .post('/users', {
        username: responder,
        displayName: '渠道镇调解员',
        role: 'mediator',
        jurisdiction: township,
        password: 'demo1234x',
        phone,
      })
      .expect(201);
    const login = await stack
      .http()
      .post('/auth/login')
      .send({ username: responder, password: 'demo1234x' })
      .expect(200);
    const changed = await stack
      .http()
      .post('/auth/password')
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .send({ currentPassword: 'demo1234x', newPassword: PASSWORD })
      .expect(200);
    token = changed.body.accessToken;
  });

  afterAll(async () => {
    await stack.stop();
    await vendors.close();
  });

  it('lets the admin set the robots of a jurisdiction, refusing private addresses not allowed', async () => {
    const admin = await stack.as('admin');
    const refused = await admin
      .put(`/jurisdictions/${township}/channels`, {
        wecomRobot: { url: 'http://10.1.2.3/cgi-bin/webhook/send?key=x' },
      })
      .expect(400);
    expect(refused.body).toMatchObject({ error: 'VALIDATION_FAILED' });
    await admin.put(`/jurisdictions/NOPE/channels`, {}).expect(404);
    await (await stack.as('bureau')).put(`/jurisdictions/${township}/channels`, {}).expect(403);
    await admin
      .put(`/jurisdictions/${township}/channels`, { wecomRobot: { url: 'x' }, extra: 1 })
      .expect(400);
    const set = await admin
      .put(`/jurisdictions/${township}/channels`, {
        wecomRobot: { url: `${base}/wecom/cgi-bin/webhook/send?key=${FAKE_WECOM_KEY}` },
        dingtalkRobot: {
          url: `${base}/dingtalk/robot/send?access_token=${FAKE_DINGTALK_TOKEN}`,
          secret: FAKE_DINGTALK_SECRET,
        },
      })
      .expect(200);
    expect(set.body).toEqual({
      code: township,
      wecomRobot: { url: expect.stringContaining('/wecom/') },
      dingtalkRobot: { url: expect.stringContaining('/dingtalk/') },
    });
    expect(JSON.stringify(set.body)).not.toContain(FAKE_DINGTALK_SECRET);
  });

  it('sends a severity I incident to every channel once, with a DingTalk @ of the phone and a signed SMS', async () => {
    const before = { ...vendors.requests };
    const incident = await trigger('I');
    const { deliveries } = await settledAlert(incident.id);
    expect(deliveries).toEqual([
      { channel: 'inbox', status: 'sent', attempts: 1 },
      { channel: 'wecom', status: 'sent', attempts: 1 },
      { channel: 'dingtalk', status: 'sent', attempts: 1 },
      { channel: 'sms', status: 'sent', attempts: 1 },
    ]);
    await quietFor(2000);
    expect(vendors.requests.wecom - before.wecom).toBe(1);
    expect(vendors.requests.dingtalk - before.dingtalk).toBe(1);
    expect(vendors.requests.sms - before.sms).toBe(1);
    expect(vendors.accepted.dingtalk.at(-1)?.atMobiles).toEqual([phone]);
    expect(vendors.accepted.sms.at(-1)).toMatchObject({ phone, templateCode: FAKE_SMS.templateCode });
    expect(vendors.accepted.sms.at(-1)?.params.link).toMatch(/^https:\/\/console\.example\/m\//);
  });

  it('sends a severity III incident to the inbox and the groups, not by SMS', async () => {
    const smsBefore = vendors.requests.sms;
    const incident = await trigger('III');
    const { deliveries } = await settledAlert(incident.id);
    expect(deliveries.map((d) => d.channel)).toEqual(['inbox', 'wecom', 'dingtalk']);
    expect(vendors.requests.sms).toBe(smsBefore);
  });

  it('retries a vendor answering 429 then 500, and delivers once', async () => {
    const acceptedBefore = vendors.accepted.dingtalk.length;
    vendors.failNext('dingtalk', 429, 500);
    const incident = await trigger('IV');
    const { deliveries } = await settledAlert(incident.id);
    expect(deliveries.find((d) => d.channel === 'dingtalk')).toEqual({
      channel: 'dingtalk',
      status: 'sent',
      attempts: 3,
    });
    // The other channels did not wait for DingTalk's backoff.
    expect(deliveries.find((d) => d.channel === 'wecom')).toMatchObject({ status: 'sent', attempts: 1 });
    expect(vendors.accepted.dingtalk.length - acceptedBefore).toBe(1);
  });

  it('acknowledges from the phone link once; a used or forged link is refused', async () => {
    const incident = await trigger('II');
    await settledAlert(incident.id);
    const sms = vendors.accepted.sms.find((m) => m.params.subject && m.outId) && vendors.accepted.sms.at(-1);
    const link = sms?.params.link as string;
    const linkToken = link.split('/m/')[1];
    const page = await stack.http().get(`/ack/${linkToken}`).expect(200);
    expect(page.body).toMatchObject({
      incidentId: incident.id,
      username: responder,
      usable: true,
      severity: 'II',
    });
    const acknowledged = await stack
      .http()
      .post(`/ack/${linkToken}`)
      .send({ action: 'acknowledge', note: '已收到，正赶往现场' })
      .expect(200);
    expect(acknowledged.body).toMatchObject({ id: incident.id, status: 'acknowledged' });
    const again = await stack.http().post(`/ack/${linkToken}`).send({ action: 'on_scene' }).expect(410);
    expect(again.body).toMatchObject({ error: 'LINK_USED' });
    await stack
      .http()
      .post(`/ack/${linkToken.slice(0, -2)}xx`)
      .send({ action: 'acknowledge' })
      .expect(404);
    await stack.http().post(`/ack/${linkToken}`).send({ action: 'dance' }).expect(400);
    const audit = await (await stack.as('admin')).get(`/audit?actor=${responder}`).expect(200);
    expect((audit.body.items as { action: string }[]).map((i) => i.action)).toContain('ack_link_acknowledge');
  });

  /** The responder's `GET /events`, from now or after `lastEventId`, collecting what it receives. */
  const open = async (lastEventId?: string) => {
    const stream = await openEventStream(stack, token, lastEventId);
    expect(stream.contentType).toMatch(/text\/event-stream/);
    return stream;
  };

  // Before any stream of this stack opens (the next test opens them).
  it('reads no event while no stream is open, and a stream opened then starts from that moment', async () => {
    const log = stack.app.get(ChannelRepository);
    const reads = jest.spyOn(log, 'eventsAfter');
    try {
      const unwatched = await trigger('IV');
      await settledAlert(unwatched.id);
      await quietFor(500);
      expect(reads).not.toHaveBeenCalled();

      const openedAfter = BigInt(await log.lastEventId());
      const stream = await open();
      const watched = await trigger('IV');
      await eventually(
        () => stream.events.find((e) => e.event === 'alert' && e.data.subjectId === watched.id),
        { timeoutMs: 30_000 },
      );
      stream.close();
      expect(stream.events.filter((e) => BigInt(e.id) <= openedAfter)).toEqual([]);
      expect(reads).toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it('streams alerts and subject changes to the console, and resumes after Last-Event-ID', async () => {
    await stack.http().get('/events').expect(401);
    const first = await open();
    await quietFor(500);
    const incident = await trigger('IV');
    const alertEvent = await eventually(
      () => first.events.find((e) => e.event === 'alert' && e.data.subjectId === incident.id),
      { timeoutMs: 30_000 },
    );
    await eventually(() =>
      first.events.find(
        (e) => e.event === 'subject' && e.data.id === incident.id && e.data.subjectType === 'incident',
      ),
    );
    first.close();

    // While disconnected, the incident is acknowledged; the resumed stream gets what it missed, in order, once.
    const lastSeen = first.events.at(-1)?.id as string;
    await (await stack.as('bureau')).post(`/incidents/${incident.id}/acknowledge`, {}).expect(200);
    await quietFor(1000);
    const resumed = await open(lastSeen);
    const missed = await eventually(() =>
      resumed.events.find(
        (e) => e.event === 'subject' && e.data.id === incident.id && e.data.status === 'acknowledged',
      ),
    );
    expect(BigInt(missed.id)).toBeGreaterThan(BigInt(lastSeen));
    expect(resumed.events.some((e) => e.id === alertEvent.id)).toBe(false);
    const ids = resumed.events.map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(ids).size).toBe(ids.length);
    resumed.close();

    // A stream ends at the heartbeat after its user is disabled, as every other request of that user would.
    const watched = await open();
    await quietFor(500);
    await (await stack.as('admin')).patch(`/users/${responder}`, { disabled: true }).expect(200);
    await stack.app.get(EventsHub).sweep();
    await expect(Promise.race([watched.ended.then(() => 'ended'), quietFor(5000)])).resolves.toBe('ended');
  });
});
