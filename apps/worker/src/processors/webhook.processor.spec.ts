import { createHmac } from 'node:crypto';
import { WEBHOOK_ATTEMPTS, recipientSecret, verifyWebhook } from '@boundary/alerts';
import type { AlertEntity } from '@boundary/persistence';
import { alertRow, fakeAlertStore, userRow } from '../../../../test/support/fakes';
import { createWebhookProcessor } from './webhook.processor';

const SERVER_KEY = 'unit-webhook-secret-0123456789';
const NOW = new Date('2026-03-05T08:00:05.750Z');
const HOOK_URL = 'https://hooks.example.org/boundary';

/** A webhook receiver that answers each request with the next status (or network error), then 200. */
function fakeHttp(answers: (number | Error | Response)[]) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = jest.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
    requests.push({ url: String(url), init });
    const answer = answers[requests.length - 1] ?? 200;
    if (answer instanceof Error) throw answer;
    return answer instanceof Response ? answer : new Response(null, { status: answer });
  });
  return { fetch, requests };
}

function makeSut({
  alert = alertRow({ webhookStatus: 'pending' }),
  webhookUrl = HOOK_URL as string | null,
  answers = [],
}: { alert?: AlertEntity; webhookUrl?: string | null; answers?: (number | Error | Response)[] } = {}) {
  const alerts = fakeAlertStore([alert]);
  const recipient = userRow(alert.recipient, webhookUrl);
  const organisation = { findUser: jest.fn(async () => recipient) };
  const http = fakeHttp(answers);
  const sut = createWebhookProcessor({
    alerts,
    organisation,
    serverKey: SERVER_KEY,
    // The example host is allowed so that no test resolves a name; literal addresses are checked as they are.
    outbound: { production: true, allow: ['hooks.example.org'] },
    fetch: http.fetch,
    now: () => NOW,
  });
  const job = (attemptsMade = 0) => ({
    data: { alertId: alert.id },
    attemptsMade,
    opts: { attempts: WEBHOOK_ATTEMPTS },
  });
  /** Runs the job as BullMQ does: again after each failure until it succeeds or its attempts are used up. */
  async function runAttempts(): Promise<string[]> {
    const failures: string[] = [];
    for (let attemptsMade = 0; attemptsMade < WEBHOOK_ATTEMPTS; attemptsMade += 1) {
      try {
        await sut(job(attemptsMade));
        break;
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
    return failures;
  }
  const secret =
    recipient.webhookKey && recipientSecret(SERVER_KEY, recipient.username, recipient.webhookKey);
  return { sut, job, runAttempts, alerts, http, secret, row: () => alerts.rows.get(alert.id) };
}

const header = (init: RequestInit, name: string) => (init.headers as Record<string, string>)[name];

describe('webhook processor', () => {
  it('POSTs the alert as JSON signed with the recipient’s own secret over "timestamp.body", then records it delivered', async () => {
    const { sut, job, http, row, secret } = makeSut();
    await sut(job());

    expect(http.requests).toHaveLength(1);
    const [{ url, init }] = http.requests;
    expect(url).toBe(HOOK_URL);
    expect(init.method).toBe('POST');
    expect(init.redirect).toBe('manual');
    expect(header(init, 'content-type')).toBe('application/json');
    const timestamp = header(init, 'x-boundary-timestamp');
    expect(timestamp).toBe(String(Math.floor(NOW.getTime() / 1000)));
    const body = init.body as string;
    const hmac = createHmac('sha256', secret as string)
      .update(`${timestamp}.${body}`)
      .digest('hex');
    expect(header(init, 'x-boundary-signature')).toBe(`sha256=${hmac}`);
    expect(verifyWebhook(secret as string, timestamp, body, header(init, 'x-boundary-signature'))).toBe(true);
    // Neither the server key itself nor another recipient's secret verifies it.
    expect(verifyWebhook(SERVER_KEY, timestamp, body, `sha256=${hmac}`)).toBe(false);
    const other = recipientSecret(SERVER_KEY, 'mediator.a', 'k'.repeat(32));
    expect(verifyWebhook(other, timestamp, body, `sha256=${hmac}`)).toBe(false);
    const alert = alertRow();
    expect(JSON.parse(body)).toEqual({
      id: alert.id,
      kind: alert.kind,
      subjectType: alert.subjectType,
      subjectId: alert.subjectId,
      deadlineKind: alert.deadlineKind,
      message: alert.message,
      recipient: alert.recipient,
      createdAt: alert.createdAt.toISOString(),
    });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(row()).toMatchObject({ webhookStatus: 'delivered', webhookAttempts: 1, webhookError: null });
  });

  it('fails the attempt on a 5xx so BullMQ retries it, recording each failure, until one gets through', async () => {
    const { runAttempts, alerts, http, row } = makeSut({ answers: [503, 502] });
    expect(await runAttempts()).toEqual(['webhook answered HTTP 503', 'webhook answered HTTP 502']);
    expect(http.requests).toHaveLength(3);
    expect(alerts.recordWebhook.mock.calls.map((call) => call.slice(1))).toEqual([
      ['pending', 1, 'webhook answered HTTP 503'],
      ['pending', 2, 'webhook answered HTTP 502'],
      ['delivered', 3, null],
    ]);
    expect(row()).toMatchObject({ webhookStatus: 'delivered', webhookAttempts: 3, webhookError: null });
  });

  it('records the failure as permanent once the last attempt has failed', async () => {
    const answers = [...Array(WEBHOOK_ATTEMPTS - 1).fill(500), new TypeError('fetch failed')];
    const { runAttempts, http, row } = makeSut({ answers });
    expect(await runAttempts()).toHaveLength(WEBHOOK_ATTEMPTS);
    expect(http.requests).toHaveLength(WEBHOOK_ATTEMPTS);
    expect(row()).toMatchObject({
      webhookStatus: 'failed',
      webhookAttempts: WEBHOOK_ATTEMPTS,
      webhookError: 'fetch failed',
    });
  });

  it('counts a redirect as a failure and does not follow it', async () => {
    const redirect = new Response(null, { status: 302, headers: { location: 'http://127.0.0.1/' } });
    const { sut, job, alerts, http } = makeSut({ answers: [redirect] });
    await expect(sut(job())).rejects.toThrow(/302/);
    expect(http.requests).toHaveLength(1);
    expect(alerts.recordWebhook.mock.calls.map((call) => call.slice(1))).toEqual([
      ['pending', 1, 'webhook answered HTTP 302'],
    ]);
  });

  it('refuses to send to a private address or over http in production, checked before each attempt', async () => {
    for (const webhookUrl of ['https://10.0.0.7/hook', 'http://203.0.113.9/hook']) {
      const { sut, job, http } = makeSut({ webhookUrl });
      await expect(sut(job())).rejects.toThrow(/webhook URL refused/);
      expect(http.fetch).not.toHaveBeenCalled();
    }
  });

  it('sends nothing for an alert already delivered (a repeated job) or no longer there', async () => {
    const delivered = makeSut({ alert: alertRow({ webhookStatus: 'delivered', webhookAttempts: 1 }) });
    await delivered.sut(delivered.job(0));
    expect(delivered.http.fetch).not.toHaveBeenCalled();
    expect(delivered.alerts.recordWebhook).not.toHaveBeenCalled();

    const gone = makeSut();
    gone.alerts.rows.clear();
    await gone.sut(gone.job(0));
    expect(gone.http.fetch).not.toHaveBeenCalled();
  });

  it('gives up at once when the recipient has removed the webhook since', async () => {
    const { sut, job, http, row } = makeSut({ webhookUrl: null });
    await sut(job());
    expect(http.fetch).not.toHaveBeenCalled();
    expect(row()).toMatchObject({ webhookStatus: 'failed', webhookAttempts: 1 });
  });
});
