import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { CurrentUser, type Principal } from '../auth/principal';
import { ApiErrors, ApiIdempotencyKey, ApiSignedIn } from '../common/api-docs';
import { IdempotencyKey } from '../common/idempotency';
import { pageOf } from '../common/page.dto';
import { TimelineEntryDto } from '../common/subject.dto';
import { CreatePatrolDto, CreatePatrolPlanDto, ListPatrolPlansQuery, ListPatrolsQuery } from './ledger.dto';
import { PatrolDto, PatrolPageDto, PatrolPlanDto, PatrolPlanPageDto } from './ledger.views';
import { PatrolPlansService } from './patrol-plans.service';
import { PatrolsService } from './patrols.service';

@ApiTags('巡查 / patrols')
@ApiSignedIn()
@Controller('patrols')
export class PatrolsController {
  constructor(private readonly patrols: PatrolsService) {}

  @Post()
  @Roles('mediator', 'bureau')
  @ApiOperation({
    summary:
      '登记巡查 / record a patrol (201): each marker’s condition goes into the register, each marker found other ' +
      'than intact opens a finding (one per marker while it is open), free findings open their own',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: PatrolDto, description: '巡查记录 / the patrol' })
  @ApiErrors(400, 403, 413)
  record(
    @CurrentUser() user: Principal,
    @Body() body: CreatePatrolDto,
    @IdempotencyKey() key?: string,
  ): Promise<PatrolDto> {
    return this.patrols.record(user, body, key);
  }

  @Get()
  @ApiOperation({ summary: '巡查记录 / patrols, newest first' })
  @ApiOkResponse({ type: PatrolPageDto, description: '一页巡查记录 / one page of patrols' })
  @ApiErrors(400)
  list(@CurrentUser() user: Principal, @Query() query: ListPatrolsQuery): Promise<PatrolPageDto> {
    return this.patrols.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '巡查记录 / one patrol' })
  @ApiOkResponse({ type: PatrolDto, description: '巡查记录 / the patrol' })
  @ApiErrors(404)
  get(@CurrentUser() user: Principal, @Param('id') id: string): Promise<PatrolDto> {
    return this.patrols.get(user, id);
  }
}

@ApiTags('巡查 / patrols')
@ApiSignedIn()
@Controller('patrol-plans')
export class PatrolPlansController {
  constructor(private readonly plans: PatrolPlansService) {}

  @Post()
  @Roles('bureau')
  @ApiOperation({ summary: '制定巡查计划 / plan patrols per township with a due time (201)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: PatrolPlanDto, description: '巡查计划 / the plan' })
  @ApiErrors(400, 403, 413)
  create(
    @CurrentUser() user: Principal,
    @Body() body: CreatePatrolPlanDto,
    @IdempotencyKey() key?: string,
  ): Promise<PatrolPlanDto> {
    return this.plans.create(user, body, key);
  }

  @Get()
  @ApiOperation({ summary: '巡查计划 / plans, newest first' })
  @ApiOkResponse({ type: PatrolPlanPageDto, description: '一页巡查计划 / one page of plans' })
  @ApiErrors(400)
  async list(
    @CurrentUser() user: Principal,
    @Query() query: ListPatrolPlansQuery,
  ): Promise<PatrolPlanPageDto> {
    return { ...(await this.plans.list(user, query)), ...pageOf(query) };
  }

  @Get(':id')
  @ApiOperation({ summary: '巡查计划 / one plan with its progress' })
  @ApiOkResponse({ type: PatrolPlanDto, description: '巡查计划 / the plan' })
  @ApiErrors(404)
  get(@CurrentUser() user: Principal, @Param('id') id: string): Promise<PatrolPlanDto> {
    return this.plans.get(user, id);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: '计划记录 / the plan timeline, oldest first' })
  @ApiOkResponse({ type: [TimelineEntryDto], description: '计划记录 / the timeline' })
  @ApiErrors(404)
  timeline(@CurrentUser() user: Principal, @Param('id') id: string): Promise<TimelineEntryDto[]> {
    return this.plans.timelineOf(user, id);
  }
}
