import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INCIDENT_STATUSES, SEVERITIES, type Severity } from '@boundary/workflows';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { INCIDENT_STATUS, SEVERITY } from '../common/api-enums';
import { type LocationDto, OptionalLineCode, OptionalLocation } from '../common/fields.dto';
import { IsNear, NEAR_DOC } from '../common/near';
import { PageQuery } from '../common/page.dto';

const SHORT = 200;
const LONG = 5000;

export class CreateIncidentDto {
  @ApiProperty({ example: '石门村与王家村村民在12号界桩处聚集对峙' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  title!: string;

  @ApiProperty({ example: 'mass_gathering', description: '事件类型 / kind of incident (free text)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  type!: string;

  @ApiProperty({ ...SEVERITY, description: '响应级别，I 级最高 / I is the most severe' })
  @IsIn(SEVERITIES)
  severity!: Severity;

  @ApiProperty({ example: 'T01', description: '事发乡镇，或区（全区性事件） / a township, or the district' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  jurisdiction!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG)
  description!: string;

  @ApiPropertyOptional({ description: '关联的纠纷案件 / the dispute case it broke out of' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  disputeId?: string;

  @OptionalLocation() location?: LocationDto;

  @OptionalLineCode() lineCode?: string;
}

export class IncidentNoteDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(LONG) note?: string;
}

export class SitrepDto {
  @ApiProperty({ example: '现场已隔离双方人员，派出所民警到场' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG)
  text!: string;
}

export class ChangeSeverityDto {
  @ApiProperty(SEVERITY) @IsIn(SEVERITIES) severity!: Severity;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LONG) reason!: string;
}

export class ListIncidentsQuery extends PageQuery {
  @ApiPropertyOptional(INCIDENT_STATUS) @IsOptional() @IsIn(INCIDENT_STATUSES) status?: string;
  @ApiPropertyOptional(SEVERITY) @IsOptional() @IsIn(SEVERITIES) severity?: string;
  @ApiPropertyOptional({ example: 'T01' }) @IsOptional() @IsString() @MaxLength(16) jurisdiction?: string;

  @ApiPropertyOptional({ example: '27.919,112.584,2000', description: NEAR_DOC })
  @IsOptional()
  @IsNear()
  near?: string;
}
