/**
 * The machinery the case and incident workflows share: the journal (timeline events numbered by the
 * workflow's own `seq`, alert intents with deterministic keys), Workflow Updates checked against a status
 * table, deadline bookkeeping and the single-timer loop. Runs inside the workflow sandbox only, which is why
 * index.ts does not export it.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { RetryPolicy, UpdateDefinition } from '@temporalio/common';
import type { SubjectEffects, SubjectStates, WorkflowActivities } from './activities';
import { CHAIN_START, timelineHash } from './hash-chain';
import {
  BOUNDARY_SEARCH_ATTRIBUTES,
  type BoundarySearchAttributeValues,
  subjectSearchAttributes,
} from './search-attributes';
import {
  type Actor,
  type AlertAudience,
  type AlertIntent,
  type Deadline,
  INVALID_TRANSITION,
  type InvalidTransitionDetails,
  SYSTEM_ACTOR,
  type SubjectType,
  type TimelineEvent,
} from './shared';

const RETRY: RetryPolicy = {
  initialInterval: '200 milliseconds',
  backoffCoefficient: 2,
  maximumInterval: '10 seconds',
};

/**
 * Every effect of a workflow runs as a regular activity, which the server dispatches only once the workflow
 * task that scheduled it has committed, with the input that task wrote into the history. A task attempt that
 * dies before committing (a killed worker) therefore leaves nothing behind, and its retry, which may see
 * another time and other jobs, is the only version anyone sees. The short timeout bounds how long a write
 * waits for the projection when the worker running it dies.
 */
export const activities = proxyActivities<WorkflowActivities>({
  startToCloseTimeout: '10 seconds',
  retry: RETRY,
});

/**
 * Histories recorded before effects moved after commit ran the projection and the alert enqueue as local
 * activities inside the workflow task; they replay through these, and only through these.
 */
const preCommitActivities = proxyLocalActivities<WorkflowActivities>({
  startToCloseTimeout: '30 seconds',
  localRetryThreshold: '10 seconds',
  retry: RETRY,
});

/** The patch that moved the projection and the alert enqueue from local activities to regular ones. */
export const EFFECTS_AFTER_COMMIT_PATCH = 'effects-after-commit';

/** The patch that keeps the Boundary* search attributes current; histories before it carry none. */
export const SEARCH_ATTRIBUTES_PATCH = 'search-attributes';

/** The patch that records a task's projection and alerts in one activity (`recordEffects`) instead of two. */
export const EFFECTS_IN_ONE_ACTIVITY_PATCH = 'effects-in-one-activity';

/**
 * How histories from before `recordEffects` projected each subject type, which their replay must repeat. A
 * family born after that patch has no such history and no entry here.
 */
const projectedBefore: {
  [Type in SubjectType]?: (
    effects: WorkflowActivities,
    state: SubjectStates[Type],
    events: TimelineEvent[],
  ) => Promise<void>;
} = {
  dispute: (effects, state, events) => effects.projectDispute({ case: state, events }),
  incident: (effects, incident, events) => effects.projectIncident({ incident, events }),
  finding: (effects, finding, events) => effects.projectFinding({ finding, events }),
  patrol_plan: (effects, plan, events) => effects.projectPatrolPlan({ plan, events }),
  joint_inspection: (effects, inspection, events) => effects.projectJointInspection({ inspection, events }),
};

export const isoAt = (ms: number): string => new Date(ms).toISOString();

// The sandbox has no structuredClone; workflow state is plain JSON by design, so a JSON copy is exact.
export const jsonCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What every journalled subject carries: the journal numbers its changes and stamps them. */
export interface JournalledState<Status extends string> {
  id: string;
  title: string;
  status: Status;
  updatedAt: string;
  /** Last timeline sequence number: the read model's version. */
  seq: number;
  /** Hash of the last timeline event: the next one's `prevHash`. */
  chainHead?: string;
}

export interface Journal<Status extends string> {
  /** One timeline row; `toStatus` moves the subject. */
  record(actor: Actor, action: string, data?: Record<string, unknown>, toStatus?: Status): void;
  /**
   * Queues an alert for the event just recorded. Its key is `<subjectType>:<id>:<kind>:<seq>`: the event's
   * number in the committed history, never a time, so every retry of its delivery names the same alert.
   */
  alert(kind: AlertIntent['kind'], audience: AlertAudience[], extra?: Partial<AlertIntent>): void;
  /** Writes what changed to the read model, then hands alerts to the delivery queue. */
  persist(): Promise<void>;
}

