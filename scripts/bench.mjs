#!/usr/bin/env node
// `npm run bench`: the performance benchmark on a private, real stack, once per Temporal persistence mode: the
// CLI's dev server (in memory, free port) and the production server on PostgreSQL (databases
// temporal_bench_<ts> and temporal_visibility_bench_<ts>, as docker-compose.yml runs it). Each mode gets a fresh
// database boundary_bench_<ts> (migrated + demo organisation), its own Redis prefix and task queue, and the
// worker and the API as separate processes from dist/ (so their peak RSS is theirs). bench/run.ts measures;
// bench/results.json keeps the dev server's figures at the top level and both modes under `modes`.
// Everything it started is stopped, and the databases dropped, after each mode, on failure and on Ctrl-C.
//
//   BENCH_SCALE=0.1 npm run bench        quick run (a tenth of the operations)
//   BENCH_MODES=postgres npm run bench   one mode only (dev, postgres; default both)
//   BENCH_KEEP=1 npm run bench           keep the database (and print its URL) for a look afterwards
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeExit, signalGroup, spawnInGroup, stopGroup } from './lib/process-group.mjs';
import { findOrBuildTemporalCli } from './lib/temporal-cli.mjs';
import {
  dropTemporalDatabases,
  prepareTemporalPostgres,
  temporalDatabaseNames,
  waitUntilReady,
} from './lib/temporal-postgres.mjs';
import { devServerSettingFlags } from './lib/temporal-settings.mjs';
import {
  REPO_ROOT,
  ensureBuilt,
  ensureDatabase,
  ensureDependencies,
  loadEnvDefaults,
  requireFromRepo,
  requireServices,
  sleep,
  waitForTcp,
  withPg,
} from './lib/services.mjs';

const WORKER_MAIN = 'dist/apps/worker/src/main.js';
const API_MAIN = 'dist/apps/api/src/main.js';
const MIGRATE_MAIN = 'dist/libs/persistence/src/cli/migrate.js';
const RUN_MAIN = 'dist/bench/run.js';
const READY_MS = 120_000;
const STOP_GRACE_MS = 10_000;

