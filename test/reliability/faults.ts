import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client as PgClient } from 'pg';
import { provisionForTests } from '../support/owner';
import {
  PostgresTemporalServer,
  devServerSettingFlags,
  onPostgresTemporal,
  searchAttributeFlags,
} from '../support/temporal-server';

/**
 * Servers a fault-injection test owns outright, so it can stop, kill and restart them without touching
 * anything else on the machine: a Temporal server (the dev server on a file database, or with
 * TEMPORAL_PERSISTENCE=postgres the production server on databases of its own), a Redis with an append-only
 * log, a PostgreSQL database behind a TCP proxy, and the worker as a separate process.
 */
const REPO = resolve(__dirname, '../..');
const PG_BASE = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((done) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => (socket.destroy(), done(true)));
      socket.once('error', () => done(false));
    });
    if (open) return;
    await sleep(200);
  }
  throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
}

/** Every server and worker a fault test spawned: none may outlive the test process, even when a test fails. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function stopProcess(
  child: ChildProcess | undefined,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export const scratchDir = () => mkdtempSync(join(tmpdir(), 'boundary-faults-'));

export interface TemporalServer {
  readonly address: string;
  /** Starts it again after stop(), on the same address and persistence. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it for good and removes what it stored. */
  dispose(): Promise<void>;
}

/**
 * The run's Temporal server in the mode TEMPORAL_PERSISTENCE names. `databaseUrl` is the PostgreSQL that holds
 * Temporal's databases in postgres mode (the machine's, unless the test owns a cluster).
 */
