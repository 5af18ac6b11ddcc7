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
import { type Principal, toActor } from '../auth/principal';
import { AppError } from '../common/app-error';
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
    @Inject(BoundaryRepository) private readonly register: Pick<BoundaryRepository, 'line'>,
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
    const input: FindingWorkflowInput = {
      findingId,
      intake,
      district,
      actor: toActor(principal),
      policy: this.policy.findings,
    };
    return this.start(
      principal,
      { workflowType: FINDING_WORKFLOW_TYPE, id: findingId, input, update: openFindingUpdate },
      () => findingId,
      async () => findingId,
    );
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