const MODES = (process.env.BENCH_MODES ?? 'dev,postgres').split(',').map((mode) => mode.trim());
const RESULTS = join(REPO_ROOT, 'bench/results.json');
/**
 * BENCH_PROFILE_DIR=<dir>: the API and the worker write V8 CPU profiles there when they stop (open them in
 * Chrome's DevTools). Profiling slows them, so such a run's figures are not comparable.
 */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const profileFlags = (name) =>
  PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`]
    : [];

const children = new Map(); // tag -> { proc, exited, done }
let cleanups = []; // run in reverse order by runCleanups()
let stopping = false;

const say = (message) => console.log(`» ${message}`);

/** A port the kernel says is free right now (listen on 0, read it, close). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A long-running child in its own process group (a terminal Ctrl-C reaches only this script, which then
 * stops the children in order). Output lines are prefixed with the tag and dropped while stopping.
 */
function startChild(tag, cmd, args, env) {
  if (stopping) throw new Error('stopping');
  const child = spawnInGroup(cmd, args, env, (line, isError) => {
    // A server being stopped between modes logs its peers going away: not news.
    if (!stopping && !child.stopping) (isError ? process.stderr : process.stdout).write(`[${tag}] ${line}\n`);
  });
  child.exited.then((result) => {
    if (!stopping && !child.stopping)
      console.error(`✗ [${tag}] exited unexpectedly (${describeExit(result)})`);
  });
  children.set(tag, child);
  return child;
}

function stopChild(tag) {
  const child = children.get(tag);
  if (child) child.stopping = true;
  return stopGroup(child, STOP_GRACE_MS);
}

/** Runs a short-lived node script from the repo root, inheriting stdio, and requires exit code 0. */
function runNode(args, env, label) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: 'inherit' });
    children.set(label, { proc, done: false, exited: new Promise((done) => proc.once('exit', done)) });
    proc.once('error', reject);
    proc.once('exit', (code, signal) => {
      children.get(label).done = true;
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** The production server on PostgreSQL, on databases of this run's own (dropped afterwards). */
async function startTemporalOnPostgres(env, runId) {
  const dir = mkdtempSync(join(tmpdir(), 'boundary-bench-temporal-'));
  const runKey = `bench_${runId}`;
  cleanups.push(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (process.env.BENCH_KEEP !== '1')
      await dropTemporalDatabases({ databaseUrl: env.DATABASE_URL, names: temporalDatabaseNames(runKey) });
  });
  const { server, args, address } = await prepareTemporalPostgres({
    dir,
    databaseUrl: env.DATABASE_URL,
    runId: runKey,
    log: say,
  });
  say(`Temporal server ${address} on PostgreSQL (temporal_${runKey}, temporal_visibility_${runKey})`);
  const child = startChild('temporal', server, args, env);
  cleanups.push(() => stopChild('temporal'));
  await waitUntilReady({
    address,
    abortIf: () => (child.done ? 'the Temporal server exited' : stopping ? 'stopping' : null),
  });
  return { address, pid: child.proc.pid };
}

async function startTemporal(temporalCli, env) {
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  say(`Temporal dev server (in memory) on ${address}`);
  const child = startChild(
    'temporal',
    temporalCli,
    [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--headless',
      '--log-level',
      'error',
      ...devServerSettingFlags(),
    ],
    env,
  );
  cleanups.push(() => stopChild('temporal'));
  await waitForTcp(address, {
    timeoutMs: READY_MS,
    abortIf: () => (child.done ? 'the Temporal dev server exited' : stopping ? 'stopping' : null),
  });
  // An open port can precede a serving frontend.
  const until = Date.now() + READY_MS;
  for (;;) {
    const probe = spawn(temporalCli, ['operator', 'cluster', 'health', '--address', address], {
      stdio: 'ignore',
    });
    const code = await new Promise((done) => probe.once('error', () => done(-1)).once('exit', done));
    if (code === 0) break;
    if (Date.now() > until || stopping) throw new Error(`Temporal ${address} is not serving`);
    await sleep(500);
  }
  return { address, pid: child.proc.pid };
}

async function waitForHealth(url) {
  const until = Date.now() + READY_MS;
  while (Date.now() < until && !stopping) {
    if (children.get('api')?.done) throw new Error('the API exited during start-up (see [api] above)');
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  throw new Error(`${url} did not answer 200 within ${READY_MS / 1000} s`);
}

/** One mode's whole run: its own stack, measured by bench/run.ts into `resultsFile`. */
async function runMode(mode, temporalCli, base, resultsFile) {
  say(
    `===== mode ${mode}: ${mode === 'postgres' ? 'Temporal server on PostgreSQL' : 'Temporal CLI dev server'}`,
  );
  const runId = `${Date.now()}`;
  const databaseUrl = new URL(base.DATABASE_URL);
  databaseUrl.pathname = `/boundary_bench_${runId}`;
  const redisPrefix = `bench-${runId}`;
  const taskQueue = `bench-${runId}`;

  say(`database ${databaseUrl.pathname.slice(1)}`);
  await ensureDatabase(databaseUrl.toString());
  cleanups.push(async () => {
    if (process.env.BENCH_KEEP === '1') return say(`kept database ${databaseUrl}`);
    const maintenance = new URL(databaseUrl);
    maintenance.pathname = '/postgres';
    await withPg(maintenance.toString(), (pg) =>
      pg.query(`DROP DATABASE IF EXISTS "${databaseUrl.pathname.slice(1)}" WITH (FORCE)`),
    );
  });
  cleanups.push(async () => {
    // BullMQ keys of this run only (its own prefix).
    const IORedis = requireFromRepo('ioredis');
    const redis = new IORedis(base.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}:*`, 'COUNT', 1000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  });
  const appEnv = {
    ...base,
    DATABASE_URL: databaseUrl.toString(),
    REDIS_PREFIX: redisPrefix,
    TEMPORAL_TASK_QUEUE: taskQueue,
    TEMPORAL_NAMESPACE: 'default',
    POLICY_FILE: join(REPO_ROOT, 'bench/policy.yaml'),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ALERT_WEBHOOK_SECRET: randomBytes(32).toString('hex'),
  };
  // Production never loads the demo organisation; the bench signs in as demo users, so its migration is not.
  say('migrations + demo organisation');
  await runNode(['scripts/with-dist.mjs', MIGRATE_MAIN], { ...appEnv, NODE_ENV: 'test' }, 'migrate');

  const temporal =
    mode === 'postgres' ? await startTemporalOnPostgres(base, runId) : await startTemporal(temporalCli, base);
  const apiPort = await freePort();
  Object.assign(appEnv, { TEMPORAL_ADDRESS: temporal.address, PORT: String(apiPort) });
  // The worker bundles the workflow code at start-up, as it does in production (part of its peak RSS).
  say('starting worker and API (NODE_ENV=production, LOG_LEVEL=warn)');
  const worker = startChild(
    'worker',
    process.execPath,
    [...profileFlags(`worker-${mode}`), 'scripts/with-dist.mjs', WORKER_MAIN],
    appEnv,
  );
  cleanups.push(() => stopChild('worker'));
  const api = startChild(
    'api',
    process.execPath,
    [...profileFlags(`api-${mode}`), 'scripts/with-dist.mjs', API_MAIN],
    appEnv,
  );
  cleanups.push(() => stopChild('api'));
  await waitForHealth(`http://127.0.0.1:${apiPort}/health`);

  await runNode(
    ['scripts/with-dist.mjs', RUN_MAIN],
    {
      ...base,
      BENCH_API_URL: `http://127.0.0.1:${apiPort}`,
      BENCH_DATABASE_URL: databaseUrl.toString(),
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: taskQueue,
      BENCH_POLICY_FILE: appEnv.POLICY_FILE,
      BENCH_LATENESS_POLICY_FILE: join(REPO_ROOT, 'bench/policy-lateness.yaml'),
      BENCH_RESULTS: resultsFile,
      // The scale-out phase starts a second API and worker with the same settings.
      BENCH_APP_ENV: JSON.stringify(appEnv),
      BENCH_MODE: mode,
      BENCH_API_PID: String(api.proc.pid),
      BENCH_WORKER_PID: String(worker.proc.pid),
      BENCH_TEMPORAL_PID: String(temporal.pid),
    },
    'bench',
  );
}

