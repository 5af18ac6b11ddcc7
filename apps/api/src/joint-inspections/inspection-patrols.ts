import { Inject, Injectable } from '@nestjs/common';
import { FindingRepository, type PatrolRecord } from '@boundary/persistence';
import { type JointInspection, REPAIR_WORK_ZH, type RepairWork } from '@boundary/workflows';
import type { Principal } from '../auth/principal';
import type { CreatePatrolDto } from '../ledger/ledger.dto';
import type { PatrolConsumer } from '../ledger/patrol-consumers';
import { type InspectionFindings, type ReportFinding, timeOf } from './inspection-report';
import { JointInspectionsService } from './joint-inspections.service';

/**
 * A patrol posted with `inspectionId` is the inspection's field work: refused before it is saved unless the
 * inspection is visible, of the same line and in field work; once saved, its markers (with the repairs made
 * on the spot) and the findings the ledger opened count toward the inspection, once per patrol.
 */
@Injectable()
export class InspectionPatrols implements PatrolConsumer {
  constructor(private readonly inspections: JointInspectionsService) {}

  async beforePatrol(principal: Principal, body: CreatePatrolDto): Promise<void> {
    if (body.inspectionId) await this.inspections.takesPatrol(principal, body.inspectionId, body.lineCode);
  }

  async afterPatrol(principal: Principal, patrol: PatrolRecord): Promise<void> {
    if (!patrol.inspectionId) return;
    await this.inspections.countPatrol(principal, patrol.inspectionId, {
      patrolId: patrol.id,
      endedAt: patrol.endedAt,
      team: patrol.team,
      markers: patrol.markers.map(({ code, condition, note, repairs }) => ({
        code,
        condition,
        ...(note ? { note } : {}),
        ...(repairs?.length
          ? { repairs: repairs.map((work) => REPAIR_WORK_ZH[work as RepairWork] ?? work) }
          : {}),
      })),
      findingIds: patrol.findingIds,
    });
  }
}

/** The report's findings are the ledger's entries its patrols opened, with their close-out (销号) as it stands. */
@Injectable()
export class LedgerInspectionFindings implements InspectionFindings {
  constructor(@Inject(FindingRepository) private readonly findings: Pick<FindingRepository, 'findById'>) {}

  async forInspection(inspection: JointInspection): Promise<ReportFinding[]> {
    const rows = await Promise.all(inspection.findingIds.map((id) => this.findings.findById(id, {})));
    return rows.flatMap((row) => {
      if (!row) return [];
      const finding = row.state;
      const closed = finding.status === 'closed';
      const done = finding.rectification?.summary;
      return [
        {
          ...(finding.markerCode ? { markerCode: finding.markerCode } : {}),
          description: finding.description,
          closeOut: closed
            ? `已销号（${timeOf(finding.closedAt ?? finding.updatedAt)}）${done ? `：${done}` : ''}`
            : `整改中（${finding.assignee ? `责任人 ${finding.assignee}` : '待交办'}）`,
          closed,
        },
      ];
    });
  }
}
