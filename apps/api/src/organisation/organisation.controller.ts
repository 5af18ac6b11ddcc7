import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiSignedIn } from '../common/api-docs';
import { JurisdictionDto } from './jurisdiction.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('organisation 组织')
@ApiSignedIn()
@Controller('jurisdictions')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @ApiOperation({
    summary: '辖区列表（区、乡镇、邻县）/ the jurisdictions: district, townships, neighbouring counties',
  })
  @ApiOkResponse({ type: [JurisdictionDto] })
  list(): Promise<JurisdictionDto[]> {
    return this.organisation.list();
  }
}
