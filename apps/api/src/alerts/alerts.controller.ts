import { Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { CurrentUser, type Principal } from '../auth/principal';
import { languageOf } from '../common/app-error';
import { AlertsService } from './alerts.service';

export class ListAlertsQuery {
  @ApiPropertyOptional({ description: '只看未读 / unread only' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

@ApiTags('alerts 提醒')
@ApiBearerAuth()
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({ summary: '我的提醒 / my alerts, newest first' })
  list(
    @CurrentUser() user: Principal,
    @Query() query: ListAlertsQuery,
    @Headers('accept-language') lang?: string,
  ) {
    return this.alerts.list(user, query.unread === true, languageOf(lang));
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: '标记已读 / mark read' })
  read(@CurrentUser() user: Principal, @Param('id') id: string, @Headers('accept-language') lang?: string) {
    return this.alerts.markRead(user, id, languageOf(lang));
  }
}
