import type { DisputeCase } from '@boundary/workflows';
import { Column, Entity } from 'typeorm';
import { SubjectEntity } from '../subjects/subject.entity';

/** The read model of one case, with the columns its lists filter on. */
@Entity('disputes')
export class DisputeEntity extends SubjectEntity<DisputeCase> {
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 32 })
  category!: string;

  @Column({ type: 'varchar', length: 16 })
  tier!: string;

  @Column({ name: 'owner_jurisdiction', type: 'varchar', length: 16 })
  ownerJurisdiction!: string;

  @Column({ name: 'risk_level', type: 'varchar', length: 16 })
  riskLevel!: string;

  /** Earliest pending due time, for "overdue" and "nearest deadline" without opening the JSON. */
  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt!: Date | null;

  /** The deadline of the current stage was missed. */
  @Column({ type: 'boolean', default: false })
  overdue!: boolean;

  /** The county-level units among the parties; a cross-county case has two or more. */
  @Column({ type: 'varchar', length: 16, array: true, default: '{}' })
  sides!: string[];

  /** The joint mediation group's members who are users: they see the case. */
  @Column({ name: 'member_usernames', type: 'varchar', length: 64, array: true, default: '{}' })
  memberUsernames!: string[];

  /** The common superior a referred case went to: its bureau sees the case. */
  @Column({ name: 'referred_to', type: 'varchar', length: 16, nullable: true })
  referredTo!: string | null;
}
