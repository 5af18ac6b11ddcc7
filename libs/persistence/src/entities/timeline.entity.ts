import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Append-only audit of cases and incidents; (subject_id, seq) is unique, so retried writes add nothing. */
@Entity('timeline')
@Unique('uq_timeline_subject_seq', ['subjectId', 'seq'])
export class TimelineEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 16 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64 })
  subjectId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 64 })
  actor!: string;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 32, nullable: true })
  fromStatus!: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 32, nullable: true })
  toStatus!: string | null;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  /** The workflow's hash chain over this subject's events; null on rows written before chaining began. */
  @Column({ type: 'char', length: 64, nullable: true })
  hash!: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: true })
  prevHash!: string | null;
}
