import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the inbox row was actually written. `created_at` is the workflow's decision time (what the inbox
 * shows); `delivered_at` is wall-clock time of the insert, so delivery lateness (due time → row) is measurable.
 */
export class AlertDeliveredAt1764500000000 implements MigrationInterface {
  name = 'AlertDeliveredAt1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE alerts ADD COLUMN delivered_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE alerts DROP COLUMN delivered_at`);
  }
}
