import request from 'supertest';
import { newCase } from '../support/stack';
import { type FaultStack, inconsistencies, startFaultStack } from './fault-stack';
import { sleep } from './faults';

const CASES = 200;
const KILLS = 20;

/**
 * Calls the API as a patient client would: a 503 (the worker is down and the update timed out) is retried
 * with the same request, Idempotency-Key included.
 */
async function persistently(
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

describe('the worker SIGKILLed repeatedly while cases advance and deadlines fire', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await startFaultStack({ reportWithin: 'PT8S', acceptWithin: 'PT8S', remindBefore: 'PT3S' });
  });
  afterAll(() => stack.stop());

  const progress = (message: string) => process.stderr.write(`[worker-kill] ${message}\n`);

  it(`keeps ${CASES} cases, their timelines and alerts exact through ${KILLS} kills`, async () => {
    const token = await stack.token('mediator.a');
    const http = () => request(stack.app.getHttpServer());
    let stopped = false;
    let kills = 0;
    const killer = (async () => {
      while (!stopped && kills < KILLS) {
        await sleep(1200 + Math.random() * 800);
        await stack.worker.kill();
        kills += 1;
        await sleep(300);
        stack.worker.start();
      }
    })();

    const ids: string[] = [];
    const work = Array.from({ length: CASES }, (_, index) => index);
    const runLane = async (lane: number) => {
      for (let index = lane; index < work.length; index += 8) {
        const key = `faults-${index}`;
        const created = await persistently(
          () =>
            http()
              .post('/disputes')
              .set('authorization', `Bearer ${token}`)
              .set('Idempotency-Key', key)
              .send(newCase('T01')),
          (status) => status === 201 || status === 200,
        );
        ids.push(created.body.id);
        if (index % 2 === 0) {
          // With its key, a retried report answers 200 whether or not an earlier attempt landed: never a 409.
          await persistently(
            () =>
              http()
                .post(`/disputes/${created.body.id}/report`)
                .set('authorization', `Bearer ${token}`)
                .set('Idempotency-Key', `report-${index}`)
                .send({ tier: 'village', summary: '上报' }),
            (status) => status === 200,
          );
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: 8 }, (_, lane) => runLane(lane)));
    } catch (error) {
      // A failed lane must not leave the killer restarting workers after the stack has stopped.
      stopped = true;
      await killer;
      throw error;
    }
    progress(`${ids.length} cases created and advanced, ${kills} kills so far`);
    await killer;
    expect(kills).toBe(KILLS);
    expect(new Set(ids).size).toBe(CASES);

    // No deadline here can be met: unreported cases miss `report`, and every report starts an 8 s `accept`
    // that nobody answers. The last reports may land just before this point, so wait until no case has a
    // pending deadline left (not merely none overdue), then compare everything.
    let problems: string[] = [];
    let pending = -1;
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await sleep(2000);
      problems = await inconsistencies(stack, ids);
      const [row]: { n: string }[] = await stack.db.query(
        `SELECT count(*) AS n FROM disputes WHERE next_due_at IS NOT NULL`,
      );
      pending = Number(row.n);
      if (problems.length === 0 && pending === 0) break;
    }
    progress(`consistency check: ${problems.length} problems, ${pending} cases with deadlines pending`);
    expect(problems).toEqual([]);
    expect(pending).toBe(0);
    const [{ n: missed }] = await stack.db.query(
      `SELECT count(*) AS n FROM alerts WHERE kind = 'deadline_missed' AND recipient = 'leader'`,
    );
    // Unreported cases miss `report`, reported ones miss `accept`: one leader alert per case, no more.
    expect(Number(missed)).toBe(CASES);
  }, 600_000);
});
