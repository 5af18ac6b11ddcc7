import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Runtime } from '@temporalio/worker';
import pino from 'pino';
import { parse } from 'yaml';
import { Connection } from '@temporalio/client';
import { registerSearchAttributes } from '../../apps/worker/src/search-attributes';
import { temporalLogger } from '../../apps/worker/src/temporal-logger';
import { BOUNDARY_SEARCH_ATTRIBUTES } from '../../libs/workflows/src/search-attributes';

export const testLogger = (): pino.Logger => pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/** Temporal's runtime is installed once per process; its log lines follow TEST_LOG_LEVEL like ours. */
export function installTestRuntime(logger: pino.Logger = testLogger()): void {
  try {
    Runtime.install({ logger: temporalLogger(logger), shutdownSignals: [] });
  } catch {
    // Already installed by an earlier stack or server in this process.
  }
}

/** The `temporal` binary the dev servers run from; the replay recorder also dumps histories with it. */
export function temporalCli(): string {
  const candidates = [process.env.TEMPORAL_CLI, join(homedir(), 'go', 'bin', 'temporal')].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Temporal CLI not found: run `npm test` (it builds it) or set TEMPORAL_CLI');
  return found;
}

/**
 * The server settings of config/temporal-dynamic-config.yaml (the file the compose file mounts) as the dev
 * server's `--dynamic-config-value` flags, with `overrides` on top.
 */
export function devServerSettingFlags(overrides: Record<string, string | number> = {}): string[] {
  const file = join(__dirname, '../../config/temporal-dynamic-config.yaml');
  const settings = parse(readFileSync(file, 'utf8')) as Record<string, [{ value: unknown }]>;
  const values: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(settings).map(([key, [{ value }]]) => [key, value])),
    ...overrides,
  };
  return Object.entries(values).flatMap(([key, value]) => [
    '--dynamic-config-value',
    `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
  ]);
}

/**
 * The Boundary* search attributes as dev-server flags: the app's worker registers them itself, but workflow
 * specs run the workflows under a bare worker of their own.
 */
export function searchAttributeFlags(): string[] {
  return Object.values(BOUNDARY_SEARCH_ATTRIBUTES).flatMap((key) => [
    '--search-attribute',
    `${key.name}=Keyword`,
  ]);
}

/** A Temporal dev server from the CLI this machine built, on a free port, in memory, with the project's settings. */
export function startTemporalDevServer(
  dynamicConfig: Record<string, string | number> = {},
): Promise<TestWorkflowEnvironment> {
  installTestRuntime();
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: temporalCli() },
      ip: '127.0.0.1',
      log: { format: 'pretty', level: 'error' },
      extraArgs: [...devServerSettingFlags(dynamicConfig), ...searchAttributeFlags()],
    },
  });
}

/** TEMPORAL_PERSISTENCE=postgres runs the production server on PostgreSQL instead of the CLI's dev server. */
export const onPostgresTemporal = (): boolean => process.env.TEMPORAL_PERSISTENCE === 'postgres';

const REPO = resolve(__dirname, '../..');
const POSTGRES_TOOL = join(REPO, 'scripts/lib/temporal-postgres.mjs');
const run = promisify(execFile);

/**
 * The production Temporal server on PostgreSQL, owned by one test run: its own `temporal_<runId>` and
 * `temporal_visibility_<runId>` databases, its own config directory and free ports. scripts/lib/temporal-postgres.mjs
 * builds the binaries when missing, migrates the databases and writes the config; this class owns the process,
 * so a fault test can stop, kill and restart it.
 */
export class PostgresTemporalServer {
  private process?: ChildProcess;
  private exitReason = '';

  private constructor(
    readonly address: string,
    private readonly command: { server: string; args: string[]; databases: Record<string, string> },
    private readonly runId: string,
    private readonly databaseUrl: string,
    private readonly dir: string,
  ) {}

  /** Where its persistence and visibility databases are (for a backup). */
  get databaseUrls(): { temporal: string; visibility: string } {
    const at = (name: string) =>
      Object.assign(new URL(this.databaseUrl), { pathname: `/${name}` }).toString();
    return {
      temporal: at(this.command.databases.temporal),
      visibility: at(this.command.databases.visibility),
    };
  }

  /** `databaseUrl`: any database of the PostgreSQL that is to hold Temporal's (its maintenance db is fine). */
  static async start({
    runId,
    databaseUrl,
  }: {
    runId: string;
    databaseUrl: string;
  }): Promise<PostgresTemporalServer> {
    const dir = mkdtempSync(join(tmpdir(), 'boundary-temporal-'));
    const { stdout } = await run(
      process.execPath,
      [POSTGRES_TOOL, 'prepare', '--dir', dir, '--database-url', databaseUrl, '--run-id', runId],
      { cwd: REPO, maxBuffer: 1 << 20 },
    );
    const prepared = JSON.parse(stdout.trim().split('\n').at(-1) as string);
    const server = new PostgresTemporalServer(prepared.address, prepared, runId, databaseUrl, dir);
    await server.start();
    // As the dev server's --search-attribute flags do: the stacks' workers then start without waiting for them.
    const connection = await Connection.connect({ address: server.address });
    try {
      await registerSearchAttributes(connection, 'default', testLogger());
    } finally {
      await connection.close();
    }
    return server;
  }

  async start(): Promise<void> {
    const child = spawn(this.command.server, this.command.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    this.exitReason = '';
    // The last of what it printed, so that a server that dies at start says why in the test's failure.
    let printed = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        printed = (printed + chunk.toString()).slice(-4_000);
        if (process.env.TEST_LOG_LEVEL) process.stderr.write(chunk);
      });
    }
    const exited = new Promise<never>((_, fail) =>
      // 'close', not 'exit': by then its output has been read to the end.
      child.once('close', (code, signal) => {
        this.exitReason = `exited (${signal ?? code})`;
        fail(new Error(`the server process ended before it was ready; it printed:\n${printed.trim()}`));
      }),
    );
    exited.catch(() => undefined);
    tracked.add(child);
    child.once('exit', () => tracked.delete(child));
    try {
      // A server that dies at start (bad config, schema) fails the test now, not after the readiness timeout.
      await Promise.race([
        run(process.execPath, [POSTGRES_TOOL, 'ready', '--address', this.address], { cwd: REPO }),
        exited,
      ]);
    } catch (error) {
      throw new Error(
        `Temporal server on PostgreSQL ${this.exitReason || 'not ready'}: ${(error as Error).message}`,
      );
    }
  }

  /** SIGTERM (or `signal`), SIGKILL after 15 s; resolves once the process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }

  /** Stops the server and drops its databases and config (KEEP_TEST_DATABASE keeps the databases). */
  async dispose(): Promise<void> {
    await this.stop();
    if (!process.env.KEEP_TEST_DATABASE) {
      await run(
        process.execPath,
        [POSTGRES_TOOL, 'drop', '--database-url', this.databaseUrl, '--run-id', this.runId],
        { cwd: REPO },
      );
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** No server a test started may outlive the test process, even when the test fails. */
const tracked = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of tracked) child.kill('SIGKILL');
});
