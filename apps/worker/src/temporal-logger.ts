import { DefaultLogger, type LogEntry } from '@temporalio/worker';
import type { Logger } from 'pino';

const LEVELS = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/** Sends the Temporal SDK's own log lines through our structured logger instead of the console. */
export function temporalLogger(logger: Logger): DefaultLogger {
  const level = logger.levelVal <= 20 ? 'DEBUG' : logger.levelVal <= 30 ? 'INFO' : 'WARN';
  return new DefaultLogger(level, (entry: LogEntry) =>
    logger[LEVELS[entry.level]]({ temporal: true, ...entry.meta }, entry.message),
  );
}
