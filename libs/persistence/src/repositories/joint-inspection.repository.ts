import type { JointInspection } from '@boundary/workflows';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { JointInspectionEntity } from '../entities/joint-inspection.entity';
import {
  type Nearby,
  type Page,
  type SubjectColumns,
  SubjectRepository,
} from '../subjects/subject.repository';

export interface JointInspectionListFilter extends Page, Nearby {
  status?: string;
  lineCode?: string;
}

/** What the caller may see: the inspections of lines its county is a side of (`side`), or all (admin). */
export interface JointInspectionScope {
  side?: string;
}

const nextDueAt = (state: JointInspection): Date | null => {
  const pending = state.deadlines.filter((d) => d.status === 'pending').map((d) => Date.parse(d.dueAt));
  return pending.length > 0 ? new Date(Math.min(...pending)) : null;
};

export class JointInspectionRepository extends SubjectRepository<
  JointInspection,
  JointInspectionEntity,
  JointInspectionScope,
  JointInspectionListFilter
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      subjectType: 'joint_inspection',
      table: 'joint_inspections',
      entity: JointInspectionEntity,
      columns: (state) => ({
        line_code: state.lineCode,
        sides: state.sides,
        next_due_at: nextDueAt(state),
      }),
      // Everyone of either side's district sees the inspection (the scope is the caller's district).
      seenFrom: (state) => ({ jurisdictions: [], districts: state.sides }),
    });
  }

  protected inScope(row: SubjectColumns<JointInspectionEntity>, scope: JointInspectionScope): boolean {
    return !scope.side || row.sides.includes(scope.side);
  }

  protected narrow(
    query: SelectQueryBuilder<JointInspectionEntity>,
    filter: JointInspectionListFilter,
    scope: JointInspectionScope,
  ) {
    if (scope.side) query.andWhere(':side = ANY(s.sides)', { side: scope.side });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    if (filter.lineCode) query.andWhere('s.line_code = :lineCode', { lineCode: filter.lineCode });
  }
}
