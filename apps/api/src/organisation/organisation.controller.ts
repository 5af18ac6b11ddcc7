import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { type Origin, RequestOrigin } from '../auth/principal';
import { ApiConflict, ApiErrors, ApiSignedIn } from '../common/api-docs';
import { JurisdictionDto } from './jurisdiction.dto';
import { CreateJurisdictionDto, UpdateJurisdictionDto } from './organisation.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('组织 / organisation')
@ApiSignedIn()
@Controller('jurisdictions')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @ApiOperation({
    summary: '辖区树（市、区县、乡镇、村）及责任人 / the jurisdiction tree with its responsible persons',
  })
  @ApiOkResponse({ type: [JurisdictionDto], description: '按代码排序 / sorted by code' })
  list(): Promise<JurisdictionDto[]> {
    return this.organisation.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: '新增行政区（管理员）/ add a jurisdiction (admin)',
    description:
      '上级须为上一层级：区县在市下（或无上级），乡镇在区县下，村在乡镇下 / the parent is one level up: ' +
      'a district under a city (or none), a township under a district, a village under a township',
  })
  @ApiCreatedResponse({ type: JurisdictionDto, description: '新增的行政区 / the new jurisdiction' })
  @ApiErrors(400, 403, 413)
  @ApiConflict('行政区代码已存在 / the code is taken')
  create(@Body() body: CreateJurisdictionDto, @RequestOrigin() origin: Origin): Promise<JurisdictionDto> {
    return this.organisation.create(body, origin);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOperation({
    summary: '修改名称或责任人（管理员）/ rename, or name the responsible persons (admin)',
    description: '责任人须为已启用的用户；null 取消 / responsible persons are active users; null removes one',
  })
  @ApiOkResponse({ type: JurisdictionDto, description: '修改后的行政区 / the jurisdiction after the change' })
  @ApiErrors(400, 403, 404, 413)
  update(
    @Param('code') code: string,
    @Body() body: UpdateJurisdictionDto,
    @RequestOrigin() origin: Origin,
  ): Promise<JurisdictionDto> {
    return this.organisation.update(code, body, origin);
  }
}
