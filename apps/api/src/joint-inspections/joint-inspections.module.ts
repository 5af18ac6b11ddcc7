import { Module } from '@nestjs/common';
import { InspectionPatrols, LedgerInspectionFindings } from './inspection-patrols';
import { INSPECTION_FINDINGS } from './inspection-report';
import { JointInspectionsController } from './joint-inspections.controller';
import { JointInspectionsService } from './joint-inspections.service';

@Module({
  controllers: [JointInspectionsController],
  providers: [
    JointInspectionsService,
    InspectionPatrols,
    { provide: INSPECTION_FINDINGS, useClass: LedgerInspectionFindings },
  ],
  // The ledger's patrols count toward inspections through InspectionPatrols (one of its patrol consumers).
  exports: [JointInspectionsService, InspectionPatrols],
})
export class JointInspectionsModule {}
