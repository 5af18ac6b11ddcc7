// The phases an order of magnitude up: latency under a fixed arrival rate (open loop), many open cases with
// live deadlines held by one worker, a burst of deadlines falling due in the same second, and deadlines
// falling due at a sustained rate. Each reports honest figures; run.ts compares them with the targets.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  type Actor,
  DISPUTE_WORKFLOW_TYPE,
  type DisputePolicy,
  disputeWorkflowId,
} from '@boundary/workflows';
import type { Client } from '@temporalio/client';
import type { Pool } from 'pg';
import { TOWNSHIPS, type Township, intakeFor } from './data';
import { HttpClient, memoryMiB, percentile, round1, sleep } from './support';

export interface ScaleContext {
  client: Client;
  http: HttpClient;
  pg: Pool;
  tokens: Record<string, string>;
  policy: DisputePolicy;
  random: () => number;
  taskQueue: string;
  workerPid: number;
  say(line: string): void;
}

const ACTORS: Record<Township, Actor> = {
  T01: { username: 'mediator.a', role: 'mediator' },
  T02: { username: 'mediator.b', role: 'mediator' },
};
const ownerOf = (index: number): Township => TOWNSHIPS[index % TOWNSHIPS.length];

/** Starts a case as the API would, with `policy` frozen into its input (a burst gives each case its own). */
async function startCase(ctx: ScaleContext, index: number, policy: DisputePolicy): Promise<string> {
  const owner = ownerOf(index);
  const caseId = randomUUID();
  await ctx.client.workflow.start(DISPUTE_WORKFLOW_TYPE, {
    workflowId: disputeWorkflowId(caseId),
    taskQueue: ctx.taskQueue,
    args: [{ caseId, intake: intakeFor(ctx.random, owner), district: 'D01', actor: ACTORS[owner], policy }],
  });
  return caseId;
}

/** Fires `count` operations at a fixed rate, never waiting for one to finish before the next is due. */
async function openLoop<T>(
  count: number,
  perSecond: number,
  op: (index: number) => Promise<T>,
): Promise<{ latencies: number[]; results: T[]; errors: string[]; wallMs: number }> {
  const latencies: number[] = [];
  const results: T[] = [];
  const errors: string[] = [];
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(
      op(i).then(
        // Latency from when the request was due, so a late sender shows as latency, not as a lower rate.
        (result) => {
          latencies.push(performance.now() - due);
          results.push(result);
        },
        (error: Error) => void errors.push(error.message),
      ),
    );
  }
  await Promise.all(inFlight);
  return { latencies, results, errors, wallMs: performance.now() - started };
}

export interface OpenLoopLevel {
  fraction: number;
  perSecond: number;
  count: number;
  p50: number;
  p99: number;
  errors: number;
}

/** POST /disputes at 25 %, 50 % and 80 % of the measured maximum rate, each for about `seconds`. */
export async function openLoopPhase(ctx: ScaleContext, maxPerSecond: number, seconds: number) {
  const levels: OpenLoopLevel[] = [];
  const firstErrors: string[] = [];
  for (const fraction of [0.25, 0.5, 0.8]) {
    const perSecond = Math.max(1, maxPerSecond * fraction);
    const count = Math.max(20, Math.round(perSecond * seconds));
    const run = await openLoop(count, perSecond, (i) => {
      const owner = ownerOf(i);
      return ctx.http.expect(201, 'POST', '/disputes', {
        token: ctx.tokens[ACTORS[owner].username],
        body: intakeFor(ctx.random, owner),
      });
    });
    firstErrors.push(...run.errors.slice(0, 2));
    levels.push({
      fraction,
      perSecond: round1(perSecond),
      count,
      p50: round1(percentile(run.latencies, 50)),
      p99: round1(percentile(run.latencies, 99)),
      errors: run.errors.length,
    });
    ctx.say(
      `open loop ${Math.round(fraction * 100)} %: ${count} creates at ${round1(perSecond)}/s, p99 ${round1(percentile(run.latencies, 99))} ms`,
    );
  }
  return { maxPerSecond: round1(maxPerSecond), levels, firstErrors };
}

