import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueueName, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from '@boundary/alerts';
import {
  BoundaryRepository,
  ChannelRepository,
  DisputeRepository,
  FindingRepository,
  IncidentRepository,
  JointInspectionRepository,
  OrganisationRepository,
  PatrolPlanRepository,
} from '@boundary/persistence';
import { type AlertIntent, DEFAULT_ALERT_ROUTING } from '@boundary/workflows';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { createActivities } from '../../apps/worker/src/activities/create-activities';
import { type Stack, startStack } from '../support/stack';
import { eventually, quietFor } from '../support/waits';

interface Received {
  body: string;
  signature: string;
  timestamp: string;
}

describe('alert pipeline: exactly once per recipient, webhooks signed and retried', () => {
  let stack: Stack;
  let redis: IORedis;
  let queue: Queue;
  let server: Server;
  const received: Received[] = [];
  let failuresLeft = 2;
  let secret: string;

  beforeAll(async () => {
    // The receiver listens on loopback, which webhooks may only reach when the host is allowed.
    stack = await startStack({ env: { OUTBOUND_ALLOW: '127.0.0.1' } });
    server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          response.writeHead(503).end();
          return;
        }
        received.push({
          body,
          signature: String(request.headers[SIGNATURE_HEADER]),
          timestamp: String(request.headers[TIMESTAMP_HEADER]),
        });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const set = await (await stack.as('admin')).put('/users/leader/webhook', { url }).expect(200);
    secret = set.body.secret;
    redis = new IORedis(stack.config.redisUrl, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.AlertDelivery, { connection: redis, prefix: stack.config.redisPrefix });
  });

  afterAll(async () => {
    await (await stack.as('admin')).put('/users/leader/webhook', { url: null }).expect(200);
    await queue.close();
    redis.disconnect();
    server.close();
    await stack.stop();
  });

  it('delivers one inbox row per recipient however often the activity is retried', async () => {
    const dataSource = stack.app.get(DataSource);
    const activities = createActivities({
      disputes: new DisputeRepository(dataSource),
      incidents: new IncidentRepository(dataSource),
      findings: new FindingRepository(dataSource),
      patrolPlans: new PatrolPlanRepository(dataSource),
      register: new BoundaryRepository(dataSource),
      jointInspections: new JointInspectionRepository(dataSource),
      organisation: new OrganisationRepository(dataSource),
      alertQueue: queue,
      signalCase: async () => undefined,
      channels: new ChannelRepository(dataSource),
      routing: DEFAULT_ALERT_ROUTING,
    });
    const subjectId = `pipeline-${Date.now()}`;
    const intent: AlertIntent = {
      key: `dispute:${subjectId}:deadline_missed:report:2026-11-25T00:00:00.000Z`,
      kind: 'deadline_missed',
      subjectType: 'dispute',
      subjectId,
      subjectTitle: '测试案件',
      deadlineKind: 'report',
      dueAt: '2026-11-25T00:00:00.000Z',
      at: new Date().toISOString(),
      audience: [
        { role: 'leader', jurisdiction: 'D01' },
        { role: 'bureau', jurisdiction: 'D01' },
      ],
    };
    await Promise.all([activities.enqueueAlerts([intent]), activities.enqueueAlerts([intent])]);
    await activities.enqueueAlerts([intent]);

    const rows = await eventually(async () => {
      const found: { recipient: string; message: string }[] = await dataSource.query(
        `SELECT recipient, message FROM alerts WHERE subject_id = $1 ORDER BY recipient`,
        [subjectId],
      );
      return found.length === 2 ? found : undefined;
    });
    // A job of a repeated enqueue may still be running: give a duplicate a moment to land, then count.
    await quietFor(1000);
    const again: unknown[] = await dataSource.query(`SELECT id FROM alerts WHERE subject_id = $1`, [
      subjectId,
    ]);
    expect(again).toHaveLength(2);
    expect(rows.map((r) => r.recipient)).toEqual(['bureau', 'leader']);
    expect(rows[0].message).toMatch(/测试案件.*上报期限已超期/);

    // The leader has a webhook that fails twice: BullMQ retries with backoff, then it lands once, signed.
    await eventually(async () => (received.length > 0 ? true : undefined), { timeoutMs: 20_000 });
    // A second POST would be a late retry of the delivered job: give it a moment to show up, then count.
    await quietFor(1000);
    expect(received).toHaveLength(1);
    const delivered = received[0];
    expect(JSON.parse(delivered.body)).toMatchObject({
      kind: 'deadline_missed',
      subjectId,
      recipient: 'leader',
    });
    // Signed with the leader's own secret, shown once when the webhook was set; not with the server's key.
    expect(verifyWebhook(secret, delivered.timestamp, delivered.body, delivered.signature)).toBe(true);
    expect(
      verifyWebhook(stack.config.webhookSecret, delivered.timestamp, delivered.body, delivered.signature),
    ).toBe(false);
    const status = await eventually(async () => {
      const [row] = await dataSource.query(
        `SELECT webhook_status, webhook_attempts FROM alerts WHERE subject_id = $1 AND recipient = 'leader'`,
        [subjectId],
      );
      return row?.webhook_status === 'delivered' ? row : undefined;
    });
    expect(status).toEqual({ webhook_status: 'delivered', webhook_attempts: 3 });
  });

  it('marks an alert read once, and hides other users\u2019 alerts', async () => {
    const leader = await stack.as('leader');
    const [alert] = (await leader.get('/alerts?unread=true')).body;
    expect(alert).toBeDefined();
    expect((await (await stack.as('bureau')).post(`/alerts/${alert.id}/read`)).status).toBe(404);
    const read = await leader.post(`/alerts/${alert.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const unread = (await leader.get('/alerts?unread=true')).body.map((a: { id: string }) => a.id);
    expect(unread).not.toContain(alert.id);
    expect((await leader.post('/alerts/not-a-uuid/read')).status).toBe(404);
    const english = await leader.get('/alerts').set('accept-language', 'en');
    expect(english.body.find((a: { id: string }) => a.id === alert.id).message).toMatch(
      /deadline .* was missed/,
    );
  });
});
