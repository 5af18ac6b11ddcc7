import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@boundary/config';
import {
  BoundaryRepository,
  DisputeRepository,
  type FindingEntity,
  type FindingListFilter,
  FindingRepository,
  IncidentRepository,
  type LedgerScope,
  OrganisationRepository,
  TimelineRepository,
} from '@boundary/persistence';
import {
  FINDING_WORKFLOW_TYPE,
  type Finding,
  type FindingAction,
  type FindingIntake,
  type FindingStatus,
  type FindingWorkflowInput,
  type Policy,
  allowedFindingActions,
  assignFindingUpdate,
  canApplyFindingAction,
  findingWorkflowId,
  linkFindingDisputeUpdate,
  linkFindingIncidentUpdate,
  openFindingUpdate,
  startRectificationUpdate,
  submitRectificationUpdate,
  verifyFindingUpdate,
} from '@boundary/workflows';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { type Principal, toActor } from '../auth/principal';
import { AppError } from '../common/app-error';
import type { FieldProblem } from '../common/validation';
import { type TemporalCalls, uuidFrom } from '../common/temporal-calls';
import { DisputesService } from '../disputes/disputes.service';
import type { DisputeView } from '../disputes/dispute.view';
import { IncidentsService } from '../incidents/incidents.service';
import type { IncidentView } from '../incidents/incident.view';
import { APP_CONFIG, POLICY } from '../infrastructure/tokens';
import { OrganisationService } from '../organisation/organisation.service';
import { SubjectService } from '../subjects/subject.service';
import type {
  AssignFindingDto,
  EnterFindingDto,
  FindingIncidentDto,
  SubmitRectificationDto,
  VerifyFindingDto,
} from './ledger.dto';
import { ledgerScopeOf } from './ledger-scope';
import { type FindingDto, toFindingView } from './ledger.views';

export const FINDING_STATUS_ZH: Record<FindingStatus, string> = {
  open: '待交办',
  assigned: '已交办',
  rectifying: '整改中',
  submitted: '待验收',
  closed: '已销号',
};

/** A little clock skew between a phone and the server is not "the future". */
const FOUND_AT_SKEW_MS = 5 * 60_000;

const toView = (state: Finding): FindingDto => toFindingView(state, allowedFindingActions(state.status));

/**
 * The ledger's rules: the bureau of the finding's district assigns and verifies; the assignee (or that
 * bureau) starts and submits; mediators see their township's findings. Temporal holds each finding.
 */
@Injectable()
export class FindingsService extends SubjectService<
  Finding,
  FindingStatus,
  FindingEntity,
  LedgerScope,
  FindingListFilter,
  FindingDto
