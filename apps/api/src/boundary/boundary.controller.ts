import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { AppConfig } from '@boundary/config';
import { Roles } from '../auth/auth.decorators';
import { CurrentUser, type Principal } from '../auth/principal';
import { ApiConflict, ApiErrors, ApiSignedIn } from '../common/api-docs';
import { pageOf } from '../common/page.dto';
import { APP_CONFIG } from '../infrastructure/tokens';
import {
  CreateLineDto,
  CreateMarkerDto,
  FeatureCollectionDto,
  ListLinesQuery,
  ListMarkersQuery,
  ReportMarkerStatusDto,
} from './boundary.dto';
import {
  BaseMapDto,
  ImportResultDto,
  LineDto,
  MarkerPageDto,
  MarkerWithHistoryDto,
  RegisterCollectionDto,
} from './boundary.responses';
import { BoundaryService } from './boundary.service';

const WRITERS = ['bureau', 'admin'] as const;
const WRITERS_DOC =
  '区民政局（本区界线）与管理员；其他角色 403 / the bureau (lines of its district) and admin; others 403';

@ApiTags('界线与界桩 / boundary register')
@ApiSignedIn()
@ApiExtraModels(RegisterCollectionDto)
@Controller('boundary')
export class BoundaryController {
  constructor(
    private readonly boundary: BoundaryService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'baseMap'>,
  ) {}

  @Post('lines')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: '登记界线 / register a line',
    description: `${WRITERS_DOC}. 几何自相交、两侧不明为 400 / a self-crossing line or an unknown side is 400.`,
  })
  @ApiCreatedResponse({ type: LineDto, description: '已登记的界线 / the line as registered' })
  @ApiErrors(400, 403, 413)
  @ApiConflict('该编号已登记，未作改动 / the code is registered already; nothing was changed')
  createLine(@CurrentUser() user: Principal, @Body() body: CreateLineDto): Promise<LineDto> {
    return this.boundary.createLine(user, body);
  }

  @Get('lines')
  @ApiOperation({ summary: '界线列表 / lines the caller may read (mediators: along their township)' })
  @ApiOkResponse({ type: [LineDto], description: '按编号排序 / by code' })
  @ApiErrors(400)
  lines(@CurrentUser() user: Principal, @Query() query: ListLinesQuery): Promise<LineDto[]> {
    return this.boundary.lines(user, query.jurisdiction);
  }

  @Get('lines/:code')
  @ApiOperation({ summary: '界线详情 / one line, its length on the ellipsoid' })
  @ApiOkResponse({ type: LineDto, description: '界线 / the line' })
  @ApiErrors(404)
  line(@CurrentUser() user: Principal, @Param('code') code: string): Promise<LineDto> {
    return this.boundary.line(user, code);
  }

  @Post('markers')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: '登记界桩 / register a marker on a line',
    description: `${WRITERS_DOC}. 离界线过远（BOUNDARY_MARKER_MAX_OFFSET_M）为 400 / too far from its line is 400.`,
  })
  @ApiCreatedResponse({ type: MarkerWithHistoryDto, description: '已登记的界桩 / the marker as registered' })
  @ApiErrors(400, 403, 413)
  @ApiConflict('该编号已登记，未作改动 / the code is registered already; nothing was changed')
  createMarker(@CurrentUser() user: Principal, @Body() body: CreateMarkerDto): Promise<MarkerWithHistoryDto> {
    return this.boundary.createMarker(user, body);
  }

  @Get('markers')
  @ApiOperation({ summary: '界桩列表 / markers by code; with near=lat,lng,meters nearest first' })
  @ApiOkResponse({ type: MarkerPageDto, description: '一页界桩 / one page of markers' })
  @ApiErrors(400)
  async markers(@CurrentUser() user: Principal, @Query() query: ListMarkersQuery): Promise<MarkerPageDto> {
    return { ...(await this.boundary.markers(user, query)), ...pageOf(query) };
  }

  @Get('markers/:code')
  @ApiOperation({ summary: '界桩详情与状态记录 / one marker with its status history' })
  @ApiOkResponse({ type: MarkerWithHistoryDto, description: '界桩 / the marker' })
  @ApiErrors(404)
  marker(@CurrentUser() user: Principal, @Param('code') code: string): Promise<MarkerWithHistoryDto> {
    return this.boundary.marker(user, code);
  }

  @Post('markers/:code/status')
  @HttpCode(200)
  @Roles('mediator', ...WRITERS)
  @ApiOperation({
    summary: '报告界桩状态（巡查、维修）/ report a marker status from a patrol or repair',
    description: '调解员、区民政局、管理员；领导 403 / mediator, bureau and admin; a leader is 403',
  })
  @ApiOkResponse({ type: MarkerWithHistoryDto, description: '报告后的界桩 / the marker after the report' })
  @ApiErrors(400, 403, 404, 413)
  reportStatus(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Body() body: ReportMarkerStatusDto,
  ): Promise<MarkerWithHistoryDto> {
    return this.boundary.reportStatus(user, code, body);
  }

  @Get('export')
  @Header('content-type', 'application/geo+json; charset=utf-8')
  @ApiOperation({ summary: '导出 GeoJSON / the register the caller may read as a FeatureCollection' })
  @ApiOkResponse({
    description: '界线与界桩 / lines and markers',
    content: { 'application/geo+json': { schema: { $ref: getSchemaPath(RegisterCollectionDto) } } },
  })
  export(@CurrentUser() user: Principal): Promise<RegisterCollectionDto> {
    return this.boundary.export(user);
  }

  @Post('import')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: '导入 GeoJSON（按编号新建或更新，全部成功或全部不变）/ import by code, all or nothing',
    description:
      `${WRITERS_DOC}；他区界线的要素 403。有误的要素逐个列在 400 的 details 中（feature 为编号）/ ` +
      'a feature on another district’s line is 403; a 400 lists each bad feature by its code.',
  })
  @ApiBody({ type: FeatureCollectionDto })
  @ApiOkResponse({ type: ImportResultDto, description: '新建或变更的数目 / counts created or changed' })
  @ApiErrors(400, 403, 413)
  import(@CurrentUser() user: Principal, @Body() body: FeatureCollectionDto): Promise<ImportResultDto> {
    return this.boundary.import(user, body);
  }

  @Get('basemap')
  @ApiOperation({ summary: '底图设置（未配置则为空）/ the optional base map tile layer' })
  @ApiOkResponse({ type: BaseMapDto, description: '未配置时为 {} / {} when none is configured' })
  baseMap(): BaseMapDto {
    const { urlTemplate, key, subdomains, attribution } = this.config.baseMap ?? {};
    return { urlTemplate, key, subdomains, attribution };
  }
}
