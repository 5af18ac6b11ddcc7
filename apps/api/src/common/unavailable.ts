/**
 * Recognises failures of a backing service (as opposed to bad input or a bug), so the API answers
 * 503 UNAVAILABLE naming the service instead of 500.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);
/** gRPC UNAVAILABLE and DEADLINE_EXCEEDED. */
const GRPC_UNAVAILABLE = new Set([14, 4]);

interface ErrorLike {
  name?: string;
  message?: string;
  code?: unknown;
  cause?: unknown;
  driverError?: unknown;
}

export function unavailableService(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const e = error as ErrorLike;
  const message = e.message ?? '';
  // The update call itself timed out: the server or the worker is not answering.
  if (e.name === 'WorkflowUpdateRPCTimeoutOrCancelledError') return 'temporal';
  if (e.name === 'ServiceError' || e.name === 'TransportError' || e.name === 'ConnectionError') {
    if (
      /temporal|grpc|transport|connect|deadline|unavailable/i.test(message) ||
      GRPC_UNAVAILABLE.has(Number(e.code))
    ) {
      return 'temporal';
    }
  }
  if (
    typeof e.code === 'number' &&
    GRPC_UNAVAILABLE.has(e.code) &&
    /grpc|UNAVAILABLE|DEADLINE/i.test(message)
  ) {
    return 'temporal';
  }
  if (typeof e.code === 'string' && (e.code.startsWith('08') || e.code === '57P01' || e.code === '57P03')) {
    return 'database';
  }
  if (e.name === 'QueryFailedError' || e.name === 'CannotConnectAlreadyConnectedError') {
    const nested = unavailableService(e.driverError, depth + 1);
    if (nested) return 'database';
  }
  if (
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      message,
    )
  ) {
    return 'database';
  }
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) {
    return /6379|redis/i.test(message) ? 'redis' : /5432|postgres/i.test(message) ? 'database' : 'temporal';
  }
  return unavailableService(e.cause, depth + 1);
}
