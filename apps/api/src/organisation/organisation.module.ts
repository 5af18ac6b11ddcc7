import { Global, Module } from '@nestjs/common';
import { OrganisationService } from './organisation.service';

@Global()
@Module({ providers: [OrganisationService], exports: [OrganisationService] })
export class OrganisationModule {}