export async function startTemporalServer(
  dir: string,
  { databaseUrl = `${PG_BASE}/postgres` }: { databaseUrl?: string } = {},
): Promise<TemporalServer> {
  if (onPostgresTemporal()) {
    const runId = `faults_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
    return PostgresTemporalServer.start({ runId, databaseUrl });
  }
  return DevTemporalServer.start(dir);
}

class DevTemporalServer implements TemporalServer {
  private process?: ChildProcess;
  private constructor(
    readonly port: number,
    private readonly dbFile: string,
  ) {}

  static async start(dir: string): Promise<DevTemporalServer> {
    const server = new DevTemporalServer(await freePort(), join(dir, 'temporal.db'));
    await server.start();
    return server;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const cli = process.env.TEMPORAL_CLI ?? join(homedir(), 'go', 'bin', 'temporal');
    if (!existsSync(cli)) throw new Error('Temporal CLI not found; run through npm run test:reliability');
    this.process = track(
      spawn(
        cli,
        [
          'server',
          'start-dev',
          '--headless',
          '--ip',
          '127.0.0.1',
          '--port',
          String(this.port),
          '--db-filename',
          this.dbFile,
          '--log-level',
          'error',
          ...devServerSettingFlags(),
          ...searchAttributeFlags(),
        ],
        { stdio: 'ignore' },
      ),
    );
    await waitForPort(this.port);
    await sleep(1000); // the frontend listens a moment before the namespace is usable
  }

  stop(): Promise<void> {
    return stopProcess(this.process);
  }

  dispose(): Promise<void> {
    return this.stop();
  }
}

export class RedisServer {
  private process?: ChildProcess;
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(dir: string): Promise<RedisServer> {
    const server = new RedisServer(await freePort(), dir);
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Append-only with fsync on every write: how BullMQ's Redis must run for queued alerts to survive. */
  async start(): Promise<void> {
    this.process = track(
      spawn(
        'redis-server',
        [
          '--port',
          String(this.port),
          '--bind',
          '127.0.0.1',
          '--dir',
          this.dir,
          '--appendonly',
          'yes',
          '--appendfsync',
          'always',
          '--save',
          '',
        ],
        { stdio: 'ignore' },
      ),
    );
    await waitForPort(this.port);
  }

  stop(): Promise<void> {
    return stopProcess(this.process);
  }
}

const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
const runFile = promisify(execFile);

/**
 * A PostgreSQL cluster of the test's own (initdb into a scratch directory, its own port), so that a test can
 * crash the server itself, never the machine's. PostGIS is available because its package is installed for the
 * server version machine-wide. Run as root, the server runs as the `postgres` OS user (initdb refuses root).
 */
export class PostgresCluster {
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<PostgresCluster> {
    const dir = scratchDir();
    const cluster = new PostgresCluster(await freePort(), dir);
    mkdirSync(cluster.dataDir, { recursive: true });
    const owner = cluster.osUser();
    if (owner) for (const path of [dir, cluster.dataDir]) chownSync(path, owner.uid, owner.gid);
    await cluster.pg('initdb', [
      '-D',
      cluster.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    await cluster.start();
    return cluster;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  /** The base URL, as TEST_DATABASE_BASE_URL is for the machine's PostgreSQL. */
  get baseUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}`;
  }

  private osUser(): { uid: number; gid: number } | null {
    if (process.getuid?.() !== 0) return null;
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
    return { uid: id('-u'), gid: id('-g') };
  }

  private async pg(tool: string, args: string[]): Promise<void> {
    const command = join(POSTGRES_BIN, tool);
    const [file, argv] =
      process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    await runFile(file, argv, { cwd: this.dir });
  }

  /** Starts (or restarts after crash()) and waits until it accepts connections. */
  start(): Promise<void> {
    return this.pg('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      join(this.dir, 'server.log'),
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      '-w',
      'start',
    ]);
  }

  /** An immediate shutdown: every backend dies at once, no checkpoint; the next start runs crash recovery. */
  crash(): Promise<void> {
    return this.pg('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', 'stop']);
  }

  async dispose(): Promise<void> {
    await this.crash().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A TCP proxy in front of PostgreSQL that the test can cut and restore. */
export class CuttableProxy {
  private readonly sockets = new Set<Socket>();
  private cut = false;
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetPort: number): Promise<CuttableProxy> {
    const port = await freePort();
    const server = createServer();
    const proxy = new CuttableProxy(server, port);
    server.on('connection', (client) => proxy.forward(client, targetPort));
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
    return proxy;
  }

  private forward(client: Socket, targetPort: number): void {
    if (this.cut) {
      client.destroy();
      return;
    }
    const upstream = createConnection({ port: targetPort, host: '127.0.0.1' });
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
      socket.once('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  }

  cutOff(): void {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.cut = false;
  }

  close(): Promise<void> {
    this.cutOff();
    return new Promise((done) => this.server.close(() => done()));
  }
}

/**
 * A fresh database provisioned as the integration runs' are: `applicationUrl` is the login of the API and
 * worker (the application role), `ownerUrl` the schema owner's, for the spec's own reads.
 */
export async function createDatabase(base = PG_BASE): Promise<{
  ownerUrl: string;
  applicationUrl: string;
  drop(): Promise<void>;
}> {
  const name = `boundary_faults_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const admin = new PgClient({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const ownerUrl = `${base}/${name}`;
  return {
    ownerUrl,
    applicationUrl: await provisionForTests(ownerUrl),
    async drop() {
      const client = new PgClient({ connectionString: `${base}/postgres` });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The same database reached through another port (the cuttable proxy). */
export const throughPort = (url: string, port: number): string =>
  Object.assign(new URL(url), { port: String(port) }).toString();

/**
 * The worker as its own OS process, started from the compiled build, or from another start file such as the
 * crashing worker.
 */
export class WorkerProcess {
  private process?: ChildProcess;
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly entry = 'dist/apps/worker/src/main.js',
  ) {}

  /** What the worker process sends over IPC, whichever start of it sent it. */
  readonly messages = new EventEmitter();

  start(): void {
    const output = process.env.TEST_LOG_LEVEL ? 'inherit' : 'ignore';
    this.process = track(
      spawn(process.execPath, ['scripts/with-dist.mjs', this.entry], {
        cwd: REPO,
        env: this.env,
        stdio: ['ignore', output, output, 'ipc'],
      }),
    );
    this.process.on('message', (message) => this.messages.emit('message', message));
  }

  send(message: unknown): void {
    this.process?.send(message as object);
  }

  kill(): Promise<void> {
    return stopProcess(this.process, 'SIGKILL');
  }

  stop(): Promise<void> {
    return stopProcess(this.process);
  }
}

export function writePolicy(dir: string, disputes: Record<string, string | number>): string {
  const file = join(dir, 'policy.yaml');
  writeFileSync(
    file,
    [
      'disputes:',
      ...Object.entries(disputes).map(([key, value]) => `  ${key}: ${value}`),
      'emergency:',
      '  levels:',
      ...['I', 'II', 'III', 'IV'].map(
        (level) => `    ${level}: { acknowledgeWithin: PT20S, arriveWithin: PT40S }`,
      ),
      '  escalation:',
      '    - { notify: mediator, wait: PT0S }',
      '    - { notify: bureau, wait: PT10S }',
    ].join('\n'),
  );
  return file;
}

/**
 * Busy loops at the same priority as everything else, one per core asked for: CPU made scarce on purpose, so
 * that workflow tasks are slow and a kill lands between a task's effects and its completion.
 */
export class CpuHog {
  private readonly loops: ChildProcess[] = [];

  start(cores: number): void {
    for (let i = 0; i < cores; i += 1) {
      this.loops.push(track(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })));
    }
  }

  stop(): Promise<void> {
    return Promise.all(this.loops.splice(0).map((loop) => stopProcess(loop, 'SIGKILL'))).then(
      () => undefined,
    );
  }
}
