import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  EscalationRole,
  Incident,
  IncidentDeadlineKind,
  IncidentStatus,
  Severity,
} from '@boundary/workflows';
import { ESCALATION_ROLE, INCIDENT_DEADLINE_KIND, INCIDENT_STATUS, SEVERITY } from '../common/api-enums';
import { PageOf } from '../common/page.dto';
import { DeadlineDto } from '../common/subject.dto';
import { LocationDto } from '../common/fields.dto';

export class IncidentDeadlineDto extends DeadlineDto {
  @ApiProperty({ ...INCIDENT_DEADLINE_KIND, description: 'acknowledge 确认响应 / arrive 到达现场' })
  kind!: IncidentDeadlineKind;
}

export class NotifiedStepDto {
  @ApiProperty({
    type: 'integer',
    example: 0,
    description: '预案升级链中的第几步，从 0 起 / step of the chain, from 0',
  })
  step!: number;
  @ApiProperty({ type: 'integer', example: 0, description: '升级链第几遍（repeat）/ run of the chain' })
  round!: number;
  @ApiProperty(ESCALATION_ROLE) role!: EscalationRole;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class PendingEscalationDto {
  @ApiProperty({ type: 'integer' }) step!: number;
  @ApiProperty({ type: 'integer' }) round!: number;
  @ApiProperty(ESCALATION_ROLE) role!: EscalationRole;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
}

export class IncidentResolutionDto {
  @ApiProperty() summary!: string;
  @ApiProperty() resolvedBy!: string;
  @ApiProperty({ format: 'date-time' }) resolvedAt!: string;
}

export class IncidentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'mass_gathering', description: '事件类型 / kind of incident' }) type!: string;
  @ApiProperty({ ...SEVERITY, description: '响应级别，I 级最高 / I is the most severe' }) severity!: Severity;
  @ApiProperty(INCIDENT_STATUS) status!: IncidentStatus;
  @ApiProperty({ example: 'T01', description: '事发乡镇，或区（全区性事件）/ a township, or the district' })
  jurisdiction!: string;
  @ApiProperty({ example: 'D01' }) district!: string;
  @ApiProperty() description!: string;
  @ApiPropertyOptional({ description: '关联的纠纷案件 / the case it broke out of' }) disputeId?: string;
  @ApiPropertyOptional({ type: LocationDto }) location?: LocationDto;
  @ApiPropertyOptional({
    example: 'L-D01-N01-1',
    description: '所涉界线（登记编号）/ the boundary line it concerns',
  })
  lineCode?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '来源台账问题 / the ledger finding it came from' })
  findingId?: string;
  @ApiProperty({ type: 'integer', description: '最近通知到的升级步骤 / the last step of the chain notified' })
  escalationStep!: number;
  @ApiProperty({ type: 'integer', description: '升级链第几遍 / run of the chain' })
  escalationRound!: number;
  @ApiProperty({ type: [NotifiedStepDto] }) notified!: NotifiedStepDto[];
  @ApiPropertyOptional({
    type: PendingEscalationDto,
    description: '下一步升级（确认或处置后没有）/ the next step; absent once acknowledged or resolved',
  })
  nextEscalation?: PendingEscalationDto;
  @ApiProperty({ type: [IncidentDeadlineDto] }) deadlines!: IncidentDeadlineDto[];
  @ApiPropertyOptional() acknowledgedBy?: string;
  @ApiPropertyOptional({ format: 'date-time' }) acknowledgedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) onSceneAt?: string;
  @ApiPropertyOptional({ type: IncidentResolutionDto }) resolution?: IncidentResolutionDto;
  @ApiProperty({ example: 'bureau', description: '启动人 / triggered by' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class IncidentPageDto extends PageOf(IncidentDto) {}

/** The incident as API.md shows it: its version, hash chain and deadline bookkeeping stay inside. */
export function toIncidentView(state: Incident): IncidentDto {
  const { seq: _seq, chainHead: _chainHead, deadlines, ...rest } = state;
  return { ...rest, deadlines: deadlines.map(({ kind, dueAt, status }) => ({ kind, dueAt, status })) };
}

export type IncidentView = ReturnType<typeof toIncidentView>;
