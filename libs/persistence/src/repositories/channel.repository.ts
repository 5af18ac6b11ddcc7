import type { AlertChannel, AlertRouting } from '@boundary/workflows';
import type { DataSource } from 'typeorm';
import { type AuditEntry, AuditRepository } from './audit.repository';

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/** A delivery as planned for an alert: on which channel, and whether it still has to go out. */
export interface PlannedDelivery {
  channel: AlertChannel;
  status: DeliveryStatus;
}

export interface Delivery extends PlannedDelivery {
  attempts: number;
  lastError: string | null;
}

export interface Robots {
  wecomRobot: { url: string } | null;
  dingtalkRobot: { url: string; secret: string } | null;
}

/** Where an alert can reach a user: the user's own phone and webhook, and the robots of the user's jurisdiction. */
export interface Reach {
  username: string;
  phone: string | null;
  webhookUrl: string | null;
  robots: Robots;
}

export interface AckLink {
  id: string;
  alertId: string;
  username: string;
  subjectType: string;
  subjectId: string;
  expiresAt: Date;
  usedAt: Date | null;
  usedAction: string | null;
}

export interface ConsoleEvent {
  id: string;
  type: 'alert' | 'subject';
  recipient: string | null;
  /** Whose users see the subject (see `SubjectTable.seenFrom`). */
  jurisdictions: string[];
  /** Districts every user of which sees the subject. */
  districts: string[];
  /** Users who may see the subject by name, whatever their jurisdiction (see `SubjectTable.seenFrom`). */
  usernames: string[];
  data: Record<string, unknown>;
}

const ACK_COLUMNS = `id, alert_id AS "alertId", username, subject_type AS "subjectType", subject_id AS "subjectId",
  expires_at AS "expiresAt", used_at AS "usedAt", used_action AS "usedAction"`;

/**
 * Everything an alert does beyond the inbox: per-channel deliveries (one row per alert and channel, the unit
 * of exactly-once), the routing frozen per subject, the work-group robots of a jurisdiction, the phone
 * acknowledge links and the console's event log.
 */
export class ChannelRepository {
  private readonly audit: AuditRepository;

  constructor(private readonly dataSource: DataSource) {
    this.audit = new AuditRepository(dataSource);
  }

  /**
   * The routing of a subject: the one frozen at its first alert, else this one, frozen now. A policy file
   * edited later changes the routing of subjects that have not alerted yet only.
   */
  async frozenRouting(subjectType: string, subjectId: string, current: AlertRouting): Promise<AlertRouting> {
    const [row]: { routing: AlertRouting }[] = await this.dataSource.query(
      `WITH inserted AS (
         INSERT INTO alert_routes (subject_type, subject_id, routing) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING routing)
       SELECT routing FROM inserted
       UNION ALL SELECT routing FROM alert_routes WHERE subject_type = $1 AND subject_id = $2
       LIMIT 1`,
      [subjectType, subjectId, JSON.stringify(current)],
    );
    if (row) return row.routing;
    // A concurrent first alert of the same subject froze it after this statement's snapshot was taken: the
    // row is there for the next statement.
    const [frozen]: { routing: AlertRouting }[] = await this.dataSource.query(
      `SELECT routing FROM alert_routes WHERE subject_type = $1 AND subject_id = $2`,
      [subjectType, subjectId],
    );
    return frozen.routing;
  }

  /** Adds the deliveries an alert does not have yet; a retry adds nothing. Returns all of them. */
  async plan(alertId: string, deliveries: PlannedDelivery[]): Promise<Delivery[]> {
    if (deliveries.length > 0) {
      await this.dataSource.query(
        `INSERT INTO alert_deliveries (alert_id, channel, status, attempts)
         SELECT $1, channel, status, CASE WHEN status = 'sent' THEN 1 ELSE 0 END
         FROM unnest($2::text[], $3::text[]) AS d(channel, status)
         ON CONFLICT DO NOTHING`,
        [alertId, deliveries.map((d) => d.channel), deliveries.map((d) => d.status)],
      );
    }
    return (await this.deliveriesOf([alertId])).get(alertId) ?? [];
  }

  async deliveriesOf(alertIds: string[]): Promise<Map<string, Delivery[]>> {
    const rows: (Delivery & { alertId: string })[] = alertIds.length
      ? await this.dataSource.query(
          `SELECT alert_id AS "alertId", channel, status, attempts, last_error AS "lastError"
           FROM alert_deliveries WHERE alert_id = ANY($1::uuid[]) ORDER BY alert_id, channel`,
          [alertIds],
        )
      : [];
    const byAlert = new Map<string, Delivery[]>();
    for (const { alertId, ...delivery } of rows) {
      byAlert.set(alertId, [...(byAlert.get(alertId) ?? []), delivery]);
    }
    return byAlert;
  }

