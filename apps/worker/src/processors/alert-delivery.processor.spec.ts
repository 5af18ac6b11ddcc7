import {
  type AlertDeliveryJob,
  type ChannelJob,
  JobName,
  type OutboundChannel,
  WEBHOOK_ATTEMPTS,
  type WebhookJob,
} from '@boundary/alerts';
import type { UserEntity } from '@boundary/persistence';
import type { JobsOptions } from 'bullmq';
import { fakeAlertStore, fakeChannelStore, userRow as user } from '../../../../test/support/fakes';
import { createAlertDeliveryProcessor } from './alert-delivery.processor';
import { createWebhookProcessor } from './webhook.processor';

const HOOK_URL = 'https://hooks.example.org/leader';

const delivery = (overrides: Partial<AlertDeliveryJob> = {}): AlertDeliveryJob => ({
  dedupKey: 'dispute:case-1:deadline_missed:report:2026-03-05T08:00:00.000Z:leader',
  recipient: 'leader',
  kind: 'deadline_missed',
  subjectType: 'dispute',
  subjectId: 'case-1',
  subjectTitle: '石门村与王家村林地界线争议',
  deadlineKind: 'report',
  dueAt: '2026-03-05T08:00:00.000Z',
  decidedAt: '2026-03-05T08:00:00.120Z',
  ...overrides,
});

