// The measuring half of `npm run bench`. scripts/bench.mjs starts a private stack (a Temporal server of the
// mode BENCH_MODE names, fresh database, worker and API as separate processes) and runs this file against it
// with BENCH_* set. Every comparison is a ratio within this run; the bare and API blocks alternate (A-B-B-A) so
// that drift of a shared, noisy machine falls on both sides equally, and each target is the median of REPS
// repetitions.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, hostname, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  type Actor,
  DISPUTE_WORKFLOW_TYPE,
  type DisputeCase,
  type DisputePolicy,
  type DisputeWorkflowInput,
  disputeWorkflowId,
  loadPolicyFile,
  openDisputeUpdate,
  reportDisputeUpdate,
} from '@boundary/workflows';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { Pool } from 'pg';
import {
  TOWNSHIPS,
  type Township,
  insertSyntheticCases,
  intakeFor,
  seededRandom,
  syntheticRow,
} from './data';
import { EVENTS_TARGETS, eventsPhase } from './events';
import { REGISTER_TARGETS, registerPhase } from './register';
import { burstPhase, openCasesPhase, openLoopPhase, scaleOutPhase, sustainedPhase } from './scale';
import {
  CpuMeter,
  type CpuSnapshot,
  HttpClient,
  type LatencySummary,
  type PoolResult,
  formatTable,
  memoryMiB,
  percentile,
  round1,
  runPool,
  sleep,
  summarise,
} from './support';

// ------------------------------------------------------------------------------------------- config