  /**
   * Takes the delivery for one send, unless it is no longer pending or another attempt holds it: BullMQ runs a
   * job whose lock lapsed (a worker starved of CPU) a second time while the first may still be sending. A
   * crashed attempt's lease runs out, so its retry is delayed, never lost.
   */
  async claim(alertId: string, channel: AlertChannel, leaseSeconds: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE alert_deliveries SET lease_until = now() + make_interval(secs => $3)
       WHERE alert_id = $1 AND channel = $2 AND status = 'pending' AND (lease_until IS NULL OR lease_until < now())
       RETURNING 1`,
      [alertId, channel, leaseSeconds],
    );
    return rows.length > 0;
  }

  /** A sent delivery stays sent: a late retry of an older attempt cannot turn it back. */
  async record(
    alertId: string,
    channel: AlertChannel,
    status: DeliveryStatus,
    attempts: number,
    error: string | null,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE alert_deliveries SET status = $3, attempts = GREATEST(attempts, $4), last_error = $5,
         lease_until = NULL, updated_at = now()
       WHERE alert_id = $1 AND channel = $2 AND status <> 'sent'`,
      [alertId, channel, status, attempts, error],
    );
  }

  /**
   * One read per alert and attempt, so the user and the robots come in one statement. Read only here, never by
   * the jurisdiction views: the DingTalk secret does not leave the server. Null when there is no such user.
   */
  async reachOf(username: string): Promise<Reach | null> {
    const [row]: {
      phone: string | null;
      webhookUrl: string | null;
      wecom: string | null;
      dingtalk: string | null;
      secret: string | null;
    }[] = await this.dataSource.query(
      `SELECT u.phone, u.webhook_url AS "webhookUrl", j.wecom_robot_url AS wecom,
         j.dingtalk_robot_url AS dingtalk, j.dingtalk_robot_secret AS secret
       FROM users u LEFT JOIN jurisdictions j ON j.code = u.jurisdiction
       WHERE u.username = $1`,
      [username],
    );
    if (!row) return null;
    return {
      username,
      phone: row.phone,
      webhookUrl: row.webhookUrl,
      robots: {
        wecomRobot: row.wecom ? { url: row.wecom } : null,
        dingtalkRobot: row.dingtalk && row.secret ? { url: row.dingtalk, secret: row.secret } : null,
      },
    };
  }

  /** Replaces both robots (null removes one); false when there is no such jurisdiction. */
  async setRobots(code: string, robots: Robots, audit: AuditEntry): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const [, affected]: [unknown, number] = await tx.query(
        `UPDATE jurisdictions SET wecom_robot_url = $2, dingtalk_robot_url = $3, dingtalk_robot_secret = $4
         WHERE code = $1`,
        [
          code,
          robots.wecomRobot?.url ?? null,
          robots.dingtalkRobot?.url ?? null,
          robots.dingtalkRobot?.secret ?? null,
        ],
      );
      if (!affected) return false;
      await this.audit.append(audit, tx);
      return true;
    });
  }

  /** One link per alert: a retried delivery finds the link the first attempt issued. */
  async issueAckLink(link: Omit<AckLink, 'usedAt' | 'usedAction'>): Promise<AckLink> {
    await this.dataSource.query(
      `INSERT INTO ack_links (id, alert_id, username, subject_type, subject_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (alert_id) DO NOTHING`,
      [link.id, link.alertId, link.username, link.subjectType, link.subjectId, link.expiresAt],
    );
    const [row]: AckLink[] = await this.dataSource.query(
      `SELECT ${ACK_COLUMNS} FROM ack_links WHERE alert_id = $1`,
      [link.alertId],
    );
    return row;
  }

  async findAckLinkOf(alertId: string): Promise<AckLink | null> {
    const [row]: AckLink[] = await this.dataSource.query(
      `SELECT ${ACK_COLUMNS} FROM ack_links WHERE alert_id = $1`,
      [alertId],
    );
    return row ?? null;
  }

  async findAckLink(id: string): Promise<AckLink | null> {
    const [row]: AckLink[] = await this.dataSource.query(
      `SELECT ${ACK_COLUMNS} FROM ack_links WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Uses the link once, before it expires; null when it was used, expired or never existed. */
  async useAckLink(id: string, action: string): Promise<AckLink | null> {
    const [rows]: [AckLink[], number] = await this.dataSource.query(
      `UPDATE ack_links SET used_at = now(), used_action = $2
       WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING ${ACK_COLUMNS}`,
      [id, action],
    );
    return rows[0] ?? null;
  }

  /** Gives a link back when the action it was used for did not happen (the workflow refused or was down). */
  async releaseAckLink(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE ack_links SET used_at = NULL, used_action = NULL WHERE id = $1`, [
      id,
    ]);
  }

  /** The events after `afterId`, oldest first; the log keeps a day, longer than any reconnect. */
  eventsAfter(afterId: string, limit = 500): Promise<ConsoleEvent[]> {
    return this.dataSource.query(
      `SELECT id::text, type, recipient, jurisdictions, districts, usernames, data FROM console_events
        WHERE id > $1 ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
  }

  async lastEventId(): Promise<string> {
    const [row]: { id: string | null }[] = await this.dataSource.query(
      `SELECT max(id)::text AS id FROM console_events`,
    );
    return row.id ?? '0';
  }

  async pruneEvents(olderThan: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM console_events WHERE created_at < $1`, [olderThan]);
  }
}