> {
  constructor(
    @Inject(Client) temporal: TemporalCalls,
    @Inject(FindingRepository) private readonly findings: FindingRepository,
    @Inject(TimelineRepository) timeline: Pick<TimelineRepository, 'forSubject'>,
    @Inject(DisputeRepository) private readonly disputeRows: Pick<DisputeRepository, 'findById'>,
    @Inject(IncidentRepository) private readonly incidentRows: Pick<IncidentRepository, 'findById'>,
    @Inject(OrganisationRepository) private readonly people: Pick<OrganisationRepository, 'usersWithRole'>,
    @Inject(BoundaryRepository)
    private readonly register: Pick<BoundaryRepository, 'line' | 'markersCovering'>,
    private readonly organisation: OrganisationService,
    private readonly disputes: DisputesService,
    private readonly incidents: IncidentsService,
    @Inject(POLICY) private readonly policy: Pick<Policy, 'findings'>,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'taskQueue' | 'temporalCallTimeoutMs'>,
  ) {
    super(
      {
        noun: { zh: '台账问题', en: 'finding' },
        workflowId: findingWorkflowId,
        statusLabels: FINDING_STATUS_ZH,
        allowed: allowedFindingActions,
        repository: findings,
        scopeOf: ledgerScopeOf,
        toView,
      },
      temporal,
      config,
      timeline,
    );
  }

  /** The finding with what became of its linked case and incident, each read from its own read model. */
  override async get(principal: Principal, id: string): Promise<FindingDto> {
    const { state } = await this.visible(principal, id);
    const view = toView(state);
    const [dispute, incident] = await Promise.all([
      state.disputeId ? this.disputeRows.findById(state.disputeId, {}) : null,
      state.incidentId ? this.incidentRows.findById(state.incidentId, {}) : null,
    ]);
    if (dispute) view.dispute = { id: dispute.id, status: dispute.status };
    if (incident) view.incident = { id: incident.id, status: incident.status };
    return view;
  }

  /** Every finding in scope matching the filter, oldest first: the ledger as it is exported. */
  async ledger(
    principal: Principal,
    filter: Omit<FindingListFilter, 'page' | 'pageSize'>,
  ): Promise<Finding[]> {
    return (await this.findings.ledger(filter, ledgerScopeOf(principal))).map((row) => row.state);
  }

  /**
   * Enters a problem found outside a patrol: a mediator for its own township, the bureau for a township of its
   * district. A marker's problem joins the marker's open finding, as a patrol's would; any other takes its id
   * from the Idempotency-Key, so a retried entry opens nothing twice.
   */
  async enter(principal: Principal, body: EnterFindingDto, key?: string): Promise<FindingDto> {
    const jurisdiction =
      body.jurisdiction ??
      (principal.role === 'mediator' ? (principal.jurisdiction ?? undefined) : undefined);
    if (!jurisdiction) {
      throw AppError.validation([
        { field: 'jurisdiction', problems: ['must name the township responsible'] },
      ]);
    }
    if (principal.role === 'mediator' && jurisdiction !== principal.jurisdiction) {
      throw AppError.forbidden({
        zh: '只能登记本乡镇的问题',
        en: 'A mediator enters its own township’s problems',
      });
    }
    const township = await this.organisation.find(jurisdiction);
    if (township?.level !== 'township' || !township.parentCode) {
      throw AppError.validation([{ field: 'jurisdiction', problems: ['must be a township'] }]);
    }
    if (principal.role === 'bureau' && township.parentCode !== principal.district) {
      throw AppError.forbidden({
        zh: '只能登记本区乡镇的问题',
        en: 'The bureau enters the problems of its district’s townships',
      });
    }
    const problems = await this.placeProblems(jurisdiction, body);
    if (body.foundAt && Date.parse(body.foundAt) > Date.now() + FOUND_AT_SKEW_MS) {
      problems.push({ field: 'foundAt', problems: ['must not be in the future'] });
    }
    if (problems.length > 0) throw AppError.validation(problems);
    const intake: FindingIntake = {
      title: body.title ?? body.description.slice(0, 60),
      kind: body.kind,
      description: body.description,
      jurisdiction,
      lineCode: body.lineCode,
      markerCode: body.markerCode,
      location: body.location,
      foundAt: new Date(body.foundAt ?? Date.now()).toISOString(),
    };
    const id =
      body.kind === 'marker' && body.markerCode
        ? await this.markerFindingId(body.markerCode)
        : key
          ? uuidFrom(`${principal.username}\nfinding\n${key}`)
          : randomUUID();
    return this.start(principal, this.opening(principal, id, intake, township.parentCode), toView, () =>
      this.get(principal, id),
    );
  }

  /**
   * The line must run along the township, the marker stand on it (or along the township without a line). A
   * marker problem joins the marker's finding, which is its responsible township's on a township line, as a
   * patrol files it: another township's entry would join a finding it cannot see.
   */
  private async placeProblems(township: string, body: EnterFindingDto): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const line = body.lineCode ? await this.register.line(body.lineCode, {}) : null;
    if (body.lineCode && !line?.townships.includes(township)) {
      problems.push({ field: 'lineCode', problems: ['must be a boundary line along the township'] });
    }
    if (body.markerCode) {
      const [marker] = await this.register.markersCovering([body.markerCode], []);
      const markerLine = marker && !body.lineCode ? await this.register.line(marker.lineCode, {}) : line;
      const onLine = marker && markerLine && marker.lineCode === markerLine.code;
      if (!onLine || !markerLine.townships.includes(township)) {
        problems.push({
          field: 'markerCode',
          problems: ['must be a marker of the line, along the township'],
        });
      } else if (
        body.kind === 'marker' &&
        markerLine.townships.includes(marker.responsibleSide) &&
        marker.responsibleSide !== township
      ) {
        problems.push({
          field: 'markerCode',
          problems: [`is looked after by township ${marker.responsibleSide}, which enters its problems`],
        });
      }
    } else if (body.kind === 'marker') {
      problems.push({ field: 'markerCode', problems: ['a marker problem names its marker'] });
    }
    return problems;
  }

  /**
   * Opens a finding under an id its caller derives (from the patrol, or from the marker and how many of its
   * findings were closed), so a retry, or a second patrol while the marker's finding is open, joins the one
   * that exists. A finding already closed under that id is answered by its id alone.
   */
  async open(
    principal: Principal,
    findingId: string,
    intake: FindingIntake,
    district: string,
  ): Promise<string> {
    return this.start(
      principal,
      this.opening(principal, findingId, intake, district),
      () => findingId,
      async () => findingId,
    );
  }

  private opening(principal: Principal, findingId: string, intake: FindingIntake, district: string) {
    const input: FindingWorkflowInput = {
      findingId,
      intake,
      district,
      actor: toActor(principal),
      policy: this.policy.findings,
    };
    return { workflowType: FINDING_WORKFLOW_TYPE, id: findingId, input, update: openFindingUpdate };
  }

  /** The id of a marker's finding: the same while it is open, a new one once it has been closed. */
  async markerFindingId(markerCode: string): Promise<string> {
    const generation = await this.findings.closedMarkerFindings(markerCode);
    return uuidFrom(`finding\nmarker\n${markerCode}\n${generation}`);
  }

  async assign(principal: Principal, id: string, body: AssignFindingDto, key?: string): Promise<FindingDto> {
    const row = await this.visible(principal, id);
    const { state } = row;
    const [mediators, bureau] = await Promise.all([
      this.people.usersWithRole('mediator', state.jurisdiction),
      this.people.usersWithRole('bureau', state.district),
    ]);
    if (![...mediators, ...bureau].some((user) => user.username === body.assignee && !user.disabled)) {
      throw AppError.validation([
        {
          field: 'assignee',
          problems: ['must be a mediator of the finding’s township or bureau staff of its district'],
        },
      ]);
    }
    return this.write(principal, row, assignFindingUpdate, body, key);
  }

  /** Starting and submitting are the assignee's (or the bureau's). */
  async startRectification(principal: Principal, id: string, key?: string): Promise<FindingDto> {
    return this.write(principal, await this.assigneesRow(principal, id), startRectificationUpdate, {}, key);
  }

  async submit(
    principal: Principal,
    id: string,
    body: SubmitRectificationDto,
    key?: string,
  ): Promise<FindingDto> {
    return this.write(
      principal,
      await this.assigneesRow(principal, id),
      submitRectificationUpdate,
      body,
      key,
    );
  }

  verify(principal: Principal, id: string, body: VerifyFindingDto, key?: string): Promise<FindingDto> {
    return this.advance(principal, id, verifyFindingUpdate, body, key);
  }

  /** A finding that is really a dispute: a case (screening) over it, linked both ways. */
  async openDispute(principal: Principal, id: string, key?: string): Promise<DisputeView> {
    const row = await this.visibleFor(principal, id, 'link_dispute');
    const { state } = row;
    const caseId = state.disputeId ?? uuidFrom(`finding\ndispute\n${id}`);
    const parties = await this.partiesOf(state);
    const dispute = await this.disputes.openForFinding(
      principal,
      {
        title: state.title,
        category: 'other',
        parties,
        ownerJurisdiction: state.jurisdiction,
        description: state.description,
        riskLevel: 'medium',
        lineCode: state.lineCode,
        markerIds: state.markerCode ? [state.markerCode] : undefined,
        location: state.location,
        findingId: id,
      },
      caseId,
      state.district,
    );
    await this.write(principal, row, linkFindingDisputeUpdate, { disputeId: caseId }, key);
    return dispute;
  }

  /** A finding that is an emergency: an incident in its township, linked to it. */
  async openIncident(
    principal: Principal,
    id: string,
    body: FindingIncidentDto,
    key?: string,
  ): Promise<IncidentView> {
    const row = await this.visibleFor(principal, id, 'link_incident');
    const { state } = row;
    const incidentId = state.incidentId ?? uuidFrom(`finding\nincident\n${id}`);
    const incident = await this.incidents.triggerForFinding(principal, state, body, incidentId);
    await this.write(principal, row, linkFindingIncidentUpdate, { incidentId }, key);
    return incident;
  }

  /** The row, refused before anything starts when its status does not allow the action. */
  private async visibleFor(principal: Principal, id: string, action: FindingAction): Promise<FindingEntity> {
    const row = await this.visible(principal, id);
    const status = row.status as FindingStatus;
    if (!canApplyFindingAction(status, action)) throw this.refusal(status);
    return row;
  }

  /**
   * The finding, when the caller is its assignee (or not a mediator). A finding not yet assigned is left to the
   * workflow, which refuses the step (409); the status is not checked here, so a retry with an Idempotency-Key
   * still gets its first answer.
   */
  private async assigneesRow(principal: Principal, id: string): Promise<FindingEntity> {
    const row = await this.visible(principal, id);
    const { state } = row;
    if (
      principal.role === 'mediator' &&
      state.assignee !== undefined &&
      state.assignee !== principal.username
    ) {
      throw AppError.forbidden({
        zh: '只有整改责任人可以办理整改',
        en: 'Only the assignee puts a finding right',
      });
    }
    return row;
  }

  /** The finding's township and, for a finding on a line, the jurisdiction across it. */
  private async partiesOf(state: Finding): Promise<{ jurisdiction: string; name: string }[]> {
    const named = async (code: string) => ({
      jurisdiction: code,
      name: (await this.organisation.find(code))?.name ?? code,
    });
    const line = state.lineCode ? await this.register.line(state.lineCode, {}) : null;
    const across = line?.sides.find((side) => side !== state.jurisdiction && side !== state.district);
    return Promise.all([state.jurisdiction, ...(across ? [across] : [])].map(named));
  }
}
