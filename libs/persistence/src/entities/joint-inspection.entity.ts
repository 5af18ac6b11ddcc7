import type { JointInspection } from '@boundary/workflows';
import { Column, Entity } from 'typeorm';
import { SubjectEntity } from '../subjects/subject.entity';

/** The read model of one joint inspection (联检), with the columns its lists filter on. */
@Entity('joint_inspections')
export class JointInspectionEntity extends SubjectEntity<JointInspection> {
  @Column({ name: 'line_code', type: 'varchar', length: 32 })
  lineCode!: string;

  /** The line's two county-level sides: the bureau of each sees and works on the inspection. */
  @Column({ type: 'varchar', length: 16, array: true })
  sides!: string[];

  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt!: Date | null;
}