function env(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set (run the benchmark with npm run bench)`);
  return value;
}

const SCALE = Number(process.env.BENCH_SCALE ?? '1');
if (!(SCALE > 0 && SCALE <= 10)) throw new Error(`BENCH_SCALE must be a number in (0, 10], got ${SCALE}`);
const scaled = (n: number, min = 1): number => Math.max(min, Math.round(n * SCALE));

const CONCURRENCY = 32;
const CREATE_COUNT = scaled(2000, 64);
const LATENESS_COUNT = scaled(1000, 50);
/**
 * Rows in the read model for the list target (synthetic ones inserted directly, labelled as such). Not scaled:
 * the target is stated at 100,000 cases, and a smaller table would not test it (the top-up takes about a minute).
 */
const LIST_CASES = 100_000;
/** Each target is the median of this many repetitions of its phase within the run. */
const REPS = 3;
const OPEN_LOOP_SECONDS = scaled(20, 5);
const OPEN_CASES = scaled(10_000, 500);
const BURST = scaled(1000, 100);
const SUSTAINED_PER_SECOND = 50;
const SUSTAINED_SECONDS = scaled(60, 10);
const SCALE_OUT_COUNT = scaled(1000, 100);
/** Not scaled either: 80 requests per query shape, so that each shape's p95 is not its single worst request. */
const LIST_REQUESTS = 1200;
const LIST_CONCURRENCY = 4;
/** Authenticated requests whose own work is next to nothing: what the token check costs the API. */
const AUTH_REQUESTS = scaled(4000, 1000);
const AUTH_CONCURRENCY = 8;
const WARMUP = 32;
/** Not scaled: 20 of each call per repetition, so that each repetition's median stands on its own. */
const SERIAL = 60;
/** The pause before each timed call of the serial probe, for the previous call's workflow to finish its tasks. */
const SERIAL_SETTLE_MS = 100;
const LATENESS_GRACE_MS = 120_000;
/**
 * The lateness cases open evenly over this window, so their deadlines fall due at a steady ~22 a second
 * (1,000 within 45 s, inside one minute), whatever the scale and however fast the worker picks them up.
 */
const LATENESS_WINDOW_MS = Math.round(45_000 * (LATENESS_COUNT / 1000));

const TARGETS = {
  /** Against a bare workflow.start: kept for reference, no longer a target. */
  createP50Ratio: 1.3,
  createThroughputRatio: 0.7,
  /** Against the same Temporal call without the API (update-with-start, answered after the projection). */
  uwsP50Ratio: 1.1,
  uwsThroughputRatio: 0.95,
  advanceP99Ratio: 1.15,
  serialApiAddedMs: 3,
  openLoopP99At50OverSerialP50: 3,
  latenessP99Ms: 1500,
  listP95Ms: 50,
  workerRssMiB: 1024,
  burstAllDeliveredMs: 20_000,
  sustainedP99Ms: 1000,
};

const cfg = {
  mode: env('BENCH_MODE', 'dev'),
  apiUrl: env('BENCH_API_URL'),
  databaseUrl: env('BENCH_DATABASE_URL'),
  temporalAddress: env('TEMPORAL_ADDRESS'),
  namespace: env('TEMPORAL_NAMESPACE', 'default'),
  taskQueue: env('TEMPORAL_TASK_QUEUE'),
  policyFile: env('BENCH_POLICY_FILE'),
  latenessPolicyFile: env('BENCH_LATENESS_POLICY_FILE'),
  results: env('BENCH_RESULTS', 'bench/results.json'),
  pids: {
    api: Number(env('BENCH_API_PID')),
    worker: Number(env('BENCH_WORKER_PID')),
    temporal: Number(process.env.BENCH_TEMPORAL_PID) || undefined,
  },
};

const say = (line: string): void => void process.stdout.write(`» ${line}\n`);

// ------------------------------------------------------------------------------------------ helpers

const ACTORS: Record<Township, Actor> = {
  T01: { username: 'mediator.a', role: 'mediator' },
  T02: { username: 'mediator.b', role: 'mediator' },
};

interface CaseRef {
  id: string;
  owner: Township;
}

type Kind = 'bare' | 'api';
/** A-B-B-A: a linear drift of the machine's load costs both sides the same. */
const ABBA: Kind[] = ['bare', 'api', 'api', 'bare'];
/** Creates also run the API's own Temporal call (update-with-start, waits for the projection) without HTTP. */
type CreateKind = Kind | 'uws';
const CREATE_ORDER: CreateKind[] = ['bare', 'uws', 'api', 'api', 'uws', 'bare'];

interface KindTotals {
  latencies: number[];
  count: number;
  wallMs: number;
  errors: string[];
  cpu: CpuSnapshot;
  /** Bare creates only: wall time until the read model had every started case. */
  drainMs: number;
}

const emptyTotals = (): KindTotals => ({
  latencies: [],
  count: 0,
  wallMs: 0,
  errors: [],
  cpu: {},
  drainMs: 0,
});

function addCpu(into: CpuSnapshot, add: CpuSnapshot): void {
  for (const [key, value] of Object.entries(add)) into[key] = (into[key] ?? 0) + value;
}

/** CPU ms per operation for each process: where one create or advance spends its time. */
function cpuPerOp(totals: KindTotals): Record<string, number> {
  return Object.fromEntries(
    Object.entries(totals.cpu).map(([key, ms]) => [key, round1(ms / Math.max(1, totals.count))]),
  );
}

function splitBlocks(count: number, blocks: number): number[] {
  return Array.from(
    { length: blocks },
    (_, i) => Math.floor(((i + 1) * count) / blocks) - Math.floor((i * count) / blocks),
  );
}

async function waitForWorker(client: Client): Promise<void> {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    const polls = await Promise.all(
      [1, 2].map((taskQueueType) =>
        client.workflowService
          .describeTaskQueue({ namespace: cfg.namespace, taskQueue: { name: cfg.taskQueue }, taskQueueType })
          .then((r) => r.pollers?.length ?? 0)
          .catch(() => 0),
      ),
    );
    if (polls.every((n) => n > 0)) return;
    await sleep(500);
  }
  throw new Error(`no worker polls task queue ${cfg.taskQueue} after 180 s`);
}

async function countProjected(pg: Pool, ids: string[]): Promise<number> {
  const { rows } = await pg.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM disputes WHERE id = ANY($1)',
    [ids],
  );
  return rows[0].n;
}

/** Waits until every id is in the read model (the projection of the workflow's first task ran). */
async function waitProjected(pg: Pool, ids: string[], timeoutMs = 600_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let seen = 0;
  while (Date.now() < until) {
    seen = await countProjected(pg, ids);
    if (seen >= ids.length) return;
    await sleep(ids.length === 1 ? 10 : 100);
  }
  throw new Error(`only ${seen}/${ids.length} started cases reached the read model in ${timeoutMs / 1000} s`);
}

// ------------------------------------------------------------------------------------------- phases

interface Context {
  client: Client;
  http: HttpClient;
  pg: Pool;
  tokens: Record<string, string>;
  policy: DisputePolicy;
  meter: CpuMeter;
  random: () => number;
}

function bareInput(ctx: Context, owner: Township, policy: DisputePolicy): DisputeWorkflowInput {
  return {
    caseId: randomUUID(),
    intake: intakeFor(ctx.random, owner),
    district: 'D01',
    actor: ACTORS[owner],
    policy,
  };
}

const ownerOf = (index: number): Township => TOWNSHIPS[index % TOWNSHIPS.length];

async function bareCreate(
  ctx: Context,
  count: number,
  policy = ctx.policy,
  concurrency = CONCURRENCY,
  spreadMs = 0,
) {
  const started = performance.now();
  return runPool(count, concurrency, async (i): Promise<CaseRef> => {
    // Paced: operation i starts no earlier than i/count of the way through spreadMs.
    const wait = started + (i * spreadMs) / count - performance.now();
    if (wait > 0) await sleep(wait);
    const owner = ownerOf(i);
    const input = bareInput(ctx, owner, policy);
    await ctx.client.workflow.start(DISPUTE_WORKFLOW_TYPE, {
      workflowId: disputeWorkflowId(input.caseId),
      taskQueue: cfg.taskQueue,
      args: [input],
    });
    return { id: input.caseId, owner };
  });
}

/** What POST /disputes asks of Temporal, minus HTTP: update-with-start, answered after the projection. */
async function uwsCreate(ctx: Context, count: number, concurrency = CONCURRENCY) {
  return runPool(count, concurrency, async (i): Promise<CaseRef> => {
    const owner = ownerOf(i);
    const input = bareInput(ctx, owner, ctx.policy);
    await ctx.client.workflow.executeUpdateWithStart(openDisputeUpdate, {
      args: [ACTORS[owner]],
      startWorkflowOperation: new WithStartWorkflowOperation(DISPUTE_WORKFLOW_TYPE, {
        workflowId: disputeWorkflowId(input.caseId),
        taskQueue: cfg.taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    });
    return { id: input.caseId, owner };
  });
}

async function apiCreate(ctx: Context, count: number, concurrency = CONCURRENCY) {
  return runPool(count, concurrency, async (i): Promise<CaseRef> => {
    const owner = ownerOf(i);
    const created = await ctx.http.expect<DisputeCase>(201, 'POST', '/disputes', {
      token: ctx.tokens[ACTORS[owner].username],
      body: intakeFor(ctx.random, owner),
    });
    return { id: created.id, owner };
  });
}

const REPORT = { tier: 'township' as const, summary: '经排查，双方分歧较大，村级无法化解，上报乡镇联合调处' };

async function bareAdvance(ctx: Context, cases: CaseRef[], concurrency = CONCURRENCY) {
  return runPool(cases.length, concurrency, async (i) => {
    const { id, owner } = cases[i];
    await ctx.client.workflow
      .getHandle(disputeWorkflowId(id))
      .executeUpdate(reportDisputeUpdate, { args: [ACTORS[owner], REPORT] });
  });
}

async function apiAdvance(ctx: Context, cases: CaseRef[], concurrency = CONCURRENCY) {
  return runPool(cases.length, concurrency, async (i) => {
    const { id, owner } = cases[i];
    await ctx.http.expect(200, 'POST', `/disputes/${id}/report`, {
      token: ctx.tokens[ACTORS[owner].username],
      body: REPORT,
    });
  });
}

const refsOf = (results: (CaseRef | undefined)[]): CaseRef[] => results.filter((r): r is CaseRef => !!r);

async function warmUp(ctx: Context): Promise<void> {
  const bare = await bareCreate(ctx, WARMUP);
  await waitProjected(
    ctx.pg,
    refsOf(bare.results).map((r) => r.id),
  );
  const api = await apiCreate(ctx, WARMUP);
  const errors = [...bare.errors, ...api.errors];
  if (errors.length > 0) throw new Error(`warm-up failed: ${errors[0].message}`);
  await bareAdvance(ctx, refsOf(bare.results));
  await apiAdvance(ctx, refsOf(api.results));
}

const quantiles = (latencies: number[]) => ({
  p50: round1(percentile(latencies, 50)),
  p95: round1(percentile(latencies, 95)),
});

/** One operation at a time: each path's service time, without queueing behind 31 others. */
async function serialProbe(ctx: Context, count = SERIAL) {
  const t = {
    bare: [] as number[],
    uws: [] as number[],
    api: [] as number[],
    bareAdv: [] as number[],
    apiAdv: [] as number[],
  };
  const one = async <T>(run: Promise<PoolResult<T>>, into: number[]): Promise<T> => {
    const result = await run;
    if (result.errors.length > 0) throw new Error(`serial probe: ${result.errors[0].message}`);
    into.push(...result.latencies);
    return result.results[0] as T;
  };
  // Each timed call starts on a quiet system: the previous call's workflow may still be running the tasks that
  // follow its answer (the projection's event, search attributes), which would fall on whichever call came next.
  const quiet = <T>(run: () => Promise<PoolResult<T>>, into: number[]): Promise<T> =>
    sleep(SERIAL_SETTLE_MS).then(() => one(run(), into));
  // Interleaved, so that a change in the machine's background load falls on every path alike, and each pair
  // compared in the other order every second time.
  for (let i = 0; i < count; i++) {
    const bare = await quiet(() => bareCreate(ctx, 1, ctx.policy, 1), t.bare);
    // Not timed: the started workflow's own first task, so that it does not overlap the next measurement.
    await waitProjected(ctx.pg, [bare.id]);
    const uwsFirst = i % 2 === 0;
    if (uwsFirst) await quiet(() => uwsCreate(ctx, 1, 1), t.uws);
    const api = await quiet(() => apiCreate(ctx, 1, 1), t.api);
    if (!uwsFirst) await quiet(() => uwsCreate(ctx, 1, 1), t.uws);
    if (uwsFirst) await quiet(() => bareAdvance(ctx, [bare], 1), t.bareAdv);
    await quiet(() => apiAdvance(ctx, [api], 1), t.apiAdv);
    if (!uwsFirst) await quiet(() => bareAdvance(ctx, [bare], 1), t.bareAdv);
  }
  return t;
}

type SerialTimes = Awaited<ReturnType<typeof serialProbe>>;

/** REPS serial probes: quantiles over all of them, and the API's added time as the median of the reps'. */
async function serialPhase(ctx: Context) {
  const reps: SerialTimes[] = [];
  for (let r = 0; r < REPS; r++) reps.push(await serialProbe(ctx, Math.max(5, Math.round(SERIAL / REPS))));
  const all = (key: keyof SerialTimes) => reps.flatMap((rep) => rep[key]);
  const added = (api: keyof SerialTimes, base: keyof SerialTimes) =>
    round1(median(reps.map((rep) => percentile(rep[api], 50) - percentile(rep[base], 50))));
  return {
    count: all('api').length,
    create: {
      bare: quantiles(all('bare')),
      updateWithStart: quantiles(all('uws')),
      api: quantiles(all('api')),
      apiAddedMs: added('api', 'uws'),
    },
    advance: {
      bare: quantiles(all('bareAdv')),
      api: quantiles(all('apiAdv')),
      apiAddedMs: added('apiAdv', 'bareAdv'),
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function mergeTotals(into: KindTotals, add: KindTotals): void {
  into.latencies.push(...add.latencies);
  into.count += add.count;
  into.wallMs += add.wallMs;
  into.errors.push(...add.errors);
  into.drainMs += add.drainMs;
  addCpu(into.cpu, add.cpu);
}

/** REPS rounds of create then advance; totals over all rounds, ratios as the median of the rounds'. */
async function writePhases(ctx: Context) {
  const createTotals: Record<CreateKind, KindTotals> = {
    bare: emptyTotals(),
    api: emptyTotals(),
    uws: emptyTotals(),
  };
  const advanceTotals: Record<Kind, KindTotals> = { bare: emptyTotals(), api: emptyTotals() };
  const perRep: Record<string, number>[] = [];
  for (let r = 0; r < REPS; r++) {
    say(`round ${r + 1}/${REPS}`);
    const create = await createPhase(ctx);
    const advance = await advancePhase(ctx, create.cases);
    const s = (t: KindTotals) => summarise(t.latencies, t.count, t.wallMs);
    const [bare, api, uws] = [s(create.totals.bare), s(create.totals.api), s(create.totals.uws)];
    const [advBare, advApi] = [s(advance.bare), s(advance.api)];
    perRep.push({
      p50Ratio: ratio(api.p50, bare.p50),
      throughputRatio: ratio(api.perSecond, bare.perSecond),
      uwsP50Ratio: ratio(api.p50, uws.p50),
      uwsThroughputRatio: ratio(api.perSecond, uws.perSecond),
      apiPerSecond: api.perSecond,
      advanceP99Ratio: ratio(advApi.p99, advBare.p99),
      advanceP50Ratio: ratio(advApi.p50, advBare.p50),
      advanceThroughputRatio: ratio(advApi.perSecond, advBare.perSecond),
    });
    for (const kind of ['bare', 'api', 'uws'] as const) mergeTotals(createTotals[kind], create.totals[kind]);
    for (const kind of ['bare', 'api'] as const) mergeTotals(advanceTotals[kind], advance[kind]);
  }
  const medianOf = (key: string) => Math.round(median(perRep.map((rep) => rep[key])) * 100) / 100;
  return { create: { totals: createTotals }, advance: advanceTotals, perRep, medianOf };
}

async function createPhase(ctx: Context) {
  const totals: Record<CreateKind, KindTotals> = {
    bare: emptyTotals(),
    api: emptyTotals(),
    uws: emptyTotals(),
  };
  const cases: Record<CreateKind, CaseRef[]> = { bare: [], api: [], uws: [] };
  const sizes = splitBlocks(CREATE_COUNT, 2);
  const used: Record<CreateKind, number> = { bare: 0, api: 0, uws: 0 };
  for (const kind of CREATE_ORDER) {
    const count = sizes[used[kind]++];
    const before = ctx.meter.snapshot();
    const run =
      kind === 'bare'
        ? await bareCreate(ctx, count)
        : kind === 'uws'
          ? await uwsCreate(ctx, count)
          : await apiCreate(ctx, count);
    const refs = refsOf(run.results);
    const t = totals[kind];
    if (kind === 'bare') {
      // A bare start returns before the workflow has run; its work (first task, projection) follows.
      // Wait for it, so it neither hides in the next block nor goes uncounted.
      const drainStarted = performance.now();
      await waitProjected(
        ctx.pg,
        refs.map((r) => r.id),
      );
      t.drainMs += performance.now() - drainStarted;
    }
    addCpu(t.cpu, ctx.meter.since(before));
    t.latencies.push(...run.latencies);
    t.count += count;
    t.wallMs += run.wallMs;
    t.errors.push(...run.errors.map((e) => e.message));
    cases[kind].push(...refs);
    say(
      `create ${kind.padEnd(4)} ${count} in ${(run.wallMs / 1000).toFixed(1)} s (${run.errors.length} errors)`,
    );
  }
  return { totals, cases };
}

async function advancePhase(ctx: Context, cases: Record<Kind, CaseRef[]>) {
  const totals: Record<Kind, KindTotals> = { bare: emptyTotals(), api: emptyTotals() };
  const halves: Record<Kind, CaseRef[][]> = {
    bare: [cases.bare.slice(0, cases.bare.length >> 1), cases.bare.slice(cases.bare.length >> 1)],
    api: [cases.api.slice(0, cases.api.length >> 1), cases.api.slice(cases.api.length >> 1)],
  };
  const used: Record<Kind, number> = { bare: 0, api: 0 };
  for (const kind of ABBA) {
    const block = halves[kind][used[kind]++];
    const before = ctx.meter.snapshot();
    const run = kind === 'bare' ? await bareAdvance(ctx, block) : await apiAdvance(ctx, block);
    addCpu(totals[kind].cpu, ctx.meter.since(before));
    const t = totals[kind];
    t.latencies.push(...run.latencies);
    t.count += block.length;
    t.wallMs += run.wallMs;
    t.errors.push(...run.errors.map((e) => e.message));
    say(
      `advance ${kind.padEnd(4)} ${block.length} in ${(run.wallMs / 1000).toFixed(1)} s (${run.errors.length} errors)`,
    );
  }
  return totals;
}

interface LatenessResult {
  count: number;
  arrived: number;
  p50: number;
  p99: number;
  max: number;
  dueToWorkflow: { p50: number; p99: number };
  workflowToInbox: { p50: number; p99: number };
  dueSpreadMs: number;
  startWallMs: number;
  reportWithinMs: number;
  cpu: CpuSnapshot;
}

/**
 * 1,000 cases whose report deadline falls due about 40 s after they open, all inside one minute. The
 * lateness of one alert is the leader's inbox row (`alerts.delivered_at`) minus the deadline's `dueAt`.
 */
async function latenessPhase(ctx: Context): Promise<LatenessResult> {
  const policy = loadPolicyFile(cfg.latenessPolicyFile).disputes;
  const before = ctx.meter.snapshot();
  const run = await bareCreate(ctx, LATENESS_COUNT, policy, CONCURRENCY, LATENESS_WINDOW_MS);
  if (run.errors.length > 0)
    throw new Error(`lateness cases: ${run.errors.length} starts failed: ${run.errors[0].message}`);
  const ids = refsOf(run.results).map((r) => r.id);
  say(
    `lateness: ${ids.length} cases opened over ${(run.wallMs / 1000).toFixed(1)} s; each report deadline falls due ${policy.reportWithinMs / 1000} s after its case opened`,
  );
  const deadline = Date.now() + policy.reportWithinMs + LATENESS_GRACE_MS;
  const arrivedCount = async () =>
    (
      await ctx.pg.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM alerts
         WHERE subject_id = ANY($1) AND kind = 'deadline_missed' AND deadline_kind = 'report' AND recipient = 'leader'`,
        [ids],
      )
    ).rows[0].n;
  let arrived = 0;
  let lastLog = Date.now();
  while (Date.now() < deadline) {
    arrived = await arrivedCount();
    if (arrived >= ids.length) break;
    if (Date.now() - lastLog > 10_000) {
      say(`lateness: ${arrived}/${ids.length} deadline_missed alerts in the leader's inbox`);
      lastLog = Date.now();
    }
    await sleep(500);
  }
  const cpu = ctx.meter.since(before);
  if (arrived < ids.length) {
    say(`lateness: TIMEOUT — only ${arrived}/${ids.length} alerts arrived; figures below cover those`);
  }
  // created_at is the workflow's decision time, so the lateness splits into timer → workflow and
  // workflow → inbox (projection activity, enqueue activity, BullMQ, insert).
  const { rows } = await ctx.pg.query<{ late_ms: number; fire_ms: number }>(
    `SELECT (EXTRACT(EPOCH FROM (a.delivered_at - (dl->>'dueAt')::timestamptz)) * 1000)::float8 AS late_ms,
       (EXTRACT(EPOCH FROM (a.created_at - (dl->>'dueAt')::timestamptz)) * 1000)::float8 AS fire_ms
     FROM alerts a
     JOIN disputes d ON d.id = a.subject_id
     CROSS JOIN LATERAL jsonb_array_elements(d.state->'deadlines') dl
     WHERE a.subject_id = ANY($1) AND a.kind = 'deadline_missed' AND a.deadline_kind = 'report'
       AND a.recipient = 'leader' AND dl->>'kind' = 'report'`,
    [ids],
  );
  const spread = await ctx.pg.query<{ spread_ms: number }>(
    `SELECT (EXTRACT(EPOCH FROM (max(due) - min(due))) * 1000)::float8 AS spread_ms FROM (
       SELECT (dl->>'dueAt')::timestamptz AS due FROM disputes d
       CROSS JOIN LATERAL jsonb_array_elements(d.state->'deadlines') dl
       WHERE d.id = ANY($1) AND dl->>'kind' = 'report') s`,
    [ids],
  );
  const late = rows.map((r) => r.late_ms);
  const fire = rows.map((r) => r.fire_ms);
  const deliver = rows.map((r) => r.late_ms - r.fire_ms);
  return {
    dueToWorkflow: { p50: round1(percentile(fire, 50)), p99: round1(percentile(fire, 99)) },
    workflowToInbox: { p50: round1(percentile(deliver, 50)), p99: round1(percentile(deliver, 99)) },
    count: ids.length,
    arrived,
    p50: round1(percentile(late, 50)),
    p99: round1(percentile(late, 99)),
    max: round1(late.length ? Math.max(...late) : 0),
    dueSpreadMs: Math.round(spread.rows[0]?.spread_ms ?? 0),
    startWallMs: Math.round(run.wallMs),
    reportWithinMs: policy.reportWithinMs,
    cpu,
  };
}

