/** The backing services every process depends on, named as `GET /health` and a 503 answer name them. */
export type BackingService = 'temporal' | 'database' | 'redis';

/**
 * A backing service did not answer, as opposed to refusing the request or a bug: the same request can succeed
 * later. Raised where that service's client is called, which is the only place that knows the origin.
 */
export class ServiceUnavailableError extends Error {
  constructor(
    readonly service: BackingService,
    cause: unknown,
  ) {
    super(`${service} unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ServiceUnavailableError';
  }
}
