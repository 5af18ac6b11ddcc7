import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  JointInspection,
  JointInspectionDeadlineKind,
  JointInspectionStatus,
} from '@boundary/workflows';
import { JOINT_INSPECTION_DEADLINE_KIND, JOINT_INSPECTION_STATUS } from '../common/api-enums';
import { PageOf } from '../common/page.dto';
import { DeadlineDto } from '../common/subject.dto';
import { InspectionTeamDto } from './joint-inspections.dto';

export class InspectionDeadlineDto extends DeadlineDto {
  @ApiProperty({
    ...JOINT_INSPECTION_DEADLINE_KIND,
    description:
      'planning 筹备 / field_work 实地检查 / reporting 报告与双方签署 / archive 归档 / next_cycle 下一轮联检（五年一次）',
  })
  kind!: JointInspectionDeadlineKind;
}

export class CheckedMarkerDto {
  @ApiProperty({ example: 'JZ-01' }) code!: string;
  @ApiProperty({ example: 'tilted', description: '界桩状况 / marker status found' }) condition!: string;
  @ApiPropertyOptional({ type: [String], example: ['扶正', '描绘'], description: '现场维护 / repairs made' })
  repairs?: string[];
  @ApiPropertyOptional() note?: string;
  @ApiProperty() patrolId!: string;
  @ApiProperty({ format: 'date-time' }) checkedAt!: string;
}

export class SignatureDto {
  @ApiProperty({ example: 'D01' }) side!: string;
  @ApiProperty({ example: 'bureau' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class InspectionProgressDto {
  @ApiProperty({ type: 'integer' }) markersPlanned!: number;
  @ApiProperty({ type: 'integer' }) markersChecked!: number;
  @ApiProperty({ type: 'integer', example: 50 }) percent!: number;
}

export class JointInspectionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'L-D01-N01-1' }) lineCode!: string;
  @ApiProperty(JOINT_INSPECTION_STATUS) status!: JointInspectionStatus;
  @ApiProperty({ type: [String], example: ['D01', 'N01'], description: '界线双方 / the two sides' })
  sides!: string[];
  @ApiProperty({ example: 'D01', description: '发起方 / the side that opened it' }) district!: string;
  @ApiProperty({ example: '2026-12-01' }) plannedFrom!: string;
  @ApiProperty({ example: '2027-01-31' }) plannedTo!: string;
  @ApiPropertyOptional({ type: [InspectionTeamDto] }) teams?: InspectionTeamDto[];
  @ApiProperty({ type: [String], description: '应检界桩 / the markers to check' }) markerCodes!: string[];
  @ApiProperty({ type: [CheckedMarkerDto], description: '已检界桩 / markers checked' })
  markers!: CheckedMarkerDto[];
  @ApiProperty({ type: [String] }) patrolIds!: string[];
  @ApiProperty({ type: [String] }) findingIds!: string[];
  @ApiProperty({ type: [SignatureDto] }) signatures!: SignatureDto[];
  @ApiProperty({ type: InspectionProgressDto }) progress!: InspectionProgressDto;
  @ApiProperty({ type: [InspectionDeadlineDto] }) deadlines!: InspectionDeadlineDto[];
  @ApiPropertyOptional({ format: 'date-time' }) fieldWorkFrom?: string;
  @ApiPropertyOptional({ format: 'date-time' }) fieldWorkTo?: string;
  @ApiPropertyOptional() archiveRef?: string;
  @ApiPropertyOptional({ format: 'date-time' }) archivedAt?: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class JointInspectionPageDto extends PageOf(JointInspectionDto) {}

export function toJointInspectionView(state: JointInspection): JointInspectionDto {
  const { seq: _seq, chainHead: _chainHead, deadlines, ...rest } = state;
  return { ...rest, deadlines: deadlines.map(({ kind, dueAt, status }) => ({ kind, dueAt, status })) };
}

export type JointInspectionView = ReturnType<typeof toJointInspectionView>;
