import type { DataSource } from 'typeorm';
import { AlertEntity, type WebhookStatus } from '../entities/alert.entity';
import type { PlannedDelivery } from './channel.repository';

export interface NewAlert {
  dedupKey: string;
  recipient: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  deadlineKind: string | null;
  message: string;
  messageEn: string;
  createdAt: Date;
  webhookStatus: WebhookStatus;
  /**
   * The channel deliveries to plan with it (alert_deliveries), in the same statement: nobody ever reads the
   * alert without the deliveries it will have.
   */
  deliveries?: PlannedDelivery[];
}

export class AlertRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the alert unless its dedup key exists; returns the row either way and whether it is new. */
  async insertOnce(alert: NewAlert): Promise<{ alert: AlertEntity; inserted: boolean }> {
    const deliveries = alert.deliveries ?? [];
    const inserted: { id: string }[] = await this.dataSource.query(
      `WITH inserted AS (
         INSERT INTO alerts (dedup_key, recipient, kind, subject_type, subject_id, deadline_kind, message, message_en,
           created_at, webhook_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (dedup_key) DO NOTHING RETURNING id),
       planned AS (
         INSERT INTO alert_deliveries (alert_id, channel, status, attempts)
         SELECT inserted.id, d.channel, d.status, CASE WHEN d.status = 'sent' THEN 1 ELSE 0 END
         FROM inserted, unnest($11::text[], $12::text[]) AS d(channel, status))
       SELECT id FROM inserted`,
      [
        alert.dedupKey,
        alert.recipient,
        alert.kind,
        alert.subjectType,
        alert.subjectId,
        alert.deadlineKind,
        alert.message,
        alert.messageEn,
        alert.createdAt,
        alert.webhookStatus,
        deliveries.map((d) => d.channel),
        deliveries.map((d) => d.status),
      ],
    );
    const repository = this.dataSource.getRepository(AlertEntity);
    if (inserted.length === 0) {
      return { alert: await repository.findOneByOrFail({ dedupKey: alert.dedupKey }), inserted: false };
    }
    // Freshly inserted: everything but the id is what we just wrote, so no second query is needed.
    const { deliveries: _planned, ...columns } = alert;
    const row = repository.create({
      ...columns,
      id: inserted[0].id,
      readAt: null,
      webhookAttempts: 0,
      webhookError: null,
    });
    return { alert: row, inserted: true };
  }

  findById(id: string): Promise<AlertEntity | null> {
    return this.dataSource.getRepository(AlertEntity).findOneBy({ id });
  }

  findOwn(id: string, recipient: string): Promise<AlertEntity | null> {
    return this.dataSource.getRepository(AlertEntity).findOneBy({ id, recipient });
  }

  listFor(recipient: string, unreadOnly: boolean): Promise<AlertEntity[]> {
    const query = this.dataSource
      .getRepository(AlertEntity)
      .createQueryBuilder('a')
      .where('a.recipient = :recipient', { recipient })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(500);
    if (unreadOnly) query.andWhere('a.read_at IS NULL');
    return query.getMany();
  }

  /** Marks read once; a second call keeps the first read time. */
  async markRead(id: string, recipient: string): Promise<AlertEntity | null> {
    await this.dataSource.query(
      `UPDATE alerts SET read_at = now() WHERE id = $1 AND recipient = $2 AND read_at IS NULL`,
      [id, recipient],
    );
    return this.dataSource.getRepository(AlertEntity).findOneBy({ id, recipient });
  }

  async recordWebhook(
    id: string,
    status: WebhookStatus,
    attempts: number,
    error: string | null,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE alerts SET webhook_status = $2, webhook_attempts = $3, webhook_error = $4 WHERE id = $1`,
      [id, status, attempts, error],
    );
  }
}