export function createJournal<Type extends SubjectType, Status extends string>(
  subjectType: Type,
  state: JournalledState<Status>,
  snapshot: () => SubjectStates[Type],
): Journal<Status> {
  let unsavedEvents: TimelineEvent[] = [];
  let unsentAlerts: AlertIntent[] = [];
  let labelled: Partial<BoundarySearchAttributeValues> = {};

  /** Upserts only the labels that changed since this run last set them (a run starts with none set). */
  function relabel(): void {
    const labels = subjectSearchAttributes(
      subjectType,
      state as unknown as JournalledState<Status> & Record<string, unknown>,
    );
    const changed = (Object.keys(labels) as (keyof typeof labels)[]).filter(
      (name) => labels[name] !== labelled[name],
    );
    if (changed.length === 0 || !patched(SEARCH_ATTRIBUTES_PATCH)) return;
    upsertSearchAttributes(
      changed.map((name) => ({ key: BOUNDARY_SEARCH_ATTRIBUTES[name], value: labels[name] })),
    );
    labelled = labels;
  }

  return {
    record(actor, action, data = {}, toStatus) {
      const fromStatus = state.status;
      if (toStatus) state.status = toStatus;
      state.seq += 1;
      state.updatedAt = isoAt(Date.now());
      const event = {
        seq: state.seq,
        at: state.updatedAt,
        actor: actor.username,
        action,
        fromStatus: state.seq === 1 ? null : fromStatus,
        toStatus: state.status,
        data,
      };
      const prevHash = state.chainHead ?? CHAIN_START;
      state.chainHead = timelineHash(prevHash, { subjectId: state.id, ...event });
      unsavedEvents.push({ ...event, prevHash, hash: state.chainHead });
    },

    alert(kind, audience, extra = {}) {
      unsentAlerts.push({
        key: `${subjectType}:${state.id}:${kind}:${state.seq}`,
        kind,
        subjectType,
        subjectId: state.id,
        subjectTitle: state.title,
        at: isoAt(Date.now()),
        audience,
        ...extra,
      });
    },

    async persist() {
      const events = unsavedEvents;
      const alerts = unsentAlerts;
      unsavedEvents = [];
      unsentAlerts = [];
      if (events.length === 0 && alerts.length === 0) return;
      relabel();
      const project = (effects: WorkflowActivities) => {
        const before = projectedBefore[subjectType];
        if (!before) throw new Error(`no ${subjectType} history predates effects-in-one-activity`);
        return before(effects, snapshot(), events);
      };
      if (!patched(EFFECTS_AFTER_COMMIT_PATCH)) {
        if (events.length > 0) await project(preCommitActivities);
        if (alerts.length > 0) await preCommitActivities.enqueueAlerts(alerts);
        return;
      }
      if (patched(EFFECTS_IN_ONE_ACTIVITY_PATCH)) {
        // The union needs the pair built as one of its members; subjectType and snapshot() share `Type`.
        await activities.recordEffects({ subjectType, state: snapshot(), events, alerts } as SubjectEffects);
        return;
      }
      await Promise.all([
        events.length > 0 && project(activities),
        alerts.length > 0 && activities.enqueueAlerts(alerts),
      ]);
    },
  };
}

/** A status machine as the workflow asks it: the rules.ts tables of each family fit this shape. */
export interface StatusRules<Status extends string, Action extends string> {
  canApply(status: Status, action: Action): boolean;
  allowed(status: Status): Action[];
}

export interface Writes<State, Action extends string> {
  /** Registers one write: the validator asks the status table, the handler changes state and persists it. */
  write<Input>(
    update: UpdateDefinition<State, [Actor, Input]>,
    action: Action,
    apply: (actor: Actor, input: Input) => void,
    check?: (input: Input) => void,
  ): void;
  /** Refuses an update with the details the API turns into 409 INVALID_TRANSITION. */
  refuse(message: string, reason?: string): never;
}

export function createWrites<Status extends string, Action extends string, State extends { status: Status }>(
  state: State,
  rules: StatusRules<Status, Action>,
  persist: () => Promise<void>,
  snapshot: () => State,
): Writes<State, Action> {
  function refuse(message: string, reason?: string): never {
    const details: InvalidTransitionDetails & { reason?: string } = {
      status: state.status,
      allowed: rules.allowed(state.status),
      reason,
    };
    throw ApplicationFailure.create({
      type: INVALID_TRANSITION,
      message,
      details: [details],
      nonRetryable: true,
    });
  }

  return {
    refuse,
    write(update, action, apply, check) {
      setHandler(
        update,
        async (actor, input) => {
          apply(actor, input);
          await persist();
          return snapshot();
        },
        {
          validator: (_actor, input) => {
            if (!rules.canApply(state.status, action))
              refuse(`${action} is not allowed while ${state.status}`);
            check?.(input);
          },
        },
      );
    },
  };
}

/**
 * Marks a deadline missed and tells the leaders and the responsible persons of the jurisdiction where the
 * subject is, once: a missed deadline is never pending again.
 */
