import { HttpStatus } from '@nestjs/common';
import { ServiceUnavailableError } from '@boundary/config';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { INVALID_TRANSITION, type InvalidTransitionDetails } from '@boundary/workflows';
import { AppError } from './app-error';

const REASONS: Record<string, { zh: string; en: string }> = {
  NO_AGREEMENT_ROUND: {
    zh: '签订协议前须有一轮结果为“达成一致”的调解',
    en: 'An agreement needs a mediation round with outcome agreement_reached',
  },
  SAME_SEVERITY: {
    zh: '新的响应级别与当前级别相同',
    en: 'The incident already has this severity',
  },
};

export function invalidTransition(
  details: InvalidTransitionDetails & { reason?: string },
  statusLabel: string,
): AppError {
  const reason = details.reason ? REASONS[details.reason] : undefined;
  return new AppError(
    HttpStatus.CONFLICT,
    'INVALID_TRANSITION',
    reason ?? {
      zh: `当前状态「${statusLabel}」下不允许此操作`,
      en: `This action is not allowed while the status is ${details.status}`,
    },
    { status: details.status, allowed: details.allowed },
  );
}

/**
 * Turns a refused or impossible Temporal update into the contract's 409. `closed` answers for a workflow that
 * is gone, from the read model: a final status refuses everything. A status that still allows actions means
 * the read model and Temporal disagree for a moment (a run between hand-overs that the server did not retry
 * onto the next run), so the caller is told to try again (503), not that the action is wrong.
 */
export function mapUpdateError(
  error: unknown,
  statusLabel: (status: string) => string,
  closed: () => InvalidTransitionDetails,
): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    if (error.cause.type === INVALID_TRANSITION) {
      const details = error.cause.details?.[0] as InvalidTransitionDetails;
      return invalidTransition(details, statusLabel(details.status));
    }
  }
  if (error instanceof WorkflowNotFoundError) {
    const details = closed();
    if (details.allowed.length > 0) return new ServiceUnavailableError('temporal', error);
    return invalidTransition(details, statusLabel(details.status));
  }
  return error;
}
