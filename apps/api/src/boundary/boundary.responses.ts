import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { LineLevel, MarkerSource, MarkerStatus, MarkerType } from '@boundary/persistence';
import { LINE_LEVEL, MARKER_SOURCE, MARKER_STATUS, MARKER_TYPE } from '../common/api-enums';
import { PageOf } from '../common/page.dto';
import { LocationDto } from '../common/fields.dto';

/** OpenAPI shapes of the register's answers (the services build plain objects of these shapes). */

const POSITION = {
  type: 'array',
  items: { type: 'number' },
  minItems: 2,
  maxItems: 3,
  description: '[经度, 纬度] / [longitude, latitude]',
} as const;

export class LineStringDto {
  @ApiProperty({ enum: ['LineString'] }) type!: 'LineString';
  @ApiProperty({
    type: 'array',
    items: POSITION,
    minItems: 2,
    example: [
      [112.5, 27.942],
      [112.5085, 27.9388],
    ],
  })
  coordinates!: number[][];
}

export class PointDto {
  @ApiProperty({ enum: ['Point'] }) type!: 'Point';
  @ApiProperty({ ...POSITION, example: [112.5085, 27.9388] }) coordinates!: number[];
}

export class LineDto {
  @ApiProperty({ example: 'L-D01-N01-1' }) code!: string;
  @ApiProperty({ example: '示范区—邻县界线 东坪段' }) name!: string;
  @ApiProperty(LINE_LEVEL) level!: LineLevel;
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2, example: ['D01', 'N01'] }) sides!: string[];
  @ApiProperty({ type: [String], description: '沿线乡镇 / townships along the line' }) townships!: string[];
  @ApiProperty({ type: LineStringDto, description: 'GeoJSON LineString' }) geometry!: LineStringDto;
  @ApiProperty({ description: '椭球面长度（米）/ length on the ellipsoid, metres', example: 1234.5 })
  lengthMeters!: number;
  @ApiProperty({ type: 'integer', description: '界桩数 / markers on the line' }) markerCount!: number;
  @ApiPropertyOptional({ description: '界线协议书 / agreement reference' }) agreementRef?: string;
}

export class MarkerDto {
  @ApiProperty({ example: 'JZ-12' }) code!: string;
  @ApiProperty({ example: 'L-D01-N01-2' }) lineCode!: string;
  @ApiProperty(MARKER_TYPE) type!: MarkerType;
  @ApiProperty({ type: LocationDto }) location!: LocationDto;
  @ApiProperty({ example: 'D01', description: '负责维护的一方 / the side that maintains it' })
  responsibleSide!: string;
  @ApiProperty(MARKER_STATUS) status!: MarkerStatus;
  @ApiPropertyOptional({ description: '与 near 点的距离（米）/ metres from the near= point' })
  distanceMeters?: number;
}

export class MarkerPageDto extends PageOf(MarkerDto) {}

export class MarkerHistoryDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty(MARKER_STATUS) status!: MarkerStatus;
  @ApiProperty({ description: '记录人 / who recorded it' }) by!: string;
  @ApiProperty(MARKER_SOURCE) source!: MarkerSource;
  @ApiPropertyOptional({ description: '巡查或维修记录编号 / patrol or repair reference' }) ref?: string;
  @ApiPropertyOptional() note?: string;
}

export class MarkerWithHistoryDto extends MarkerDto {
  @ApiProperty({ type: [MarkerHistoryDto], description: '状态记录，旧的在前 / oldest first' })
  history!: MarkerHistoryDto[];
}

export class ImportResultDto {
  @ApiProperty({ type: 'integer', description: '新建或变更的界线数 / lines created or changed' })
  lines!: number;
  @ApiProperty({ type: 'integer', description: '新建或变更的界桩数 / markers created or changed' })
  markers!: number;
}

/** A line in the export: its fields as properties (`kind: line`), its LineString as the geometry. */
export class LineFeaturePropertiesDto {
  @ApiProperty({ enum: ['line'] }) kind!: 'line';
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty(LINE_LEVEL) level!: LineLevel;
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2 }) sides!: string[];
  @ApiProperty({ type: [String] }) townships!: string[];
  @ApiProperty() lengthMeters!: number;
  @ApiProperty({ type: 'integer' }) markerCount!: number;
  @ApiPropertyOptional() agreementRef?: string;
}

export class LineFeatureDto {
  @ApiProperty({ enum: ['Feature'] }) type!: 'Feature';
  @ApiProperty({ description: '界线编号 / the line code' }) id!: string;
  @ApiProperty({ type: LineStringDto }) geometry!: LineStringDto;
  @ApiProperty({ type: LineFeaturePropertiesDto }) properties!: LineFeaturePropertiesDto;
}

/** A marker in the export: its fields as properties (`kind: marker`), its location as a Point. */
export class MarkerFeaturePropertiesDto {
  @ApiProperty({ enum: ['marker'] }) kind!: 'marker';
  @ApiProperty() code!: string;
  @ApiProperty() lineCode!: string;
  @ApiProperty(MARKER_TYPE) type!: MarkerType;
  @ApiProperty() responsibleSide!: string;
  @ApiProperty(MARKER_STATUS) status!: MarkerStatus;
}

export class MarkerFeatureDto {
  @ApiProperty({ enum: ['Feature'] }) type!: 'Feature';
  @ApiProperty({ description: '界桩编号 / the marker code' }) id!: string;
  @ApiProperty({ type: PointDto }) geometry!: PointDto;
  @ApiProperty({ type: MarkerFeaturePropertiesDto }) properties!: MarkerFeaturePropertiesDto;
}

/** `GET /boundary/export` (application/geo+json): what the map draws and what an import takes back. */
@ApiExtraModels(LineFeatureDto, MarkerFeatureDto)
export class RegisterCollectionDto {
  @ApiProperty({ enum: ['FeatureCollection'] }) type!: 'FeatureCollection';
  @ApiProperty({
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(LineFeatureDto) }, { $ref: getSchemaPath(MarkerFeatureDto) }] },
    description: '先界线后界桩 / lines, then markers',
  })
  features!: (LineFeatureDto | MarkerFeatureDto)[];
}

export class BaseMapDto {
  @ApiPropertyOptional({ description: 'Leaflet URL 模板；未配置时无底图 / absent: no base map' })
  urlTemplate?: string;
  @ApiPropertyOptional({ description: '填入模板 {key} 的密钥 / the key put in for {key}' }) key?: string;
  @ApiPropertyOptional({ example: 'abc', description: '{s} 的取值 / values of {s}' }) subdomains?: string;
  @ApiPropertyOptional() attribution?: string;
}
