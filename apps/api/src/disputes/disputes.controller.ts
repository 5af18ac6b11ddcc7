import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  closeDisputeUpdate,
  escalateDisputeUpdate,
  recordRoundUpdate,
  reportDisputeUpdate,
  resolveLocallyUpdate,
  signAgreementUpdate,
  startMediationUpdate,
  withdrawDisputeUpdate,
} from '@boundary/workflows';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { CurrentUser, type Principal } from '../auth/principal';
import {
  AgreementDto,
  CloseDisputeDto,
  CreateDisputeDto,
  EscalateDisputeDto,
  ListDisputesQuery,
  ReasonDto,
  RecordRoundDto,
  ReportDisputeDto,
  StartMediationDto,
  SummaryDto,
} from './disputes.dto';
import { DisputesService } from './disputes.service';

const WRITERS = ['mediator', 'bureau'] as const;

@ApiTags('disputes 界线纠纷案件')
@ApiBearerAuth()
@Controller('disputes')
export class DisputesController {
  constructor(private readonly disputes: DisputesService) {}

  @Post()
  @Roles(...WRITERS)
  @ApiOperation({ summary: '立案 / open a case (201; 200 when Idempotency-Key names an existing one)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async open(
    @CurrentUser() user: Principal,
    @Body() body: CreateDisputeDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.disputes.open(user, body, idempotencyKey);
    response.status(result.created ? 201 : 200);
    return result.case;
  }

  @Get()
  @ApiOperation({ summary: '案件列表 / list cases, newest first' })
  list(@CurrentUser() user: Principal, @Query() query: ListDisputesQuery) {
    return this.disputes.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '案件详情 / one case' })
  get(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.disputes.get(user, id);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: '办理记录 / the case timeline, oldest first' })
  timeline(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.disputes.timelineOf(user, id);
  }

  @Post(':id/report')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '上报 / screening → reported' })
  report(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: ReportDisputeDto) {
    return this.disputes.advance(user, id, reportDisputeUpdate, body);
  }

  @Post(':id/resolve-locally')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '就地化解 / screening → resolved_locally' })
  resolveLocally(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: SummaryDto) {
    return this.disputes.advance(user, id, resolveLocallyUpdate, body);
  }

  @Post(':id/mediation/start')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '启动联合调解 / reported → mediating' })
  startMediation(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: StartMediationDto) {
    return this.disputes.advance(user, id, startMediationUpdate, body);
  }

  @Post(':id/mediation/rounds')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '记录一轮调解 / record a mediation round' })
  recordRound(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: RecordRoundDto) {
    return this.disputes.advance(user, id, recordRoundUpdate, body);
  }

  @Post(':id/agreement')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '签订调解协议 / mediating → agreed' })
  agreement(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: AgreementDto) {
    return this.disputes.advance(user, id, signAgreementUpdate, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '履行完毕归档结案 / agreed → closed' })
  close(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: CloseDisputeDto) {
    return this.disputes.advance(user, id, closeDisputeUpdate, body);
  }

  @Post(':id/escalate')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      '逐级升级 / raise the tier one step (past cross_county: referred); emergency: true also triggers a linked incident',
  })
  escalate(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: EscalateDisputeDto) {
    if (body.emergency) return this.disputes.escalateEmergency(user, id, body.reason);
    return this.disputes.advance(user, id, escalateDisputeUpdate, { reason: body.reason });
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '撤回 / withdraw an open case' })
  withdraw(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: ReasonDto) {
    return this.disputes.advance(user, id, withdrawDisputeUpdate, body);
  }
}
