#!/usr/bin/env node
// `npm start`: one command from a fresh clone to a running API + worker + Temporal dev server.
// Setup steps fail with one readable line; once running, Ctrl-C stops everything this script started.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeExit, signalGroup, spawnInGroup, stopGroup } from './lib/process-group.mjs';
import { findOrBuildTemporalCli } from './lib/temporal-cli.mjs';
import { PERSISTENCE, prepareTemporalPostgres, waitUntilReady } from './lib/temporal-postgres.mjs';
import { devServerSettingFlags } from './lib/temporal-settings.mjs';
import { ensureWebBuilt } from './lib/web.mjs';
import {
  REPO_ROOT,
  checkTcp,
  ensureBuilt,
  ensureDatabase,
  ensureDependencies,
  isLoopback,
  loadEnvDefaults,
  parseHostPort,
  requireServices,
  sleep,
  waitForTcp,
} from './lib/services.mjs';

const WORKER_MAIN = 'dist/apps/worker/src/main.js';
const API_MAIN = 'dist/apps/api/src/main.js';
const MIGRATE_MAIN = 'dist/libs/persistence/src/cli/migrate.js';
const TEMPORAL_READY_MS = 60_000;
const API_READY_MS = 90_000;
const STOP_GRACE_MS = 10_000;

const TAG_COLORS = { temporal: 35, worker: 36, api: 32, migrate: 33 };
const children = new Map(); // tag -> { proc, exited: Promise }
let shuttingDown = false;

function say(message) {
  console.log(`» ${message}`);
}

function tagPrefix(tag) {
  const text = `[${tag}]`;
  return process.stdout.isTTY ? `\x1b[${TAG_COLORS[tag] ?? 90}m${text}\x1b[0m` : text;
}

/**
 * Starts a long-running child in its own process group so that Ctrl-C reaches only this script, which then
 * stops the children in a sensible order (apps before the Temporal server they talk to). Each output line is
 * passed through with its tag, so interleaved logs stay attributable.
 */
function startChild(tag, cmd, args, env, { longRunning = true, quietWhenStopping = false } = {}) {
  // Setup may still be running when Ctrl-C arrives; nothing new may start once we are stopping.
  if (shuttingDown) throw new Error('stopping');
  const prefix = tagPrefix(tag);
  const child = spawnInGroup(cmd, args, env, (line, isError) => {
    // The Temporal dev server logs a burst of "connection refused" warnings while it stops; that is not news.
    if (quietWhenStopping && shuttingDown) return;
    (isError ? process.stderr : process.stdout).write(`${prefix} ${line}\n`);
  });
  if (longRunning) child.exited.then((result) => onChildExit(tag, result));
  children.set(tag, child);
  return child;
}

function onChildExit(tag, result) {
  if (shuttingDown) return;
  console.error(
    `✗ [${tag}] 意外退出 / exited unexpectedly (${describeExit(result)})，正在停止其他进程 / stopping the rest`,
  );
  shutdown(1);
}

function stopChild(tag) {
  return stopGroup(children.get(tag), STOP_GRACE_MS, () =>
    console.error(
      `» [${tag}] ${STOP_GRACE_MS / 1000}s 内未退出，强制结束 / did not stop in time, sending SIGKILL`,
    ),
  );
}

async function stopAll() {
  // The worker drains against the Temporal server, so the server goes last.
  await Promise.all([stopChild('api'), stopChild('worker'), stopChild('migrate')]);
  await stopChild('temporal');
}

async function shutdown(exitCode, reason = '') {
  if (shuttingDown) return;
  shuttingDown = true;
  if (children.size) say(`${reason}正在停止… / stopping…`);
  await stopAll();
  if (children.size) say('已全部停止 / all stopped');
  process.exit(exitCode);
}

function installSignalHandlers() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (!shuttingDown) return void shutdown(0, `收到 / received ${signal}，`);
      // A second Ctrl-C means "now": do not make the user wait for the grace period.
      for (const { proc, done } of children.values()) if (!done) signalGroup(proc, 'SIGKILL');
    });
  }
  // Last resort if this script itself crashes: do not leave detached servers holding the ports.
  process.on('exit', () => {
    for (const { proc, done } of children.values()) if (!done) signalGroup(proc, 'SIGTERM');
  });
}

/** Runs a short-lived child with tagged output and requires exit code 0. */
async function runTagged(tag, args, env) {
  const child = startChild(tag, process.execPath, args, env, { longRunning: false });
  const result = await child.exited;
  children.delete(tag);
  if (result.code !== 0) throw new Error(`${tag} 失败 / failed (${describeExit(result)})`);
}

function temporalTarget(env) {
  const { host, port } = parseHostPort(env.TEMPORAL_ADDRESS, 7233);
  return { host, port, uiPort: port + 1000, address: `${host.includes(':') ? `[${host}]` : host}:${port}` };
}

async function ensureTemporal(temporalCli, env) {
  const target = temporalTarget(env);
  if (await checkTcp(target.address, 1500)) {
    say(`Temporal 已在 ${target.address} 运行，直接使用 / reusing the Temporal server already running there`);
    return target;
  }
  if (!isLoopback(target.host)) {
    throw new Error(
      `Temporal 无法连接 ${target.address} (TEMPORAL_ADDRESS) / cannot connect, and it is not local`,
    );
  }
  const dataDir = join(REPO_ROOT, '.data');
  mkdirSync(dataDir, { recursive: true });
  if (PERSISTENCE === 'postgres') return startTemporalOnPostgres(env, target, dataDir);
  say(`启动 Temporal 开发服务器 / starting the Temporal dev server (${target.address})`);
  const child = startChild(
    'temporal',
    temporalCli,
    [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(target.port),
      '--ui-port',
      String(target.uiPort),
      // A file, not in-memory, so workflows survive a restart of `npm start`.
      '--db-filename',
      join(dataDir, 'temporal.db'),
      '--log-level',
      'warn',
      ...devServerSettingFlags(),
    ],
    env,
    { quietWhenStopping: true },
  );
  await waitForTcp(target.address, {
    timeoutMs: TEMPORAL_READY_MS,
    abortIf: () => {
      if (shuttingDown) return 'stopping';
      return child.done
        ? 'Temporal 开发服务器已退出 / the Temporal dev server exited (see [temporal] above)'
        : null;
    },
  }).catch((error) => {
    throw new Error(
      `Temporal 未能在 ${TEMPORAL_READY_MS / 1000}s 内启动 / did not come up: ${error.message}`,
    );
  });
  await waitForTemporalHealth(temporalCli, target.address);
  return target;
}

