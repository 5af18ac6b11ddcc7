import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { unavailableService } from './unavailable';

/** What @grpc/grpc-js rejects with: an Error whose numeric `code` is the gRPC status. */
const grpcError = (code: number, name: string, details: string) =>
  Object.assign(new Error(`${code} ${name}: ${details}`), { code, details });

/** How the Temporal client wraps a failed update call. */
const updateFailed = (cause: Error) => new ServiceError('Workflow Update failed', { cause });

describe('unavailableService', () => {
  it.each([
    ['the server unreachable', grpcError(14, 'UNAVAILABLE', 'No connection established')],
    ['the call deadline passed', grpcError(4, 'DEADLINE_EXCEEDED', 'Deadline exceeded')],
    ['too many outstanding updates', grpcError(8, 'RESOURCE_EXHAUSTED', 'too many outstanding updates')],
    ['an aborted operation', grpcError(10, 'ABORTED', 'workflow update was aborted')],
    [
      // The worker died while the workflow task carrying the update was in flight.
      'the update aborted by a failed workflow task',
      grpcError(
        9,
        'FAILED_PRECONDITION',
        'Unable to perform workflow execution update due to unexpected workflow task failure.',
      ),
    ],
  ])('calls %s a Temporal outage, bare or wrapped by the client', (_, error) => {
    expect(unavailableService(error)).toBe('temporal');
    expect(unavailableService(updateFailed(error))).toBe('temporal');
  });

  it('calls an update that timed out a Temporal outage', () => {
    expect(unavailableService(new WorkflowUpdateRPCTimeoutOrCancelledError('timed out'))).toBe('temporal');
  });

  it.each([
    ['an invalid argument', grpcError(3, 'INVALID_ARGUMENT', 'WorkflowId is not set')],
    ['another failed precondition', grpcError(9, 'FAILED_PRECONDITION', 'namespace is not active')],
    ['an internal server error', grpcError(13, 'INTERNAL', 'persistence failure')],
  ])('leaves %s to be reported as a fault', (_, error) => {
    expect(unavailableService(updateFailed(error))).toBeUndefined();
  });

  it('names PostgreSQL and Redis when their connections fail', () => {
    expect(unavailableService(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(
      'database',
    );
    expect(
      unavailableService(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe('redis');
  });

  it('reports an ordinary bug as no outage', () => {
    expect(
      unavailableService(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBeUndefined();
  });
});
