import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each timeline row carries the hash chain its workflow computed (`hash` covers the row and `prev_hash`), so
 * an altered, removed or reordered row is found by `npm run audit:verify`. Rows written before have neither.
 */
export class TimelineHashChain1764700000000 implements MigrationInterface {
  name = 'TimelineHashChain1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE timeline ADD COLUMN hash char(64), ADD COLUMN prev_hash char(64)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE timeline DROP COLUMN hash, DROP COLUMN prev_hash`);
  }
}
