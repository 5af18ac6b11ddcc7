import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DeadlineStatus } from '@boundary/workflows';
import { DEADLINE_STATUS } from './api-enums';

/** What a case's and an incident's deadlines share; each names its own kinds. */
export class DeadlineDto {
  @ApiProperty({ format: 'date-time', description: '到期时间 / due time (UTC)' }) dueAt!: string;
  @ApiProperty({ ...DEADLINE_STATUS, description: 'pending 未到期 / met 按期 / missed 超期' })
  status!: DeadlineStatus;
}

export class TimelineEntryDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    example: 'mediator.a',
    description: '操作人用户名，或 system（到期自动升级）/ username, or system',
  })
  actor!: string;
  @ApiPropertyOptional({
    example: 'N01',
    description:
      '跨县案件中操作人所代表的一方（县级单位）/ on a cross-county case, the side the actor acts for',
  })
  actorSide?: string;
  @ApiProperty({ example: 'reported', description: '动作 / what happened' }) action!: string;
  @ApiProperty({ type: String, nullable: true, example: 'screening' }) fromStatus!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'reported' }) toStatus!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { tier: 'township', summary: '已核实，需乡镇调处' },
    description: '该动作的内容（随动作不同）/ what the action carried, per action',
  })
  data!: Record<string, unknown>;
  @ApiPropertyOptional({
    example: '已达最多调解轮次 3，自动升级',
    description: '原因（data.reason）的中文说明 / the reason in Chinese, when the entry has one',
  })
  reasonText?: string;
  @ApiPropertyOptional({
    example: 'max rounds (3) reached: escalated automatically',
    description: '原因的英文说明 / the reason in English',
  })
  reasonTextEn?: string;
}