const ROBOTS = {
  D01: {
    wecomRobot: { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' },
    dingtalkRobot: { url: 'https://oapi.dingtalk.com/robot/send?access_token=t', secret: 'SECs' },
  },
};

function makeSut({ users = [user('leader'), user('hooked', HOOK_URL)] }: { users?: UserEntity[] } = {}) {
  const channels = fakeChannelStore(ROBOTS, users);
  const alerts = fakeAlertStore([], channels);
  const channelJobs = new Map<string, ChannelJob>();
  const channelQueue = {
    add: jest.fn(async (_name: JobName.SendChannel, data: ChannelJob, opts: JobsOptions) => {
      if (opts.jobId && !channelJobs.has(opts.jobId)) channelJobs.set(opts.jobId, data);
    }),
  };
  const channelQueues: Record<OutboundChannel, typeof channelQueue> = {
    wecom: channelQueue,
    dingtalk: channelQueue,
    sms: channelQueue,
  };
  // The webhook processor reads the signing key from the user's row.
  const organisation = {
    findUser: jest.fn(async (username: string) => users.find((u) => u.username === username) ?? null),
  };
  // BullMQ keeps one job per job id: adding an id it holds adds nothing.
  const webhookJobs = new Map<string, { data: WebhookJob; opts: JobsOptions }>();
  const webhookQueue = {
    add: jest.fn(async (_name: JobName.PostWebhook, data: WebhookJob, opts: JobsOptions) => {
      if (opts.jobId && !webhookJobs.has(opts.jobId)) webhookJobs.set(opts.jobId, { data, opts });
    }),
  };
  const fetch = jest.fn(async (_url: string | URL | Request, _init?: RequestInit) => new Response(null));
  const postWebhook = createWebhookProcessor({
    alerts,
    organisation,
    serverKey: 'unit-webhook-secret-0123456789',
    outbound: { production: true, allow: ['hooks.example.org'] },
    fetch,
  });
  /** Runs every queued webhook job once, as the webhook worker would. */
  const drainWebhooks = async () => {
    for (const { data, opts } of webhookJobs.values()) await postWebhook({ data, opts, attemptsMade: 0 });
  };
  const sut = createAlertDeliveryProcessor({
    alerts,
    webhookQueue,
    channels,
    channelQueues,
    ackLinkTtlSeconds: 3600,
  });
  return { sut, alerts, webhookQueue, webhookJobs, drainWebhooks, fetch, channels, channelJobs };
}

describe('alert delivery processor', () => {
  it('writes the inbox row with the texts and the time the workflow decided it', async () => {
    const { sut, alerts, webhookQueue } = makeSut();
    await sut({ data: delivery() });

    expect([...alerts.rows.values()]).toEqual([
      {
        id: expect.any(String),
        dedupKey: delivery().dedupKey,
        recipient: 'leader',
        kind: 'deadline_missed',
        subjectType: 'dispute',
        subjectId: 'case-1',
        deadlineKind: 'report',
        message: '纠纷案件「石门村与王家村林地界线争议」的上报期限已超期（2026-03-05 08:00 UTC），请督办。',
        messageEn:
          'The report deadline of dispute "石门村与王家村林地界线争议" was missed (2026-03-05 08:00 UTC).',
        createdAt: new Date('2026-03-05T08:00:00.120Z'),
        readAt: null,
        webhookStatus: 'none',
        webhookAttempts: 0,
        webhookError: null,
      },
    ]);
    expect(webhookQueue.add).not.toHaveBeenCalled();
  });

  it('stores no deadline kind for an alert without one', async () => {
    const { sut, alerts } = makeSut();
    await sut({ data: delivery({ kind: 'escalated', deadlineKind: undefined, dueAt: undefined }) });
    expect([...alerts.rows.values()][0].deadlineKind).toBeNull();
  });

  it('hands a user with a webhook to the webhook queue, with retries and exponential backoff', async () => {
    const { sut, alerts, webhookQueue } = makeSut();
    await sut({ data: delivery({ recipient: 'hooked', dedupKey: 'k:hooked' }) });

    const [row] = alerts.rows.values();
    expect(row.webhookStatus).toBe('pending');
    expect(webhookQueue.add).toHaveBeenCalledWith(
      JobName.PostWebhook,
      { alertId: row.id },
      expect.objectContaining({
        jobId: expect.any(String),
        attempts: WEBHOOK_ATTEMPTS,
        backoff: { type: 'exponential', delay: 1000 },
      }),
    );
  });

  it('delivers nothing to a user who was removed after the alert was decided', async () => {
    const { sut, alerts, webhookQueue } = makeSut();
    await sut({ data: delivery({ recipient: 'gone', dedupKey: 'k:gone' }) });
    expect(alerts.rows.size).toBe(0);
    expect(webhookQueue.add).not.toHaveBeenCalled();
  });

  it('inserts and sends nothing for a second delivery of the same key, however the two interleave', async () => {
    const { sut, alerts, webhookQueue, webhookJobs, drainWebhooks, fetch } = makeSut();
    const data = delivery({ recipient: 'hooked', dedupKey: 'k:hooked' });

    await Promise.all([sut({ data }), sut({ data })]);
    await drainWebhooks();
    await sut({ data });
    await drainWebhooks();

    expect(alerts.rows.size).toBe(1);
    expect([...alerts.rows.values()][0]).toMatchObject({ webhookStatus: 'delivered', webhookAttempts: 1 });
    const jobIds = webhookQueue.add.mock.calls.map(([, , opts]) => opts.jobId);
    expect(jobIds).toHaveLength(2);
    expect(new Set(jobIds).size).toBe(1);
    expect(webhookJobs.size).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('queues the webhook again on a retry that follows a crash between the insert and the enqueue', async () => {
    const { sut, webhookQueue, drainWebhooks, fetch } = makeSut();
    const data = delivery({ recipient: 'hooked', dedupKey: 'k:hooked' });
    webhookQueue.add.mockRejectedValueOnce(new Error('Connection is closed.'));

    await expect(sut({ data })).rejects.toThrow('Connection is closed.');
    await sut({ data });
    await drainWebhooks();

    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('plans one delivery per routed channel the recipient can be reached on, and a retry adds none', async () => {
    const phoned = { ...user('leader'), phone: '13800000001' };
    const { sut, channels, channelJobs } = makeSut({ users: [phoned] });
    const job = delivery({ subjectType: 'incident', channels: ['inbox', 'wecom', 'dingtalk', 'sms'] });
    await sut({ data: job });
    // A new row carries its deliveries: nothing to plan again or read back.
    expect(channels.plan).not.toHaveBeenCalled();
    await sut({ data: job });
    expect(channels.plan).toHaveBeenCalledTimes(1);
    expect([...channels.deliveries.values()].map(({ channel, status }) => [channel, status])).toEqual([
      ['inbox', 'sent'],
      ['wecom', 'pending'],
      ['dingtalk', 'pending'],
      ['sms', 'pending'],
    ]);
    expect([...channelJobs.values()].map((j) => j.channel)).toEqual(['wecom', 'dingtalk', 'sms']);
    // An incident alert that leaves the console carries one acknowledge link, however often it is retried.
    expect(channels.links.size).toBe(1);
  });

  it('routes nowhere but the inbox and webhook for jobs queued before channels, and skips unreachable ones', async () => {
    const { sut, channels, channelJobs } = makeSut();
    await sut({ data: delivery() });
    await sut({ data: delivery({ dedupKey: 'other:leader', channels: ['inbox', 'sms'] }) });
    expect([...channels.deliveries.values()].map((d) => d.channel)).toEqual(['inbox', 'inbox']);
    expect(channelJobs.size).toBe(0);
    expect(channels.links.size).toBe(0);
  });
});
