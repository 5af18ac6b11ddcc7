import { ConfigError, validateEnv } from '@boundary/config';
import { Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import pino from 'pino';
import { temporalLogger } from './temporal-logger';
import { startWorker } from './worker';

async function main(): Promise<void> {
  const config = validateEnv(process.env);
  const logger = pino({ level: config.logLevel, base: { app: 'worker' } });
  Runtime.install({
    logger: temporalLogger(logger),
    // Temporal's Runtime stops the worker on these signals; our `finished` handler then closes the rest.
    shutdownSignals: ['SIGINT', 'SIGTERM'],
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }) } },
  });
  const worker = await startWorker(config, { logger });
  await worker.finished;
}

main().catch((error: Error) => {
  const message = error instanceof ConfigError ? error.message : `worker failed: ${error.message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
