import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LINE_LEVELS, MARKER_SOURCES, MARKER_STATUSES, MARKER_TYPES } from '@boundary/persistence';
import { LocationDto } from '../disputes/disputes.dto';

/** OpenAPI shapes of the register's answers (the services build plain objects of these shapes). */
export class LineResponse {
  @ApiProperty({ example: 'L-D01-N01-1' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: LINE_LEVELS }) level!: string;
  @ApiProperty({ type: [String], example: ['D01', 'N01'] }) sides!: string[];
  @ApiProperty({ type: [String], description: '沿线乡镇 / townships along the line' }) townships!: string[];
  @ApiProperty({ description: 'GeoJSON LineString' }) geometry!: object;
  @ApiProperty({ description: '椭球面长度（米）/ length on the ellipsoid, metres' }) lengthMeters!: number;
  @ApiProperty() markerCount!: number;
  @ApiPropertyOptional() agreementRef?: string;
}

export class MarkerResponse {
  @ApiProperty({ example: 'JZ-12' }) code!: string;
  @ApiProperty() lineCode!: string;
  @ApiProperty({ enum: MARKER_TYPES }) type!: string;
  @ApiProperty({ type: LocationDto }) location!: LocationDto;
  @ApiProperty() responsibleSide!: string;
  @ApiProperty({ enum: MARKER_STATUSES }) status!: string;
  @ApiPropertyOptional({ description: '与 near 点的距离（米）/ metres from the near= point' })
  distanceMeters?: number;
}

export class MarkerPage {
  @ApiProperty({ type: [MarkerResponse] }) items!: MarkerResponse[];
  @ApiProperty() total!: number;
}

export class MarkerHistoryResponse {
  @ApiProperty() at!: string;
  @ApiProperty({ enum: MARKER_STATUSES }) status!: string;
  @ApiProperty({ description: '记录人 / who recorded it' }) by!: string;
  @ApiProperty({ enum: MARKER_SOURCES }) source!: string;
  @ApiPropertyOptional({ description: '巡查或维修记录编号 / patrol or repair reference' }) ref?: string;
  @ApiPropertyOptional() note?: string;
}

export class MarkerWithHistory extends MarkerResponse {
  @ApiProperty({ type: [MarkerHistoryResponse] }) history!: MarkerHistoryResponse[];
}

export class ImportResult {
  @ApiProperty({ description: '新建或变更的界线数 / lines created or changed' }) lines!: number;
  @ApiProperty({ description: '新建或变更的界桩数 / markers created or changed' }) markers!: number;
}

export class FeatureCollectionResponse {
  @ApiProperty({ enum: ['FeatureCollection'] }) type!: string;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) features!: object[];
}

export class BaseMapResponse {
  @ApiPropertyOptional({ description: 'Leaflet URL 模板；未配置时无底图 / absent: no base map' })
  urlTemplate?: string;
  @ApiPropertyOptional() key?: string;
  @ApiPropertyOptional() subdomains?: string;
  @ApiPropertyOptional() attribution?: string;
}
