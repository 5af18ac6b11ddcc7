/**
 * A workflow interceptor for replay only: reports every activity a workflow schedules, with its input, to
 * the `committedEffects` sink. Replaying a committed history through it yields exactly the projections and
 * alerts that history asked for, whichever way (local or regular activity) the code version made them.
 */
import {
  type ActivityInput,
  type LocalActivityInput,
  type Next,
  type Sinks,
  type WorkflowInterceptorsFactory,
  type WorkflowOutboundCallsInterceptor,
  proxySinks,
} from '@temporalio/workflow';

export interface CommittedEffectsSinks extends Sinks {
  committedEffects: { scheduled(activityType: string, args: unknown[]): void };
}

const { committedEffects } = proxySinks<CommittedEffectsSinks>();

class EffectsRecorder implements WorkflowOutboundCallsInterceptor {
  scheduleActivity(input: ActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleActivity'>) {
    committedEffects.scheduled(input.activityType, input.args);
    return next(input);
  }

  scheduleLocalActivity(
    input: LocalActivityInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'scheduleLocalActivity'>,
  ) {
    committedEffects.scheduled(input.activityType, input.args);
    return next(input);
  }
}

export const interceptors: WorkflowInterceptorsFactory = () => ({ outbound: [new EffectsRecorder()] });
