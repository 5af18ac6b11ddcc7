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
/** The gRPC status codes this module tells apart (numbering fixed by the gRPC specification). */
const grpcStatus = {
  DEADLINE_EXCEEDED: 4,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  UNAVAILABLE: 14,
} as const;

/**
 * gRPC statuses after which the same call can succeed later: UNAVAILABLE, DEADLINE_EXCEEDED, ABORTED and
 * RESOURCE_EXHAUSTED (Temporal's "too many outstanding updates").
 */
const GRPC_TRANSIENT = new Set<number>([
  grpcStatus.UNAVAILABLE,
  grpcStatus.DEADLINE_EXCEEDED,
  grpcStatus.ABORTED,
  grpcStatus.RESOURCE_EXHAUSTED,
]);
/**
 * Temporal aborts an update with FAILED_PRECONDITION (WorkflowNotReady) when the workflow task carrying it
 * failed, as it does when its worker dies mid-task. The update never ran, so trying again is safe.
 */
const UPDATE_ABORTED_BY_TASK_FAILURE = /unexpected workflow task failure|WorkflowNotReady/i;

function isTransientGrpcStatus(code: number, text: string): boolean {
  return (
    GRPC_TRANSIENT.has(code) ||
    (code === grpcStatus.FAILED_PRECONDITION && UPDATE_ABORTED_BY_TASK_FAILURE.test(text))
  );
}

interface ErrorLike {
  name?: string;
  message?: string;
  code?: unknown;
  /** gRPC's status text. */
  details?: unknown;
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
    if (/temporal|grpc|transport|connect|deadline|unavailable/i.test(message)) return 'temporal';
  }
  // Only gRPC errors carry a numeric `code` (Node's and PostgreSQL's are strings).
  if (typeof e.code === 'number' && isTransientGrpcStatus(e.code, `${message} ${String(e.details ?? '')}`)) {
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
