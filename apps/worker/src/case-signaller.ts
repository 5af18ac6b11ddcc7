import { type IncidentNotice, disputeWorkflowId, incidentNoticeSignal } from '@boundary/workflows';
import { type Client, isGrpcServiceError } from '@temporalio/client';
import { toPayloads } from '@temporalio/common';

const GRPC_NOT_FOUND = 5;

export type CaseSignaller = (caseId: string, notice: IncidentNotice) => Promise<void>;

/**
 * Tells a case workflow that an incident was linked to it or resolved. The signal's request id is the
 * incident id and the notice's kind, so the server drops a second delivery when the activity is retried
 * after a signal that did get through (the client's own `signal()` picks a fresh id per call). A case whose workflow has finished (closed, withdrawn,
 * referred) answers NOT_FOUND: it has no timeline left to append to, and that is not a failure.
 */
export function createCaseSignaller(client: Client): CaseSignaller {
  return async (caseId, notice) => {
    try {
      await client.workflowService.signalWorkflowExecution({
        namespace: client.options.namespace,
        workflowExecution: { workflowId: disputeWorkflowId(caseId) },
        signalName: incidentNoticeSignal.name,
        input: { payloads: toPayloads(client.options.loadedDataConverter.payloadConverter, notice) },
        identity: client.options.identity,
        requestId: `${notice.incidentId}:${notice.kind}`,
      });
    } catch (error) {
      if (isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND) return;
      throw error;
    }
  };
}
