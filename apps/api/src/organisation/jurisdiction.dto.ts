import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { JurisdictionLevel } from '@boundary/persistence';
import { JURISDICTION_LEVEL } from '../common/api-enums';

export class JurisdictionDto {
  @ApiProperty({ example: 'T01' }) code!: string;
  @ApiProperty({ example: '东坪镇' }) name!: string;
  @ApiProperty(JURISDICTION_LEVEL) level!: JurisdictionLevel;
  @ApiProperty({ type: String, nullable: true, example: 'D01', description: '上级区划 / the parent' })
  parentCode!: string | null;
  @ApiPropertyOptional({
    example: 'leader',
    description: '第一责任人（用户名），收到本辖区的超期提醒 / first responsible: receives the misses here',
  })
  firstResponsible?: string;
  @ApiPropertyOptional({
    example: 'mediator.a',
    description: '直接责任人（用户名），同样收到超期提醒 / direct responsible: receives the same misses',
  })
  directResponsible?: string;
}
