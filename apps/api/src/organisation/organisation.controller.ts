import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiSignedIn } from '../common/api-docs';
import { JurisdictionDto } from './jurisdiction.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('组织 / organisation')
@ApiSignedIn()
@Controller('jurisdictions')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @ApiOperation({
    summary: '辖区列表（区、乡镇、邻县）/ the jurisdictions: district, townships, neighbouring counties',
  })
  @ApiOkResponse({ type: [JurisdictionDto], description: '按代码排序 / sorted by code' })
  list(): Promise<JurisdictionDto[]> {
    return this.organisation.list();
  }
}
