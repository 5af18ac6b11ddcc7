import type { Incident } from '@boundary/workflows';
import { Column, Entity } from 'typeorm';
import { SubjectEntity } from '../subjects/subject.entity';

/** The read model of one incident, with the columns its lists filter on. */
@Entity('incidents')
export class IncidentEntity extends SubjectEntity<Incident> {
  @Column({ type: 'varchar', length: 64 })
  type!: string;

  @Column({ type: 'varchar', length: 4 })
  severity!: string;

  /** A township, or the district for a district-wide incident. */
  @Column({ type: 'varchar', length: 16 })
  jurisdiction!: string;

  @Column({ name: 'dispute_id', type: 'varchar', length: 64, nullable: true })
  disputeId!: string | null;
}
