import { Column, PrimaryColumn } from 'typeorm';

/**
 * The columns every workflow family's read model row has: a projection of one workflow, written only by its
 * projection activity. Each family's entity extends this with the columns its lists filter on.
 */
export abstract class SubjectEntity<State> {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'varchar', length: 32 })
  status!: string;

  /** The district the subject belongs to: where its bureau and leaders are. */
  @Column({ type: 'varchar', length: 16 })
  district!: string;

  @Column({ type: 'jsonb' })
  state!: State;

  /** The workflow's sequence number: a projection only ever replaces an older one. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
