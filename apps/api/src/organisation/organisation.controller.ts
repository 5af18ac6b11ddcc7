import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type JurisdictionView, OrganisationService } from './organisation.service';

@ApiTags('organisation 组织')
@ApiBearerAuth()
@Controller('jurisdictions')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @ApiOperation({
    summary: '辖区列表（区、乡镇、邻县）/ the jurisdictions: district, townships, neighbouring counties',
  })
  list(): Promise<JurisdictionView[]> {
    return this.organisation.list();
  }
}