/** Tops the read model up to LIST_CASES with rows that never ran as workflows (said so in the output). */
async function topUpReadModel(ctx: Context): Promise<{ real: number; synthetic: number }> {
  const real = (await ctx.pg.query<{ n: number }>('SELECT count(*)::int AS n FROM disputes')).rows[0].n;
  const missing = Math.max(0, LIST_CASES - real);
  const random = seededRandom(20_260_101);
  const now = Date.now();
  await insertSyntheticCases(
    ctx.pg,
    Array.from({ length: missing }, () => syntheticRow(random, now)),
  );
  // What autovacuum does after a bulk load, done here at once: without it the planner would still see the small
  // table, and the vacuum (visibility map, the GIN indexes' pending entries) would fall on the phases after this.
  await ctx.pg.query('VACUUM ANALYZE disputes');
  return { real, synthetic: missing };
}

const q = encodeURIComponent;
/** The list screens people use: filters alone and combined, Chinese search text, overdue, deep pages. */
const LIST_QUERIES: { user: string; path: string }[] = [
  { user: 'bureau', path: '/disputes' },
  { user: 'bureau', path: '/disputes?status=mediating' },
  { user: 'bureau', path: '/disputes?status=reported&tier=township' },
  { user: 'bureau', path: '/disputes?tier=district&page=3' },
  { user: 'bureau', path: '/disputes?jurisdiction=T02&status=screening' },
  { user: 'bureau', path: `/disputes?q=${q('林地')}` },
  { user: 'bureau', path: `/disputes?q=${q('界桩')}&status=mediating&page=2` },
  { user: 'bureau', path: '/disputes?overdue=true' },
  { user: 'bureau', path: '/disputes?page=200' },
  { user: 'mediator.a', path: `/disputes?q=${q('水库灌溉')}` },
  { user: 'mediator.a', path: '/disputes?overdue=true&page=2' },
  { user: 'admin', path: '/disputes?status=closed&pageSize=50' },
  // One and two Chinese characters: what pg_trgm cannot serve (it needs three).
  { user: 'bureau', path: `/disputes?q=${q('林')}` },
  { user: 'bureau', path: `/disputes?q=${q('石门')}` },
  { user: 'mediator.a', path: `/disputes?q=${q('坪')}&status=screening` },
];

