import { createHmac } from 'node:crypto';
import { WEBHOOK_ATTEMPTS, verifyWebhook } from '@boundary/alerts';
import type { AlertEntity } from '@boundary/persistence';
import { alertRow, fakeAlertStore } from '../../../../test/support/fakes';
import { createWebhookProcessor } from './webhook.processor';

const SECRET = 'unit-webhook-secret-0123456789';
const NOW = new Date('2026-03-05T08:00:05.750Z');
const HOOK_URL = 'https://hooks.example.org/boundary';

/** A webhook receiver that answers each request with the next status (or network error), then 200. */
function fakeHttp(answers: (number | Error)[]) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = jest.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
    requests.push({ url: String(url), init });
    const answer = answers[requests.length - 1] ?? 200;
    if (answer instanceof Error) throw answer;
    return new Response(null, { status: answer });
  });
  return { fetch, requests };
}

function makeSut({
  alert = alertRow({ webhookStatus: 'pending' }),
  answers = [],
}: { alert?: AlertEntity; answers?: (number | Error)[] } = {}) {
  const alerts = fakeAlertStore([alert]);
  const http = fakeHttp(answers);
  const sut = createWebhookProcessor({ alerts, secret: SECRET, fetch: http.fetch, now: () => NOW });
  const job = (attemptsMade = 0) => ({
    data: { alertId: alert.id, url: HOOK_URL },
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
  return { sut, job, runAttempts, alerts, http, row: () => alerts.rows.get(alert.id) };
}

const header = (init: RequestInit, name: string) => (init.headers as Record<string, string>)[name];

describe('webhook processor', () => {
  it('POSTs the alert as JSON signed with HMAC-SHA256 over "timestamp.body", then records it delivered', async () => {
    const { sut, job, http, row } = makeSut();
    await sut(job());

    expect(http.requests).toHaveLength(1);
    const [{ url, init }] = http.requests;
    expect(url).toBe(HOOK_URL);
    expect(init.method).toBe('POST');
    expect(header(init, 'content-type')).toBe('application/json');
    const timestamp = header(init, 'x-boundary-timestamp');
    expect(timestamp).toBe(String(Math.floor(NOW.getTime() / 1000)));
    const body = init.body as string;
    const hmac = createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex');
    expect(header(init, 'x-boundary-signature')).toBe(`sha256=${hmac}`);
    expect(verifyWebhook(SECRET, timestamp, body, header(init, 'x-boundary-signature'))).toBe(true);
    expect(verifyWebhook('another-secret-0123456789', timestamp, body, `sha256=${hmac}`)).toBe(false);
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
});
