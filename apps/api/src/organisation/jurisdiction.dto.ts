import { ApiProperty } from '@nestjs/swagger';
import type { JurisdictionLevel } from '@boundary/persistence';
import { JURISDICTION_LEVEL } from '../common/api-enums';

export class JurisdictionDto {
  @ApiProperty({ example: 'T01' }) code!: string;
  @ApiProperty({ example: '东坪镇' }) name!: string;
  @ApiProperty(JURISDICTION_LEVEL) level!: JurisdictionLevel;
  @ApiProperty({ type: String, nullable: true, example: 'D01', description: '上级区划 / the parent' })
  parentCode!: string | null;
}
