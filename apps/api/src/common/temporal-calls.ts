import { createHash } from 'node:crypto';
import { type AppConfig, ServiceUnavailableError } from '@boundary/config';
import {
  type Client,
  ServiceError,
  type WorkflowHandle,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  isGrpcServiceError,
} from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { google, temporal } from '@temporalio/proto';

/**
 * The part of Temporal's client the domain services use. Narrow on purpose: the real `Client` fits it, and a
 * unit test can hand in a fake without a server.
 */
export interface TemporalCalls {
  withDeadline: Client['withDeadline'];
  workflow: Pick<Client['workflow'], 'executeUpdateWithStart'> & {
    getHandle(workflowId: string): Pick<WorkflowHandle, 'executeUpdate'>;
  };
}

/**
 * Every Temporal call of the API runs through here. The deadline: the client retries an unreachable server for
 * a long time, and a user should get a 503 sooner. The classification: a failure that trying again later can
 * cure leaves as `ServiceUnavailableError('temporal')`; the SDK's own types (`WorkflowUpdateFailedError` for a
 * refused update, `WorkflowNotFoundError`, `WorkflowExecutionAlreadyStartedError`) pass for the caller to act
 * on, and anything else is a fault.
 */
export async function withinDeadline<T>(
  client: Pick<TemporalCalls, 'withDeadline'>,
  config: Pick<AppConfig, 'temporalCallTimeoutMs'>,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await client.withDeadline(Date.now() + config.temporalCallTimeoutMs, call);
  } catch (error) {
    throw classifyTemporalFailure(error);
  }
}

/** The gRPC status codes told apart here (numbering fixed by the gRPC specification). */
const grpcStatus = {
  DEADLINE_EXCEEDED: 4,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  UNAVAILABLE: 14,
} as const;

/**
 * Statuses after which the same call can succeed later. Temporal also answers RESOURCE_EXHAUSTED for too many
 * outstanding updates and for an update that raced a continue-as-new.
 */
const TRANSIENT_STATUSES = new Set<number>([
  grpcStatus.UNAVAILABLE,
  grpcStatus.DEADLINE_EXCEEDED,
  grpcStatus.ABORTED,
  grpcStatus.RESOURCE_EXHAUSTED,
]);

const WORKFLOW_NOT_READY = 'temporal.api.errordetails.v1.WorkflowNotReadyFailure';
const MULTI_OPERATION_FAILURE = 'temporal.api.errordetails.v1.MultiOperationExecutionFailure';

interface GrpcFailure {
  code: number;
  metadata: { get(key: string): unknown[] };
}

export function classifyTemporalFailure(error: unknown): unknown {
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return new ServiceUnavailableError('temporal', error);
  }
  const failure = grpcFailureOf(error);
  return failure && isTransient(failure) ? new ServiceUnavailableError('temporal', error) : error;
}

/** The gRPC failure itself, bare (update-with-start) or wrapped by the client in its `ServiceError`. */
function grpcFailureOf(error: unknown): GrpcFailure | undefined {
  if (isGrpcServiceError(error)) return error;
  if (error instanceof ServiceError && isGrpcServiceError(error.cause)) return error.cause;
  return undefined;
}

function isTransient(failure: GrpcFailure): boolean {
  if (TRANSIENT_STATUSES.has(failure.code)) return true;
  // Temporal aborts an update with WorkflowNotReady when the workflow task carrying it failed, as it does when
  // its worker dies mid-task. The update never ran, so trying again is safe.
  return failure.code === grpcStatus.FAILED_PRECONDITION && detailTypes(failure).includes(WORKFLOW_NOT_READY);
}

/** A detail is a protobuf `Any`: its type is the part of the type URL after the last slash. */
const typeName = (typeUrl: string | null | undefined): string => typeUrl?.split('/').pop() ?? '';

/**
 * The error-detail types of a gRPC failure. An update-with-start fails as one multi-operation failure whose
 * details sit on each operation.
 */
function detailTypes(failure: GrpcFailure): string[] {
  const [status] = failure.metadata.get('grpc-status-details-bin');
  if (!(status instanceof Uint8Array)) return [];
  return google.rpc.Status.decode(status).details.flatMap((detail) => {
    const type = typeName(detail.type_url);
    if (type !== MULTI_OPERATION_FAILURE || !detail.value) return [type];
    const { statuses } = temporal.api.errordetails.v1.MultiOperationExecutionFailure.decode(detail.value);
    return statuses.flatMap((operation) => (operation.details ?? []).map((each) => typeName(each.type_url)));
  });
}

/** A UUID-shaped id derived from text, so a retried request names the same workflow. */
export function uuidFrom(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The start was refused because a workflow with this id exists or existed (reuse policy REJECT_DUPLICATE). */
export const isAlreadyStarted = (error: unknown): boolean =>
  error instanceof WorkflowExecutionAlreadyStartedError;
