import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alert channels: the work-group robots of a jurisdiction, one delivery row per alert and channel (the unit of
 * exactly-once), the routing each subject froze at its first alert, the phone acknowledge links, and the
 * console's event log.
 *
 * The event log is a PostgreSQL table with a sequence rather than a Redis stream: alerts and projections are
 * written by the worker in PostgreSQL transactions, so an event row commits with the change it announces (no
 * change without its event, no event for a rolled-back change), its id is the SSE `id` a reconnecting console
 * resumes from with `Last-Event-ID`, and NOTIFY (sent at commit) wakes the API processes holding the streams.
 */
export class AlertChannels1766100000000 implements MigrationInterface {
  name = 'AlertChannels1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE jurisdictions
      ADD COLUMN wecom_robot_url varchar(500),
      ADD COLUMN dingtalk_robot_url varchar(500),
      ADD COLUMN dingtalk_robot_secret varchar(200)`);
    await db.query(`CREATE TABLE alert_deliveries (
      alert_id uuid NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
      channel varchar(16) NOT NULL,
      status varchar(16) NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      lease_until timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (alert_id, channel)
    )`);
    await db.query(`CREATE TABLE alert_routes (
      subject_type varchar(32) NOT NULL,
      subject_id varchar(64) NOT NULL,
      routing jsonb NOT NULL,
      frozen_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (subject_type, subject_id)
    )`);
    await db.query(`CREATE TABLE ack_links (
      id varchar(32) PRIMARY KEY,
      alert_id uuid NOT NULL UNIQUE REFERENCES alerts(id) ON DELETE CASCADE,
      username varchar(64) NOT NULL,
      subject_type varchar(32) NOT NULL,
      subject_id varchar(64) NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      used_action varchar(32)
    )`);
    await db.query(`CREATE TABLE console_events (
      id bigserial PRIMARY KEY,
      type varchar(16) NOT NULL,
      recipient varchar(64),
      jurisdictions text[] NOT NULL DEFAULT '{}',
      data jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await db.query(`CREATE INDEX console_events_created_at ON console_events (created_at)`);
    await db.query(`CREATE FUNCTION console_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('console_events', NEW.id::text); RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER console_event_notify AFTER INSERT ON console_events
      FOR EACH ROW EXECUTE FUNCTION console_event_notify()`);
    // Every new inbox row announces itself in the same transaction, whichever code path inserted it.
    await db.query(`CREATE FUNCTION alert_console_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO console_events (type, recipient, data) VALUES ('alert', NEW.recipient, jsonb_build_object(
          'id', NEW.id, 'kind', NEW.kind, 'subjectType', NEW.subject_type, 'subjectId', NEW.subject_id,
          'createdAt', NEW.created_at));
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER alert_console_event AFTER INSERT ON alerts
      FOR EACH ROW EXECUTE FUNCTION alert_console_event()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER alert_console_event ON alerts`);
    await db.query(`DROP FUNCTION alert_console_event()`);
    await db.query(`DROP TABLE console_events`);
    await db.query(`DROP FUNCTION console_event_notify()`);
    await db.query(`DROP TABLE ack_links`);
    await db.query(`DROP TABLE alert_routes`);
    await db.query(`DROP TABLE alert_deliveries`);
    await db.query(`ALTER TABLE jurisdictions DROP COLUMN wecom_robot_url, DROP COLUMN dingtalk_robot_url,
      DROP COLUMN dingtalk_robot_secret`);
  }
}