async function listPhase(ctx: Context) {
  const rows = await topUpReadModel(ctx);
  say(`lists: read model has ${rows.real} real cases + ${rows.synthetic} synthetic rows inserted directly`);
  const perQuery: number[][] = LIST_QUERIES.map(() => []);
  // Not timed: each shape once, so that the figures are of a warm API (connections, query plans, caches).
  for (const { user, path } of LIST_QUERIES)
    await ctx.http.expect(200, 'GET', path, { token: ctx.tokens[user] });
  const before = ctx.meter.snapshot();
  const run = await runPool(LIST_REQUESTS, LIST_CONCURRENCY, async (i) => {
    const { user, path } = LIST_QUERIES[i % LIST_QUERIES.length];
    const t0 = performance.now();
    const body = await ctx.http.expect<{ items: unknown[]; total: number }>(200, 'GET', path, {
      token: ctx.tokens[user],
    });
    perQuery[i % LIST_QUERIES.length].push(performance.now() - t0);
    if (!Array.isArray(body.items)) throw new Error(`GET ${path}: no items`);
  });
  return {
    cases: rows.real + rows.synthetic,
    real: rows.real,
    synthetic: rows.synthetic,
    requests: LIST_REQUESTS,
    concurrency: LIST_CONCURRENCY,
    p50: round1(percentile(run.latencies, 50)),
    p95: round1(percentile(run.latencies, 95)),
    errors: run.errors.map((e) => e.message),
    cpuMsPerRequest: Object.fromEntries(
      Object.entries(ctx.meter.since(before)).map(([key, ms]) => [key, round1(ms / LIST_REQUESTS)]),
    ),
    byQuery: LIST_QUERIES.map(({ user, path }, i) => ({
      user,
      path: decodeURIComponent(path),
      p50: round1(percentile(perQuery[i], 50)),
      p95: round1(percentile(perQuery[i], 95)),
    })),
  };
}

