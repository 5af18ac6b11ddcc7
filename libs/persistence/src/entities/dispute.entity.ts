import type { DisputeCase } from '@boundary/workflows';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The read model of one case: a projection of its workflow, written only by the projection activity. */
@Entity('disputes')
export class DisputeEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 32 })
  category!: string;

  @Column({ type: 'varchar', length: 32 })
  status!: string;

  @Column({ type: 'varchar', length: 16 })
  tier!: string;

  @Column({ name: 'owner_jurisdiction', type: 'varchar', length: 16 })
  ownerJurisdiction!: string;

  @Column({ type: 'varchar', length: 16 })
  district!: string;

  @Column({ name: 'risk_level', type: 'varchar', length: 16 })
  riskLevel!: string;

  /** Earliest pending due time, for "overdue" and "nearest deadline" without opening the JSON. */
  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt!: Date | null;

  /** The deadline of the current stage was missed. */
  @Column({ type: 'boolean', default: false })
  overdue!: boolean;

  @Column({ type: 'jsonb' })
  state!: DisputeCase;

  /** The workflow's sequence number: a projection only ever replaces an older one. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
