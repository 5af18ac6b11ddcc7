import { recipientSecret, verifyWebhook } from '@boundary/alerts';
import type { Job } from 'bullmq';
import { createWebhookProcessor } from './webhook.processor';

const alert = {
  id: 'a1',
  kind: 'deadline_missed',
  subjectType: 'dispute',
  subjectId: 'c1',
  deadlineKind: 'report',
  message: '超期',
  recipient: 'leader',
  createdAt: new Date('2026-11-25T00:00:00Z'),
  webhookStatus: 'pending',
};

function setUp(webhookUrl: string, answer: Response) {
  const recorded: unknown[][] = [];
  const sent: { url: string; init: RequestInit }[] = [];
  const process = createWebhookProcessor({
    alerts: {
      findById: async () => alert as never,
      recordWebhook: async (...args: unknown[]) => {
        recorded.push(args);
      },
    },
    organisation: {
      findUser: async () => ({ username: 'leader', webhookUrl, webhookKey: 'k'.repeat(32) }) as never,
    },
    serverKey: 'server-key-0123456789',
    outbound: { production: true, allow: [] },
    fetch: (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return answer;
    }) as typeof fetch,
    now: () => new Date('2026-11-25T00:00:10Z'),
  });
  const job = { data: { alertId: 'a1' }, attemptsMade: 0, opts: { attempts: 6 } } as Job;
  return { run: () => process(job), recorded, sent };
}

describe('the webhook processor', () => {
  it('signs with the recipient’s own secret and does not follow redirects', async () => {
    const { run, sent, recorded } = setUp('https://203.0.113.9/hook', new Response(null, { status: 204 }));
    await run();
    const { init } = sent[0];
    expect(init.redirect).toBe('manual');
    const headers = init.headers as Record<string, string>;
    const secret = recipientSecret('server-key-0123456789', 'leader', 'k'.repeat(32));
    expect(
      verifyWebhook(
        secret,
        headers['x-boundary-timestamp'],
        String(init.body),
        headers['x-boundary-signature'],
      ),
    ).toBe(true);
    expect(recorded).toEqual([['a1', 'delivered', 1, null]]);
  });

  it('counts a redirect as a failure', async () => {
    const { run, recorded } = setUp(
      'https://203.0.113.9/hook',
      new Response(null, { status: 302, headers: { location: 'http://127.0.0.1/' } }),
    );
    await expect(run()).rejects.toThrow(/302/);
    expect(recorded).toEqual([['a1', 'pending', 1, 'webhook answered HTTP 302']]);
  });

  it('refuses to send to a private address or over http in production', async () => {
    for (const url of ['https://10.0.0.7/hook', 'http://203.0.113.9/hook']) {
      const { run, sent } = setUp(url, new Response(null, { status: 204 }));
      await expect(run()).rejects.toThrow(/webhook URL refused/);
      expect(sent).toEqual([]);
    }
  });
});