async function main() {
  const started = Date.now();
  const unknown = MODES.filter((mode) => !['dev', 'postgres'].includes(mode));
  if (unknown.length) throw new Error(`BENCH_MODES: unknown mode ${unknown.join(', ')} (dev, postgres)`);
  await ensureDependencies();
  say('building (npm run build)');
  await ensureBuilt({ expect: [WORKER_MAIN, API_MAIN, MIGRATE_MAIN, RUN_MAIN] });
  const temporalCli = await findOrBuildTemporalCli({ log: say });
  const base = loadEnvDefaults();
  await requireServices(base);
  const modes = {};
  for (const mode of MODES) {
    const file = join(tmpdir(), `boundary-bench-${mode}-${Date.now()}.json`);
    await runMode(mode, temporalCli, base, file);
    modes[mode] = JSON.parse(readFileSync(file, 'utf8'));
    rmSync(file, { force: true });
    await runCleanups();
  }
  // Today's keys stay at the top level (the dev server's figures, or the only mode measured).
  writeFileSync(RESULTS, `${JSON.stringify({ ...(modes.dev ?? modes[MODES[0]]), modes }, null, 2)}\n`);
  say(`wrote ${RESULTS} (modes: ${MODES.join(', ')})`);
  say(
    `whole run (build, stacks, measurements, teardowns) took ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

/** Runs and forgets the cleanups registered so far, newest first. */
async function runCleanups() {
  // The measuring process first: it must not keep calling a stack that is going away.
  for (const tag of ['bench', 'migrate']) {
    const child = children.get(tag);
    if (child && !child.done) child.proc.kill('SIGTERM');
  }
  const pending = cleanups.reverse();
  cleanups = [];
  for (const cleanup of pending) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`» cleanup: ${error.message}`);
    }
  }
}

let tearingDown;
/** Runs the cleanups once, however many times it is called (signal and failure may race). */
function teardown() {
  stopping = true;
  tearingDown ??= runCleanups();
  return tearingDown;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    if (stopping) {
      // A second Ctrl-C: do not wait for the grace period.
      for (const { proc, done } of children.values()) if (!done) signalGroup(proc, 'SIGKILL');
      return;
    }
    say(`received ${signal}, stopping…`);
    await teardown();
    process.exit(130);
  });
}
// Last resort if this script crashes: do not leave detached servers holding ports.
process.on('exit', () => {
  for (const { proc, done } of children.values()) {
    if (done) continue;
    signalGroup(proc, 'SIGKILL');
    proc.kill('SIGKILL');
  }
});

try {
  await main();
  await teardown();
  say('done: stacks stopped, databases dropped');
} catch (error) {
  // After Ctrl-C the measuring process is stopped on purpose: that is not a second error to report.
  if (!stopping) console.error(`✗ ${error.message}`);
  await teardown();
  process.exit(1);
}
