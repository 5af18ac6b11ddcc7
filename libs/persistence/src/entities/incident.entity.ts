import type { Incident } from '@boundary/workflows';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The read model of one incident: a projection of its workflow, written only by the projection activity. */
@Entity('incidents')
export class IncidentEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'varchar', length: 64 })
  type!: string;

  @Column({ type: 'varchar', length: 32 })
  status!: string;

  @Column({ type: 'varchar', length: 4 })
  severity!: string;

  /** A township, or the district for a district-wide incident. */
  @Column({ type: 'varchar', length: 16 })
  jurisdiction!: string;

  @Column({ type: 'varchar', length: 16 })
  district!: string;

  @Column({ name: 'dispute_id', type: 'varchar', length: 64, nullable: true })
  disputeId!: string | null;

  @Column({ type: 'jsonb' })
  state!: Incident;

  /** The workflow's sequence number: a projection only ever replaces an older one. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