/**
 * GET /jurisdictions answers from the API's in-process cache, so its CPU per request is the token check (and
 * HTTP): where a database query per request to see whether the token still stands would show, in api and
 * postgres CPU alike.
 */
async function authPhase(ctx: Context) {
  const users = Object.keys(ctx.tokens);
  const before = ctx.meter.snapshot();
  const run = await runPool(AUTH_REQUESTS, AUTH_CONCURRENCY, async (i) => {
    await ctx.http.expect(200, 'GET', '/jurisdictions', { token: ctx.tokens[users[i % users.length]] });
  });
  return {
    requests: AUTH_REQUESTS,
    concurrency: AUTH_CONCURRENCY,
    p50: round1(percentile(run.latencies, 50)),
    errors: run.errors.map((e) => e.message),
    cpuMsPerRequest: Object.fromEntries(
      Object.entries(ctx.meter.since(before)).map(([key, ms]) => [key, round1(ms / AUTH_REQUESTS)]),
    ),
  };
}

// ------------------------------------------------------------------------------------------- report

function machine() {
  return {
    hostname: hostname(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramMiB: Math.round(totalmem() / 1024 / 1024),
    node: process.version,
    loadAvgAtStart: loadavg().map(round1),
  };
}

const fmt = (n: number | undefined): string =>
  n === undefined ? '-' : n >= 100 ? n.toFixed(0) : n.toFixed(1);
const ratio = (a: number, b: number): number => (b > 0 ? Math.round((a / b) * 100) / 100 : 0);
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
const x = (r: number): string => `${r}x`;

type Results = Awaited<ReturnType<typeof measure>>;

/**
 * Signs every bench user in afresh, filling `tokens` in place (every phase holds the same object). A session
 * idles out after SESSION_IDLE_TIMEOUT (30 minutes) unless the client takes up the renewed token, which the
 * bench does not, and a full-size run lasts longer than that.
 */
async function signIn(http: HttpClient, tokens: Record<string, string>): Promise<void> {
  for (const username of ['mediator.a', 'mediator.b', 'bureau', 'leader', 'admin']) {
    const login = await http.expect<{ accessToken: string }>(200, 'POST', '/auth/login', {
      body: { username, password: 'demo1234' },
    });
    tokens[username] = login.accessToken;
  }
}

async function measure(ctx: Context, t0: number) {
  const at = new Date().toISOString();
  const host = machine();
  /** Announces the next phase and gives it tokens as fresh as at the start. */
  const phase = async (label: string) => {
    say(label);
    await signIn(ctx.http, ctx.tokens);
  };
  say(`serial probe: ${SERIAL} of each operation at concurrency 1`);
  const serial = await serialPhase(ctx);
  await phase(
    `1-2/6 create (bare workflow.start, update-with-start, POST /disputes; ${CREATE_COUNT} each, concurrency ${CONCURRENCY}) then advance, ${REPS} rounds`,
  );
  const writes = await writePhases(ctx);
  const { create, advance } = writes;
  // Before the timer phases, whose workflows keep firing deadlines for minutes after them: a list is measured
  // on the read model at rest, as a user meets it, not against a worker busy with another phase's load.
  await phase('4/6 lists');
  const list = await listPhase(ctx);
  await phase(`5/6 token check: ${AUTH_REQUESTS} x GET /jurisdictions (answered from the API's cache)`);
  const auth = await authPhase(ctx);
  await phase(`open loop: POST /disputes at 25/50/80 % of ${writes.medianOf('apiPerSecond')}/s`);
  const scaleCtx = {
    ...ctx,
    taskQueue: cfg.taskQueue,
    workerPid: cfg.pids.worker,
    say,
  };
  const openLoop = await openLoopPhase(scaleCtx, writes.medianOf('apiPerSecond'), OPEN_LOOP_SECONDS);
  // Also before the timer phases: 1+1 and 2+2 are each measured once, so a background that changes between
  // the two (deadlines still firing) would decide the ratio. Its own cases fall due in days.
  await phase(`scale-out: ${SCALE_OUT_COUNT} creates with 1 API + 1 worker, then with 2 + 2`);
  const scaleOut = await scaleOutPhase(scaleCtx, JSON.parse(env('BENCH_APP_ENV')), SCALE_OUT_COUNT);
  await phase('3/6 alert lateness');
  const lateness = await latenessPhase(ctx);
  await phase(`timers: ${OPEN_CASES} open cases with live deadlines on one worker`);
  const openCases = await openCasesPhase(scaleCtx, OPEN_CASES);
  await phase(`timers: a burst of ${BURST} deadlines in the same second`);
  const burst = await burstPhase(scaleCtx, BURST);
  await phase(`timers: ${SUSTAINED_PER_SECOND} deadlines a second for ${SUSTAINED_SECONDS} s`);
  const sustained = await sustainedPhase(scaleCtx, SUSTAINED_PER_SECOND, SUSTAINED_SECONDS);
  await phase('6/6 boundary register: export of 10,000 markers, near= over 100,000');
  const register = await registerPhase({ ...ctx, scaled });
  await phase(
    `+ live console: ${EVENTS_TARGETS.idleStreams} idle GET /events streams, alert -> event latency`,
  );
  const events = await eventsPhase({
    pg: ctx.pg,
    apiUrl: cfg.apiUrl,
    apiPid: cfg.pids.api,
    idleToken: ctx.tokens['mediator.b'],
    listenerToken: ctx.tokens.leader,
  });
  // Peak resident set (VmHWM) of the two app processes over the whole run.
  const rss = { api: memoryMiB(cfg.pids.api, 'VmHWM'), worker: memoryMiB(cfg.pids.worker, 'VmHWM') };
  const rssAtEnd = { api: memoryMiB(cfg.pids.api, 'VmRSS'), worker: memoryMiB(cfg.pids.worker, 'VmRSS') };

  const sum = (t: KindTotals): LatencySummary => summarise(t.latencies, t.count, t.wallMs);
  const { bare, api, uws } = create.totals;
  const createBare = sum(bare);
  const createApi = sum(api);
  const createUws = sum(uws);
  const advanceBare = sum(advance.bare);
  const advanceApi = sum(advance.api);
  const errors = (t: KindTotals) => t.errors.length;
  const firstErrors = [bare, api, uws, advance.bare, advance.api].flatMap((t) => t.errors).slice(0, 5);
  const serialApiP50 = serial.create.api.p50;
  const at50 = openLoop.levels.find((level) => level.fraction === 0.5);
  const curve = openCases.rssCurve;
  const cacheSize = Number(process.env.WORKER_MAX_CACHED_WORKFLOWS ?? 1000);
  const cached = (open: number) => Math.min(open, cacheSize);
  const lists = {
    cases: list.cases,
    synthetic: list.synthetic,
    p95Max: Math.max(...list.byQuery.map((q) => q.p95)),
    worstQuery: list.byQuery.reduce((worst, q) => (q.p95 > worst.p95 ? q : worst)).path,
  };
  return {
    mode: cfg.mode,
    machine: { ...host, loadAvgAtEnd: loadavg().map(round1) },
    at,
    create: {
      bare: createBare,
      api: createApi,
      p50Ratio: writes.medianOf('p50Ratio'),
      throughputRatio: writes.medianOf('throughputRatio'),
      uwsP50Ratio: writes.medianOf('uwsP50Ratio'),
      uwsThroughputRatio: writes.medianOf('uwsThroughputRatio'),
      repetitions: REPS,
      count: CREATE_COUNT,
      concurrency: CONCURRENCY,
      /** The API's own Temporal call (update-with-start, answered after the projection), without HTTP. */
      updateWithStart: createUws,
      /** Bare starts counted until the read model had them all (the worker's drain included). */
      bareUntilProjectedPerSecond: round1(bare.count / ((bare.wallMs + bare.drainMs) / 1000)),
      errors: { bare: errors(bare), api: errors(api), updateWithStart: errors(uws) },
      cpuMsPerOp: { bare: cpuPerOp(bare), updateWithStart: cpuPerOp(uws), api: cpuPerOp(api) },
    },
    advance: {
      bare: advanceBare,
      api: advanceApi,
      p99Ratio: writes.medianOf('advanceP99Ratio'),
      p50Ratio: writes.medianOf('advanceP50Ratio'),
      throughputRatio: writes.medianOf('advanceThroughputRatio'),
      errors: { bare: errors(advance.bare), api: errors(advance.api) },
      cpuMsPerOp: { bare: cpuPerOp(advance.bare), api: cpuPerOp(advance.api) },
    },
    serial,
    alertLateness: {
      count: lateness.count,
      p50: lateness.p50,
      p99: lateness.p99,
      max: lateness.max,
      arrived: lateness.arrived,
      dueToWorkflow: lateness.dueToWorkflow,
      workflowToInbox: lateness.workflowToInbox,
      dueSpreadMs: lateness.dueSpreadMs,
      startWallMs: lateness.startWallMs,
      reportWithinMs: lateness.reportWithinMs,
      cpuMs: lateness.cpu,
    },
    list: {
      cases: list.cases,
      p50: list.p50,
      p95: list.p95,
      real: list.real,
      synthetic: list.synthetic,
      requests: list.requests,
      concurrency: list.concurrency,
      errors: list.errors.length,
      cpuMsPerRequest: list.cpuMsPerRequest,
      byQuery: list.byQuery,
    },
    openLoop: {
      ...openLoop,
      serialP50: serialApiP50,
      p99At50OverSerialP50: at50 ? ratio(at50.p99, serialApiP50) : 0,
    },
    lists,
    timers: {
      openCases: openCases.openCases,
      burst: BURST,
      burstDueSpreadMs: burst.dueSpreadMs,
      burstArrived: burst.arrived,
      burstAllDeliveredMs: Number.isFinite(burst.allDeliveredMs) ? burst.allDeliveredMs : null,
      sustainedPerSecond: SUSTAINED_PER_SECOND,
      sustainedCount: sustained.count,
      sustainedArrived: sustained.arrived,
      sustainedP50Ms: sustained.p50,
      sustainedP99Ms: sustained.p99,
    },
    worker: {
      rssCurve: curve,
      maxCachedWorkflows: cacheSize,
      /** Growth of the resident set per workflow the sticky cache took in, between the curve's ends. */
      kibPerCachedWorkflow:
        curve.length > 1 && cached(curve.at(-1)!.openCases) > cached(curve[0].openCases)
          ? round1(
              ((curve.at(-1)!.rssMiB - curve[0].rssMiB) * 1024) /
                (cached(curve.at(-1)!.openCases) - cached(curve[0].openCases)),
            )
          : null,
    },
    scaleOut,
    auth,
    register,
    events,
    rss,
    rssAtEnd,
    scale: SCALE,
    durationMs: Math.round(performance.now() - t0),
    firstErrors: [
      ...firstErrors,
      ...list.errors.slice(0, 2),
      ...auth.errors.slice(0, 2),
      ...register.export.errors.slice(0, 2),
      ...register.near.errors.slice(0, 2),
    ],
    notes: [
      `mode ${cfg.mode}: ${cfg.mode === 'postgres' ? 'Temporal server on PostgreSQL (as docker-compose.yml runs it)' : 'Temporal CLI dev server (SQLite in memory)'}`,
      `list: ${list.synthetic} of ${list.cases} rows are SYNTHETIC (inserted directly into disputes, never run as workflows)`,
      'create: a bare start returns once Temporal has recorded it; POST /disputes returns once the case is in PostgreSQL',
      `register: ${register.synthetic} markers are SYNTHETIC (inserted directly on one synthetic line)`,
      'alert lateness: cases started through the Temporal client with bench/policy-lateness.yaml frozen into their input',
    ],
  };
}

function printReport(r: Results): void {
  const { create: c, advance: a, alertLateness: l, list, register: g, serial, machine: m } = r;
  const row = (label: string, bare: string, api: string, rat = '', target = '', ok?: boolean) => [
    label,
    bare,
    api,
    rat,
    target,
    ok === undefined ? '' : verdict(ok),
  ];
  const rows = [
    row(
      'create p50 vs update-with-start (ms)',
      fmt(c.updateWithStart.p50),
      fmt(c.api.p50),
      x(c.uwsP50Ratio),
      '<= 1.1x',
      c.uwsP50Ratio <= TARGETS.uwsP50Ratio,
    ),
    row(
      'create /s vs update-with-start, c=32',
      fmt(c.updateWithStart.perSecond),
      fmt(c.api.perSecond),
      x(c.uwsThroughputRatio),
      '>= 0.95x',
      c.uwsThroughputRatio >= TARGETS.uwsThroughputRatio,
    ),
    row(
      'serial create: API adds (ms)',
      fmt(serial.create.updateWithStart.p50),
      fmt(serial.create.api.p50),
      `+${fmt(serial.create.apiAddedMs)}`,
      '<= +3',
      serial.create.apiAddedMs <= TARGETS.serialApiAddedMs,
    ),
    row(
      'serial advance: API adds (ms)',
      fmt(serial.advance.bare.p50),
      fmt(serial.advance.api.p50),
      `+${fmt(serial.advance.apiAddedMs)}`,
      '<= +3',
      serial.advance.apiAddedMs <= TARGETS.serialApiAddedMs,
    ),
    ...r.openLoop.levels.map((level) =>
      row(
        `open loop ${level.fraction * 100} % (${fmt(level.perSecond)}/s) p99 (ms)`,
        '',
        fmt(level.p99),
        level.fraction === 0.5 ? x(r.openLoop.p99At50OverSerialP50) : '',
        level.fraction === 0.5 ? '<= 3x serial' : '',
        level.fraction === 0.5
          ? level.errors === 0 && r.openLoop.p99At50OverSerialP50 <= TARGETS.openLoopP99At50OverSerialP50
          : undefined,
      ),
    ),
    row(
      `list p95, worst shape, ${r.lists.cases} cases (ms)`,
      '',
      fmt(r.lists.p95Max),
      '',
      '<= 50',
      r.lists.p95Max <= TARGETS.listP95Ms,
    ),
    row(
      `worker RSS at ${r.timers.openCases} open cases (MiB)`,
      '',
      fmt(r.worker.rssCurve.at(-1)?.rssMiB),
      '',
      '<= 1024',
      (r.worker.rssCurve.at(-1)?.rssMiB ?? Infinity) <= TARGETS.workerRssMiB,
    ),
    row(
      `burst: ${r.timers.burstArrived}/${r.timers.burst} in inboxes (ms)`,
      '',
      r.timers.burstAllDeliveredMs === null ? 'never' : fmt(r.timers.burstAllDeliveredMs),
      '',
      '<= 20000',
      r.timers.burstAllDeliveredMs !== null && r.timers.burstAllDeliveredMs <= TARGETS.burstAllDeliveredMs,
    ),
    row(
      `${r.timers.sustainedPerSecond}/s deadlines lateness p99 (ms)`,
      '',
      fmt(r.timers.sustainedP99Ms),
      '',
      '<= 1000',
      r.timers.sustainedArrived === r.timers.sustainedCount &&
        r.timers.sustainedP99Ms <= TARGETS.sustainedP99Ms,
    ),
    row(
      'create /s, 1+1 vs 2+2 API+worker processes',
      fmt(r.scaleOut.onePlusOne.perSecond),
      fmt(r.scaleOut.twoPlusTwo.perSecond),
      x(r.scaleOut.throughputRatio),
    ),
    row('(reference) create p50 vs bare start (ms)', fmt(c.bare.p50), fmt(c.api.p50), x(c.p50Ratio)),
    row('create p95 (ms)', fmt(c.bare.p95), fmt(c.api.p95), x(ratio(c.api.p95, c.bare.p95))),
    row('create p99 (ms)', fmt(c.bare.p99), fmt(c.api.p99), x(ratio(c.api.p99, c.bare.p99))),
    row(
      '(reference) create /s vs bare start',
      fmt(c.bare.perSecond),
      fmt(c.api.perSecond),
      x(c.throughputRatio),
    ),
    row(
      '  bare until projected (/s)',
      fmt(c.bareUntilProjectedPerSecond),
      '',
      x(ratio(c.api.perSecond, c.bareUntilProjectedPerSecond)),
    ),
    row(
      '  update-with-start p50 (ms)',
      fmt(c.updateWithStart.p50),
      '',
      x(ratio(c.api.p50, c.updateWithStart.p50)),
    ),
    row(
      '  update-with-start (/s)',
      fmt(c.updateWithStart.perSecond),
      '',
      x(ratio(c.api.perSecond, c.updateWithStart.perSecond)),
    ),
    row('advance p50 (ms)', fmt(a.bare.p50), fmt(a.api.p50), x(a.p50Ratio)),
    row('advance p95 (ms)', fmt(a.bare.p95), fmt(a.api.p95), x(ratio(a.api.p95, a.bare.p95))),
    row(
      'advance p99 (ms)',
      fmt(a.bare.p99),
      fmt(a.api.p99),
      x(a.p99Ratio),
      '<= 1.15x',
      a.p99Ratio <= TARGETS.advanceP99Ratio,
    ),
    row('advance throughput (/s)', fmt(a.bare.perSecond), fmt(a.api.perSecond), x(a.throughputRatio)),
    row(
      'serial create p50 (ms)',
      fmt(serial.create.bare.p50),
      fmt(serial.create.api.p50),
      x(ratio(serial.create.api.p50, serial.create.bare.p50)),
    ),
    row(
      '  update-with-start p50 (ms)',
      fmt(serial.create.updateWithStart.p50),
      '',
      x(ratio(serial.create.api.p50, serial.create.updateWithStart.p50)),
    ),
    row(
      'serial advance p50 (ms)',
      fmt(serial.advance.bare.p50),
      fmt(serial.advance.api.p50),
      x(ratio(serial.advance.api.p50, serial.advance.bare.p50)),
    ),
    row('errors (create/advance)', `${c.errors.bare}/${a.errors.bare}`, `${c.errors.api}/${a.errors.api}`),
    row(`alert lateness p50 (ms), ${l.arrived}/${l.count}`, '', fmt(l.p50)),
    row(
      'alert lateness p99 (ms)',
      '',
      fmt(l.p99),
      '',
      '<= 1500',
      l.arrived === l.count && l.p99 <= TARGETS.latenessP99Ms,
    ),
    row('alert lateness max (ms)', '', fmt(l.max)),
    row('  due -> workflow p50/p99', '', `${fmt(l.dueToWorkflow.p50)} / ${fmt(l.dueToWorkflow.p99)}`),
    row('  workflow -> inbox p50/p99', '', `${fmt(l.workflowToInbox.p50)} / ${fmt(l.workflowToInbox.p99)}`),
    row(`list p50 (ms), ${list.cases} cases`, '', fmt(list.p50)),
    row('list p95 (ms)', '', fmt(list.p95), '', '<= 50', list.p95 <= TARGETS.listP95Ms),
    row(`authenticated request p50 (ms), ${r.auth.requests}`, '', fmt(r.auth.p50)),
    row(`export p50 (ms), ${g.export.markers} features`, '', fmt(g.export.p50)),
    row(
      'export max (ms)',
      '',
      fmt(g.export.max),
      '',
      '<= 1000',
      g.export.errors.length === 0 && g.export.max <= REGISTER_TARGETS.exportMs,
    ),
    row(`near= p50 (ms), ${g.near.markers} markers`, '', fmt(g.near.p50)),
    row(
      'near= p95 (ms)',
      '',
      fmt(g.near.p95),
      '',
      '<= 20',
      g.near.errors.length === 0 && g.near.p95 <= REGISTER_TARGETS.nearP95Ms,
    ),
    row(
      `idle SSE streams held (of ${r.events.streams})`,
      '',
      fmt(r.events.opened),
      '',
      `>= ${EVENTS_TARGETS.idleStreams}`,
      r.events.opened >= EVENTS_TARGETS.idleStreams,
    ),
    row(
      '  API RSS before / holding them (MiB)',
      '',
      `${fmt(r.events.rssBeforeMiB)} / ${fmt(r.events.rssHeldMiB)}`,
    ),
    row(`alert -> SSE event p50 (ms), ${r.events.received}/${r.events.alerts}`, '', fmt(r.events.p50)),
    row(
      'alert -> SSE event p99 (ms)',
      '',
      fmt(r.events.p99),
      '',
      `<= ${EVENTS_TARGETS.alertToEventP99Ms}`,
      r.events.received === r.events.alerts && r.events.p99 <= EVENTS_TARGETS.alertToEventP99Ms,
    ),
    row('peak RSS api / worker (MiB)', '', `${fmt(r.rss.api)} / ${fmt(r.rss.worker)}`),
  ];
  const cpuKeys = Object.keys(c.cpuMsPerOp.api);
  const cpuRow = (label: string, perOp: Record<string, number>) => [
    label,
    ...cpuKeys.map((k) => fmt(perOp[k])),
  ];
  const out = [
    '',
    `Benchmark ${r.at} on ${m.hostname}: ${m.cpuModel}, ${m.cores} cores, ${m.ramMiB} MiB RAM, Node ${m.node}`,
    `Temporal: ${r.notes[0]}`,
    `scale ${r.scale}: ${c.count} creates and advances per side per round at concurrency ${c.concurrency}, blocks alternated A-B-B-A, ratios = median of ${c.repetitions} rounds`,
    '',
    formatTable(['metric', 'bare', 'api', 'ratio', 'target', 'result'], rows),
    '',
    `Alert lateness: ${l.count} cases opened evenly over ${(l.startWallMs / 1000).toFixed(1)} s, report due ${l.reportWithinMs / 1000} s after opening; due times spread over ${(l.dueSpreadMs / 1000).toFixed(1)} s.`,
    `Register: ${g.synthetic} SYNTHETIC markers; export measured ${g.export.requests} times over ${g.export.markers} features; near= ${g.near.requests} requests at concurrency ${g.near.concurrency} (radius 500/1000/2000 m, ${g.near.meanHits} markers within on average, ${g.near.perSecond}/s).`,
    `Lists: ${list.real} real cases + ${list.synthetic} SYNTHETIC rows inserted directly into disputes; ${list.requests} requests at concurrency ${list.concurrency}.`,
    formatTable(
      ['list query', 'user', 'p50', 'p95'],
      list.byQuery.map((b) => [b.path, b.user, fmt(b.p50), fmt(b.p95)]),
    ),
    `Worker RSS while open cases with live deadlines grow (sticky cache ${r.worker.maxCachedWorkflows} workflows): ${r.worker.rssCurve.map((p) => `${p.openCases}→${fmt(p.rssMiB)}`).join(', ')} MiB; ${r.worker.kibPerCachedWorkflow ?? '-'} KiB per cached workflow.`,
    `Burst: report deadlines of ${r.timers.burst} cases due within ${fmt(r.timers.burstDueSpreadMs)} ms of each other. Sustained: ${r.timers.sustainedArrived}/${r.timers.sustainedCount} alerts, lateness p50 ${fmt(r.timers.sustainedP50Ms)} ms.`,
    '',
    'CPU ms per operation (utime+stime; postgres and redis = all such processes on this machine):',
    formatTable(
      ['phase', ...cpuKeys],
      [
        cpuRow('create bare (incl. projection)', c.cpuMsPerOp.bare),
        cpuRow('create update-with-start', c.cpuMsPerOp.updateWithStart),
        cpuRow('create api', c.cpuMsPerOp.api),
        cpuRow('advance bare', a.cpuMsPerOp.bare),
        cpuRow('advance api', a.cpuMsPerOp.api),
        cpuRow('list request', list.cpuMsPerRequest),
        cpuRow('authenticated request (token check)', r.auth.cpuMsPerRequest),
        cpuRow('near= request', g.near.cpuMsPerRequest),
      ],
    ),
    ...(r.firstErrors.length > 0 ? ['', 'First errors:', ...r.firstErrors.map((e) => `  ${e}`)] : []),
    '',
    `Wrote ${cfg.results}; measuring took ${(r.durationMs / 1000).toFixed(0)} s.`,
    '',
  ];
  process.stdout.write(out.join('\n'));
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const http = new HttpClient(cfg.apiUrl);
  const pg = new Pool({ connectionString: cfg.databaseUrl, max: 4 });
  const connection = await Connection.connect({ address: cfg.temporalAddress });
  const client = new Client({ connection, namespace: cfg.namespace });
  try {
    await waitForWorker(client);
    const tokens: Record<string, string> = {};
    await signIn(http, tokens);
    const ctx: Context = {
      client,
      http,
      pg,
      tokens,
      policy: loadPolicyFile(cfg.policyFile).disputes,
      meter: new CpuMeter({ api: cfg.pids.api, worker: cfg.pids.worker, temporal: cfg.pids.temporal }),
      random: seededRandom(7),
    };
    say(`warm-up (${WARMUP} of each operation)`);
    await warmUp(ctx);
    const results = await measure(ctx, t0);
    writeFileSync(cfg.results, `${JSON.stringify(results, null, 2)}\n`);
    printReport(results);
  } finally {
    http.close();
    await pg.end();
    await connection.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`✗ benchmark failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
