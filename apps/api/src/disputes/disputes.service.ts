import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@boundary/config';
import {
  type DisputeEntity,
  type DisputeListFilter,
  DisputeRepository,
  type DisputeScope,
  type SubjectColumns,
  TimelineRepository,
  type TimelineRow,
} from '@boundary/persistence';
import {
  DISPUTE_WORKFLOW_TYPE,
  type DisputeCase,
  type DisputeIntake,
  type DisputeStatus,
  type DisputeWorkflowInput,
  type Policy,
  allowedDisputeActions,
  canApplyDisputeAction,
  confirmAgreementUpdate,
  disputeWorkflowId,
  escalateDisputeUpdate,
  openDisputeUpdate,
  recordDecisionUpdate,
  recordRoundUpdate,
  setJointGroupUpdate,
} from '@boundary/workflows';
import { Client } from '@temporalio/client';
import { type Principal, toActor } from '../auth/principal';
import { AppError } from '../common/app-error';
import { type TemporalCalls, isAlreadyStarted, uuidFrom } from '../common/temporal-calls';
import { BoundaryService } from '../boundary/boundary.service';
import { IncidentsService } from '../incidents/incidents.service';
import { APP_CONFIG, POLICY } from '../infrastructure/tokens';
import { OrganisationService } from '../organisation/organisation.service';
import { SubjectService } from '../subjects/subject.service';
import type { CreateDisputeDto, DecisionDto, JointGroupDto } from './disputes.dto';
import { type DisputeView, toDisputeView } from './dispute.view';

export const STATUS_ZH: Record<DisputeStatus, string> = {
  screening: '排查中',
  reported: '已上报',
  mediating: '调解中',
  agreed: '已达成协议',
  closed: '已结案',
  resolved_locally: '已就地化解',
  withdrawn: '已撤回',
  referred: '已移交上级',
};

/** The rules of who may open, see and advance a case; Temporal holds the case itself. */
@Injectable()
export class DisputesService extends SubjectService<
  DisputeCase,
  DisputeStatus,
  DisputeEntity,
  DisputeScope,
  DisputeListFilter,
  DisputeView