/**
 * The production server on the same PostgreSQL as the app (databases temporal and temporal_visibility), as
 * docker-compose.yml runs it. It has no web UI of its own: the banner points at the CLI instead.
 */
async function startTemporalOnPostgres(env, target, dataDir) {
  say(`准备 Temporal 服务器（PostgreSQL）/ preparing the Temporal server on PostgreSQL (${target.address})`);
  const { server, args } = await prepareTemporalPostgres({
    dir: join(dataDir, 'temporal-postgres'),
    databaseUrl: env.DATABASE_URL,
    port: target.port,
    log: say,
  });
  const child = startChild('temporal', server, args, env, { quietWhenStopping: true });
  await waitUntilReady({
    address: target.address,
    namespace: env.TEMPORAL_NAMESPACE || 'default',
    abortIf: () => {
      if (shuttingDown) return 'stopping';
      return child.done ? 'Temporal 服务器已退出 / the Temporal server exited (see [temporal] above)' : null;
    },
  });
  return { ...target, uiPort: null };
}

/** An open port can precede a serving frontend; the worker would crash on connect if we started it too early. */
async function waitForTemporalHealth(temporalCli, address) {
  const deadline = Date.now() + TEMPORAL_READY_MS;
  while (Date.now() < deadline && !shuttingDown) {
    const probe = spawn(temporalCli, ['operator', 'cluster', 'health', '--address', address], {
      stdio: 'ignore',
    });
    const code = await new Promise((done) => probe.once('error', () => done(-1)).once('exit', done));
    if (code === 0) return;
    await sleep(500);
  }
  if (!shuttingDown) throw new Error(`Temporal ${address} 未就绪 / is not serving`);
}

async function healthy(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

async function waitForHealth(url) {
  const deadline = Date.now() + API_READY_MS;
  while (Date.now() < deadline) {
    if (shuttingDown) return;
    if (await healthy(url)) return;
    await sleep(1000);
  }
  throw new Error(`${url} 在 ${API_READY_MS / 1000}s 内没有返回 200 / did not answer 200 in time`);
}

function printBanner(env, temporal) {
  const api = `http://127.0.0.1:${env.PORT}`;
  const ui = `http://${temporal.host.includes(':') ? `[${temporal.host}]` : temporal.host}:${temporal.uiPort}`;
  const users = [
    ['mediator.a', '乡镇调解员 T01 / township mediator T01'],
    ['mediator.b', '乡镇调解员 T02 / township mediator T02'],
    ['bureau', '区民政局 D01 / district civil-affairs bureau D01'],
    ['leader', '领导 D01 / leader D01'],
    ['admin', '管理员 / administrator'],
  ];
  const lines = [
    '',
    '✔ 已启动 / ready',
    `  控制台 / web:  ${api}/`,
    `  API:          ${api}`,
    `  Swagger 文档: ${api}/docs`,
    `  OpenAPI JSON: ${api}/docs-json`,
    temporal.uiPort
      ? `  Temporal UI:  ${ui}`
      : `  Temporal:     ${temporal.address}（PostgreSQL；temporal workflow list --address ${temporal.address} --query "BoundaryStatus='mediating'"）`,
    '  演示用户 / demo users（密码 / password: demo1234）:',
    ...users.map(([name, role]) => `    ${name.padEnd(11)} ${role}`),
    '  按 Ctrl-C 停止全部进程 / press Ctrl-C to stop everything',
    '',
  ];
  console.log(lines.join('\n'));
}

async function setup() {
  await ensureDependencies();
  say('编译 TypeScript / building (npm run build)');
  await ensureBuilt({ expect: [WORKER_MAIN, API_MAIN, MIGRATE_MAIN] });
  await ensureWebBuilt({ log: say });
  const temporalCli = await findOrBuildTemporalCli({ log: say });
  const env = loadEnvDefaults();
  env.NODE_ENV ||= 'development';
  await requireServices(env);
  const { created } = await ensureDatabase(env.DATABASE_URL);
  if (created) say(`已创建数据库 / created database ${new URL(env.DATABASE_URL).pathname.slice(1)}`);
  say('数据库迁移与演示数据 / running migrations and demo seed');
  await runTagged('migrate', ['scripts/with-dist.mjs', MIGRATE_MAIN], env);
  const temporal = await ensureTemporal(temporalCli, env);
  say('启动 worker 与 API / starting worker and API');
  startChild('worker', process.execPath, ['scripts/with-dist.mjs', WORKER_MAIN], env);
  startChild('api', process.execPath, ['scripts/with-dist.mjs', API_MAIN], env);
  await waitForHealth(`http://127.0.0.1:${env.PORT}/health`);
  if (!shuttingDown) printBanner(env, temporal);
}

async function main() {
  installSignalHandlers();
  try {
    await setup();
  } catch (error) {
    if (shuttingDown) return;
    console.error(`✗ ${error.message}`);
    await shutdown(1);
  }
}

main();
