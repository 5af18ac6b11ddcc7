import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { type Origin, RequestOrigin } from '../auth/principal';
import { CreateJurisdictionDto, UpdateJurisdictionDto } from './organisation.dto';
import { type JurisdictionView, OrganisationService } from './organisation.service';

@ApiTags('organisation 组织')
@ApiBearerAuth()
@Controller('jurisdictions')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @ApiOperation({
    summary: '辖区树（市、区县、乡镇、村）及责任人 / the jurisdiction tree with its responsible persons',
  })
  list(): Promise<JurisdictionView[]> {
    return this.organisation.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: '新增行政区（管理员）/ add a jurisdiction (admin)' })
  @ApiCreatedResponse({ description: '已新增 / created' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN' })
  @ApiConflictResponse({ description: 'CONFLICT: the code is taken' })
  create(@Body() body: CreateJurisdictionDto, @RequestOrigin() origin: Origin): Promise<JurisdictionView> {
    return this.organisation.create(body, origin);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOperation({
    summary: '修改名称或责任人（管理员）/ rename, or name the responsible persons (admin)',
  })
  @ApiOkResponse({ description: '已修改 / updated' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  update(
    @Param('code') code: string,
    @Body() body: UpdateJurisdictionDto,
    @RequestOrigin() origin: Origin,
  ): Promise<JurisdictionView> {
    return this.organisation.update(code, body, origin);
  }
}
