import { Module } from '@nestjs/common';
import { INSPECTION_FINDINGS, findingsFromMarkers } from './inspection-report';
import { JointInspectionsController } from './joint-inspections.controller';
import { JointInspectionsService } from './joint-inspections.service';

@Module({
  controllers: [JointInspectionsController],
  // The problem ledger replaces this provider with its own findings once it is merged.
  providers: [JointInspectionsService, { provide: INSPECTION_FINDINGS, useValue: findingsFromMarkers }],
  exports: [JointInspectionsService],
})
export class JointInspectionsModule {}