export function markMissed<Status extends string>(
  journal: Journal<Status>,
  deadline: Deadline,
  leaders: AlertAudience[],
  jurisdiction: string,
  extra: Partial<AlertIntent> = {},
): void {
  deadline.status = 'missed';
  journal.record(SYSTEM_ACTOR, 'deadline_missed', { deadlineKind: deadline.kind, dueAt: deadline.dueAt });
  journal.alert('deadline_missed', [...leaders, { role: 'responsible', jurisdiction }], {
    ...extra,
    deadlineKind: deadline.kind,
    dueAt: deadline.dueAt,
  });
}

/** Records that a deadline is near and tells those who must act, once (the caller sets `reminded`). */
export function markApproaching<Status extends string>(
  journal: Journal<Status>,
  deadline: Deadline,
  audience: AlertAudience[],
): void {
  journal.record(SYSTEM_ACTOR, 'deadline_approaching', {
    deadlineKind: deadline.kind,
    dueAt: deadline.dueAt,
  });
  journal.alert('deadline_approaching', audience, { deadlineKind: deadline.kind, dueAt: deadline.dueAt });
}

/** The stage a deadline watched is over: in time it is met, late it is missed (once). */
export function settleDeadlines<Kind extends string>(
  deadlines: Deadline<Kind>[],
  kinds: Kind[],
  miss: (deadline: Deadline<Kind>) => void,
): void {
  for (const deadline of deadlines) {
    if (deadline.status !== 'pending' || !kinds.includes(deadline.kind)) continue;
    if (Date.now() < Date.parse(deadline.dueAt)) deadline.status = 'met';
    else miss(deadline);
  }
}

/**
 * Sends each pending deadline's reminder once its time has come and misses each one past due, in that order
 * per deadline: a worker back after both times only misses it.
 */
export function fireDeadlines<Kind extends string>(
  deadlines: Deadline<Kind>[],
  { remind, miss }: { remind(deadline: Deadline<Kind>): void; miss(deadline: Deadline<Kind>): void },
): void {
  for (const deadline of [...deadlines]) {
    if (deadline.status !== 'pending') continue;
    if (Date.now() >= Date.parse(deadline.dueAt)) miss(deadline);
    else if (deadline.remindAt && !deadline.reminded && Date.now() >= Date.parse(deadline.remindAt)) {
      deadline.reminded = true;
      remind(deadline);
    }
  }
}

/** A pending deadline due at `dueMs`, with its reminder `remindBeforeMs` earlier when that is still ahead. */
export function pendingDeadline<Kind extends string>(
  kind: Kind,
  dueMs: number,
  remindBeforeMs: number,
): Deadline<Kind> {
  const deadline: Deadline<Kind> = { kind, dueAt: isoAt(dueMs), status: 'pending' };
  const remindMs = dueMs - remindBeforeMs;
  if (remindBeforeMs > 0 && remindMs > Date.now()) {
    deadline.remindAt = isoAt(remindMs);
    deadline.reminded = false;
  }
  return deadline;
}

/** When a pending deadline next needs attention: its reminder if still to go out, else its due time. */
export function nextDeadlineWakeAt(deadlines: Deadline[]): number | undefined {
  let next: number | undefined;
  for (const deadline of deadlines) {
    if (deadline.status !== 'pending') continue;
    const at = deadline.remindAt && !deadline.reminded ? deadline.remindAt : deadline.dueAt;
    next = Math.min(next ?? Infinity, Date.parse(at));
  }
  return next;
}

export interface DeadlineLoopHooks {
  /** The subject reached a final status: the loop ends. */
  finished(): boolean;
  /** The earliest instant anything falls due, or undefined when nothing is pending. */
  nextWakeAt(): number | undefined;
  /** Acts on everything that has fallen due by now. */
  fireDue(): void;
  persist(): Promise<void>;
  continueAsNew(): Promise<never>;
}

export interface DeadlineLoop {
  /** A write moved a due time: the sleeping loop wakes and sets its single timer again. */
  reschedule(): void;
  /** Sleeps until the next due time or a reschedule, fires what fell due, until the subject is final. */
  run(hooks: DeadlineLoopHooks): Promise<void>;
}

/**
 * One timer per workflow, however many deadlines and escalation steps are pending: it survives restarts
 * (timers are durable) and a changed due time only needs `reschedule()`.
 */
export function deadlineLoop(): DeadlineLoop {
  let changed = false;
  return {
    reschedule() {
      changed = true;
    },
    async run({ finished, nextWakeAt, fireDue, persist, continueAsNew }) {
      while (!finished()) {
        changed = false;
        const wakeAt = nextWakeAt();
        // Any write grows the history, including those that move no due time, so a suggested hand-over
        // wakes the loop too.
        const interrupted = () => changed || finished() || workflowInfo().continueAsNewSuggested;
        if (wakeAt === undefined) await condition(interrupted);
        else await condition(interrupted, Math.max(wakeAt - Date.now(), 1));
        fireDue();
        await persist();
        if (workflowInfo().continueAsNewSuggested) {
          await condition(allHandlersFinished);
          await continueAsNew();
        }
      }
      await condition(allHandlersFinished);
    },
  };
}
