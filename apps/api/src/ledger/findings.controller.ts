import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { CurrentUser, type Principal } from '../auth/principal';
import { ApiErrors, ApiIdempotencyKey, ApiSignedIn, SubjectWrite } from '../common/api-docs';
import { IdempotencyKey } from '../common/idempotency';
import { pageOf } from '../common/page.dto';
import { TimelineEntryDto } from '../common/subject.dto';
import { DisputeCaseDto } from '../disputes/dispute.view';
import { IncidentDto } from '../incidents/incident.view';
import { OrganisationService } from '../organisation/organisation.service';
import { FindingsService } from './findings.service';
import {
  AssignFindingDto,
  EmptyBodyDto,
  EnterFindingDto,
  ExportFindingsQuery,
  FindingIncidentDto,
  ListFindingsQuery,
  SubmitRectificationDto,
  VerifyFindingDto,
} from './ledger.dto';
import { ledgerWorkbook } from './ledger-export';
import { FindingDto, FindingPageDto } from './ledger.views';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WORKERS = ['mediator', 'bureau'] as const;

@ApiTags('问题台账 / findings')
@ApiSignedIn()
@Controller('findings')
export class FindingsController {
  constructor(
    private readonly findings: FindingsService,
    private readonly organisation: OrganisationService,
  ) {}

  @Get()
  @ApiOperation({ summary: '问题台账 / the ledger, newest first; mediators see their township' })
  @ApiOkResponse({ type: FindingPageDto, description: '一页台账 / one page of findings' })
  @ApiErrors(400)
  async list(@CurrentUser() user: Principal, @Query() query: ListFindingsQuery): Promise<FindingPageDto> {
    return { ...(await this.findings.list(user, query)), ...pageOf(query) };
  }

  @Post()
  @Roles(...WORKERS)
  @ApiOperation({
    summary:
      '登记问题 / enter a problem found outside a patrol (screening, a report, a meeting) (201): a mediator for its ' +
      'township, the bureau for a township of its district; a marker problem joins the marker’s open finding',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: FindingDto, description: '台账条目 / the finding' })
  @ApiErrors(400, 403)
  enter(
    @CurrentUser() user: Principal,
    @Body() body: EnterFindingDto,
    @IdempotencyKey() key?: string,
  ): Promise<FindingDto> {
    return this.findings.enter(user, body, key);
  }

  @Get('export')
  @ApiOperation({
    summary:
      '导出台账 Excel / the ledger as an Excel workbook (序号、问题类型、界线、界桩、发现时间、责任单位、整改时限、整改情况、销号时间)',
  })
  @ApiOkResponse({
    description: '台账工作簿 / the workbook',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(400)
  async export(@CurrentUser() user: Principal, @Query() query: ExportFindingsQuery): Promise<StreamableFile> {
    const { format: _format, ...filter } = query;
    const findings = await this.findings.ledger(user, filter);
    const names = new Map((await this.organisation.list()).map((place) => [place.code, place.name]));
    const workbook = await ledgerWorkbook(findings, (code) => names.get(code) ?? code);
    return new StreamableFile(workbook, {
      type: XLSX,
      disposition: `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent('问题台账.xlsx')}`,
    });
  }

  @Get(':id')
  @ApiOperation({ summary: '台账条目 / one finding, with its linked case and incident' })
  @ApiOkResponse({ type: FindingDto, description: '台账条目 / the finding' })
  @ApiErrors(404)
  get(@CurrentUser() user: Principal, @Param('id') id: string): Promise<FindingDto> {
    return this.findings.get(user, id);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: '办理记录 / the finding timeline, oldest first' })
  @ApiOkResponse({ type: [TimelineEntryDto], description: '办理记录 / the timeline' })
  @ApiErrors(404)
  timeline(@CurrentUser() user: Principal, @Param('id') id: string): Promise<TimelineEntryDto[]> {
    return this.findings.timelineOf(user, id);
  }

  @SubjectWrite(
    ':id/assign',
    ['bureau'],
    {
      summary: '交办 / open → assigned (again while assigned); rectify deadline from the policy unless dueAt',
    },
    FindingDto,
  )
  assign(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: AssignFindingDto,
    @IdempotencyKey() key?: string,
  ): Promise<FindingDto> {
    return this.findings.assign(user, id, body, key);
  }

  @SubjectWrite(
    ':id/start',
    WORKERS,
    { summary: '开始整改 / assigned → rectifying (the assignee, or the bureau)' },
    FindingDto,
  )
  start(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() _body: EmptyBodyDto,
    @IdempotencyKey() key?: string,
  ): Promise<FindingDto> {
    return this.findings.startRectification(user, id, key);
  }

  @SubjectWrite(
    ':id/submit',
    WORKERS,
    { summary: '提交整改 / rectifying → submitted, with the marker work for a marker finding' },
    FindingDto,
  )
  submit(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: SubmitRectificationDto,
    @IdempotencyKey() key?: string,
  ): Promise<FindingDto> {
    return this.findings.submit(user, id, body, key);
  }

  @SubjectWrite(
    ':id/verify',
    ['bureau'],
    { summary: '验收 / submitted → closed (销号) when accepted, else back to rectifying' },
    FindingDto,
  )
  verify(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: VerifyFindingDto,
    @IdempotencyKey() key?: string,
  ): Promise<FindingDto> {
    return this.findings.verify(user, id, body, key);
  }

  @Post(':id/dispute')
  @Roles(...WORKERS)
  @ApiOperation({
    summary: '转为纠纷案件 / open a linked dispute case (screening); a retry answers the same case',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: DisputeCaseDto, description: '关联的纠纷案件 / the linked case' })
  @ApiErrors(400, 403, 404, 409, 413)
  openDispute(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() _body: EmptyBodyDto,
    @IdempotencyKey() key?: string,
  ): Promise<DisputeCaseDto> {
    return this.findings.openDispute(user, id, key);
  }

  @Post(':id/incident')
  @Roles(...WORKERS)
  @ApiOperation({ summary: '启动应急处置 / trigger a linked incident; a retry answers the same incident' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: IncidentDto, description: '关联的突发事件 / the linked incident' })
  @ApiErrors(400, 403, 404, 409, 413)
  openIncident(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: FindingIncidentDto,
    @IdempotencyKey() key?: string,
  ): Promise<IncidentDto> {
    return this.findings.openIncident(user, id, body, key);
  }
}
