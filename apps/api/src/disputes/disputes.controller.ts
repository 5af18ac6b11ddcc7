import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
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
import { IDEMPOTENCY_KEY_DOC, IdempotencyKey } from '../common/idempotency';
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
@ApiHeader({ name: 'Idempotency-Key', required: false, description: IDEMPOTENCY_KEY_DOC })
@Controller('disputes')
export class DisputesController {
  constructor(private readonly disputes: DisputesService) {}

  @Post()
  @Roles(...WRITERS)
  @ApiOperation({ summary: '立案 / open a case (201; 200 when Idempotency-Key names an existing one)' })
  async open(
    @CurrentUser() user: Principal,
    @Body() body: CreateDisputeDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
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
  report(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: ReportDisputeDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.disputes.advance(user, id, reportDisputeUpdate, body, key);
  }

  @Post(':id/resolve-locally')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '就地化解 / screening → resolved_locally' })
  resolveLocally(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: SummaryDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.disputes.advance(user, id, resolveLocallyUpdate, body, key);
  }

  @Post(':id/mediation/start')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '启动联合调解 / reported → mediating' })
  startMediation(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: StartMediationDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.disputes.advance(user, id, startMediationUpdate, body, key);
  }

  @Post(':id/mediation/rounds')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '记录一轮调解 / record a mediation round' })
  recordRound(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: RecordRoundDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.disputes.advance(user, id, recordRoundUpdate, body, key);
  }

  @Post(':id/agreement')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '签订调解协议 / mediating → agreed' })
  agreement(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: AgreementDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.disputes.advance(user, id, signAgreementUpdate, body, key);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '履行完毕归档结案 / agreed → closed' })
  close(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: CloseDisputeDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.disputes.advance(user, id, closeDisputeUpdate, body, key);
  }

  @Post(':id/escalate')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      '逐级升级 / raise the tier one step (past cross_county: referred); emergency: true also triggers a linked incident',
  })
  escalate(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: EscalateDisputeDto,
    @IdempotencyKey() key?: string,
  ) {
    if (body.emergency) return this.disputes.escalateEmergency(user, id, body.reason, key);
    return this.disputes.advance(user, id, escalateDisputeUpdate, { reason: body.reason }, key);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '撤回 / withdraw an open case' })
  withdraw(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.disputes.advance(user, id, withdrawDisputeUpdate, body, key);
  }
}
