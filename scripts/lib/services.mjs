// Helpers shared by scripts/start.mjs and scripts/test.mjs. Plain Node built-ins only, because
// ensureDependencies() has to run on a fresh clone before node_modules exists (pg is loaded lazily, after it).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const DEFAULTS = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/boundary',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
  PORT: '3000',
};

const DEFAULT_PORTS = { 'postgres:': 5432, 'postgresql:': 5432, 'redis:': 6379, 'rediss:': 6379 };
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** process.env with the local-development defaults filled in (an empty variable counts as unset). */
export function loadEnvDefaults() {
  const env = { ...process.env };
  for (const [key, value] of Object.entries(DEFAULTS)) {
    if (!env[key]) env[key] = value;
  }
  return env;
}

/** Accepts a URL (postgres://…, redis://…, http://…) or a bare host:port / [v6]:port. */
export function parseHostPort(target, defaultPort) {
  const text = String(target);
  const url = new URL(text.includes('://') ? text : `tcp://${text}`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  const port = Number(url.port || DEFAULT_PORTS[url.protocol] || defaultPort);
  if (!Number.isInteger(port) || port <= 0)
    throw new Error(`无法解析端口 / cannot parse a port from "${text}"`);
  return { host, port };
}

export function isLoopback(host) {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** Resolves true when something accepts a TCP connection at target within timeoutMs; never rejects. */
export function checkTcp(target, timeoutMs = 2000) {
  const { host, port } = parseHostPort(target);
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** Polls checkTcp until it answers; `abortIf` lets the caller stop early (e.g. the server process died). */
export async function waitForTcp(target, { timeoutMs, intervalMs = 500, abortIf = () => null }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reason = abortIf();
    if (reason) throw new Error(reason);
    if (await checkTcp(target, 1000)) return;
    await sleep(intervalMs);
  }
  throw new Error(
    `${target} 在 ${Math.round(timeoutMs / 1000)}s 内没有响应 / did not answer within the timeout`,
  );
}

export function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

function postgresStartCommand() {
  // The cluster directory name is the major version (15 on Debian bookworm).
  let version = '15';
  try {
    version = readdirSync('/etc/postgresql').sort().at(-1) ?? version;
  } catch {
    // Not a Debian-style install; the generic hint below still tells the user what to do.
  }
  return `pg_ctlcluster --skip-systemctl-redirect ${version} main start`;
}

const SERVICES = [
  {
    name: 'PostgreSQL',
    variable: 'DATABASE_URL',
    startHint: postgresStartCommand,
  },
  {
    name: 'Redis',
    variable: 'REDIS_URL',
    startHint: ({ port }) =>
      `redis-server --daemonize yes --bind 127.0.0.1 --port ${port} --save "" --appendonly no`,
  },
];

function unreachableLine({ name, variable, startHint }, address) {
  const { host, port } = address;
  const where = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  const fix = isLoopback(host)
    ? `请启动 / start it: ${startHint(address)}`
    : `请检查 ${variable} 与网络 / check ${variable} and the network`;
  return `${name} 无法连接 ${where} (${variable}) / cannot connect — ${fix}`;
}

/** Throws one line per unreachable service, each naming it and how to start it. */
export async function requireServices(env = loadEnvDefaults()) {
  const checks = await Promise.all(
    SERVICES.map(async (service) => {
      const address = parseHostPort(env[service.variable]);
      return { service, address, ok: await checkTcp(`${address.host}:${address.port}`, 3000) };
    }),
  );
  const down = checks.filter((c) => !c.ok).map((c) => unreachableLine(c.service, c.address));
  if (down.length) throw new Error(down.join('\n'));
  await ensurePostgis(env.DATABASE_URL);
  await ensureReportFont(env);
}

const REPORT_FONT_PACKAGE = 'fonts-wqy-microhei';
const DEFAULT_REPORT_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

/**
 * The 联检报告 embeds a CJK font. The default one comes from a Debian package: a user who may use apt gets it
 * installed; anyone else is told the package, or to point REPORT_FONT at a font of their own. Only that
 * report needs it, so a missing font is a warning, not a refusal to start.
 */
export async function ensureReportFont(env) {
  const path = env.REPORT_FONT || DEFAULT_REPORT_FONT;
  if (existsSync(path)) return;
  if (env.REPORT_FONT || process.getuid?.() !== 0 || !existsSync(APT_GET)) {
    console.warn(
      `报告字体缺失 ${path}：请安装 ${REPORT_FONT_PACKAGE} 或设置 REPORT_FONT / ` +
        `report font missing: install ${REPORT_FONT_PACKAGE} or set REPORT_FONT`,
    );
    return;
  }
  console.log(`» 安装报告字体 / installing ${REPORT_FONT_PACKAGE}`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    run(
      APT_GET,
      ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '--no-install-recommends', REPORT_FONT_PACKAGE],
      {
        env: aptEnv,
        label: `apt-get install ${REPORT_FONT_PACKAGE}`,
      },
    );
  await install().catch(async () => {
    await run(APT_GET, ['-o', 'DPkg::Lock::Timeout=300', 'update'], { env: aptEnv, label: 'apt-get update' });
    await install();
  });
}

const APT_GET = '/usr/bin/apt-get';

/** The server's major version and whether it offers the postgis extension (the migrations create it). */
async function postgisOffer(databaseUrl) {
  const { Client } = requireFromRepo('pg');
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT current_setting('server_version_num')::int / 10000 AS major,
              EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis') AS available`,
    );
    return rows[0];
  } catch (error) {
    throw new Error(`无法检查 PostGIS / cannot check PostGIS (DATABASE_URL): ${error.message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The boundary register needs PostGIS in the same PostgreSQL. Debian packages it per server major version; a
 * local server whose user may use apt gets it installed, anyone else is told the one package to install.
 */
export async function ensurePostgis(databaseUrl) {
  const { major, available } = await postgisOffer(databaseUrl);
  if (available) return;
  const pkg = `postgresql-${major}-postgis-3`;
  const { host } = parseHostPort(databaseUrl);
  if (!isLoopback(host) || process.getuid?.() !== 0 || !existsSync(APT_GET)) {
    throw new Error(
      `PostgreSQL 缺少 PostGIS，请安装 ${pkg} / PostGIS is missing: install ${pkg} (apt-get install -y ${pkg})`,
    );
  }
  console.log(`» 安装 PostGIS / installing ${pkg}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    run(APT_GET, ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '--no-install-recommends', pkg], {
      env,
      label: `apt-get install ${pkg}`,
    });
  // Stale or empty package lists are the usual reason apt does not know the package yet.
  await install().catch(async () => {
    await run(APT_GET, ['-o', 'DPkg::Lock::Timeout=300', 'update'], { env, label: 'apt-get update' });
    await install();
  });
  if (!(await postgisOffer(databaseUrl)).available) {
    throw new Error(`安装 ${pkg} 后 PostgreSQL 仍无 PostGIS / PostGIS still missing after installing ${pkg}`);
  }
}

/** A dependency of the project, loaded when used: the setup scripts run before `npm ci` has installed any. */
export function requireFromRepo(name) {
  try {
    return createRequire(join(REPO_ROOT, 'package.json'))(name);
  } catch {
    throw new Error(`缺少依赖 ${name}，请先运行 npm ci / missing dependency ${name}, run npm ci first`);
  }
}

/** Runs `work` with a client connected to `url`, and closes it whatever happens. */
export async function withPg(url, work) {
  const { Client } = requireFromRepo('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the database named in databaseUrl if it does not exist yet. Returns { created }. */
export async function ensureDatabase(databaseUrl) {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  // CREATE DATABASE cannot take a bind parameter, so the name is interpolated — hence the strict check.
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(
      `DATABASE_URL 中的数据库名 "${name}" 不合法（只允许字母数字下划线）/ invalid database name`,
    );
  }
  const { Client } = requireFromRepo('pg');
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount > 0) return { created: false };
    await client.query(`CREATE DATABASE "${name}"`);
    return { created: true };
  } catch (error) {
    // Two starts racing each other: the other one created it first, which is what we wanted.
    if (error.code === '42P04' || error.code === '23505') return { created: false };
    throw new Error(`无法创建数据库 ${name} / cannot create database: ${error.message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs a command with inherited stdio from the repo root; rejects with one line on failure. */
export function run(cmd, args, { env = process.env, label = `${cmd} ${args.join(' ')}` } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, env, stdio: 'inherit' });
    child.on('error', (error) => fail(new Error(`${label} 无法启动 / could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) done();
      else fail(new Error(`${label} 失败 / failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

function mtimeMs(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** npm ci when node_modules is missing or older than package-lock.json (someone pulled new dependencies). */
export async function ensureDependencies() {
  const lock = join(REPO_ROOT, 'package-lock.json');
  const installedLock = join(REPO_ROOT, 'node_modules', '.package-lock.json');
  if (existsSync(installedLock) && mtimeMs(installedLock) >= mtimeMs(lock)) return;
  console.log('正在安装依赖（npm ci）/ installing dependencies (npm ci)');
  await run('npm', ['ci', '--no-audit', '--no-fund'], { label: 'npm ci' });
}

function buildInfoFile() {
  const tsconfig = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.build.json'), 'utf8'));
  const file = tsconfig.compilerOptions?.tsBuildInfoFile;
  return file ? resolve(REPO_ROOT, file) : null;
}

/**
 * npm run build (tsc is incremental, so this is cheap when nothing changed). `expect` lists dist files that must
 * exist afterwards: if someone deleted part of dist/ but not the .tsbuildinfo, tsc believes it is up to date, so
 * we drop the build info and build once more.
 */
export async function ensureBuilt({ expect = [] } = {}) {
  const missing = () => expect.filter((file) => !existsSync(resolve(REPO_ROOT, file)));
  await run('npm', ['run', '--silent', 'build'], { label: 'npm run build' });
  if (!missing().length) return;
  const info = buildInfoFile();
  if (info) await rm(info, { force: true });
  await run('npm', ['run', '--silent', 'build'], { label: 'npm run build' });
  const stillMissing = missing();
  if (stillMissing.length) {
    throw new Error(`构建后仍缺少 / still missing after the build: ${stillMissing.join(', ')}`);
  }
}
