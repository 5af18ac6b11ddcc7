import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type LineStringGeometry, MARKER_STATUSES, type MarkerStatus } from '@boundary/persistence';
import {
  FINDING_KINDS,
  FINDING_STATUSES,
  type FindingKind,
  PATROL_PLAN_STATUSES,
  REPAIR_WORKS,
  type RepairWork,
  SEVERITIES,
  type Severity,
} from '@boundary/workflows';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  FINDING_KIND,
  FINDING_STATUS,
  MARKER_STATUS,
  PATROL_PLAN_STATUS,
  REPAIR_WORK,
  SEVERITY,
} from '../common/api-enums';
import { type LocationDto, IsNameList, OptionalLineCode, OptionalLocation } from '../common/fields.dto';
import { PageQuery } from '../common/page.dto';
import { IsLineString } from '../boundary/geometry';
import { toBoolean } from '../disputes/disputes.dto';

const SHORT = 200;
const LONG = 5000;
const CODE = 32;

export class PlanTargetDto {
  @ApiProperty({ example: 'T01', description: '巡查乡镇 / the township that patrols' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  jurisdiction!: string;

  @ApiProperty({ type: [String], example: ['L-D01-N01-1'], description: '整条巡查的界线 / whole lines' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(CODE, { each: true })
  lineCodes!: string[];

  @ApiProperty({ type: [String], example: ['JZ-21'], description: '单独巡查的界桩 / single markers' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(CODE, { each: true })
  markerCodes!: string[];
}

export class CreatePatrolPlanDto {
  @ApiProperty({ example: '2026年上半年县级界线巡查' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  title!: string;

  @ApiProperty({ example: '2026-06-30T16:00:00Z', description: '完成时限 / due time' })
  @IsISO8601({ strict: true })
  dueAt!: string;

  @ApiProperty({ type: [PlanTargetDto], minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanTargetDto)
  targets!: PlanTargetDto[];
}

export class ListPatrolPlansQuery extends PageQuery {
  @ApiPropertyOptional(PATROL_PLAN_STATUS) @IsOptional() @IsIn(PATROL_PLAN_STATUSES) status?: string;
}

export class PatrolMarkerDto {
  @ApiProperty({ example: 'JZ-05' }) @IsString() @IsNotEmpty() @MaxLength(CODE) code!: string;
  @ApiProperty({ ...MARKER_STATUS, description: '界桩现状 / the condition found' })
  @IsIn(MARKER_STATUSES)
  condition!: MarkerStatus;
  @ApiPropertyOptional({ example: '桩体倾斜约15度' })
  @IsOptional()
  @IsString()
  @MaxLength(LONG)
  note?: string;
  @ApiPropertyOptional({
    ...REPAIR_WORK,
    isArray: true,
    description: '现场维护（清理、描绘、扶正、修复、更换、新设）/ work done on the spot',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REPAIR_WORKS.length)
  @IsIn(REPAIR_WORKS, { each: true })
  repairs?: RepairWork[];
}

export class PatrolFindingDto {
  @ApiProperty(FINDING_KIND) @IsIn(FINDING_KINDS) kind!: FindingKind;
  @ApiProperty({ example: '界线附近新建养殖棚，疑似越界' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG)
  description!: string;
  @ApiPropertyOptional({ example: 'JZ-05' }) @IsOptional() @IsString() @MaxLength(CODE) markerCode?: string;
  @OptionalLocation() location?: LocationDto;
}

/**
 * A problem found outside a patrol (screening, a villager's report, a meeting): the same fields as a patrol's
 * free finding, with the township responsible, and where and when it was found.
 */
export class EnterFindingDto extends PatrolFindingDto {
  @ApiPropertyOptional({
    example: 'T01',
    description:
      "责任乡镇；调解员默认本乡镇，区民政局必填 / the township responsible; a mediator's own by default",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  jurisdiction?: string;

  @OptionalLineCode() lineCode?: string;

  @ApiPropertyOptional({ example: '界线附近新建养殖棚', description: '标题，默认取描述开头 / the title' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  title?: string;

  @ApiPropertyOptional({
    example: '2026-11-20T01:00:00Z',
    description: '发现时间，默认现在 / when it was found',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  foundAt?: string;
}

export class CreatePatrolDto {
  @ApiPropertyOptional({ format: 'uuid', description: '所属巡查计划 / the plan it counts toward' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ description: '所属界线联检 / the joint inspection whose field work this is' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  inspectionId?: string;

  @ApiProperty({ example: 'L-D01-N01-1' }) @IsString() @IsNotEmpty() @MaxLength(CODE) lineCode!: string;

  @ApiProperty({ example: '2026-11-20T01:00:00Z' }) @IsISO8601({ strict: true }) startedAt!: string;
  @ApiProperty({ example: '2026-11-20T05:00:00Z' }) @IsISO8601({ strict: true }) endedAt!: string;

  @ApiProperty({ type: [String], example: ['张三', '李四'], description: '巡查人员 / the team' })
  @IsNameList({ maxItems: 50, maxLength: 64 })
  team!: string[];

  @ApiPropertyOptional({ description: 'GPS 轨迹，GeoJSON LineString / the GPS track' })
  @IsOptional()
  @IsLineString()
  track?: LineStringGeometry;

  @ApiProperty({ type: [PatrolMarkerDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => PatrolMarkerDto)
  markers!: PatrolMarkerDto[];

  @ApiPropertyOptional({ type: [PatrolFindingDto], description: '其他发现的问题 / further findings' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PatrolFindingDto)
  findings?: PatrolFindingDto[];
}

export class ListPatrolsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
}

export class ListFindingsQuery extends PageQuery {
  @ApiPropertyOptional(FINDING_STATUS) @IsOptional() @IsIn(FINDING_STATUSES) status?: string;
  @ApiPropertyOptional(FINDING_KIND) @IsOptional() @IsIn(FINDING_KINDS) kind?: string;
  @ApiPropertyOptional({ example: 'T01', description: '乡镇或区 / a township or the district' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  jurisdiction?: string;
  @ApiPropertyOptional({ example: 'JZ-05' }) @IsOptional() @IsString() @MaxLength(CODE) markerCode?: string;
  @ApiPropertyOptional({ description: '只看超期未整改 / only overdue ones' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}

export class ExportFindingsQuery {
  @ApiProperty({ enum: ['xlsx'], description: '导出格式 / the format' }) @IsIn(['xlsx']) format!: 'xlsx';
  @ApiPropertyOptional(FINDING_STATUS) @IsOptional() @IsIn(FINDING_STATUSES) status?: string;
  @ApiPropertyOptional(FINDING_KIND) @IsOptional() @IsIn(FINDING_KINDS) kind?: string;
  @ApiPropertyOptional({ example: 'T01' }) @IsOptional() @IsString() @MaxLength(16) jurisdiction?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toBoolean) @IsBoolean() overdue?: boolean;
}

export class AssignFindingDto {
  @ApiProperty({ example: 'mediator.a', description: '整改责任人（用户名）/ who puts it right' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  assignee!: string;
  @ApiPropertyOptional({
    example: '2026-12-15T09:00:00Z',
    description: '整改时限；缺省按政策 / overrides the policy',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string;
}

export class EmptyBodyDto {}

export class MarkerRepairDto {
  @ApiProperty({ ...REPAIR_WORK, description: '清理、描绘、扶正、修复、更换、新设' })
  @IsIn(REPAIR_WORKS)
  work!: RepairWork;
  @ApiPropertyOptional({ example: 1200, description: '费用（元）/ cost in yuan' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e9)
  cost?: number;
  @ApiPropertyOptional({ example: 2, description: '用工天数 / days of work' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  days?: number;
}

export class SubmitRectificationDto {
  @ApiProperty({ example: '已扶正并加固基座' }) @IsString() @IsNotEmpty() @MaxLength(LONG) summary!: string;
  @ApiPropertyOptional({ type: MarkerRepairDto, description: '界桩维护记录 / the marker work' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MarkerRepairDto)
  repair?: MarkerRepairDto;
}

export class VerifyFindingDto {
  @ApiProperty({ description: '验收通过即销号 / accepted closes it' }) @IsBoolean() accepted!: boolean;
  @ApiProperty({ example: '现场核验，整改到位' }) @IsString() @MaxLength(LONG) note!: string;
}

export class FindingIncidentDto {
  @ApiProperty(SEVERITY) @IsIn(SEVERITIES) severity!: Severity;
  @ApiProperty({ example: '山体滑坡致JZ-05界桩倾倒' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  title!: string;
}
