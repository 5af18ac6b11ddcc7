import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MarkerStatus, PatrolRecord } from '@boundary/persistence';
import type {
  Finding,
  FindingDeadlineKind,
  FindingKind,
  FindingStatus,
  PatrolPlan,
  PatrolPlanStatus,
  RepairWork,
} from '@boundary/workflows';
import {
  DISPUTE_STATUS,
  FINDING_DEADLINE_KIND,
  FINDING_KIND,
  FINDING_STATUS,
  INCIDENT_STATUS,
  MARKER_STATUS,
  PATROL_PLAN_STATUS,
  REPAIR_WORK,
} from '../common/api-enums';
import { PageOf } from '../common/page.dto';
import { DeadlineDto } from '../common/subject.dto';
import { LocationDto } from '../common/fields.dto';

export class FindingDeadlineDto extends DeadlineDto {
  @ApiProperty({ ...FINDING_DEADLINE_KIND, description: 'rectify 整改时限' }) kind!: FindingDeadlineKind;
}

export class MarkerRepairViewDto {
  @ApiProperty(REPAIR_WORK) work!: RepairWork;
  @ApiPropertyOptional() cost?: number;
  @ApiPropertyOptional({ type: 'integer' }) days?: number;
}

export class RectificationDto {
  @ApiProperty() summary!: string;
  @ApiPropertyOptional({ type: MarkerRepairViewDto }) repair?: MarkerRepairViewDto;
  @ApiProperty() submittedBy!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class VerificationDto {
  @ApiProperty() accepted!: boolean;
  @ApiProperty() note!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** What became of a linked case or incident, read from its own read model. */
export class LinkedOutcomeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'agreed', description: '其当前状态 / its current status' }) status!: string;
}

export class FindingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'JZ-05 界桩损坏' }) title!: string;
  @ApiProperty(FINDING_KIND) kind!: FindingKind;
  @ApiProperty(FINDING_STATUS) status!: FindingStatus;
  @ApiProperty({ example: 'T01', description: '责任乡镇 / responsible township' }) jurisdiction!: string;
  @ApiProperty({ example: 'D01' }) district!: string;
  @ApiProperty() description!: string;
  @ApiPropertyOptional({ example: 'L-D01-N01-1' }) lineCode?: string;
  @ApiPropertyOptional({ example: 'JZ-05' }) markerCode?: string;
  @ApiPropertyOptional({ ...MARKER_STATUS, description: '发现时界桩状况 / the marker as found' })
  markerCondition?: string;
  @ApiPropertyOptional({ format: 'uuid' }) patrolId?: string;
  @ApiPropertyOptional({ type: LocationDto }) location?: LocationDto;
  @ApiProperty({ format: 'date-time', description: '发现时间 / when it was found' }) foundAt!: string;
  @ApiPropertyOptional({ example: 'mediator.a' }) assignee?: string;
  @ApiPropertyOptional() assignedBy?: string;
  @ApiProperty({ type: [FindingDeadlineDto] }) deadlines!: FindingDeadlineDto[];
  @ApiPropertyOptional({ type: RectificationDto }) rectification?: RectificationDto;
  @ApiProperty({ type: [VerificationDto] }) verifications!: VerificationDto[];
  @ApiPropertyOptional({ format: 'date-time', description: '销号时间 / when it was closed' })
  closedAt?: string;
  @ApiPropertyOptional({ format: 'uuid' }) disputeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) incidentId?: string;
  @ApiPropertyOptional({
    type: LinkedOutcomeDto,
    description: `关联案件的状态 / the linked case (${DISPUTE_STATUS.enumName})`,
  })
  dispute?: LinkedOutcomeDto;
  @ApiPropertyOptional({
    type: LinkedOutcomeDto,
    description: `关联事件的状态 / the linked incident (${INCIDENT_STATUS.enumName})`,
  })
  incident?: LinkedOutcomeDto;
  @ApiProperty({ type: [String], description: '当前允许的操作（状态表）/ what the status table allows now' })
  allowed!: string[];
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class FindingPageDto extends PageOf(FindingDto) {}

export class PlanProgressDto {
  @ApiProperty({ type: 'integer' }) markersPlanned!: number;
  @ApiProperty({ type: 'integer' }) markersChecked!: number;
  @ApiProperty({ type: 'integer', description: '0-100' }) percent!: number;
}

