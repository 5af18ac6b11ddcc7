import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';

export class WecomRobotDto {
  @ApiProperty({
    example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx',
    description: '企业微信群机器人 Webhook 地址 / the WeCom group robot webhook',
  })
  @IsString()
  @MaxLength(500)
  url!: string;
}

export class DingtalkRobotDto {
  @ApiProperty({
    example: 'https://oapi.dingtalk.com/robot/send?access_token=XXXXXX',
    description: '钉钉自定义机器人 Webhook 地址 / the DingTalk custom robot webhook',
  })
  @IsString()
  @MaxLength(500)
  url!: string;

  @ApiProperty({ example: 'SEC000000', description: '加签密钥 / the signing secret (加签)' })
  @IsString()
  @Length(1, 200)
  secret!: string;
}

export class SetChannelsDto {
  @ApiPropertyOptional({ type: WecomRobotDto, description: '省略则不设 / absent: none' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WecomRobotDto)
  wecomRobot?: WecomRobotDto;

  @ApiPropertyOptional({ type: DingtalkRobotDto, description: '省略则不设 / absent: none' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DingtalkRobotDto)
  dingtalkRobot?: DingtalkRobotDto;
}

export class RobotView {
  @ApiProperty() url!: string;
}

export class ChannelsView {
  @ApiProperty({ example: 'D01' }) code!: string;
  @ApiPropertyOptional({ type: RobotView }) wecomRobot?: RobotView;
  @ApiPropertyOptional({ type: RobotView, description: '密钥不回显 / the secret is never shown' })
  dingtalkRobot?: RobotView;
}

export const ACK_ACTIONS = ['acknowledge', 'on_scene'] as const;

export class UseAckLinkDto {
  @ApiProperty({ enum: ACK_ACTIONS, description: '确认响应或报告到场 / acknowledge, or report on scene' })
  @IsIn(ACK_ACTIONS)
  action!: (typeof ACK_ACTIONS)[number];

  @ApiPropertyOptional({ description: '备注 / a note' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class AckLinkView {
  @ApiProperty({ description: '突发事件 id / the incident id' }) incidentId!: string;
  @ApiProperty({ description: '事件名称 / title' }) title!: string;
  @ApiProperty({ example: 'I' }) severity!: string;
  @ApiProperty({ example: 'triggered' }) status!: string;
  @ApiProperty({ description: '链接的接收人 / whom the link was sent to' }) username!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ description: '链接是否仍可使用 / whether the link still works' }) usable!: boolean;
}
