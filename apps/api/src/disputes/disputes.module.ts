import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module';
import { DisputesController } from './disputes.controller';
import { DisputesService } from './disputes.service';

@Module({ imports: [IncidentsModule], controllers: [DisputesController], providers: [DisputesService] })
export class DisputesModule {}
