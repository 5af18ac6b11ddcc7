import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DISPUTE_CATEGORIES,
  DISPUTE_STATUSES,
  DISPUTE_TIERS,
  type DisputeCategory,
  JOINT_GROUP_ROLES,
  type JointGroupRole,
  type DisputeTier,
  RISK_LEVELS,
  ROUND_OUTCOMES,
  type RiskLevel,
  type RoundOutcome,
} from '@boundary/workflows';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  DISPUTE_CATEGORY,
  DISPUTE_STATUS,
  DISPUTE_TIER,
  RISK_LEVEL,
  ROUND_OUTCOME,
} from '../common/api-enums';
import { IsNameList, type LocationDto, OptionalLineCode, OptionalLocation } from '../common/fields.dto';
import { IsNear, NEAR_DOC } from '../common/near';
import { PageQuery } from '../common/page.dto';

const SHORT = 200;
const LONG = 5000;

export class PartyDto {
  @ApiProperty({ example: 'T01', description: '当事方所属行政区划代码' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  jurisdiction!: string;

  @ApiProperty({ example: '东坪镇石门村' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  name!: string;
}

export class CreateDisputeDto {
  @ApiProperty({ example: '石门村与邻县王家村林地界线争议' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  title!: string;

  @ApiProperty(DISPUTE_CATEGORY)
  @IsIn(DISPUTE_CATEGORIES)
  category!: DisputeCategory;

  @ApiProperty({ type: [PartyDto], minItems: 2 })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PartyDto)
  parties!: PartyDto[];

  @ApiProperty({ example: 'T01', description: '负责乡镇 / owner township' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  ownerJurisdiction!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG)
  description!: string;

  @ApiProperty(RISK_LEVEL)
  @IsIn(RISK_LEVELS)
  riskLevel!: RiskLevel;

  @ApiPropertyOptional({ ...DISPUTE_TIER, default: 'village' })
  @IsOptional()
  @IsIn(DISPUTE_TIERS)
  tier?: DisputeTier;

  @ApiPropertyOptional({ example: '东坪—王家段 12 号界桩至 15 号界桩' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT)
  boundarySegment?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  markerIds?: string[];

  @OptionalLocation() location?: LocationDto;

  @OptionalLineCode() lineCode?: string;
}

export class ReportDisputeDto {
  @ApiProperty(DISPUTE_TIER) @IsIn(DISPUTE_TIERS) tier!: DisputeTier;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LONG) summary!: string;
}

export class SummaryDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LONG) summary!: string;
}

export class StartMediationDto {
  @ApiProperty({ type: [String], example: ['mediator.a', '邻县调解员李某'] })
  @IsNameList({ maxItems: 50 })
  mediators!: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(LONG) summary?: string;
}

export class RecordRoundDto {
  @ApiProperty({ example: '2026-11-20T02:00:00Z' }) @IsISO8601({ strict: true }) heldAt!: string;

  @ApiProperty({ type: [String] })
  @IsNameList({ maxItems: 100 })
  participants!: string[];

  @ApiProperty() @IsBoolean() siteSurvey!: boolean;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(SHORT, { each: true })
  archivesReviewed!: string[];

  @ApiProperty() @IsString() @MaxLength(LONG) notes!: string;

  @ApiProperty(ROUND_OUTCOME) @IsIn(ROUND_OUTCOMES) outcome!: RoundOutcome;
}

export class AgreementDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LONG) terms!: string;

  @ApiProperty({ type: [String] })
  @IsNameList({ maxItems: 50 })
  signatories!: string[];

  @ApiProperty({ example: '2026-11-21T08:00:00Z' }) @IsISO8601({ strict: true }) signedAt!: string;
}

export class JointGroupMemberDto {
  @ApiPropertyOptional({
    example: 'mediator.c',
    description: '系统用户名；外聘人员不填 / the user, if the member is one; absent for named outsiders',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username?: string;

  @ApiProperty({ example: '石桥镇调解员李某' }) @IsString() @IsNotEmpty() @MaxLength(SHORT) name!: string;

  @ApiProperty({
    example: 'N01',
    description: '代表的一方（县级行政区代码）/ the county-level side spoken for',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  side!: string;

  @ApiProperty({ enum: JOINT_GROUP_ROLES, description: 'lead 组长 / member 成员' })
  @IsIn(JOINT_GROUP_ROLES)
  role!: JointGroupRole;
}

export class JointGroupDto {
  @ApiProperty({ type: [JointGroupMemberDto], description: '双方成员 / members of both sides' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => JointGroupMemberDto)
  members!: JointGroupMemberDto[];
}

export class DecisionDto {
  @ApiProperty({ example: '以1998年勘界协议确定的线位为准', description: '处理决定 / the decision' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG)
  decision!: string;

  @ApiProperty({ example: '示政函〔2026〕12号', description: '决定文号 / the document reference' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  documentRef!: string;
}

export class CloseDisputeDto {
  @ApiProperty({ enum: [true], description: '协议已履行 / the agreement has been implemented' })
  @Equals(true)
  implemented!: true;

  @ApiProperty({ example: 'DA-2026-017' }) @IsString() @IsNotEmpty() @MaxLength(SHORT) archiveRef!: string;
}

export class EscalateDisputeDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LONG) reason!: string;
  @ApiPropertyOptional({ description: '同时启动应急预案 / also trigger an incident' })
  @IsOptional()
  @IsBoolean()
  emergency?: boolean;
}

export class ReasonDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LONG) reason!: string;
}

/** `true`/`false` in a query string as booleans; anything else stays as it is and fails validation. */
export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListDisputesQuery extends PageQuery {
  @ApiPropertyOptional(DISPUTE_STATUS) @IsOptional() @IsIn(DISPUTE_STATUSES) status?: string;
  @ApiPropertyOptional(DISPUTE_TIER) @IsOptional() @IsIn(DISPUTE_TIERS) tier?: string;
  @ApiPropertyOptional({ example: 'T01' }) @IsOptional() @IsString() @MaxLength(16) jurisdiction?: string;

  @ApiPropertyOptional({ description: '只看超期案件 / only overdue cases' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: '标题或描述中的文字 / text in title or description' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: '27.919,112.584,2000', description: NEAR_DOC })
  @IsOptional()
  @IsNear()
  near?: string;
}
