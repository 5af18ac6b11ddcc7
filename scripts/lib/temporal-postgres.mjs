// TEMPORAL_PERSISTENCE=postgres: the real Temporal server on PostgreSQL, as docker-compose.yml runs it, instead of
// the CLI's dev server on SQLite. The server and its SQL schema tool are built from the Go module proxy when
// missing (same version as the compose file), the `temporal` and `temporal_visibility` databases are created and
// migrated in the project's PostgreSQL (suffixed with a run id for tests and the bench, so runs never share them),
// and the server config is written with free ports. Starting the process is the caller's business (npm start,
// the bench, the tests each own their children).
//
// CLI entry, for the TypeScript test setups:
//   node scripts/lib/temporal-postgres.mjs prepare --dir D --database-url U [--run-id R] [--port P] [--setting k=v]…
//       prints {"server","args","address","databases"} as JSON on stdout; spawn `server` with `args`
//   node scripts/lib/temporal-postgres.mjs ready --address A [--namespace N]
//   node scripts/lib/temporal-postgres.mjs drop --database-url U --run-id R
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, ensureDatabase, requireFromRepo, sleep, withPg } from './services.mjs';
import { findOrBuildGoBinary, findOrBuildTemporalCli } from './temporal-cli.mjs';

export const PERSISTENCE = process.env.TEMPORAL_PERSISTENCE === 'postgres' ? 'postgres' : 'dev';
const READY_MS = 120_000;
const SQL_PLUGIN = 'postgres12';
const SCHEMAS = { temporal: 'postgresql/v12/temporal', visibility: 'postgresql/v12/visibility' };
// Closed workflows are kept this long, as the compose file's auto-setup image does by default.
const RETENTION = '24h';

/** The server version docker-compose.yml pins (`temporalio/auto-setup:${TEMPORAL_VERSION:-x.y.z}`). */
export function composeTemporalVersion() {
  const compose = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
  const match = /temporalio\/auto-setup:\$\{TEMPORAL_VERSION:-([0-9.]+)\}/.exec(compose);
  if (!match)
    throw new Error('docker-compose.yml 未声明 temporalio/auto-setup 版本 / names no server version');
  return `v${match[1]}`;
}

function serverTools() {
  const version = composeTemporalVersion();
  return {
    server: {
      label: 'Temporal server',
      module: 'go.temporal.io/server/cmd/server',
      binary: 'server',
      envVar: 'TEMPORAL_SERVER',
      versions: [version],
      // "server" and "sql" are generic names: a binary of that name on PATH is not evidence of anything.
      searchPath: false,
    },
    sql: {
      label: 'Temporal SQL schema tool',
      module: 'go.temporal.io/server/cmd/tools/sql',
      binary: 'sql',
      envVar: 'TEMPORAL_SQL_TOOL',
      versions: [version],
      searchPath: false,
    },
  };
}

/** Both binaries, built one after the other (two concurrent Go builds would only fight for the same cores). */
export async function findOrBuildTemporalServer({ log } = {}) {
  const tools = serverTools();
  const server = await findOrBuildGoBinary(tools.server, { log });
  const sql = await findOrBuildGoBinary(tools.sql, { log });
  return { server, sql };
}

export function temporalDatabaseNames(runId = '') {
  const suffix = runId ? `_${runId}` : '';
  if (!/^[A-Za-z0-9_]*$/.test(suffix)) throw new Error(`invalid run id "${runId}"`);
  return { temporal: `temporal${suffix}`, visibility: `temporal_visibility${suffix}` };
}

function databaseAt(databaseUrl, name) {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function connection(databaseUrl) {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || 'postgres'),
    password: decodeURIComponent(url.password),
  };
}

function runQuiet(cmd, args) {
  return new Promise((done) => {
    let output = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (output = (output + d).slice(-8000)));
    child.stderr.on('data', (d) => (output = (output + d).slice(-8000)));
    child.on('error', (error) => done({ code: -1, output: error.message }));
    child.on('close', (code) => done({ code, output }));
  });
}

