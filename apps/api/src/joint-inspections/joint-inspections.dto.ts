import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JOINT_INSPECTION_STATUSES } from '@boundary/workflows';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { JOINT_INSPECTION_STATUS } from '../common/api-enums';
import { IsNameList } from '../common/fields.dto';
import { PageQuery } from '../common/page.dto';

const SHORT = 200;

export class InspectionTeamDto {
  @ApiProperty({ example: 'N01', description: '一方（县级行政区代码）/ the side' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  side!: string;

  @ApiProperty({ type: [String], example: ['李科长', '石桥镇界线员王某'] })
  @IsNameList({ maxItems: 50 })
  members!: string[];
}

export class CreateJointInspectionDto {
  @ApiProperty({ example: 'L-D01-N01-1', description: '界线编号 / the line' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  lineCode!: string;

  @ApiProperty({ example: '2026年示范区—邻县界线联检' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  title!: string;

  @ApiProperty({ example: '2026-12-01' }) @IsISO8601({ strict: true }) plannedFrom!: string;
  @ApiProperty({ example: '2027-01-31' }) @IsISO8601({ strict: true }) plannedTo!: string;

  @ApiPropertyOptional({ type: [InspectionTeamDto], description: '双方联检组 / the teams of both sides' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => InspectionTeamDto)
  teams?: InspectionTeamDto[];
}

export class ArchiveInspectionDto {
  @ApiProperty({ example: 'LJ-2026-003' }) @IsString() @IsNotEmpty() @MaxLength(SHORT) archiveRef!: string;
}

export class ListJointInspectionsQuery extends PageQuery {
  @ApiPropertyOptional(JOINT_INSPECTION_STATUS)
  @IsOptional()
  @IsIn(JOINT_INSPECTION_STATUSES)
  status?: string;

  @ApiPropertyOptional({ example: 'L-D01-N01-1' }) @IsOptional() @IsString() @MaxLength(32) lineCode?: string;
}
