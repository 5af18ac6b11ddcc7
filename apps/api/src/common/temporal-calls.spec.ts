import { ServiceUnavailableError } from '@boundary/config';
import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { google, temporal } from '@temporalio/proto';
import { classifyTemporalFailure } from './temporal-calls';

const errordetails = temporal.api.errordetails.v1;
const any = (name: string, value: Uint8Array) => ({ type_url: `type.googleapis.com/${name}`, value });
const workflowNotReady = any(
  'temporal.api.errordetails.v1.WorkflowNotReadyFailure',
  errordetails.WorkflowNotReadyFailure.encode({}).finish(),
);

/**
 * What @grpc/grpc-js rejects with: an Error whose numeric `code` is the gRPC status, with the status details
 * (typed protobuf `Any`s) in its trailing metadata.
 */
function grpcError(code: number, details: string, typed: ReturnType<typeof any>[] = []) {
  const status = google.rpc.Status.encode({ code, message: details, details: typed }).finish();
  const metadata = new Map([['grpc-status-details-bin', [Buffer.from(status)]]]);
  return Object.assign(new Error(`${code}: ${details}`), {
    code,
    details,
    metadata: { get: (key: string) => metadata.get(key) ?? [] },
  });
}

/** How the client wraps a failed update call. */
const updateFailed = (cause: Error) => new ServiceError('Workflow Update failed', { cause });

const classifiedAs = (error: unknown) => {
  const classified = classifyTemporalFailure(error);
  return classified instanceof ServiceUnavailableError ? classified.service : classified;
};

describe('classifyTemporalFailure', () => {
  it.each([
    ['the server unreachable', grpcError(14, 'No connection established')],
    ['the call deadline passed', grpcError(4, 'Deadline exceeded')],
    ['too many outstanding updates', grpcError(8, 'too many outstanding updates')],
    ['an aborted operation', grpcError(10, 'aborted')],
    // The worker died while the workflow task carrying the update was in flight.
    ['the update aborted by a failed workflow task', grpcError(9, 'not ready', [workflowNotReady])],
  ])('calls %s a Temporal outage, bare or wrapped by the client', (_, error) => {
    expect(classifiedAs(error)).toBe('temporal');
    expect(classifiedAs(updateFailed(error))).toBe('temporal');
  });

  it('reads the failed workflow task from the update operation of an update-with-start', () => {
    const multiOperation = errordetails.MultiOperationExecutionFailure.encode({
      statuses: [
        { code: 10, message: 'aborted', details: [] },
        { code: 9, message: 'not ready', details: [workflowNotReady] },
      ],
    }).finish();
    const failure = grpcError(9, 'MultiOperation could not be executed.', [
      any('temporal.api.errordetails.v1.MultiOperationExecutionFailure', multiOperation),
    ]);
    expect(classifiedAs(failure)).toBe('temporal');
  });

  it('calls an update call that timed out a Temporal outage', () => {
    expect(classifiedAs(new WorkflowUpdateRPCTimeoutOrCancelledError('timed out'))).toBe('temporal');
  });

  it.each([
    ['an invalid argument', grpcError(3, 'WorkflowId is not set')],
    // The text names the update's abort, the status details do not: the type decides.
    [
      'another failed precondition',
      grpcError(9, 'Unable to perform workflow execution update due to unexpected workflow task failure.'),
    ],
    ['an internal server error', grpcError(13, 'persistence failure')],
  ])('leaves %s to be reported as a fault', (_, error) => {
    const wrapped = updateFailed(error);
    expect(classifyTemporalFailure(wrapped)).toBe(wrapped);
  });

  it.each([
    [
      'a workflow that is gone',
      new WorkflowNotFoundError('workflow execution already completed', 'w', undefined),
    ],
    ['a refused duplicate start', new WorkflowExecutionAlreadyStartedError('already started', 'w', 'T')],
    ['an ordinary bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    [
      'a network error of some other client',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
  ])('passes %s through unchanged', (_, error) => {
    expect(classifyTemporalFailure(error)).toBe(error);
  });
});