async function countInReadModel(pg: Pool, ids: string[]): Promise<number> {
  const { rows } = await pg.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM disputes WHERE id = ANY($1)',
    [ids],
  );
  return rows[0].n;
}

async function untilProjected(pg: Pool, ids: string[], timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await countInReadModel(pg, ids)) < ids.length) {
    if (Date.now() > until) throw new Error(`cases not in the read model after ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

/**
 * Opens `total` cases whose deadlines stay pending (days away), in ten steps, and reads the worker's resident
 * set after each: one worker holding them all, and how its memory grows (the sticky cache holds at most
 * WORKER_MAX_CACHED_WORKFLOWS of them; the rest live in Temporal, not in the worker).
 */
export async function openCasesPhase(ctx: ScaleContext, total: number) {
  const step = Math.max(1, Math.round(total / 10));
  const curve: { openCases: number; rssMiB: number }[] = [];
  let opened = 0;
  const startedAt = performance.now();
  while (opened < total) {
    const batch = Math.min(step, total - opened);
    const ids: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < batch) {
          const index = opened + next++;
          ids.push(await startCase(ctx, index, ctx.policy));
        }
      }),
    );
    await untilProjected(ctx.pg, ids, 600_000);
    opened += batch;
    curve.push({ openCases: opened, rssMiB: memoryMiB(ctx.workerPid, 'VmRSS') ?? 0 });
    ctx.say(`open cases: ${opened}, worker RSS ${curve.at(-1)?.rssMiB} MiB`);
  }
  return { openCases: opened, rssCurve: curve, wallMs: Math.round(performance.now() - startedAt) };
}

interface DeliveryFigures {
  count: number;
  arrived: number;
  /** Spread of the deadlines' due times, as the workflows computed them. */
  dueSpreadMs: number;
  /** From the first deadline due to the last alert in an inbox. */
  allDeliveredMs: number;
  p50: number;
  p99: number;
}

/** Waits for each case's deadline_missed alert in the leader's inbox and measures lateness against dueAt. */
async function deliveries(ctx: ScaleContext, ids: string[], timeoutMs: number): Promise<DeliveryFigures> {
  const until = Date.now() + timeoutMs;
  const arrived = async () =>
    (
      await ctx.pg.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM alerts
         WHERE subject_id = ANY($1) AND kind = 'deadline_missed' AND deadline_kind = 'report' AND recipient = 'leader'`,
        [ids],
      )
    ).rows[0].n;
  let seen = 0;
  while ((seen = await arrived()) < ids.length && Date.now() < until) await sleep(250);
  const { rows } = await ctx.pg.query<{ due: Date; delivered: Date }>(
    `SELECT (dl->>'dueAt')::timestamptz AS due, a.delivered_at AS delivered
     FROM disputes d
     CROSS JOIN LATERAL jsonb_array_elements(d.state->'deadlines') dl
     LEFT JOIN alerts a ON a.subject_id = d.id AND a.kind = 'deadline_missed' AND a.deadline_kind = 'report'
       AND a.recipient = 'leader'
     WHERE d.id = ANY($1) AND dl->>'kind' = 'report'`,
    [ids],
  );
  const dues = rows.map((r) => r.due.getTime());
  const delivered = rows.filter((r) => r.delivered);
  const late = delivered.map((r) => r.delivered.getTime() - r.due.getTime());
  const lastDelivery = Math.max(...delivered.map((r) => r.delivered.getTime()));
  return {
    count: ids.length,
    arrived: seen,
    dueSpreadMs: dues.length ? Math.max(...dues) - Math.min(...dues) : 0,
    allDeliveredMs: seen === ids.length ? lastDelivery - Math.min(...dues) : Number.POSITIVE_INFINITY,
    p50: round1(percentile(late, 50)),
    p99: round1(percentile(late, 99)),
  };
}

/**
 * `count` cases whose report deadlines are all aimed at one second: each case carries a report interval that
 * ends at the same instant. They are started at a pace the worker keeps up with (its first task fixes the
 * case's clock), so the due times land together; their actual spread is measured, not assumed.
 */
