import { Module } from '@nestjs/common';
import { BoundaryModule } from '../boundary/boundary.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { DisputesController } from './disputes.controller';
import { DisputesService } from './disputes.service';

@Module({
  imports: [IncidentsModule, BoundaryModule],
  controllers: [DisputesController],
  providers: [DisputesService],
  exports: [DisputesService],
})
export class DisputesModule {}
