import type { AppConfig } from '@boundary/config';
import type { SubjectEntity, TimelineRepository, TimelineRow } from '@boundary/persistence';
import type { Actor } from '@boundary/workflows';
import type { Client, WithStartWorkflowOperation } from '@temporalio/client';
import type { UpdateDefinition, Workflow } from '@temporalio/common';
import { type Principal, toActor } from '../auth/principal';
import { AppError, type LocalisedText } from '../common/app-error';
import { executeSubjectUpdate } from '../common/subject-update';
import { withinDeadline } from '../common/temporal-calls';
import { invalidTransition } from '../common/temporal-errors';

/**
 * What the shared plumbing needs to know of one workflow family: how its subjects are named, found within a
 * caller's scope, addressed in Temporal, and which actions its status table allows. A family's service
 * describes itself once and keeps only its own rules (who may open what, links to other families).
 */
export interface SubjectFamily<Status extends string, Row> {
  /** The subject as a 404 names it: 纠纷案件 / dispute case. */
  noun: LocalisedText;
  workflowId(id: string): string;
  statusLabels: Record<Status, string>;
  allowed(status: Status): readonly string[];
  /** The row if it exists and lies within what the caller may see. */
  find(principal: Principal, id: string): Promise<Row | null>;
}

/** Ids are the workflow's own (UUIDs or derived); anything longer is not one, and costs no query. */
const MAX_ID_LENGTH = 64;

/** Lookup, timeline, writes and refusals of one workflow family, the same for every family. */
export class SubjectKit<State, Status extends string, Row extends SubjectEntity<State>> {
  constructor(
    private readonly family: SubjectFamily<Status, Row>,
    private readonly temporal: Client,
    private readonly config: Pick<AppConfig, 'temporalCallTimeoutMs'>,
    private readonly timeline: Pick<TimelineRepository, 'forSubject'>,
  ) {}

  /** The row, or 404 whether it does not exist or the caller may not see it (no probing across scopes). */
  async visible(principal: Principal, id: string): Promise<Row> {
    const row = id.length <= MAX_ID_LENGTH ? await this.family.find(principal, id) : null;
    if (!row) throw AppError.notFound(this.family.noun);
    return row;
  }

  async timelineOf(principal: Principal, id: string): Promise<TimelineRow[]> {
    await this.visible(principal, id);
    return this.timeline.forSubject(id);
  }

  label(status: string): string {
    return this.family.statusLabels[status as Status] ?? status;
  }

  /** The 409 for an action the status does not allow, as the workflow's validator would give it. */
  refusal(status: Status): AppError {
    return invalidTransition({ status, allowed: [...this.family.allowed(status)] }, this.label(status));
  }

  /** Runs one write as a Workflow Update; the workflow's validator decides whether the status allows it. */
  async advance<Input>(
    principal: Principal,
    id: string,
    update: UpdateDefinition<State, [Actor, Input]>,
    input: Input,
    idempotencyKey?: string,
  ): Promise<State> {
    const row = await this.visible(principal, id);
    return executeSubjectUpdate(this.temporal, this.config, {
      workflowId: this.family.workflowId(id),
      update,
      principal,
      input,
      idempotencyKey,
      refusal: {
        status: row.status,
        label: (status) => this.label(status),
        allowed: (status) => this.family.allowed(status as Status),
      },
    });
  }

  /**
   * Starts a subject's workflow and waits on its opening update, which answers once the read model holds it:
   * the caller can read what it just created.
   */
  start<W extends Workflow, Result>(
    principal: Principal,
    update: UpdateDefinition<Result, [Actor]>,
    startWorkflowOperation: WithStartWorkflowOperation<W>,
  ): Promise<Result> {
    return withinDeadline(this.temporal, this.config, () =>
      this.temporal.workflow.executeUpdateWithStart(update, {
        args: [toActor(principal)],
        startWorkflowOperation,
      }),
    );
  }
}
