import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal';
import { ApiErrors, ApiSignedIn } from '../common/api-docs';
import type { Language } from '../common/app-error';
import { RequestLanguage } from '../common/language';
import { AlertDto, ListAlertsQuery } from './alert.dto';
import { AlertsService } from './alerts.service';

@ApiTags('提醒 / alerts')
@ApiSignedIn()
@ApiHeader({
  name: 'accept-language',
  required: false,
  description: '提醒内容默认中文，en 开头时为英文 / messages in Chinese unless it starts with en',
})
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({ summary: '我的提醒 / my alerts, newest first' })
  @ApiOkResponse({ type: [AlertDto], description: '本人的提醒 / the caller’s alerts' })
  @ApiErrors(400)
  list(
    @CurrentUser() user: Principal,
    @Query() query: ListAlertsQuery,
    @RequestLanguage() language: Language,
  ): Promise<AlertDto[]> {
    return this.alerts.list(user, query.unread === true, language);
  }

  @Get(':id')
  @ApiOperation({ summary: '一条提醒及各渠道送达情况 / one alert with its delivery on each channel' })
  @ApiOkResponse({ type: AlertDto, description: '本人的提醒 / the caller’s alert' })
  @ApiErrors(404)
  get(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @RequestLanguage() language: Language,
  ): Promise<AlertDto> {
    return this.alerts.get(user, id, language);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: '标记已读 / mark read' })
  @ApiOkResponse({ type: AlertDto, description: '已读的提醒 / the alert, now read' })
  @ApiErrors(404)
  read(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @RequestLanguage() language: Language,
  ): Promise<AlertDto> {
    return this.alerts.markRead(user, id, language);
  }
}
