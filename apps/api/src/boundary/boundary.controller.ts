import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AppConfig } from '@boundary/config';
import { Roles } from '../auth/auth.decorators';
import { CurrentUser, type Principal } from '../auth/principal';
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
  BaseMapResponse,
  FeatureCollectionResponse,
  ImportResult,
  LineResponse,
  MarkerPage,
  MarkerWithHistory,
} from './boundary.responses';
import { BoundaryService } from './boundary.service';

const WRITERS = ['bureau', 'admin'] as const;

@ApiTags('boundary 界线与界桩')
@ApiBearerAuth()
@Controller('boundary')
export class BoundaryController {
  constructor(
    private readonly boundary: BoundaryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('lines')
  @Roles(...WRITERS)
  @ApiOperation({ summary: '登记界线 / register a line (409 when the code exists)' })
  @ApiCreatedResponse({ type: LineResponse })
  createLine(@CurrentUser() user: Principal, @Body() body: CreateLineDto) {
    return this.boundary.createLine(user, body);
  }

  @Get('lines')
  @ApiOperation({ summary: '界线列表 / lines the caller may read (mediators: along their township)' })
  @ApiOkResponse({ type: [LineResponse] })
  lines(@CurrentUser() user: Principal, @Query() query: ListLinesQuery) {
    return this.boundary.lines(user, query.jurisdiction);
  }

  @Get('lines/:code')
  @ApiOperation({ summary: '界线详情 / one line, its length on the ellipsoid' })
  @ApiOkResponse({ type: LineResponse })
  line(@CurrentUser() user: Principal, @Param('code') code: string) {
    return this.boundary.line(user, code);
  }

  @Post('markers')
  @Roles(...WRITERS)
  @ApiOperation({ summary: '登记界桩 / register a marker on a line (409 when the code exists)' })
  @ApiCreatedResponse({ type: MarkerWithHistory })
  createMarker(@CurrentUser() user: Principal, @Body() body: CreateMarkerDto) {
    return this.boundary.createMarker(user, body);
  }

  @Get('markers')
  @ApiOperation({ summary: '界桩列表 / markers; with near=lat,lng,meters nearest first' })
  @ApiOkResponse({ type: MarkerPage })
  markers(@CurrentUser() user: Principal, @Query() query: ListMarkersQuery) {
    return this.boundary.markers(user, query);
  }

  @Get('markers/:code')
  @ApiOperation({ summary: '界桩详情与状态记录 / one marker with its status history' })
  @ApiOkResponse({ type: MarkerWithHistory })
  marker(@CurrentUser() user: Principal, @Param('code') code: string) {
    return this.boundary.marker(user, code);
  }

  @Post('markers/:code/status')
  @HttpCode(200)
  @Roles('mediator', ...WRITERS)
  @ApiOperation({ summary: '报告界桩状态（巡查、维修）/ report a marker status from a patrol or repair' })
  @ApiOkResponse({ type: MarkerWithHistory })
  reportStatus(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Body() body: ReportMarkerStatusDto,
  ) {
    return this.boundary.reportStatus(user, code, body);
  }

  @Get('export')
  @Header('content-type', 'application/geo+json; charset=utf-8')
  @ApiOperation({ summary: '导出 GeoJSON / the register the caller may read as a FeatureCollection' })
  @ApiOkResponse({ type: FeatureCollectionResponse })
  export(@CurrentUser() user: Principal) {
    return this.boundary.export(user);
  }

  @Post('import')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      '导入 GeoJSON（按编号新建或更新，全部成功或全部不变）/ import by code, all or nothing; 400 names each bad feature',
  })
  @ApiBody({ type: FeatureCollectionDto })
  @ApiOkResponse({ type: ImportResult })
  import(@CurrentUser() user: Principal, @Body() body: FeatureCollectionDto) {
    return this.boundary.import(user, body);
  }

  @Get('basemap')
  @ApiOperation({ summary: '底图设置（未配置则无）/ the optional base map tile layer' })
  @ApiOkResponse({ type: BaseMapResponse })
  baseMap() {
    const { urlTemplate, key, subdomains, attribution } = this.config.baseMap ?? {};
    return { urlTemplate, key, subdomains, attribution };
  }
}
