import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AppConfig } from '@boundary/config';
import {
  BoundaryRepository,
  type JointInspectionEntity,
  type JointInspectionListFilter,
  JointInspectionRepository,
  type JointInspectionScope,
  type SubjectColumns,
  TimelineRepository,
} from '@boundary/persistence';
import {
  type InspectionPatrol,
  JOINT_INSPECTION_WORKFLOW_TYPE,
  type JointInspection,
  type JointInspectionStatus,
  type JointInspectionWorkflowInput,
  type Policy,
  advanceJointInspectionUpdate,
  allowedJointInspectionActions,
  archiveJointInspectionUpdate,
  jointInspectionWorkflowId,
  openJointInspectionUpdate,
  recordInspectionPatrolUpdate,
  signJointInspectionUpdate,
} from '@boundary/workflows';
import { Client } from '@temporalio/client';
import { type Principal, toActor } from '../auth/principal';
import { AppError } from '../common/app-error';
import { type TemporalCalls, uuidFrom } from '../common/temporal-calls';
import { APP_CONFIG, POLICY } from '../infrastructure/tokens';
import { OrganisationService } from '../organisation/organisation.service';
import { SubjectService } from '../subjects/subject.service';
import { INSPECTION_FINDINGS, type InspectionFindings, renderInspectionReport } from './inspection-report';
import type { ArchiveInspectionDto, CreateJointInspectionDto } from './joint-inspections.dto';
import { type JointInspectionView, toJointInspectionView } from './joint-inspection.view';

export const INSPECTION_STATUS_ZH: Record<JointInspectionStatus, string> = {
  planning: '筹备中',
  field_work: '实地检查中',
  reporting: '报告编写与签署中',
  signed: '双方已签署',
  archived: '已归档',
};

/** A line's markers are few (tens); this bounds the one read that lists them for an inspection. */
const MAX_MARKERS = 10_000;

/** The joint inspections (联检) of lines between two counties: who opens, advances, signs and reads them. */
@Injectable()
export class JointInspectionsService extends SubjectService<
  JointInspection,
  JointInspectionStatus,
  JointInspectionEntity,
  JointInspectionScope,
  JointInspectionListFilter,
  JointInspectionView
