import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@boundary/config';
import {
  DisputeRepository,
  type IncidentEntity,
  type IncidentListFilter,
  IncidentRepository,
  type IncidentScope,
  TimelineRepository,
} from '@boundary/persistence';
import {
  type DisputeCase,
  type Finding,
  INCIDENT_WORKFLOW_TYPE,
  type Incident,
  type IncidentIntake,
  type IncidentStatus,
  type IncidentWorkflowInput,
  type Policy,
  type RiskLevel,
  type Severity,
  allowedIncidentActions,
  incidentWorkflowId,
  openIncidentUpdate,
} from '@boundary/workflows';
import { Client } from '@temporalio/client';
import { type Principal, toActor } from '../auth/principal';
import { AppError } from '../common/app-error';
import { type TemporalCalls, uuidFrom } from '../common/temporal-calls';
import { BoundaryService } from '../boundary/boundary.service';
import { APP_CONFIG, POLICY } from '../infrastructure/tokens';
import { OrganisationService } from '../organisation/organisation.service';
import { SubjectService } from '../subjects/subject.service';
import type { CreateIncidentDto } from './incidents.dto';
import { type IncidentView, toIncidentView } from './incident.view';

export const INCIDENT_STATUS_ZH: Record<IncidentStatus, string> = {
  triggered: '已启动应急响应',
  acknowledged: '已确认响应',
  on_scene: '已到达现场',
  resolved: '已处置完毕',
};

/** An emergency escalation names no severity: the case's risk level gives the starting one. */
const SEVERITY_OF_RISK: Record<RiskLevel, Severity> = { high: 'II', medium: 'III', low: 'IV' };

/** The rules of who may trigger, see and advance an incident; Temporal holds the incident itself. */
@Injectable()
export class IncidentsService extends SubjectService<
  Incident,
  IncidentStatus,
  IncidentEntity,
  IncidentScope,
  IncidentListFilter,
  IncidentView
> {
  constructor(
    @Inject(Client) temporal: TemporalCalls,
    @Inject(IncidentRepository) incidents: Pick<IncidentRepository, 'findById' | 'list'>,
    @Inject(DisputeRepository) private readonly disputes: Pick<DisputeRepository, 'findById'>,
    @Inject(TimelineRepository) timeline: Pick<TimelineRepository, 'forSubject'>,
    private readonly organisation: OrganisationService,
    @Inject(BoundaryService) private readonly boundary: Pick<BoundaryService, 'checkLineCode'>,
    @Inject(POLICY) private readonly policy: Pick<Policy, 'emergency'>,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'taskQueue' | 'temporalCallTimeoutMs'>,
  ) {
    super(
      {
        noun: { zh: '突发事件', en: 'incident' },
        workflowId: incidentWorkflowId,
        statusLabels: INCIDENT_STATUS_ZH,
        allowed: allowedIncidentActions,
        repository: incidents,
        scopeOf: (principal) => organisation.incidentScopeOf(principal),
        toView: toIncidentView,
      },
      temporal,
      config,
      timeline,
    );
  }

  async trigger(
    principal: Principal,
    body: CreateIncidentDto,
    idempotencyKey?: string,
  ): Promise<IncidentView> {
    const district = await this.checkJurisdiction(principal, body.jurisdiction);
    if (body.disputeId && !(await this.caseVisible(principal, body.disputeId))) {
      throw AppError.validation([{ field: 'disputeId', problems: ['must name a dispute case you can see'] }]);
    }
    await this.boundary.checkLineCode(principal, body.lineCode);
    // The key is scoped to its user, so a retry names the same incident and never triggers a second one.
    const incidentId = idempotencyKey
      ? uuidFrom(`${principal.username}\nincident\n${idempotencyKey}`)
      : randomUUID();
    // Only a key names an incident that can exist already (a retry): a random id's refusal is a fault to pass on.
    return this.startIncident(principal, incidentId, body, district, {
      announceToCase: body.disputeId !== undefined,
      answerFinished: Boolean(idempotencyKey),
    });
  }

  /**
   * The incident of an emergency escalation, in the case's township. The caller derives `incidentId` from the
   * case, so a retry joins the incident it already started instead of triggering a second one.
   */
  triggerForCase(
    principal: Principal,
    dispute: DisputeCase,
    reason: string,
    incidentId: string,
  ): Promise<IncidentView> {
    const intake: IncidentIntake = {
      title: dispute.title,
      type: 'boundary_dispute',
      severity: SEVERITY_OF_RISK[dispute.riskLevel],
      jurisdiction: dispute.ownerJurisdiction,
      description: reason,
      disputeId: dispute.id,
      location: dispute.location,
      lineCode: dispute.lineCode,
    };
    return this.startIncident(principal, incidentId, intake, dispute.district, {
      announceToCase: false,
      answerFinished: false,
    });
  }

  /**
   * The incident of a ledger finding that is an emergency (a landslide took a marker), in the finding's
   * township. The caller derives `incidentId` from the finding, so a retry joins the incident it started.
   */
  async triggerForFinding(
    principal: Principal,
    finding: Finding,
    { severity, title }: { severity: Severity; title: string },
    incidentId: string,
  ): Promise<IncidentView> {
    const intake: IncidentIntake = {
      title,
      type: 'boundary_marker',
      severity,
      jurisdiction: finding.jurisdiction,
      description: finding.description,
      location: finding.location,
      lineCode: finding.lineCode,
      findingId: finding.id,
    };
    return this.startIncident(principal, incidentId, intake, finding.district, {
      announceToCase: false,
      answerFinished: true,
    });
  }

  /**
   * Starts the workflow with the plan in force now (the freeze) and answers once the read model has it.
   * `answerFinished`: an incident already resolved under `incidentId` is answered from the read model.
   */
  private async startIncident(
    principal: Principal,
    incidentId: string,
    intake: IncidentIntake,
    district: string,
    { announceToCase, answerFinished }: { announceToCase: boolean; answerFinished: boolean },
  ): Promise<IncidentView> {
    const input: IncidentWorkflowInput = {
      incidentId,
      intake,
      district,
      townships:
        intake.jurisdiction === district
          ? await this.organisation.townshipsOf(district)
          : [intake.jurisdiction],
      actor: toActor(principal),
      policy: this.policy.emergency,
      announceToCase,
    };
    return this.start(
      principal,
      { workflowType: INCIDENT_WORKFLOW_TYPE, id: incidentId, input, update: openIncidentUpdate },
      toIncidentView,
      answerFinished ? () => this.get(principal, incidentId) : undefined,
    );
  }

  private async caseVisible(principal: Principal, id: string): Promise<boolean> {
    return (await this.disputes.findById(id, this.organisation.scopeOf(principal))) !== null;
  }

  /** Checks where the incident is; returns its district (the code itself for a district-wide incident). */
  private async checkJurisdiction(principal: Principal, code: string): Promise<string> {
    const place = await this.organisation.find(code);
    const district =
      place?.level === 'district' ? place.code : place?.level === 'township' ? place.parentCode : null;
    if (!district) {
      throw AppError.validation([
        { field: 'jurisdiction', problems: ['must be a known township or district code'] },
      ]);
    }
    if (principal.role === 'mediator' && principal.jurisdiction !== code) {
      throw AppError.forbidden({
        zh: '调解员只能为本乡镇启动应急响应',
        en: 'A mediator triggers incidents for its own township only',
      });
    }
    if (principal.role !== 'mediator' && principal.district !== district) {
      throw AppError.forbidden({
        zh: '只能为本区及其乡镇启动应急响应',
        en: 'Incidents can be triggered for your district and its townships only',
      });
    }
    return district;
  }
}
