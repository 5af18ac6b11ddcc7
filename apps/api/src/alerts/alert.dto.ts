import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { ALERT_KIND, SUBJECT_TYPE } from '../common/api-enums';

export class ListAlertsQuery {
  @ApiPropertyOptional({ description: '只看未读 / unread only' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class AlertDeliveryDto {
  @ApiProperty({ enum: ['inbox', 'webhook', 'wecom', 'dingtalk', 'sms'] }) channel!: string;
  @ApiProperty({
    enum: ['pending', 'sent', 'failed'],
    description: 'pending 待发或重试中；failed 被拒收或重试用尽 / failed: refused, or out of retries',
  })
  status!: string;
  @ApiProperty({ description: '已尝试次数 / attempts so far' }) attempts!: number;
  @ApiPropertyOptional({ description: '最近一次失败原因 / why the last attempt failed' }) error?: string;
}

export class AlertDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(ALERT_KIND) kind!: string;
  @ApiProperty(SUBJECT_TYPE) subjectType!: string;
  @ApiProperty({ description: '案件或事件的 id / the case or incident id' }) subjectId!: string;
  @ApiPropertyOptional({
    example: 'report',
    description:
      '到期提醒和超期提醒所涉期限（案件或事件的期限种类）/ on deadline_approaching and deadline_missed: the deadline kind',
  })
  deadlineKind?: string;
  @ApiProperty({ description: '提醒内容，中文；Accept-Language: en 时为英文 / the text, English on request' })
  message!: string;
  @ApiProperty({ format: 'date-time', description: '工作流作出提醒的时间 / when the workflow decided it' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '已读时间 / read at' })
  readAt!: string | null;
  @ApiProperty({ type: [AlertDeliveryDto], description: '各渠道送达情况 / delivery per channel' })
  deliveries!: AlertDeliveryDto[];
}
