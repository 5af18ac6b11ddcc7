import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Runtime } from '@temporalio/worker';
import pino from 'pino';
import { parse } from 'yaml';
import { temporalLogger } from '../../apps/worker/src/temporal-logger';

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
      extraArgs: devServerSettingFlags(dynamicConfig),
    },
  });
}
