import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  DisputeCase,
  DisputeCategory,
  DisputeDeadlineKind,
  DisputeStatus,
  DisputeTier,
  RiskLevel,
  RoundOutcome,
} from '@boundary/workflows';
import {
  DISPUTE_CATEGORY,
  DISPUTE_DEADLINE_KIND,
  DISPUTE_STATUS,
  DISPUTE_TIER,
  RISK_LEVEL,
  ROUND_OUTCOME,
} from '../common/api-enums';
import { PageOf } from '../common/page.dto';
import { DeadlineDto } from '../common/subject.dto';
import { LocationDto } from '../common/fields.dto';
import { AgreementDto, JointGroupMemberDto, PartyDto } from './disputes.dto';

export class ConfirmationDto {
  @ApiProperty({ example: 'N01', description: '确认的一方 / the side that confirmed' }) side!: string;
  @ApiProperty({ example: 'bureau.n01', description: '确认人 / confirmed by' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CaseAgreementDto extends AgreementDto {
  @ApiPropertyOptional({
    type: [ConfirmationDto],
    description:
      '跨县协议：各方民政局的确认，全部确认后案件为 agreed / cross-county: each side bureau confirms; agreed once all have',
  })
  confirmations?: ConfirmationDto[];
}

export class JointGroupViewDto {
  @ApiProperty({ type: [JointGroupMemberDto] }) members!: JointGroupMemberDto[];
  @ApiProperty({ example: 'bureau' }) setBy!: string;
  @ApiProperty({ format: 'date-time' }) setAt!: string;
}

export class DecisionViewDto {
  @ApiProperty() decision!: string;
  @ApiProperty({ example: '示政函〔2026〕12号' }) documentRef!: string;
  @ApiProperty({ example: 'city' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class AttendanceDto {
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'N01' }) side!: string;
}

export class DisputeDeadlineDto extends DeadlineDto {
  @ApiProperty({
    ...DISPUTE_DEADLINE_KIND,
    description: 'report 上报 / accept 受理 / round 两轮调解间隔 / mediation 调解总期限 / follow_up 履行回访',
  })
  kind!: DisputeDeadlineKind;
}

export class MediationRoundDto {
  @ApiProperty({ type: 'integer', example: 1, description: '第几轮，从 1 起 / round number from 1' })
  number!: number;
  @ApiProperty({ format: 'date-time' }) heldAt!: string;
  @ApiProperty({ type: [String] }) participants!: string[];
  @ApiProperty({ description: '是否实地踏勘 / site survey held' }) siteSurvey!: boolean;
  @ApiProperty({ type: [String], description: '查阅的档案 / archives reviewed' }) archivesReviewed!: string[];
  @ApiProperty() notes!: string;
  @ApiProperty(ROUND_OUTCOME) outcome!: RoundOutcome;
  @ApiProperty({ example: 'mediator.a', description: '记录人 / recorded by' }) recordedBy!: string;
  @ApiPropertyOptional({
    type: [AttendanceDto],
    description: '到场的联合调解组成员及其所属一方 / joint group members present, with their side',
  })
  attendance?: AttendanceDto[];
}

export class DisputeCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty(DISPUTE_CATEGORY) category!: DisputeCategory;
  @ApiProperty(DISPUTE_STATUS) status!: DisputeStatus;
  @ApiProperty(DISPUTE_TIER) tier!: DisputeTier;
  @ApiProperty({ example: 'T01', description: '负责乡镇 / owner township' }) ownerJurisdiction!: string;
  @ApiProperty({ example: 'D01', description: '负责乡镇所属的区 / the district of the owner township' })
  district!: string;
  @ApiProperty({ type: [PartyDto] }) parties!: PartyDto[];
  @ApiProperty(RISK_LEVEL) riskLevel!: RiskLevel;
  @ApiProperty() description!: string;
  @ApiPropertyOptional() boundarySegment?: string;
  @ApiPropertyOptional({ type: [String] }) markerIds?: string[];
  @ApiPropertyOptional({ type: LocationDto }) location?: LocationDto;
  @ApiPropertyOptional({
    example: 'L-D01-N01-1',
    description: '所涉界线（登记编号）/ the boundary line it concerns',
  })
  lineCode?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '来源台账问题 / the ledger finding it came from' })
  findingId?: string;
  @ApiProperty({ type: [MediationRoundDto] }) rounds!: MediationRoundDto[];
  @ApiProperty({ type: [String], description: '调解人员（启动调解时确定）/ named when mediation starts' })
  mediators!: string[];
  @ApiPropertyOptional({ type: CaseAgreementDto, description: '调解协议 / the signed agreement' })
  agreement?: CaseAgreementDto;
  @ApiPropertyOptional({
    type: [String],
    example: ['D01', 'N01'],
    description:
      '当事各方所属县级行政区，两个以上为跨县案件 / county-level units of the parties; 2+: cross-county',
  })
  sides?: string[];
  @ApiPropertyOptional({ type: JointGroupViewDto, description: '联合调解组 / the joint mediation group' })
  jointGroup?: JointGroupViewDto;
  @ApiPropertyOptional({
    example: 'C01',
    description: '移交的共同上级 / the common superior a referred case went to',
  })
  referredTo?: string;
  @ApiPropertyOptional({ description: '移交后等待共同上级决定 / referred, awaiting the superior decision' })
  decisionPending?: boolean;
  @ApiPropertyOptional({ type: DecisionViewDto, description: '共同上级的处理决定 / the superior decision' })
  decision?: DecisionViewDto;
  @ApiPropertyOptional({ description: '结案归档号 / archive reference given at closing' })
  archiveRef?: string;
  @ApiProperty({ type: [DisputeDeadlineDto], description: '期限，按设定先后 / deadlines in the order set' })
  deadlines!: DisputeDeadlineDto[];
  @ApiProperty({ type: [String], description: '关联的突发事件 / linked incidents' }) incidentIds!: string[];
  @ApiProperty({ example: 'mediator.a', description: '立案人 / opened by' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DisputePageDto extends PageOf(DisputeCaseDto) {}

/** The case as API.md shows it: internal bookkeeping (version, hash chain, reminder times) stays inside. */
export function toDisputeView(state: DisputeCase): DisputeCaseDto {
  const { seq: _seq, chainHead: _chainHead, deadlines, ...rest } = state;
  return {
    ...rest,
    deadlines: deadlines.map(({ kind, dueAt, status }) => ({ kind, dueAt, status })),
  };
}

export type DisputeView = ReturnType<typeof toDisputeView>;