export async function burstPhase(ctx: ScaleContext, count: number) {
  const startsPerSecond = 25;
  const dueAt = Date.now() + (count / startsPerSecond) * 1000 + 15_000;
  const run = await openLoop(count, startsPerSecond, (index) =>
    startCase(ctx, index, {
      ...ctx.policy,
      reportWithinMs: Math.max(1000, dueAt - Date.now()),
      remindBeforeMs: 0,
    }),
  );
  ctx.say(
    `burst: ${run.results.length} cases started (${run.errors.length} failed), report deadlines aimed at ${new Date(dueAt).toISOString()}`,
  );
  await sleep(Math.max(0, dueAt - Date.now()));
  return deliveries(ctx, run.results, 120_000);
}

/** Deadlines falling due at `perSecond` for `seconds`: cases opened at that rate, each due a fixed time later. */
export async function sustainedPhase(ctx: ScaleContext, perSecond: number, seconds: number) {
  const count = Math.max(10, Math.round(perSecond * seconds));
  const policy = { ...ctx.policy, reportWithinMs: 20_000, remindBeforeMs: 0 };
  const run = await openLoop(count, perSecond, (i) => startCase(ctx, i, policy));
  const ids = run.results;
  ctx.say(`sustained: ${count} cases opened at ${perSecond}/s (${run.errors.length} failed starts)`);
  await sleep(policy.reportWithinMs);
  return { perSecond, ...(await deliveries(ctx, ids, 120_000)), startErrors: run.errors.length };
}

/** A second API and worker process, as scripts/bench.mjs starts the first ones (same settings, own port). */
async function startSecondPair(appEnv: NodeJS.ProcessEnv, port: number) {
  const start = (entry: string, env: NodeJS.ProcessEnv) =>
    spawn(process.execPath, ['scripts/with-dist.mjs', entry], { env, stdio: 'ignore' });
  const worker = start('dist/apps/worker/src/main.js', appEnv);
  const api = start('dist/apps/api/src/main.js', { ...appEnv, PORT: String(port) });
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error('the second API did not come up within 120 s');
    await sleep(500);
  }
  return {
    pids: { api2: api.pid, worker2: worker.pid },
    async stop() {
      await Promise.all(
        [api, worker].map(
          (child) =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/**
 * Create throughput at concurrency 32 with one API and one worker, then with two of each against the same
 * Temporal (requests alternate between the APIs): how far the stateless processes scale out on this machine.
 */
export async function scaleOutPhase(ctx: ScaleContext, appEnv: NodeJS.ProcessEnv, count: number) {
  const creates = async (clients: HttpClient[]) => {
    const started = performance.now();
    let next = 0;
    let errors = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < count) {
          const i = next++;
          const owner = ownerOf(i);
          await clients[i % clients.length]
            .expect(201, 'POST', '/disputes', {
              token: ctx.tokens[ACTORS[owner].username],
              body: intakeFor(ctx.random, owner),
            })
            .catch(() => (errors += 1));
        }
      }),
    );
    // Only the creates that succeeded count: a refusal is quick, and would otherwise pass for throughput.
    return { perSecond: round1((count - errors) / ((performance.now() - started) / 1000)), errors };
  };
  const one = await creates([ctx.http]);
  const port = 20_000 + Math.floor(Math.random() * 10_000);
  const pair = await startSecondPair(appEnv, port);
  const second = new HttpClient(`http://127.0.0.1:${port}`);
  try {
    // The second worker polls once it has bundled the workflows; give it the same warm-up the first had.
    await creates([ctx.http, second]);
    const two = await creates([ctx.http, second]);
    ctx.say(
      `scale-out: 1+1 ${one.perSecond}/s (${one.errors} errors), 2+2 ${two.perSecond}/s (${two.errors} errors)`,
    );
    return {
      count,
      onePlusOne: one,
      twoPlusTwo: two,
      throughputRatio: Math.round((two.perSecond / one.perSecond) * 100) / 100,
      secondPair: {
        apiRssMiB: memoryMiB(pair.pids.api2 ?? 0, 'VmHWM'),
        workerRssMiB: memoryMiB(pair.pids.worker2 ?? 0, 'VmHWM'),
      },
    };
  } finally {
    second.close();
    await pair.stop();
  }
}
