import type { AppConfig } from '@boundary/config';
import type {
  ListResult,
  Nearby,
  Page,
  SubjectColumns,
  SubjectEntity,
  SubjectRepository,
  SubjectState,
  TimelineRepository,
  TimelineRow,
} from '@boundary/persistence';
import type { Actor } from '@boundary/workflows';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { type Principal, toActor } from '../auth/principal';
import { AppError, type LocalisedText } from '../common/app-error';
import { parseNear } from '../common/near';
import { type PageQuery, pageOf } from '../common/page.dto';
import { executeSubjectUpdate } from '../common/subject-update';
import { type TemporalCalls, isAlreadyStarted, withinDeadline } from '../common/temporal-calls';
import { invalidTransition } from '../common/temporal-errors';

/**
 * What the shared plumbing needs to know of one workflow family: how its subjects are named, stored, scoped,
 * addressed in Temporal and shown, and which actions its status table allows.
 */
export interface SubjectFamily<
  State extends SubjectState,
  Status extends string,
  Row extends SubjectEntity<State>,
  Scope,
  Filter extends Page & Nearby,
  View,
> {
  /** The subject as a 404 names it: 纠纷案件 / dispute case. */
  noun: LocalisedText;
  workflowId(id: string): string;
  statusLabels: Record<Status, string>;
  allowed(status: Status): readonly string[];
  repository: Pick<SubjectRepository<State, Row, Scope, Filter>, 'findById' | 'list'>;
  /** What the caller may see of this family. */
  scopeOf(principal: Principal): Scope;
  /** The state as the API shows it (internal bookkeeping left out). */
  toView(state: State): View;
}

/** What starts one subject's workflow: its type, the subject's id and input, and the update that opens it. */
export interface SubjectOpening<Input, Opened> {
  /** The workflow type as the worker registers it (`DISPUTE_WORKFLOW_TYPE`, …). */
  workflowType: string;
  /** The subject's id; the family derives the workflow id from it. */
  id: string;
  input: Input;
  update: UpdateDefinition<Opened, [Actor]>;
}

/** Ids are the workflow's own (UUIDs or derived); anything longer is not one, and costs no query. */
const MAX_ID_LENGTH = 64;

/**
 * Lookup within scope, lists, timeline, writes and refusals, the same for every workflow family. A family's
 * service extends this with its description and keeps only its own rules (who may open what, links).
 */
export abstract class SubjectService<
  State extends SubjectState,
  Status extends string,
  Row extends SubjectEntity<State>,
  Scope,
  Filter extends Page & Nearby,
  View,
