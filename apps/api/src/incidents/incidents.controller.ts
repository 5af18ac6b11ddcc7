import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  acknowledgeIncidentUpdate,
  addSitrepUpdate,
  changeSeverityUpdate,
  reportOnSceneUpdate,
  resolveIncidentUpdate,
} from '@boundary/workflows';
import { Roles } from '../auth/auth.decorators';
import { CurrentUser, type Principal } from '../auth/principal';
import { ApiErrors, ApiIdempotencyKey, ApiSignedIn, SubjectWrite } from '../common/api-docs';
import { IdempotencyKey } from '../common/idempotency';
import { pageOf } from '../common/page.dto';
import { TimelineEntryDto } from '../common/subject.dto';
import { SummaryDto } from '../disputes/disputes.dto';
import {
  ChangeSeverityDto,
  CreateIncidentDto,
  IncidentNoteDto,
  ListIncidentsQuery,
  SitrepDto,
} from './incidents.dto';
import { IncidentDto, IncidentPageDto } from './incident.view';
import { IncidentsService } from './incidents.service';

/**
 * An emergency needs every hand: the leader, who receives the alerts, may act as well as the bureau and the
 * township mediators, each within its jurisdiction. Admin keeps the system, not the response: read only.
 */
const RESPONDERS = ['mediator', 'bureau', 'leader'] as const;
const WHO =
  '调解员（本乡镇）、区民政局、分管领导可操作；管理员只读（403）/ mediator (own township), bureau, leader; admin reads only (403)';

/** A step on an incident: every responder, answering the whole incident. */
const IncidentWrite = (path: string, summary: string) =>
  SubjectWrite(path, RESPONDERS, { summary, description: WHO }, IncidentDto);

@ApiTags('突发事件应急处置 / incidents')
@ApiSignedIn()
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Post()
  @Roles(...RESPONDERS)
  @ApiOperation({
    summary: '启动应急预案 / trigger an incident (201); the escalation chain starts at step 0',
    description:
      `${WHO}. 调解员只能为本乡镇启动；区级用户可为本区或其乡镇启动（否则 403）。带 Idempotency-Key 重试时返回同一事件。/ ` +
      'a mediator for its own township only, bureau and leader for the district or its townships (else 403); ' +
      'a retry with the same Idempotency-Key answers the same incident.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: IncidentDto, description: '已启动，状态 triggered / triggered' })
  @ApiErrors(400, 403, 413)
  trigger(
    @CurrentUser() user: Principal,
    @Body() body: CreateIncidentDto,
    @IdempotencyKey() key?: string,
  ): Promise<IncidentDto> {
    return this.incidents.trigger(user, body, key);
  }

  @Get()
  @ApiOperation({ summary: '事件列表 / list incidents, newest first' })
  @ApiOkResponse({ type: IncidentPageDto, description: '一页事件 / one page of incidents' })
  @ApiErrors(400)
  async list(@CurrentUser() user: Principal, @Query() query: ListIncidentsQuery): Promise<IncidentPageDto> {
    return { ...(await this.incidents.list(user, query)), ...pageOf(query) };
  }

  @Get(':id')
  @ApiOperation({ summary: '事件详情 / one incident' })
  @ApiOkResponse({ type: IncidentDto, description: '事件 / the incident' })
  @ApiErrors(404)
  get(@CurrentUser() user: Principal, @Param('id') id: string): Promise<IncidentDto> {
    return this.incidents.get(user, id);
  }

  @Get(':id/timeline')
  @ApiOperation({
    summary: '处置记录 / the incident timeline (sitreps, arrival, escalation steps), oldest first',
  })
  @ApiOkResponse({ type: [TimelineEntryDto], description: '处置记录 / the timeline' })
  @ApiErrors(404)
  timeline(@CurrentUser() user: Principal, @Param('id') id: string): Promise<TimelineEntryDto[]> {
    return this.incidents.timelineOf(user, id);
  }

  @IncidentWrite(':id/acknowledge', '确认响应 / triggered → acknowledged; stops the escalation chain')
  acknowledge(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: IncidentNoteDto,
    @IdempotencyKey() key?: string,
  ): Promise<IncidentDto> {
    return this.incidents.advance(user, id, acknowledgeIncidentUpdate, body, key);
  }

  @IncidentWrite(':id/on-scene', '到达现场 / acknowledged → on_scene')
  onScene(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: IncidentNoteDto,
    @IdempotencyKey() key?: string,
  ): Promise<IncidentDto> {
    return this.incidents.advance(user, id, reportOnSceneUpdate, body, key);
  }

  @IncidentWrite(':id/sitreps', '报送现场情况 / add a situation report while open')
  sitrep(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: SitrepDto,
    @IdempotencyKey() key?: string,
  ): Promise<IncidentDto> {
    return this.incidents.advance(user, id, addSitrepUpdate, body, key);
  }

  @IncidentWrite(
    ':id/severity',
    '调整响应级别 / raise or lower the severity; deadlines are recomputed from the trigger time',
  )
  severity(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: ChangeSeverityDto,
    @IdempotencyKey() key?: string,
  ): Promise<IncidentDto> {
    return this.incidents.advance(user, id, changeSeverityUpdate, body, key);
  }

  @IncidentWrite(':id/resolve', '处置完毕 / resolve from any open status')
  resolve(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: SummaryDto,
    @IdempotencyKey() key?: string,
  ): Promise<IncidentDto> {
    return this.incidents.advance(user, id, resolveIncidentUpdate, body, key);
  }
}
