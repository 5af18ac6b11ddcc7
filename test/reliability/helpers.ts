import request from 'supertest';
import { newCase } from '../support/stack';
import type { FaultStack } from './fault-stack';
import { sleep } from './faults';

/**
 * Opens `count` cases for township T01 with deterministic idempotency keys; returns their ids. A stack just
 * started may still answer 503 (its worker's first workflow task outlasting the call's deadline on a loaded
 * machine), so each is sent as a patient client would, under its key.
 */
export async function openCases(stack: FaultStack, prefix: string, count: number): Promise<string[]> {
  const token = await stack.token('mediator.a');
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await persistently(
      () =>
        request(stack.app.getHttpServer())
          .post('/disputes')
          .set('authorization', `Bearer ${token}`)
          .set('Idempotency-Key', `${prefix}-${i}`)
          .send(newCase('T01')),
      (status) => status !== 503,
    );
    if (response.status !== 201)
      throw new Error(`opening case ${i}: ${response.status} ${JSON.stringify(response.body)}`);
    ids.push(response.body.id);
  }
  return ids;
}

export async function countAlerts(
  stack: FaultStack,
  kind: string,
  recipient: string,
  ids: string[],
): Promise<number> {
  const [{ n }] = await stack.db.query(
    `SELECT count(*) AS n FROM alerts WHERE kind = $1 AND recipient = $2 AND subject_id = ANY($3)`,
    [kind, recipient, ids],
  );
  return Number(n);
}

/** Waits until `check` holds, then a little longer, so that a late duplicate would still be seen. */
export async function settle(
  check: () => Promise<boolean>,
  timeoutMs: number,
  quietMs = 3000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not settled within ${timeoutMs} ms`);
    await sleep(500);
  }
  await sleep(quietMs);
}

/**
 * Calls the API as a patient client would: a 503 (the worker is down and the update timed out) is retried
 * with the same request, Idempotency-Key included. Any other 5xx fails the test at once.
 */
export async function persistently(
  send: () => request.Test,
  accept: (status: number) => boolean,
): Promise<request.Response> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const response = await send();
    if (response.status >= 500 && response.status !== 503)
      throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    if (accept(response.status)) return response;
    await sleep(500);
  }
  throw new Error('gave up after 20 attempts');
}
