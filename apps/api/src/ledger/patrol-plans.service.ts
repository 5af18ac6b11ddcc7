import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@boundary/config';
import {
  BoundaryRepository,
  type LedgerScope,
  type PatrolPlanEntity,
  PatrolPlanRepository,
  type PatrolRecord,
  type PlanListFilter,
  TimelineRepository,
} from '@boundary/persistence';
import {
  PATROL_PLAN_WORKFLOW_TYPE,
  type PatrolPlan,
  type PatrolPlanStatus,
  type PatrolPlanWorkflowInput,
  type PlanTarget,
  type Policy,
  allowedPatrolPlanActions,
  isFinalPatrolPlanStatus,
  openPatrolPlanUpdate,
  patrolPlanWorkflowId,
  recordPlanPatrolUpdate,
} from '@boundary/workflows';
import { Client } from '@temporalio/client';
import type { Principal } from '../auth/principal';
import { AppError } from '../common/app-error';
import type { FieldProblem } from '../common/validation';
import { type TemporalCalls, uuidFrom } from '../common/temporal-calls';
import { APP_CONFIG, POLICY } from '../infrastructure/tokens';
import { OrganisationService } from '../organisation/organisation.service';
import { SubjectService } from '../subjects/subject.service';
import type { CreatePatrolPlanDto } from './ledger.dto';
import { ledgerScopeOf } from './ledger-scope';
import { type PatrolPlanDto, toPatrolPlanView } from './ledger.views';
import type { PatrolConsumer } from './patrol-consumers';

export const PATROL_PLAN_STATUS_ZH: Record<PatrolPlanStatus, string> = {
  active: '进行中',
  completed: '已完成',
  overdue: '已逾期',
};

/** Patrol plans (巡查计划): the bureau plans targets per township; patrols posted against a plan count. */
@Injectable()
export class PatrolPlansService
  extends SubjectService<
    PatrolPlan,
    PatrolPlanStatus,
    PatrolPlanEntity,
    LedgerScope,
    PlanListFilter,
    PatrolPlanDto
  >
  implements PatrolConsumer
{
  constructor(
    @Inject(Client) temporal: TemporalCalls,
    @Inject(PatrolPlanRepository) plans: PatrolPlanRepository,
    @Inject(TimelineRepository) timeline: Pick<TimelineRepository, 'forSubject'>,
    @Inject(BoundaryRepository) private readonly register: BoundaryRepository,
    private readonly organisation: OrganisationService,
    @Inject(POLICY) private readonly policy: Pick<Policy, 'patrolPlans'>,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'taskQueue' | 'temporalCallTimeoutMs'>,
  ) {
    super(
      {
        noun: { zh: '巡查计划', en: 'patrol plan' },
        workflowId: patrolPlanWorkflowId,
        statusLabels: PATROL_PLAN_STATUS_ZH,
        allowed: allowedPatrolPlanActions,
        repository: plans,
        scopeOf: ledgerScopeOf,
        toView: toPatrolPlanView,
      },
      temporal,
      config,
      timeline,
    );
  }

  async create(principal: Principal, body: CreatePatrolPlanDto, key?: string): Promise<PatrolPlanDto> {
    const problems: FieldProblem[] = [];
    if (Date.parse(body.dueAt) <= Date.now())
      problems.push({ field: 'dueAt', problems: ['must lie in the future'] });
    const district = principal.district ?? '';
    const targets: PlanTarget[] = [];
    for (const [index, target] of body.targets.entries()) {
      const field = `targets.${index}`;
      const place = await this.organisation.find(target.jurisdiction);
      if (place?.level !== 'township' || place.parentCode !== district) {
        problems.push({ field: `${field}.jurisdiction`, problems: ['must be a township of your district'] });
        continue;
      }
      const lines = await this.register.lines({ township: target.jurisdiction });
      const unknownLines = target.lineCodes.filter((code) => !lines.some((line) => line.code === code));
      if (unknownLines.length > 0) {
        problems.push({
          field: `${field}.lineCodes`,
          problems: [`not lines along the township: ${unknownLines.join(', ')}`],
        });
      }
      const covered = await this.register.markersCovering(target.markerCodes, target.lineCodes);
      const unknownMarkers = target.markerCodes.filter(
        (code) =>
          !covered.some(
            (marker) => marker.code === code && lines.some((line) => line.code === marker.lineCode),
          ),
      );
      if (unknownMarkers.length > 0) {
        problems.push({
          field: `${field}.markerCodes`,
          problems: [`not markers along the township: ${unknownMarkers.join(', ')}`],
        });
      }
      if (covered.length === 0) problems.push({ field, problems: ['plans no marker'] });
      targets.push({ ...target, plannedMarkers: covered.map((marker) => marker.code) });
    }
    if (problems.length > 0) throw AppError.validation(problems);

    const planId = key ? uuidFrom(`${principal.username}\npatrol-plan\n${key}`) : randomUUID();
    const input: PatrolPlanWorkflowInput = {
      planId,
      title: body.title,
      dueAt: new Date(body.dueAt).toISOString(),
      targets,
      district,
      actor: { username: principal.username, role: principal.role },
      policy: this.policy.patrolPlans,
    };
    return this.start(
      principal,
      { workflowType: PATROL_PLAN_WORKFLOW_TYPE, id: planId, input, update: openPatrolPlanUpdate },
      toPatrolPlanView,
      key ? () => this.get(principal, planId) : undefined,
    );
  }

  /** A patrol names a plan: one its poster can see. */
  async checkPlan(principal: Principal, planId: string | undefined): Promise<void> {
    if (planId === undefined) return;
    try {
      await this.visibleColumns(principal, planId);
    } catch {
      throw AppError.validation([{ field: 'planId', problems: ['must name a patrol plan you can see'] }]);
    }
  }

  /**
   * Counts the patrol's markers toward its plan. The update id is the patrol's, so the plan hears of each
   * patrol once however often this runs; a plan already complete has nothing left to count.
   */
  async afterPatrol(principal: Principal, patrol: PatrolRecord): Promise<void> {
    if (!patrol.planId) return;
    const row = await this.visibleColumns(principal, patrol.planId);
    if (isFinalPatrolPlanStatus(row.status as PatrolPlanStatus)) return;
    await this.write(
      principal,
      row,
      recordPlanPatrolUpdate,
      { patrolId: patrol.id, markerCodes: patrol.markers.map((marker) => marker.code) },
      `patrol:${patrol.id}`,
    );
  }
}
