import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { DISPUTE_CATEGORY, DISPUTE_STATUS, DISPUTE_TIER, SEVERITY } from '../common/api-enums';

export class StatsQuery {
  @ApiPropertyOptional({
    example: '2026-01-01',
    description: '起始时间（含）/ from, inclusive: ISO-8601 date or date-time',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-31T16:00:00Z',
    description: '截止时间（不含）/ to, exclusive: ISO-8601 date or date-time',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class StatusCountDto {
  @ApiProperty(DISPUTE_STATUS) status!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class TierCountDto {
  @ApiProperty(DISPUTE_TIER) tier!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class CategoryCountDto {
  @ApiProperty(DISPUTE_CATEGORY) category!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class CaseStatsDto {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: [StatusCountDto], description: '每个状态都列出，含 0 / every status, zeros included' })
  byStatus!: StatusCountDto[];
  @ApiProperty({ type: [TierCountDto] }) byTier!: TierCountDto[];
  @ApiProperty({ type: [CategoryCountDto] }) byCategory!: CategoryCountDto[];
}

export class TownshipStatsDto {
  @ApiProperty({ example: 'T01' }) jurisdiction!: string;
  @ApiProperty({ example: '东坪镇' }) name!: string;
  @ApiProperty({ type: 'integer' }) deadlinesMet!: number;
  @ApiProperty({ type: 'integer' }) deadlinesMissed!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: '按期率 met / (met + missed), 0..1, 4 decimals; null when no deadline has been settled',
  })
  deadlineMetShare!: number | null;
  @ApiProperty({ type: 'integer', description: '已签订协议的案件数 / cases with a signed agreement' })
  agreements!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: '立案至签订协议平均天数 / mean days from opened to agreement_signed (timeline), 2 decimals',
  })
  meanDaysToAgreement!: number | null;
  @ApiProperty({
    type: 'integer',
    description: '按期销号的台账问题 / findings closed with the rectify deadline met',
  })
  findingsClosedOnTime!: number;
  @ApiProperty({ type: 'integer', description: '超期后销号 / findings closed after the deadline was missed' })
  findingsClosedLate!: number;
  @ApiProperty({ type: 'integer', description: '超期未销号 / open findings past their deadline' })
  findingsOverdue!: number;
  @ApiProperty({ type: 'integer', description: '未销号 / open findings' }) findingsOpen!: number;
  @ApiProperty({ type: 'integer', description: '巡查计划中本乡镇的界桩数 / markers its plans target' })
  patrolMarkersPlanned!: number;
  @ApiProperty({ type: 'integer', description: '已巡查的计划界桩 / of those, checked' })
  patrolMarkersChecked!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: '巡查覆盖率 checked / planned, 0..1, 4 decimals; null without a plan',
  })
  patrolCoverage!: number | null;
}

export class SeverityStatsDto {
  @ApiProperty(SEVERITY) severity!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ type: 'integer' }) acknowledged!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: '平均响应（确认）分钟数 / mean minutes from trigger to acknowledge, 2 decimals',
  })
  meanMinutesToAcknowledge!: number | null;
}

export class IncidentStatsDto {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({
    type: [SeverityStatsDto],
    description: '每个级别都列出，I 级在前 / every severity, I first',
  })
  bySeverity!: SeverityStatsDto[];
}

export class StatsResponseDto {
  @ApiProperty({ nullable: true, type: String }) from!: string | null;
  @ApiProperty({ nullable: true, type: String }) to!: string | null;
  @ApiProperty({ nullable: true, type: String, description: '统计范围 / the township or district counted' })
  jurisdiction!: string | null;
  @ApiProperty({ type: CaseStatsDto }) cases!: CaseStatsDto;
  @ApiProperty({ type: [TownshipStatsDto] }) townships!: TownshipStatsDto[];
  @ApiProperty({ type: IncidentStatsDto }) incidents!: IncidentStatsDto;
}
