import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { ApiErrors, ApiIdempotencyKey, ApiSignedIn, SubjectWrite } from '../common/api-docs';
import { IdempotencyKey } from '../common/idempotency';
import { pageOf } from '../common/page.dto';
import { TimelineEntryDto } from '../common/subject.dto';
import {
  AgreementDto,
  CloseDisputeDto,
  CreateDisputeDto,
  DecisionDto,
  EscalateDisputeDto,
  JointGroupDto,
  ListDisputesQuery,
  ReasonDto,
  RecordRoundDto,
  ReportDisputeDto,
  StartMediationDto,
  SummaryDto,
} from './disputes.dto';
import { DisputeCaseDto, DisputePageDto } from './dispute.view';
import { DisputesService } from './disputes.service';
import { NoInputDto } from '../common/no-input.dto';

const WRITERS = ['mediator', 'bureau'] as const;
const WHO =
  '调解员（本乡镇案件）、区民政局（本区案件）可操作；分管领导和管理员只读（403）/ ' +
  'mediator (own township), bureau (own district); leader and admin read only (403)';

/** A step on a case: mediators and the bureau, answering the whole case. */
const CaseWrite = (path: string, summary: string) =>
  SubjectWrite(path, WRITERS, { summary, description: WHO }, DisputeCaseDto);

@ApiTags('界线纠纷案件 / disputes')
@ApiSignedIn()
@Controller('disputes')
export class DisputesController {
  constructor(private readonly disputes: DisputesService) {}

  @Post()
  @Roles(...WRITERS)
  @ApiOperation({
    summary: '立案 / open a case at tier village unless the body names one',
    description:
      '调解员只能为本乡镇立案，区民政局为本区乡镇立案（否则 403）。带 Idempotency-Key 重试时返回同一案件（200）。/ ' +
      'a mediator opens for its own township, the bureau for its townships (else 403); ' +
      'a retry with the same Idempotency-Key returns the same case with 200.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: DisputeCaseDto, description: '已立案，状态 screening / opened: screening' })
  @ApiOkResponse({
    type: DisputeCaseDto,
    description: '此 Idempotency-Key 已立过案：返回该案件 / the key already opened this case',
  })
  @ApiErrors(400, 403, 413)
  async open(
    @CurrentUser() user: Principal,
    @Body() body: CreateDisputeDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DisputeCaseDto> {
    const result = await this.disputes.open(user, body, idempotencyKey);
    response.status(result.created ? 201 : 200);
    return result.case;
  }

  @Get()
  @ApiOperation({
    summary: '案件列表 / list cases, newest first',
    description:
      '调解员只看本乡镇，区民政局与领导看本区，管理员看全部 / scope: own township, district, or all',
  })
  @ApiOkResponse({ type: DisputePageDto, description: '一页案件 / one page of cases' })
  @ApiErrors(400)
  async list(@CurrentUser() user: Principal, @Query() query: ListDisputesQuery): Promise<DisputePageDto> {
    return { ...(await this.disputes.list(user, query)), ...pageOf(query) };
  }

  @Get(':id')
  @ApiOperation({ summary: '案件详情 / one case' })
  @ApiOkResponse({ type: DisputeCaseDto, description: '案件 / the case' })
  @ApiErrors(404)
  get(@CurrentUser() user: Principal, @Param('id') id: string): Promise<DisputeCaseDto> {
    return this.disputes.get(user, id);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: '办理记录 / the case timeline: every change and who made it, oldest first' })
  @ApiOkResponse({ type: [TimelineEntryDto], description: '办理记录 / the timeline' })
  @ApiErrors(404)
  timeline(@CurrentUser() user: Principal, @Param('id') id: string): Promise<TimelineEntryDto[]> {
    return this.disputes.timelineOf(user, id);
  }

  @CaseWrite(':id/report', '上报 / screening → reported')
  report(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: ReportDisputeDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.disputes.advance(user, id, reportDisputeUpdate, body, key);
  }

  @CaseWrite(':id/resolve-locally', '就地化解 / screening → resolved_locally')
  resolveLocally(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: SummaryDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.disputes.advance(user, id, resolveLocallyUpdate, body, key);
  }

  @CaseWrite(':id/mediation/start', '启动联合调解 / reported → mediating')
  startMediation(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: StartMediationDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.disputes.advance(user, id, startMediationUpdate, body, key);
  }

  @CaseWrite(':id/mediation/rounds', '记录一轮调解 / record a mediation round (while mediating)')
  recordRound(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: RecordRoundDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.disputes.advance(user, id, recordRoundUpdate, body, key);
  }

  @CaseWrite(
    ':id/agreement',
    '签订调解协议 / mediating → agreed (needs a round with outcome agreement_reached)',
  )
  agreement(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: AgreementDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.disputes.advance(user, id, signAgreementUpdate, body, key);
  }

  @SubjectWrite(
    ':id/agreement/confirm',
    ['bureau'],
    {
      summary: '本方民政局确认跨县协议 / a side bureau confirms a cross-county agreement',
      description:
        '跨县层级签订的协议须当事各方县级民政局分别确认；全部确认后案件为 agreed。重复确认无变化；非当事方民政局 403 / ' +
        'at tier cross_county the bureau of every side confirms; agreed once all have. Repeating changes ' +
        'nothing; anyone but the bureau of a side gets 403.',
    },
    DisputeCaseDto,
  )
  confirmAgreement(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() _body: NoInputDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.disputes.confirmAgreement(user, id, key);
  }

  @SubjectWrite(
    ':id/decision',
    ['bureau'],
    {
      summary: '共同上级作出处理决定 / the common superior decides a referred case: referred → closed',
      description:
        '仅受理移交的共同上级（referredTo）的民政局；其他状态 409，其他民政局 403 / only the bureau of the ' +
        'common superior the case was referred to; 409 in any other status, 403 for other bureaus.',
    },
    DisputeCaseDto,
  )
  recordDecision(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: DecisionDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.disputes.recordDecision(user, id, body, key);
  }

  @Put(':id/joint-group')
  @Roles('bureau')
  @ApiOperation({
    summary: '组建或调整联合调解组 / set the joint mediation group of a cross-county case',
    description:
      '当事任一方的民政局可设；成员为双方用户或具名外部人员，须有组长；是用户的成员可查看案件并记录调解轮次 / ' +
      'the bureau of either side; members are users or named outsiders of both sides, with a lead; members who ' +
      'are users see the case and may record rounds.',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: DisputeCaseDto, description: '带 jointGroup 的案件 / the case with its jointGroup' })
  @ApiErrors(400, 403, 404, 409, 413)
  setJointGroup(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: JointGroupDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.disputes.setJointGroup(user, id, body, key);
  }

  @CaseWrite(':id/close', '履行完毕归档结案 / agreed → closed')
  close(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: CloseDisputeDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.disputes.advance(user, id, closeDisputeUpdate, body, key);
  }

  @CaseWrite(
    ':id/escalate',
    '逐级升级 / raise the tier one step (past cross_county: referred); emergency: true also triggers a linked incident',
  )
  escalate(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: EscalateDisputeDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    if (body.emergency) return this.disputes.escalateEmergency(user, id, body.reason, key);
    return this.disputes.advance(user, id, escalateDisputeUpdate, { reason: body.reason }, key);
  }

  @CaseWrite(':id/withdraw', '撤回 / withdraw an open case')
  withdraw(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.disputes.advance(user, id, withdrawDisputeUpdate, body, key);
  }
}
