import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Runtime } from '@temporalio/worker';
import pino from 'pino';
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
 * A Temporal dev server from the CLI this machine built, on a free port, in memory. `dynamicConfig` adds
 * server settings on top of the one the API needs (update-with-start is a multi-operation).
 */
export function startTemporalDevServer(
  dynamicConfig: Record<string, string | number> = {},
): Promise<TestWorkflowEnvironment> {
  installTestRuntime();
  const settings = { 'frontend.enableExecuteMultiOperation': 'true', ...dynamicConfig };
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: temporalCli() },
      ip: '127.0.0.1',
      log: { format: 'pretty', level: 'error' },
      extraArgs: Object.entries(settings).flatMap(([key, value]) => [
        '--dynamic-config-value',
        `${key}=${value}`,
      ]),
    },
  });
}