> {
  constructor(
    @Inject(Client) temporal: TemporalCalls,
    @Inject(DisputeRepository) disputes: Pick<DisputeRepository, 'findById' | 'list'>,
    @Inject(TimelineRepository) timeline: Pick<TimelineRepository, 'forSubject'>,
    private readonly organisation: OrganisationService,
    private readonly incidents: IncidentsService,
    @Inject(BoundaryService) private readonly boundary: Pick<BoundaryService, 'checkLineCode'>,
    @Inject(POLICY) private readonly policy: Pick<Policy, 'disputes'>,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'taskQueue' | 'temporalCallTimeoutMs'>,
  ) {
    super(
      {
        noun: { zh: '纠纷案件', en: 'dispute case' },
        workflowId: disputeWorkflowId,
        statusLabels: STATUS_ZH,
        allowed: allowedDisputeActions,
        repository: disputes,
        scopeOf: (principal) => organisation.caseScopeOf(principal),
        toView: toDisputeView,
      },
      temporal,
      config,
      timeline,
    );
  }

  async open(
    principal: Principal,
    body: CreateDisputeDto,
    idempotencyKey?: string,
  ): Promise<{ created: boolean; case: DisputeView }> {
    const district = await this.checkIntake(principal, body);
    // The key is scoped to its user, so two users' keys can never name the same case.
    const caseId = idempotencyKey ? uuidFrom(`${principal.username}\n${idempotencyKey}`) : randomUUID();
    // Only a key names a case that can exist already (a retry): a random id's refusal is a fault to pass on.
    return this.startCase(principal, caseId, body, district, { answerFinished: Boolean(idempotencyKey) });
  }

  /**
   * The case a ledger finding turned out to be (a dispute over the line, found on patrol). The caller derives
   * `caseId` from the finding, so a retry joins the case it already opened.
   */
  async openForFinding(
    principal: Principal,
    intake: DisputeIntake & { findingId: string },
    caseId: string,
    district: string,
  ): Promise<DisputeView> {
    return (await this.startCase(principal, caseId, intake, district, { answerFinished: true })).case;
  }

  /** `answerFinished`: a case already finished under `caseId` is answered from the read model. */
  private async startCase(
    principal: Principal,
    caseId: string,
    intake: DisputeIntake,
    district: string,
    { answerFinished }: { answerFinished: boolean },
  ): Promise<{ created: boolean; case: DisputeView }> {
    const sides = await this.organisation.sidesOf([
      district,
      ...intake.parties.map((party) => party.jurisdiction),
    ]);
    const input: DisputeWorkflowInput = {
      caseId,
      intake,
      district,
      actor: toActor(principal),
      policy: this.policy.disputes,
      sides,
      commonSuperior: await this.organisation.commonSuperior(sides),
    };
    return this.start(
      principal,
      { workflowType: DISPUTE_WORKFLOW_TYPE, id: caseId, input, update: openDisputeUpdate },
      (result) => ({ created: result.created, case: toDisputeView(result.case) }),
      answerFinished ? async () => ({ created: false, case: await this.get(principal, caseId) }) : undefined,
    );
  }

  /**
   * `escalate` with `emergency: true`: the incident starts first, under an id derived from the case and its
   * current seq, so a retry after a failed link joins that incident instead of triggering a second one; then
   * the case escalates and lists it.
   */
  async escalateEmergency(
    principal: Principal,
    id: string,
    reason: string,
    idempotencyKey?: string,
  ): Promise<DisputeView> {
    const row = await this.visible(principal, id);
    const status = row.status as DisputeStatus;
    if (!canApplyDisputeAction(status, 'escalate')) throw this.refusal(status);
    // With a key, a retry after the escalation landed (seq has moved on) still names the same incident.
    const incidentId = uuidFrom(
      idempotencyKey
        ? `${row.id}\nincident\n${principal.username}\n${idempotencyKey}`
        : `${row.id}\nincident\n${row.seq}`,
    );
    try {
      await this.incidents.triggerForCase(principal, row.state, reason, incidentId);
    } catch (error) {
      // Refused as a duplicate: this escalation's incident exists, already resolved; only the link is missing.
      if (!isAlreadyStarted(error)) throw error;
    }
    return this.write(principal, row, escalateDisputeUpdate, { reason, incidentId }, idempotencyKey);
  }

  /**
   * A mediator of the neighbouring county sees a case only as a member of its joint group, and as such
   * records rounds; every other step stays with the owner's township and the bureaus of the sides.
   */
  protected override checkWrite(
    principal: Principal,
    row: SubjectColumns<DisputeEntity>,
    updateName: string,
  ): void {
    if (
      principal.role === 'mediator' &&
      updateName !== recordRoundUpdate.name &&
      row.ownerJurisdiction !== principal.jurisdiction
    ) {
      throw AppError.forbidden({
        zh: '联合调解组成员只能记录调解轮次',
        en: 'A joint group member of the other side records rounds only',
      });
    }
  }

  /**
   * On a cross-county case each person's entry also names the side they act for (the county-level unit they
   * work in), so both bureaus read who did what for whom; the system and outsiders have none.
   */
  protected override async annotateTimeline(
    { sides }: SubjectColumns<DisputeEntity>,
    rows: TimelineRow[],
  ): Promise<(TimelineRow & { actorSide?: string })[]> {
    if (sides.length < 2) return rows;
    const sideOfActor = new Map<string, string | undefined>();
    for (const actor of new Set(rows.map((row) => row.actor))) {
      const side = actor === 'system' ? undefined : await this.organisation.sideOfUser(actor);
      sideOfActor.set(actor, side && sides.includes(side) ? side : undefined);
    }
    return rows.map((row) => {
      const actorSide = sideOfActor.get(row.actor);
      return actorSide ? { ...row, actorSide } : row;
    });
  }

  /** The case and the caller's side of it: the bureau of a county-level unit among its parties, else 403. */
  private async sideOf(
    principal: Principal,
    id: string,
  ): Promise<{ row: SubjectColumns<DisputeEntity>; side: string }> {
    const row = await this.visibleColumns(principal, id);
    const side = principal.district ?? principal.jurisdiction;
    if (principal.role !== 'bureau' || !side || !row.sides.includes(side)) {
      throw AppError.forbidden({
        zh: '只有当事双方的民政局可以办理',
        en: 'Only the bureau of a side of the case may do this',
      });
    }
    return { row, side };
  }

  /** The joint mediation group: set by the bureau of either side; its users must belong to the side named. */
  async setJointGroup(
    principal: Principal,
    id: string,
    body: JointGroupDto,
    idempotencyKey?: string,
  ): Promise<DisputeView> {
    const { row } = await this.sideOf(principal, id);
    const problems = [];
    for (const [index, member] of body.members.entries()) {
      if (member.username && (await this.organisation.sideOfUser(member.username)) !== member.side) {
        problems.push({
          field: `members.${index}.username`,
          problems: ['must be an active user of the side named'],
        });
      }
    }
    if (!body.members.some((member) => member.role === 'lead')) {
      problems.push({ field: 'members', problems: ['must name a lead'] });
    }
    if (problems.length > 0) throw AppError.validation(problems);
    return this.write(principal, row, setJointGroupUpdate, { members: body.members }, idempotencyKey);
  }

  /** One side's bureau confirms a cross-county agreement; again is harmless. */
  async confirmAgreement(principal: Principal, id: string, idempotencyKey?: string): Promise<DisputeView> {
    const { row, side } = await this.sideOf(principal, id);
    return this.write(principal, row, confirmAgreementUpdate, { side }, idempotencyKey);
  }

  /**
   * The common superior decides a referred case (《行政区域边界争议处理条例》): its bureau records the decision,
   * which closes the case. The status is judged first, so a case that is not awaiting one is a 409 for all.
   */
  async recordDecision(
    principal: Principal,
    id: string,
    body: DecisionDto,
    idempotencyKey?: string,
  ): Promise<DisputeView> {
    const row = await this.visible(principal, id);
    const status = row.status as DisputeStatus;
    if (!canApplyDisputeAction(status, 'record_decision') || !row.state.decisionPending) {
      throw this.refusal(status);
    }
    if (principal.role !== 'bureau' || (principal.district ?? principal.jurisdiction) !== row.referredTo) {
      throw AppError.forbidden({
        zh: '只有受理移交的共同上级民政部门可以作出处理决定',
        en: 'Only the bureau of the common superior the case was referred to decides it',
      });
    }
    return this.write(principal, row, recordDecisionUpdate, body, idempotencyKey);
  }

  /** Checks the intake against the organisation; returns the district that owns the case. */
  private async checkIntake(principal: Principal, body: CreateDisputeDto): Promise<string> {
    const owner = await this.organisation.find(body.ownerJurisdiction);
    if (!owner || owner.level !== 'township' || !owner.parentCode) {
      throw AppError.validation([
        { field: 'ownerJurisdiction', problems: ['must be a known township code'] },
      ]);
    }
    const unknown = [];
    for (const [index, party] of body.parties.entries()) {
      if (!(await this.organisation.find(party.jurisdiction))) {
        unknown.push({
          field: `parties.${index}.jurisdiction`,
          problems: ['must be a known jurisdiction code'],
        });
      }
    }
    if (unknown.length > 0) throw AppError.validation(unknown);
    await this.boundary.checkLineCode(principal, body.lineCode);
    if (principal.role === 'mediator' && principal.jurisdiction !== owner.code) {
      throw AppError.forbidden({
        zh: '调解员只能为本乡镇立案',
        en: 'A mediator opens cases for its own township only',
      });
    }
    if (principal.role === 'bureau' && principal.district !== owner.parentCode) {
      throw AppError.forbidden({
        zh: '只能为本区的乡镇立案',
        en: 'Cases can be opened for townships of your district only',
      });
    }
    if (body.tier === 'cross_county') {
      const districts = await Promise.all(
        body.parties.map((p) => this.organisation.districtOf(p.jurisdiction)),
      );
      if (districts.every((d) => d === owner.parentCode)) {
        throw AppError.validation([
          { field: 'tier', problems: ['a cross_county case names a party in a neighbouring county'] },
        ]);
      }
    }
    return owner.parentCode;
  }
}
