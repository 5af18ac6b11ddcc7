import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type WebhookStatus = 'none' | 'pending' | 'delivered' | 'failed';

/** One alert in one user's inbox. `dedup_key` is unique: a retried delivery cannot add a second row. */
@Entity('alerts')
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'dedup_key', type: 'varchar', length: 300, unique: true })
  dedupKey!: string;

  @Column({ type: 'varchar', length: 64 })
  recipient!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 16 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64 })
  subjectId!: string;

  @Column({ name: 'deadline_kind', type: 'varchar', length: 32, nullable: true })
  deadlineKind!: string | null;

  @Column({ type: 'text' })
  message!: string;

  @Column({ name: 'message_en', type: 'text' })
  messageEn!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'webhook_status', type: 'varchar', length: 16, default: 'none' })
  webhookStatus!: WebhookStatus;

  @Column({ name: 'webhook_attempts', type: 'integer', default: 0 })
  webhookAttempts!: number;

  @Column({ name: 'webhook_error', type: 'text', nullable: true })
  webhookError!: string | null;
}