> {
  protected constructor(
    private readonly family: SubjectFamily<State, Status, Row, Scope, Filter, View>,
    protected readonly temporal: TemporalCalls,
    protected readonly config: Pick<AppConfig, 'temporalCallTimeoutMs' | 'taskQueue'>,
    private readonly timeline: Pick<TimelineRepository, 'forSubject'>,
  ) {}

  /** `near` arrives as the query's text (validated by `IsNear`) and reaches the repository as a circle. */
  async list(
    principal: Principal,
    query: PageQuery & Omit<Filter, keyof Page | keyof Nearby> & { near?: string },
  ): Promise<ListResult<View>> {
    const filter = { ...query, ...pageOf(query), near: parseNear(query.near) } as unknown as Filter;
    const { items, ...counted } = await this.family.repository.list(filter, this.family.scopeOf(principal));
    return { items: items.map((state) => this.family.toView(state)), ...counted };
  }

  async get(principal: Principal, id: string): Promise<View> {
    return this.family.toView((await this.visible(principal, id)).state);
  }

  async timelineOf(principal: Principal, id: string): Promise<TimelineRow[]> {
    const row = await this.visibleColumns(principal, id);
    return this.annotateTimeline(row, await this.timeline.forSubject(id));
  }

  /** What a family adds to each timeline entry, from the subject's row (read once, for the visibility check). */
  protected async annotateTimeline(_row: SubjectColumns<Row>, rows: TimelineRow[]): Promise<TimelineRow[]> {
    return rows;
  }

  /** Runs one write as a Workflow Update; the workflow's validator decides whether the status allows it. */
  async advance<Input>(
    principal: Principal,
    id: string,
    update: UpdateDefinition<State, [Actor, Input]>,
    input: Input,
    idempotencyKey?: string,
  ): Promise<View> {
    return this.write(principal, await this.visibleColumns(principal, id), update, input, idempotencyKey);
  }

  /**
   * `advance` on a row the caller has already looked up (within its scope), so a service that reads the row for
   * its own rules does not read it twice.
   */
  protected async write<Input>(
    principal: Principal,
    row: SubjectColumns<Row>,
    update: UpdateDefinition<State, [Actor, Input]>,
    input: Input,
    idempotencyKey?: string,
  ): Promise<View> {
    this.checkWrite(principal, row, update.name);
    const state = await executeSubjectUpdate(this.temporal, this.config, {
      workflowId: this.family.workflowId(row.id),
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
    return this.family.toView(state);
  }

  /**
   * A family's own rule on who may make which write, beyond seeing the subject (throws 403). By default whoever
   * sees a subject may ask for any write; the workflow's validator still judges the status.
   */
  protected checkWrite(_principal: Principal, _row: SubjectColumns<Row>, _updateName: string): void {}

  /** The row, or 404 whether it does not exist or the caller may not see it (no probing across scopes). */
  protected visible(principal: Principal, id: string): Promise<Row> {
    return this.found(id, () => this.family.repository.findById(id, this.family.scopeOf(principal)));
  }

  /** `visible` without the state: enough to know that the caller may act on the subject, and its status. */
  protected visibleColumns(principal: Principal, id: string): Promise<SubjectColumns<Row>> {
    return this.found(id, () =>
      this.family.repository.findById(id, this.family.scopeOf(principal), { state: false }),
    );
  }

  /** An id longer than any subject's is not looked up: it names nothing. */
  private async found<Found>(id: string, lookup: () => Promise<Found | null>): Promise<Found> {
    const row = id.length <= MAX_ID_LENGTH ? await lookup() : null;
    if (!row) throw AppError.notFound(this.family.noun);
    return row;
  }

  /** The 409 for an action the status does not allow, as the workflow's validator would give it. */
  protected refusal(status: Status): AppError {
    return invalidTransition({ status, allowed: [...this.family.allowed(status)] }, this.label(status));
  }

  /**
   * Starts a subject's workflow under the id and waits on its opening update, which answers once the read model
   * holds it: the caller can read what it just created. A running workflow under the id is joined, so a retry
   * lands on the subject it opened. A finished one is never reopened: Temporal refuses the start, and
   * `whenFinished` answers instead (from the read model); without it the refusal passes on to the caller.
   */
  protected async start<Input, Opened, Answer>(
    principal: Principal,
    opening: SubjectOpening<Input, Opened>,
    answer: (opened: Opened) => Answer,
    whenFinished?: () => Promise<Answer>,
  ): Promise<Answer> {
    const startWorkflowOperation = new WithStartWorkflowOperation<(input: Input) => Promise<unknown>>(
      opening.workflowType,
      {
        workflowId: this.family.workflowId(opening.id),
        taskQueue: this.config.taskQueue,
        args: [opening.input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      },
    );
    try {
      const opened = await withinDeadline(this.temporal, this.config, () =>
        this.temporal.workflow.executeUpdateWithStart(opening.update, {
          args: [toActor(principal)],
          startWorkflowOperation,
        }),
      );
      return answer(opened);
    } catch (error) {
      if (whenFinished && isAlreadyStarted(error)) return whenFinished();
      throw error;
    }
  }

  private label(status: string): string {
    return this.family.statusLabels[status as Status] ?? status;
  }
}