export class TargetProgressDto extends PlanProgressDto {
  @ApiProperty({ example: 'T01' }) jurisdiction!: string;
}

export class PlanTargetViewDto {
  @ApiProperty({ example: 'T01' }) jurisdiction!: string;
  @ApiProperty({ type: [String] }) lineCodes!: string[];
  @ApiProperty({ type: [String] }) markerCodes!: string[];
  @ApiProperty({ type: [String], description: '计划巡查的全部界桩 / every marker planned' })
  plannedMarkers!: string[];
}

export class PlanDeadlineDto extends DeadlineDto {
  @ApiProperty({ enum: ['plan_due'] }) kind!: string;
}

export class PatrolPlanDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty(PATROL_PLAN_STATUS) status!: PatrolPlanStatus;
  @ApiProperty({ example: 'D01' }) district!: string;
  @ApiProperty({ type: [PlanTargetViewDto] }) targets!: PlanTargetViewDto[];
  @ApiProperty({ type: PlanProgressDto }) progress!: PlanProgressDto;
  @ApiProperty({ type: [TargetProgressDto] }) targetProgress!: TargetProgressDto[];
  @ApiProperty({ type: [String] }) checkedMarkers!: string[];
  @ApiProperty({ type: [String] }) patrolIds!: string[];
  @ApiProperty({ type: [PlanDeadlineDto] }) deadlines!: PlanDeadlineDto[];
  @ApiPropertyOptional({ format: 'date-time' }) completedAt?: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PatrolPlanPageDto extends PageOf(PatrolPlanDto) {}

export class PatrolMarkerViewDto {
  @ApiProperty() code!: string;
  @ApiProperty(MARKER_STATUS) condition!: MarkerStatus;
  @ApiPropertyOptional() note?: string;
  @ApiPropertyOptional({ ...REPAIR_WORK, isArray: true }) repairs?: string[];
}

export class PatrolFindingViewDto {
  @ApiProperty(FINDING_KIND) kind!: string;
  @ApiProperty() description!: string;
  @ApiPropertyOptional() markerCode?: string;
  @ApiPropertyOptional({ type: LocationDto }) location?: LocationDto;
}

export class LineStringViewDto {
  @ApiProperty({ enum: ['LineString'] }) type!: 'LineString';
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'number' } } })
  coordinates!: number[][];
}

export class PatrolDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ format: 'uuid' }) planId?: string;
  @ApiPropertyOptional() inspectionId?: string;
  @ApiProperty() lineCode!: string;
  @ApiProperty({ example: 'T01' }) jurisdiction!: string;
  @ApiProperty({ example: 'D01' }) district!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) endedAt!: string;
  @ApiProperty({ type: [String] }) team!: string[];
  @ApiPropertyOptional({ type: LineStringViewDto }) track?: LineStringViewDto;
  @ApiProperty({ type: [PatrolMarkerViewDto] }) markers!: PatrolMarkerViewDto[];
  @ApiProperty({ type: [PatrolFindingViewDto] }) findings!: PatrolFindingViewDto[];
  @ApiProperty({
    type: [String],
    description: '本次巡查记入台账的问题（含仍未销号的同一界桩问题）/ the ledger entries this patrol is on',
  })
  findingIds!: string[];
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PatrolPageDto extends PageOf(PatrolDto) {}

export const toPatrolView = (patrol: PatrolRecord): PatrolDto => patrol;

/** Internal bookkeeping (version, hash chain, reminder times) stays inside. */
export function toFindingView(state: Finding, allowed: readonly string[]): FindingDto {
  const { seq: _seq, chainHead: _chainHead, deadlines, ...rest } = state;
  return {
    ...rest,
    deadlines: deadlines.map(({ kind, dueAt, status }) => ({ kind, dueAt, status })),
    allowed: [...allowed],
  };
}

export function toPatrolPlanView(state: PatrolPlan): PatrolPlanDto {
  const { seq: _seq, chainHead: _chainHead, deadlines, ...rest } = state;
  return { ...rest, deadlines: deadlines.map(({ kind, dueAt, status }) => ({ kind, dueAt, status })) };
}
