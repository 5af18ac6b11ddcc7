import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { CurrentUser, type Principal } from '../auth/principal';
import { ApiErrors, ApiIdempotencyKey, ApiSignedIn, SubjectWrite } from '../common/api-docs';
import { IdempotencyKey } from '../common/idempotency';
import { pageOf } from '../common/page.dto';
import { TimelineEntryDto } from '../common/subject.dto';
import {
  ArchiveInspectionDto,
  CreateJointInspectionDto,
  ListJointInspectionsQuery,
} from './joint-inspections.dto';
import { NoInputDto } from '../common/no-input.dto';
import { JointInspectionDto, JointInspectionPageDto } from './joint-inspection.view';
import { JointInspectionsService } from './joint-inspections.service';

const WHO =
  '界线双方的区（县）民政局可操作，其他角色 403，非当事方 404 / the bureau of either side of the line; ' +
  'other roles 403, bureaus of other counties 404';

/** One stage step of an inspection, by the bureau of a side, answering the whole inspection. */
const InspectionWrite = (path: string, summary: string) =>
  SubjectWrite(path, ['bureau'], { summary, description: WHO }, JointInspectionDto);

@ApiTags('界线联检 / joint inspections')
@ApiSignedIn()
@Controller('joint-inspections')
export class JointInspectionsController {
  constructor(private readonly inspections: JointInspectionsService) {}

  @Post()
  @Roles('bureau')
  @ApiOperation({
    summary: '发起界线联检 / open a joint inspection of a line between two counties',
    description:
      '界线双方之一的民政局发起；应检界桩为发起时该界线登记的界桩 / by the bureau of a side; the markers to ' +
      'check are those the register holds for the line at that time.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: JointInspectionDto, description: '已发起，状态 planning / opened: planning' })
  @ApiOkResponse({
    type: JointInspectionDto,
    description: '此 Idempotency-Key 已发起过 / the key opened it before',
  })
  @ApiErrors(400, 403, 413)
  async open(
    @CurrentUser() user: Principal,
    @Body() body: CreateJointInspectionDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<JointInspectionDto> {
    const result = await this.inspections.open(user, body, idempotencyKey);
    response.status(result.created ? 201 : 200);
    return result.inspection;
  }

  @Get()
  @ApiOperation({ summary: '联检列表 / the inspections of lines of the caller county, newest first' })
  @ApiOkResponse({ type: JointInspectionPageDto, description: '一页联检 / one page' })
  @ApiErrors(400)
  async list(
    @CurrentUser() user: Principal,
    @Query() query: ListJointInspectionsQuery,
  ): Promise<JointInspectionPageDto> {
    return { ...(await this.inspections.list(user, query)), ...pageOf(query) };
  }

  @Get(':id')
  @ApiOperation({ summary: '联检详情 / one inspection' })
  @ApiOkResponse({ type: JointInspectionDto, description: '联检 / the inspection' })
  @ApiErrors(404)
  get(@CurrentUser() user: Principal, @Param('id') id: string): Promise<JointInspectionDto> {
    return this.inspections.get(user, id);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: '联检记录 / every change and who made it, oldest first' })
  @ApiOkResponse({ type: [TimelineEntryDto], description: '记录 / the timeline' })
  @ApiErrors(404)
  timeline(@CurrentUser() user: Principal, @Param('id') id: string): Promise<TimelineEntryDto[]> {
    return this.inspections.timelineOf(user, id);
  }

  @Get(':id/report')
  @ApiOperation({
    summary: '联检报告（PDF）/ the joint inspection report as a PDF',
    description:
      '界线、期间、双方联检组、逐桩检查情况与维护、发现问题及整改销号、双方签署；内嵌中文字体 / the line, ' +
      'period, both teams, each marker with condition and repairs, findings and close-out, both signatures; ' +
      'the CJK font is embedded.',
  })
  @ApiOkResponse({
    description: 'PDF 文件 / the PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(404)
  async report(@CurrentUser() user: Principal, @Param('id') id: string): Promise<StreamableFile> {
    const { fileName, pdf } = await this.inspections.report(user, id);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="${fileName}"`,
      length: pdf.length,
    });
  }

  @InspectionWrite(':id/advance', '进入下一阶段 / planning → field_work → reporting')
  advance(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() _body: NoInputDto,
    @IdempotencyKey() key?: string,
  ): Promise<JointInspectionDto> {
    return this.inspections.advanceStage(user, id, key);
  }

  @InspectionWrite(
    ':id/sign',
    '本方签署联检报告 / sign the report for the caller side; signed once both have',
  )
  sign(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() _body: NoInputDto,
    @IdempotencyKey() key?: string,
  ): Promise<JointInspectionDto> {
    return this.inspections.sign(user, id, key);
  }

  @InspectionWrite(':id/archive', '归档 / signed → archived; the next five-year cycle starts counting')
  archive(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Body() body: ArchiveInspectionDto,
    @IdempotencyKey() key?: string,
  ): Promise<JointInspectionDto> {
    return this.inspections.archive(user, id, body, key);
  }
}
