import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LINE_LEVELS,
  type LineLevel,
  type LineStringGeometry,
  MARKER_STATUSES,
  MARKER_TYPES,
  type MarkerSource,
  type MarkerStatus,
  type MarkerType,
} from '@boundary/persistence';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LINE_LEVEL, MARKER_STATUS, MARKER_TYPE } from '../common/api-enums';
import { PageQuery } from '../common/page.dto';
import { IsNear, NEAR_DOC } from '../common/near';
import { LocationDto } from '../common/fields.dto';
import { IsLineString } from './geometry';

/** Register codes such as `JZ-12` or `L-D01-N01-1`: they appear in URLs, file names and ledgers. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const CODE_RULE = 'must be 1-32 letters, digits, ".", "_" or "-", starting with a letter or digit';
const JURISDICTION = { example: 'D01', description: '行政区划代码 / jurisdiction code' };

/** Only field work and the register itself report a status by hand; imports record their own. */
export const REPORTED_SOURCES = [
  'register',
  'patrol',
  'repair',
  'inspection',
] as const satisfies MarkerSource[];

export class CreateLineDto {
  @ApiProperty({ example: 'L-D01-N01-1' })
  @IsString()
  @Matches(CODE, { message: `code ${CODE_RULE}` })
  code!: string;

  @ApiProperty({ example: '示范区—邻县界线 东坪段' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty(LINE_LEVEL)
  @IsIn(LINE_LEVELS)
  level!: LineLevel;

  @ApiProperty({ type: [String], example: ['D01', 'N01'], description: '界线两侧 / the two sides' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @MaxLength(16, { each: true })
  sides!: [string, string];

  @ApiPropertyOptional({
    type: [String],
    example: ['T01'],
    description:
      '沿线乡镇（其调解员可见）；乡镇界线默认为两侧乡镇 / townships along the line, whose mediators read it',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(16, { each: true })
  townships?: string[];

  @ApiProperty({
    description: 'GeoJSON LineString, [longitude, latitude] (WGS-84 / CGCS2000)',
    example: {
      type: 'LineString',
      coordinates: [
        [112.5, 27.942],
        [112.5085, 27.9388],
      ],
    },
  })
  @IsLineString()
  geometry!: LineStringGeometry;

  @ApiPropertyOptional({ example: '界线协议书 2003-01', description: '界线协议书 / agreement reference' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  agreementRef?: string;
}

export class CreateMarkerDto {
  @ApiProperty({ example: 'JZ-12' })
  @IsString()
  @Matches(CODE, { message: `code ${CODE_RULE}` })
  code!: string;

  @ApiProperty({ example: 'L-D01-N01-2' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  lineCode!: string;

  @ApiProperty({ ...MARKER_TYPE, description: '单立、同号双立、同号三立' })
  @IsIn(MARKER_TYPES)
  type!: MarkerType;

  @ApiProperty({ type: LocationDto })
  @ValidateNested()
  @Type(() => LocationDto)
  location!: LocationDto;

  @ApiProperty({ ...JURISDICTION, description: '负责维护的一方 / the side that maintains it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  responsibleSide!: string;

  @ApiPropertyOptional({ ...MARKER_STATUS, default: 'intact' })
  @IsOptional()
  @IsIn(MARKER_STATUSES)
  status?: MarkerStatus;
}

export class ReportMarkerStatusDto {
  @ApiProperty(MARKER_STATUS)
  @IsIn(MARKER_STATUSES)
  status!: MarkerStatus;

  @ApiProperty({
    enum: REPORTED_SOURCES,
    description: '巡查、维修、联检或登记 / where the status comes from',
  })
  @IsIn(REPORTED_SOURCES)
  source!: (typeof REPORTED_SOURCES)[number];

  @ApiPropertyOptional({
    example: 'XC-2024-031',
    description: '巡查或维修记录编号 / patrol or repair reference',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  ref?: string;

  @ApiPropertyOptional({ example: '山体滑坡致界桩倾斜，已扶正加固' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ListLinesQuery {
  @ApiPropertyOptional({ ...JURISDICTION, description: '一侧或沿线的辖区 / a side or a township along it' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  jurisdiction?: string;
}

export class ListMarkersQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'L-D01-N01-2' }) @IsOptional() @IsString() @MaxLength(32) line?: string;
  @ApiPropertyOptional(MARKER_STATUS) @IsOptional() @IsIn(MARKER_STATUSES) status?: MarkerStatus;
  @ApiPropertyOptional({ example: '27.919,112.584,500', description: NEAR_DOC })
  @IsOptional()
  @IsNear()
  near?: string;
}

/** The body of an import: the shape `GET /boundary/export` answers. Each feature is checked on its own. */
export class FeatureCollectionDto {
  @ApiProperty({ enum: ['FeatureCollection'] })
  @IsIn(['FeatureCollection'])
  type!: 'FeatureCollection';

  @ApiProperty({
    description:
      'LineString features (properties: code, name, level, sides, townships?, agreementRef?) and Point features (properties: code, lineCode, type, responsibleSide, status?)',
    type: 'array',
    items: { type: 'object' },
  })
  @IsArray()
  @ArrayMaxSize(200_000)
  @IsObject({ each: true })
  features!: Record<string, unknown>[];
}
