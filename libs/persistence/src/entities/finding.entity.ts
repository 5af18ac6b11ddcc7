import type { Finding, PatrolPlan } from '@boundary/workflows';
import { Column, Entity } from 'typeorm';
import { SubjectEntity } from '../subjects/subject.entity';

/** The read model of one ledger entry, with the columns the ledger filters on. */
@Entity('findings')
export class FindingEntity extends SubjectEntity<Finding> {
  @Column({ type: 'varchar', length: 16 }) kind!: string;
  @Column({ type: 'varchar', length: 16 }) jurisdiction!: string;
  @Column({ name: 'marker_code', type: 'varchar', length: 32, nullable: true }) markerCode!: string | null;
}

/** The read model of one patrol plan. */
@Entity('patrol_plans')
export class PatrolPlanEntity extends SubjectEntity<PatrolPlan> {
  @Column({ type: 'varchar', array: true }) jurisdictions!: string[];
}
