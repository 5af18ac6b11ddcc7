import request from 'supertest';
import { disputeStateQuery, disputeWorkflowId } from '@boundary/workflows';
import { newCase } from '../support/stack';
import { type FaultStack, readModelMismatches, startFaultStack, untilConsistent } from './fault-stack';
import { CpuHog, sleep } from './faults';
import { persistently } from './helpers';

const CASES = 200;
const KILLS = 20;

/** Busy loops beside the test (one per core by default on this 2-core size; FAULT_CPU_HOGS overrides). */
const CPU_HOGS = Number(process.env.FAULT_CPU_HOGS ?? 1);

describe('the worker SIGKILLed repeatedly while cases advance and deadlines fire, with the CPU scarce', () => {
  let stack: FaultStack;
  const hog = new CpuHog();
  beforeAll(async () => {
    stack = await startFaultStack({ reportWithin: 'PT8S', acceptWithin: 'PT8S', remindBefore: 'PT3S' });
  });
  afterAll(async () => {
    await hog.stop();
    await stack.stop();
  });

  const progress = (message: string) => process.stderr.write(`[worker-kill] ${message}\n`);

  it(`keeps ${CASES} cases, their timelines and alerts exact through ${KILLS} kills`, async () => {
    const token = await stack.token('mediator.a');
    const http = () => request(stack.app.getHttpServer());
    hog.start(CPU_HOGS);
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
    await hog.stop();
    expect(kills).toBe(KILLS);
    expect(new Set(ids).size).toBe(CASES);

    // No deadline here can be met: unreported cases miss `report`, and every report starts an 8 s `accept`
    // that nobody answers. The last reports may land just before this point, so wait until no case has a
    // pending deadline left (not merely none overdue) and every row equals its workflow.
    let problems: string[] = [];
    let pending = -1;
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await sleep(2000);
      problems = await readModelMismatches(stack, ids);
      const [row]: { n: string }[] = await stack.db.query(
        `SELECT count(*) AS n FROM disputes WHERE next_due_at IS NOT NULL`,
      );
      pending = Number(row.n);
      if (problems.length === 0 && pending === 0) break;
    }
    progress(`read model: ${problems.length} problems, ${pending} cases with deadlines pending`);
    expect(problems).toEqual([]);
    expect(pending).toBe(0);
    problems = await untilConsistent(stack, ids);
    progress(`committed history against timeline and inbox: ${problems.length} problems`);
    expect(problems).toEqual([]);
    // No deadline here can be met, so every case has at least one miss, and the leader has exactly one alert
    // per deadline the workflow holds as missed (a report that came late under load makes two: report, accept).
    const client = await stack.temporalClient();
    const leaderMisses = new Map<string, number>(
      (
        await stack.db.query(
          `SELECT subject_id, count(*) AS n FROM alerts
           WHERE kind = 'deadline_missed' AND recipient = 'leader' GROUP BY subject_id`,
        )
      ).map((row: { subject_id: string; n: string }) => [row.subject_id, Number(row.n)]),
    );
    const wrongCounts: string[] = [];
    for (const id of ids) {
      const truth = await client.workflow.getHandle(disputeWorkflowId(id)).query(disputeStateQuery);
      const missed = truth.deadlines.filter((deadline) => deadline.status === 'missed').length;
      if (missed < 1 || leaderMisses.get(id) !== missed) {
        wrongCounts.push(`${id}: ${leaderMisses.get(id) ?? 0} leader alerts for ${missed} missed deadlines`);
      }
    }
    expect(wrongCounts).toEqual([]);
  }, 600_000);
});
