import { Module } from '@nestjs/common';
import { BoundaryModule } from '../boundary/boundary.module';
import { DisputesModule } from '../disputes/disputes.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { InspectionPatrols } from '../joint-inspections/inspection-patrols';
import { JointInspectionsModule } from '../joint-inspections/joint-inspections.module';
import { FindingsController } from './findings.controller';
import { FindingsService } from './findings.service';
import { PATROL_CONSUMERS, type PatrolConsumer } from './patrol-consumers';
import { PatrolPlansService } from './patrol-plans.service';
import { PatrolPlansController, PatrolsController } from './patrols.controller';
import { PatrolFindingsOpener, PatrolsService } from './patrols.service';

/** Patrols, patrol plans and the problem ledger (巡查与问题台账). */
@Module({
  imports: [BoundaryModule, DisputesModule, IncidentsModule, JointInspectionsModule],
  controllers: [FindingsController, PatrolsController, PatrolPlansController],
  providers: [
    FindingsService,
    PatrolPlansService,
    PatrolsService,
    PatrolFindingsOpener,
    {
      // The one place a new consumer of saved patrols is added (a joint inspection's progress, for one).
      provide: PATROL_CONSUMERS,
      useFactory: (
        findings: PatrolFindingsOpener,
        plans: PatrolPlansService,
        inspections: InspectionPatrols,
      ): PatrolConsumer[] => [findings, plans, inspections],
      inject: [PatrolFindingsOpener, PatrolPlansService, InspectionPatrols],
    },
  ],
  exports: [FindingsService, PatrolPlansService],
})
export class LedgerModule {}