> {
  constructor(
    @Inject(Client) temporal: TemporalCalls,
    @Inject(JointInspectionRepository) inspections: Pick<JointInspectionRepository, 'findById' | 'list'>,
    @Inject(TimelineRepository) timeline: Pick<TimelineRepository, 'forSubject'>,
    private readonly organisation: OrganisationService,
    @Inject(BoundaryRepository) private readonly register: Pick<BoundaryRepository, 'line' | 'markers'>,
    @Inject(INSPECTION_FINDINGS) private readonly findings: InspectionFindings,
    @Inject(POLICY) private readonly policy: Pick<Policy, 'jointInspections'>,
    @Inject(APP_CONFIG)
    private readonly appConfig: Pick<AppConfig, 'taskQueue' | 'temporalCallTimeoutMs' | 'reportFont'>,
  ) {
    super(
      {
        noun: { zh: '联检', en: 'joint inspection' },
        workflowId: jointInspectionWorkflowId,
        statusLabels: INSPECTION_STATUS_ZH,
        allowed: allowedJointInspectionActions,
        repository: inspections,
        scopeOf: (principal) =>
          principal.role === 'admin'
            ? {}
            : { side: principal.district ?? principal.jurisdiction ?? '\u0000' },
        toView: toJointInspectionView,
      },
      temporal,
      appConfig,
      timeline,
    );
  }

  async open(
    principal: Principal,
    body: CreateJointInspectionDto,
    idempotencyKey?: string,
  ): Promise<{ created: boolean; inspection: JointInspectionView }> {
    const line = await this.register.line(body.lineCode, {});
    const sides = line ? await this.organisation.sidesOf(line.sides) : [];
    if (!line || sides.length !== 2) {
      throw AppError.validation([
        { field: 'lineCode', problems: ['must be a registered line between two county-level units'] },
      ]);
    }
    const side = this.ownSide(principal);
    if (!sides.includes(side)) throw this.notASide();
    const problems = [];
    if (Date.parse(body.plannedTo) < Date.parse(body.plannedFrom)) {
      problems.push({ field: 'plannedTo', problems: ['must not be before plannedFrom'] });
    }
    for (const [index, team] of (body.teams ?? []).entries()) {
      if (!sides.includes(team.side)) {
        problems.push({ field: `teams.${index}.side`, problems: ['must be a side of the line'] });
      }
    }
    if (problems.length > 0) throw AppError.validation(problems);
    const { items: markers } = await this.register.markers(
      { line: line.code, page: 1, pageSize: MAX_MARKERS },
      {},
    );
    const inspectionId = idempotencyKey
      ? uuidFrom(`${principal.username}\njoint-inspection\n${idempotencyKey}`)
      : randomUUID();
    const input: JointInspectionWorkflowInput = {
      inspectionId,
      intake: body,
      sides: sides as [string, string],
      district: side,
      markerCodes: markers.map((marker) => marker.code),
      actor: toActor(principal),
      policy: this.policy.jointInspections,
    };
    return this.start(
      principal,
      {
        workflowType: JOINT_INSPECTION_WORKFLOW_TYPE,
        id: inspectionId,
        input,
        update: openJointInspectionUpdate,
      },
      (result) => ({ created: result.created, inspection: toJointInspectionView(result.inspection) }),
      idempotencyKey
        ? async () => ({ created: false, inspection: await this.get(principal, inspectionId) })
        : undefined,
    );
  }

  /** planning -> field_work -> reporting, by the bureau of either side. */
  async advanceStage(
    principal: Principal,
    id: string,
    idempotencyKey?: string,
  ): Promise<JointInspectionView> {
    const { row } = await this.sideOf(principal, id);
    return this.write(principal, row, advanceJointInspectionUpdate, {}, idempotencyKey);
  }

  /** The caller's bureau signs the report for its side; signing again changes nothing. */
  async sign(principal: Principal, id: string, idempotencyKey?: string): Promise<JointInspectionView> {
    const { row, side } = await this.sideOf(principal, id);
    return this.write(principal, row, signJointInspectionUpdate, { side }, idempotencyKey);
  }

  async archive(
    principal: Principal,
    id: string,
    body: ArchiveInspectionDto,
    idempotencyKey?: string,
  ): Promise<JointInspectionView> {
    const { row } = await this.sideOf(principal, id);
    return this.write(principal, row, archiveJointInspectionUpdate, body, idempotencyKey);
  }

  /**
   * A patrol posted with `inspectionId` counts toward the inspection: the patrol service calls this when it
   * records the patrol, as the poster. Keyed by the patrol id, so calling again after a failure is harmless.
   */
  countPatrol(
    principal: Principal,
    inspectionId: string,
    patrol: InspectionPatrol,
  ): Promise<JointInspectionView> {
    return this.advance(principal, inspectionId, recordInspectionPatrolUpdate, patrol);
  }

  /**
   * A patrol may count toward the inspection only if the poster sees it, it is of the same line and the
   * inspection is in its field work; checked before the patrol is saved, so a refused one leaves nothing.
   */
  async takesPatrol(principal: Principal, inspectionId: string, lineCode: string): Promise<void> {
    const { state } = await this.visible(principal, inspectionId);
    if (state.lineCode !== lineCode) {
      throw AppError.validation([
        { field: 'inspectionId', problems: ['must name a joint inspection of the patrolled line'] },
      ]);
    }
    if (state.status !== 'field_work') throw this.refusal(state.status);
  }

  /** The 联检报告 as a PDF, from the read model (never a Temporal query). */
  async report(principal: Principal, id: string): Promise<{ fileName: string; pdf: Buffer }> {
    const inspection = (await this.visible(principal, id)).state;
    const font = this.appConfig.reportFont;
    // A report without its CJK font would be unreadable: refuse it as a missing piece of the installation.
    if (!existsSync(font.path)) {
      throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'UNAVAILABLE', {
        zh: `报告字体缺失（${font.path}），请安装 fonts-wqy-microhei 或设置 REPORT_FONT`,
        en: `The report font is missing (${font.path}): install fonts-wqy-microhei or set REPORT_FONT`,
      });
    }
    const line = await this.register.line(inspection.lineCode, {});
    const names = new Map<string, string>();
    for (const side of inspection.sides) names.set(side, (await this.organisation.find(side))?.name ?? side);
    const pdf = await renderInspectionReport(
      inspection,
      await this.findings.forInspection(inspection),
      { line: line?.name ?? inspection.lineCode, jurisdiction: (code) => names.get(code) ?? code },
      font,
    );
    return { fileName: `joint-inspection-${inspection.lineCode}-${inspection.id.slice(0, 8)}.pdf`, pdf };
  }

  private ownSide(principal: Principal): string {
    return principal.district ?? principal.jurisdiction ?? '\u0000';
  }

  private notASide(): AppError {
    return AppError.forbidden({
      zh: '只有界线双方的民政局可以办理联检',
      en: 'Only the bureau of a side of the line may do this',
    });
  }

  /** A visible inspection and the caller's side of it: only the bureau of a side acts on it. */
  private async sideOf(
    principal: Principal,
    id: string,
  ): Promise<{ row: SubjectColumns<JointInspectionEntity>; side: string }> {
    const row = await this.visibleColumns(principal, id);
    const side = this.ownSide(principal);
    if (principal.role !== 'bureau' || !row.sides.includes(side)) throw this.notASide();
    return { row, side };
  }
}