/**
 * Creates each database when missing, sets up the schema version table on a fresh one and applies every
 * schema version the server ships (update-schema is idempotent, so an older database is upgraded).
 */
export async function migrateTemporalDatabases({ sqlTool, databaseUrl, names }) {
  const { host, port, user, password } = connection(databaseUrl);
  const common = ['--plugin', SQL_PLUGIN, '--ep', host, '-p', String(port), '-u', user, '--quiet'];
  if (password) common.push('--pw', password);
  for (const [kind, name] of Object.entries(names)) {
    const url = databaseAt(databaseUrl, name);
    await ensureDatabase(url);
    const versioned = await withPg(url, async (pg) => {
      const { rows } = await pg.query(`SELECT to_regclass('schema_version') IS NOT NULL AS present`);
      return rows[0].present;
    });
    const steps = [
      ...(versioned ? [] : [['setup-schema', '-v', '0.0']]),
      ['update-schema', '--schema-name', SCHEMAS[kind]],
    ];
    for (const step of steps) {
      const { code, output } = await runQuiet(sqlTool, [...common, '--db', name, ...step]);
      if (code !== 0) throw new Error(`sql ${step[0]} ${name} 失败 / failed:\n${output.trim()}`);
    }
  }
}

export async function dropTemporalDatabases({ databaseUrl, names }) {
  await withPg(databaseAt(databaseUrl, 'postgres'), async (pg) => {
    for (const name of Object.values(names)) await pg.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

function listensOn(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * `count` distinct ports, each free right now and none of `taken`, from `range` (below 32768 by default: the server
 * stores membership ports in a smallint column, and the kernel hands out ephemeral ports above that). Distinct
 * because one server listens on all of them: two draws of the same port made it exit at start, now and then.
 */
export async function freePorts(count, { taken = [], range = [20_000, 32_000] } = {}) {
  const [from, to] = range;
  const chosen = new Set();
  for (let tries = 0; chosen.size < count; tries += 1) {
    if (tries > 100 * count) throw new Error(`no ${count} free ports in ${from}-${to - 1}`);
    const port = from + Math.floor(Math.random() * (to - from));
    if (!chosen.has(port) && !taken.includes(port) && (await listensOn(port))) chosen.add(port);
  }
  return [...chosen];
}

/** config/temporal-dynamic-config.yaml, the file the compose file mounts, with `overrides` on top. */
function dynamicConfig(overrides) {
  // Loaded when used: `npm test` imports this file before it has installed the dependencies.
  const settings = requireFromRepo('yaml').parse(
    readFileSync(join(REPO_ROOT, 'config', 'temporal-dynamic-config.yaml'), 'utf8'),
  );
  for (const [key, value] of Object.entries(overrides)) settings[key] = [{ value }];
  return settings;
}

/**
 * Writes `<dir>/config/development.yaml` (and the dynamic config beside it) for a single-process server whose
 * frontend listens on `frontendPort`; every other service port is a free one, so several servers can run on one
 * machine. Returns the arguments that start it.
 */
export async function writeServerConfig({ dir, databaseUrl, names, frontendPort, settings = {} }) {
  const configDir = join(dir, 'config');
  mkdirSync(configDir, { recursive: true });
  const dynamicFile = join(configDir, 'dynamic.yaml');
  writeFileSync(dynamicFile, requireFromRepo('yaml').stringify(dynamicConfig(settings)));
  const { host, port, user, password } = connection(databaseUrl);
  const store = (databaseName, maxConns) => ({
    sql: {
      pluginName: SQL_PLUGIN,
      databaseName,
      connectAddr: `${host}:${port}`,
      connectProtocol: 'tcp',
      user,
      password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  // Four services, a gRPC and a membership port each, and the frontend's HTTP port; the frontend's gRPC is given.
  const ports = await freePorts(8, { taken: [frontendPort] });
  const rpc = (grpcPort = ports.pop()) => ({
    rpc: { grpcPort, membershipPort: ports.pop(), bindOnLocalHost: true },
  });
  const frontend = rpc(frontendPort);
  frontend.rpc.httpPort = ports.pop();
  const config = {
    log: { stdout: true, level: 'warn' },
    persistence: {
      defaultStore: 'default',
      visibilityStore: 'visibility',
      // The auto-setup image's default, so figures and behaviour match the compose deployment.
      numHistoryShards: 4,
      datastores: { default: store(names.temporal, 20), visibility: store(names.visibility, 10) },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: {
      frontend,
      history: rpc(),
      matching: rpc(),
      worker: rpc(),
    },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: {
        active: {
          enabled: true,
          initialFailoverVersion: 1,
          rpcName: 'frontend',
          rpcAddress: `127.0.0.1:${frontendPort}`,
        },
      },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    dynamicConfigClient: { filepath: dynamicFile, pollInterval: '10s' },
  };
  writeFileSync(join(configDir, 'development.yaml'), requireFromRepo('yaml').stringify(config));
  return ['--root', dir, '--config', 'config', '--env', 'development', '--allow-no-auth', 'start'];
}

/**
 * Everything up to starting the process: binaries, databases, config. Returns { server, args, address, databases }.
 */
export async function prepareTemporalPostgres({ dir, databaseUrl, runId = '', port, settings = {}, log }) {
  const { server, sql } = await findOrBuildTemporalServer({ log });
  const names = temporalDatabaseNames(runId);
  await migrateTemporalDatabases({ sqlTool: sql, databaseUrl, names });
  const frontendPort = port ?? (await freePorts(1))[0];
  const args = await writeServerConfig({ dir, databaseUrl, names, frontendPort, settings });
  return { server, args, address: `127.0.0.1:${frontendPort}`, databases: names };
}

/**
 * Waits for the frontend to serve, then registers the namespace (the real server, unlike the dev server, starts
 * with none) and waits until it can be used. The search attributes are the worker's to register.
 */
export async function waitUntilReady({
  address,
  namespace = 'default',
  timeoutMs = READY_MS,
  abortIf = () => null,
}) {
  const cli = await findOrBuildTemporalCli();
  const until = Date.now() + timeoutMs;
  const attempt = async (args, accept = () => false) => {
    for (;;) {
      const reason = abortIf();
      if (reason) throw new Error(reason);
      const { code, output } = await runQuiet(cli, [...args, '--address', address]);
      if (code === 0 || accept(output)) return;
      if (Date.now() > until) throw new Error(`Temporal ${address} 未就绪 / is not ready: ${output.trim()}`);
      await sleep(500);
    }
  };
  await attempt(['operator', 'cluster', 'health']);
  await attempt(
    ['operator', 'namespace', 'create', '--namespace', namespace, '--retention', RETENTION],
    (output) => /already (exists|registered)/i.test(output),
  );
  await attempt(['workflow', 'list', '--namespace', namespace, '--limit', '1']);
}

function options(argv) {
  const result = { setting: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (key === 'setting') result.setting.push(argv[i + 1]);
    else result[key] = argv[i + 1];
  }
  return result;
}

function parseSettings(pairs) {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), requireFromRepo('yaml').parse(pair.slice(at + 1))];
    }),
  );
}

async function cli([command, ...rest]) {
  const opts = options(rest);
  const log = (message) => console.error(message);
  if (command === 'prepare') {
    const prepared = await prepareTemporalPostgres({
      dir: opts.dir,
      databaseUrl: opts.databaseUrl,
      runId: opts.runId,
      port: opts.port ? Number(opts.port) : undefined,
      settings: parseSettings(opts.setting),
      log,
    });
    console.log(JSON.stringify(prepared));
  } else if (command === 'ready') {
    await waitUntilReady({ address: opts.address, namespace: opts.namespace });
  } else if (command === 'drop') {
    await dropTemporalDatabases({ databaseUrl: opts.databaseUrl, names: temporalDatabaseNames(opts.runId) });
  } else {
    throw new Error(`unknown command "${command}" (prepare | ready | drop)`);
  }
}

function isCliEntry() {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isCliEntry()) {
  cli(process.argv.slice(2)).catch((error) => {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  });
}
