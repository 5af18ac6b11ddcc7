import request from 'supertest';
import {
  FAKE_DINGTALK_SECRET,
  FAKE_DINGTALK_TOKEN,
  FAKE_SMS,
  FAKE_WECOM_KEY,
  FakeVendors,
} from '../support/fake-vendors';
import { newCase } from '../support/stack';
import { type FaultStack, startFaultStack } from './fault-stack';
import { sleep } from './faults';
import { persistently } from './helpers';

const CASES = 60;
const KILLS = 8;

/**
 * A burst of missed deadlines, each alerting the leader on the inbox, both work-group robots and SMS, while the
 * worker is SIGKILLed again and again (with a vendor throttling now and then): every alert reaches every
 * channel exactly once.
 */
describe('the worker SIGKILLed during an alert burst on every channel', () => {
  let stack: FaultStack;
  const vendors = new FakeVendors();

  beforeAll(async () => {
    const base = await vendors.listen();
    stack = await startFaultStack(
      { reportWithin: 'PT6S', remindBefore: 'PT0S' },
      {
        env: {
          OUTBOUND_ALLOW: '127.0.0.1',
          SMS_ENDPOINT: `${base}/sms/`,
          SMS_ACCESS_KEY_ID: FAKE_SMS.accessKeyId,
          SMS_ACCESS_KEY_SECRET: FAKE_SMS.accessKeySecret,
          SMS_SIGN_NAME: FAKE_SMS.signName,
          SMS_TEMPLATE_CODE: FAKE_SMS.templateCode,
        },
      },
    );
    const admin = await stack.token('admin');
    const http = () => request(stack.app.getHttpServer());
    await http()
      .put('/jurisdictions/D01/channels')
      .set('authorization', `Bearer ${admin}`)
      .send({
        wecomRobot: { url: `${base}/wecom/cgi-bin/webhook/send?key=${FAKE_WECOM_KEY}` },
        dingtalkRobot: {
          url: `${base}/dingtalk/robot/send?access_token=${FAKE_DINGTALK_TOKEN}`,
          secret: FAKE_DINGTALK_SECRET,
        },
      })
      .expect(200);
    await http()
      .patch('/users/leader')
      .set('authorization', `Bearer ${admin}`)
      .send({ phone: '+86 139 0000 0002' })
      .expect(200);
  });
  afterAll(async () => {
    await stack.stop();
    await vendors.close();
  });

  const progress = (message: string) => process.stderr.write(`[channel-kill] ${message}\n`);

  it(`delivers each of ${CASES} leader alerts once per channel through ${KILLS} kills`, async () => {
    const token = await stack.token('mediator.a');
    const http = () => request(stack.app.getHttpServer());
    let kills = 0;
    let stopped = false;
    const killer = (async () => {
      await sleep(5000); // the first deadlines fall due about now
      while (!stopped && kills < KILLS) {
        await sleep(800 + Math.random() * 800);
        if (kills % 3 === 1) vendors.failNext('dingtalk', 429);
        if (kills % 3 === 2) vendors.failNext('sms', 500);
        await stack.worker.kill();
        kills += 1;
        await sleep(300);
        stack.worker.start();
      }
    })();
    const ids: string[] = [];
    try {
      for (let index = 0; index < CASES; index += 1) {
        const created = await persistently(
          () =>
            http()
              .post('/disputes')
              .set('authorization', `Bearer ${token}`)
              .set('Idempotency-Key', `channel-kill-${index}`)
              .send(newCase('T01')),
          (status) => status === 201 || status === 200,
        );
        ids.push(created.body.id);
        if (index % 10 === 9) await sleep(500);
      }
    } finally {
      await killer;
      stopped = true;
    }
    progress(`${ids.length} cases, ${kills} kills`);
    expect(kills).toBe(KILLS);

    // Jobs a killed worker held come back at BullMQ's stalled check (every 30 s): wait until nothing is pending.
    type Row = { id: string; message: string; channel: string; status: string };
    let rows: Row[] = [];
    for (let attempt = 0; attempt < 60; attempt += 1) {
      rows = await stack.db.query(
        `SELECT a.id, a.message, d.channel, d.status FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id
         WHERE a.recipient = 'leader' AND a.kind = 'deadline_missed' AND a.subject_id = ANY($1)`,
        [ids],
      );
      const alerts = new Set(rows.map((row) => row.id));
      if (alerts.size === CASES && rows.length === CASES * 4 && rows.every((row) => row.status === 'sent'))
        break;
      await sleep(2000);
    }
    const byChannel = (channel: string) => rows.filter((row) => row.channel === channel);
    progress(`deliveries: ${rows.length}, pending ${rows.filter((r) => r.status !== 'sent').length}`);
    for (const channel of ['inbox', 'wecom', 'dingtalk', 'sms']) {
      expect(byChannel(channel).map((row) => row.status)).toEqual(Array(CASES).fill('sent'));
    }
    await sleep(3000);
    // SMS names its alert (OutId); the robots' texts contain the alert's message, unique per case title.
    const smsIds = vendors.accepted.sms.map((message) => message.outId).sort();
    expect(smsIds).toEqual(
      byChannel('sms')
        .map((row) => row.id)
        .sort(),
    );
    for (const [channel, texts] of [
      ['wecom', vendors.accepted.wecom.map((m) => m.content)],
      ['dingtalk', vendors.accepted.dingtalk.map((m) => m.text)],
    ] as const) {
      const copies = byChannel(channel).map(
        (row) => texts.filter((text) => text.includes(row.message)).length,
      );
      expect({ channel, copies }).toEqual({ channel, copies: Array(CASES).fill(1) });
      expect(texts).toHaveLength(CASES);
    }
    expect(vendors.accepted.dingtalk.every((m) => m.atMobiles[0] === '13900000002')).toBe(true);
  }, 600_000);
});
