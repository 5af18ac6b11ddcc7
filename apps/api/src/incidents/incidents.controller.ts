import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  acknowledgeIncidentUpdate,
  addSitrepUpdate,
  changeSeverityUpdate,
  reportOnSceneUpdate,
  resolveIncidentUpdate,
} from '@boundary/workflows';
import { Roles } from '../auth/auth.decorators';
import { CurrentUser, type Principal } from '../auth/principal';
import { IDEMPOTENCY_KEY_DOC, IdempotencyKey } from '../common/idempotency';
import { SummaryDto } from '../disputes/disputes.dto';
import {
  ChangeSeverityDto,
  CreateIncidentDto,
  IncidentNoteDto,
  ListIncidentsQuery,
  SitrepDto,
} from './incidents.dto';
import { IncidentsService } from './incidents.service';

/**
 * An emergency needs every hand: the leader, who receives the alerts, may act as well as the bureau and the
 * township mediators, each within its jurisdiction. Admin keeps the system, not the response: read only.
 */
const RESPONDERS = ['mediator', 'bureau', 'leader'] as const;
const WHO =
  '调解员（本乡镇）、区民政局、分管领导可操作；管理员只读 / mediator (own township), bureau, leader; admin reads only';

@ApiTags('incidents 突发事件应急处置')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: IDEMPOTENCY_KEY_DOC })
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Post()
  @Roles(...RESPONDERS)
  @ApiOperation({
    summary: '启动应急预案 / trigger an incident (201); the escalation chain starts at step 0',
    description:
      `${WHO}. 调解员只能为本乡镇启动；区级用户可为本区或其乡镇启动 / ` +
      'a mediator for its own township only, bureau and leader for the district or its townships.',
  })
  trigger(@CurrentUser() user: Principal, @Body() body: CreateIncidentDto, @IdempotencyKey() key?: string) {
    return this.incidents.trigger(user, body, key);
  }

  @Get()
  @ApiOperation({ summary: '事件列表 / list incidents, newest first' })
  list(@CurrentUser() user: Principal, @Query() query: ListIncidentsQuery) {
    return this.incidents.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '事件详情 / one incident' })
  get(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.incidents.get(user, id);
  }

  @Get(':id/timeline')
  @ApiOperation({
    summary: '处置记录 / the incident timeline (sitreps, arrival, escalation steps), oldest first',
  })
  timeline(@CurrentUser() user: Principal, @Param('id') id: string) {
    return this.incidents.timelineOf(user, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles(...RESPONDERS)
  @ApiOperation({
    summary: '确认响应 / triggered → acknowledged; stops the escalation chain',
    description: WHO,
  })
  acknowledge(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: IncidentNoteDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.incidents.advance(user, id, acknowledgeIncidentUpdate, body, key);
  }

  @Post(':id/on-scene')
  @HttpCode(200)
  @Roles(...RESPONDERS)
  @ApiOperation({ summary: '到达现场 / acknowledged → on_scene', description: WHO })
  onScene(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: IncidentNoteDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.incidents.advance(user, id, reportOnSceneUpdate, body, key);
  }

  @Post(':id/sitreps')
  @HttpCode(200)
  @Roles(...RESPONDERS)
  @ApiOperation({ summary: '报送现场情况 / add a situation report while open', description: WHO })
  sitrep(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: SitrepDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.incidents.advance(user, id, addSitrepUpdate, body, key);
  }

  @Post(':id/severity')
  @HttpCode(200)
  @Roles(...RESPONDERS)
  @ApiOperation({
    summary: '调整响应级别 / raise or lower the severity; deadlines are recomputed from the trigger time',
    description: WHO,
  })
  severity(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: ChangeSeverityDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.incidents.advance(user, id, changeSeverityUpdate, body, key);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Roles(...RESPONDERS)
  @ApiOperation({ summary: '处置完毕 / resolve from any open status', description: WHO })
  resolve(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: SummaryDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.incidents.advance(user, id, resolveIncidentUpdate, body, key);
  }
}
