import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Ip,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, Roles, TokenInQuery } from '../auth/auth.decorators';
import { CurrentUser, type Origin, type Principal, RequestOrigin } from '../auth/principal';
import { SessionService } from '../auth/session.service';
import { ApiErrors, ApiSignedIn } from '../common/api-docs';
import { AppError } from '../common/app-error';
import { IncidentDto } from '../incidents/incident.view';
import { AckLinkView, ChannelsView, SetChannelsDto, UseAckLinkDto } from './channels.dto';
import { ChannelsService } from './channels.service';
import { EventsHub } from './events.hub';

@ApiTags('提醒渠道 / alert channels')
@ApiSignedIn()
@Controller('jurisdictions')
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  @Put(':code/channels')
  @Roles('admin')
  @ApiOperation({
    summary:
      '设置辖区的企业微信、钉钉群机器人（管理员）/ set the work-group robots of a jurisdiction (admin)',
    description:
      '该辖区用户的每条提醒也发往各机器人；省略的机器人被移除 / every alert for a user of the jurisdiction ' +
      'is also posted to each robot; a robot left out is removed',
  })
  @ApiOkResponse({ type: ChannelsView, description: '机器人（不含密钥）/ the robots, without the secret' })
  @ApiErrors(400, 403, 404, 413)
  setChannels(
    @Param('code') code: string,
    @Body() body: SetChannelsDto,
    @RequestOrigin() origin: Origin,
  ): Promise<ChannelsView> {
    return this.channels.setRobots(code, body, origin);
  }
}

@ApiTags('提醒渠道 / alert channels')
@ApiSignedIn()
@Controller('events')
export class EventsController {
  constructor(
    private readonly hub: EventsHub,
    private readonly sessions: SessionService,
  ) {}

  @Get()
  @TokenInQuery()
  @ApiOperation({
    summary: '控制台实时事件（SSE）/ the console’s live events (server-sent events)',
    description:
      '`alert`：本人的新提醒；`subject`：可见的案件、事件等的变化 `{ subjectType, id, status }`。断线重连时带 ' +
      'Last-Event-ID 从断点续传 / `alert` for each new alert of the caller, `subject` when a subject the caller ' +
      'can see changes; reconnecting with Last-Event-ID resumes without losing events',
  })
  @ApiQuery({
    name: 'access_token',
    required: false,
    description: 'EventSource 无法设置请求头 / for EventSource',
  })
  @ApiHeader({ name: 'last-event-id', required: false, description: '续传起点 / resume after this event' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'text/event-stream', schema: { type: 'string' } })
  async stream(
    @CurrentUser() user: Principal,
    @Req() request: Request,
    @Res() response: Response,
    @Headers('last-event-id') lastEventId?: string,
    @Query('lastEventId') lastEventIdQuery?: string,
  ): Promise<void> {
    // The guard has accepted the token; its expiry and version bound how long the stream may last.
    const bearer = request.headers.authorization?.split(' ')[1];
    const token =
      bearer ?? (typeof request.query.access_token === 'string' ? request.query.access_token : '');
    const { exp, ver } = await this.sessions.verify(token).catch(() => {
      throw AppError.unauthenticated();
    });
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write('retry: 3000\n\n');
    const close = this.hub.open(
      user,
      { exp, ver },
      (chunk) => response.write(chunk),
      () => response.end(),
      lastEventId ?? lastEventIdQuery,
    );
    request.on('close', close);
  }
}

@ApiTags('提醒渠道 / alert channels')
@Controller('ack')
export class AckLinkController {
  constructor(private readonly channels: ChannelsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({
    summary: '手机确认链接所指的事件 / the incident a phone acknowledge link names (does not use the link)',
  })
  @ApiOkResponse({ type: AckLinkView })
  @ApiErrors(404, 503)
  describe(@Param('token') token: string): Promise<AckLinkView> {
    return this.channels.describeLink(token);
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: '凭短信或群消息中的链接确认响应或报告到场 / acknowledge or report on scene from the link',
    description:
      '以链接接收人的身份办理，链接只能用一次且会过期，办理留痕于审计日志 / acts as the recipient the link ' +
      'was sent to; the link works once and expires; audited',
  })
  @ApiOkResponse({ type: IncidentDto, description: '办理后的事件 / the incident after the step' })
  @ApiErrors(400, 401, 403, 404, 409, 410, 503)
  use(@Param('token') token: string, @Body() body: UseAckLinkDto, @Ip() ip: string): Promise<IncidentDto> {
    return this.channels.useLink(token, body, ip ?? null) as Promise<IncidentDto>;
  }
}
