import { type IncidentResolvedNotice, disputeWorkflowId, incidentResolvedSignal } from '@boundary/workflows';
import { type Client, isGrpcServiceError } from '@temporalio/client';
import { toPayloads } from '@temporalio/common';

const GRPC_NOT_FOUND = 5;

export type CaseSignaller = (caseId: string, notice: IncidentResolvedNotice) => Promise<void>;

/**
 * Tells a case workflow that its incident is resolved. The signal's request id is the incident id, so the
 * server drops a second delivery when the activity is retried after a signal that did get through (the
 * client's own `signal()` picks a fresh id per call). A case whose workflow has finished (closed, withdrawn,
 * referred) answers NOT_FOUND: it has no timeline left to append to, and that is not a failure.
 */
export function createCaseSignaller(client: Client): CaseSignaller {
  return async (caseId, notice) => {
    try {
      await client.workflowService.signalWorkflowExecution({
        namespace: client.options.namespace,
        workflowExecution: { workflowId: disputeWorkflowId(caseId) },
        signalName: incidentResolvedSignal.name,
        input: { payloads: toPayloads(client.options.loadedDataConverter.payloadConverter, notice) },
        identity: client.options.identity,
        requestId: notice.incidentId,
      });
    } catch (error) {
      if (isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND) return;
      throw error;
    }
  };
}
