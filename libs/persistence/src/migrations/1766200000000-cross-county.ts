import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who sees a cross-county case besides its own district: the bureau of every side, the joint group's users,
 * and the common superior once referred. Each is a column the projection writes, so lists and single reads
 * test the same thing; GIN indexes keep `= ANY` fast as cases accumulate.
 */
export class CrossCounty1766200000000 implements MigrationInterface {
  name = 'CrossCounty1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE disputes
        ADD COLUMN sides varchar(16)[] NOT NULL DEFAULT '{}',
        ADD COLUMN member_usernames varchar(64)[] NOT NULL DEFAULT '{}',
        ADD COLUMN referred_to varchar(16)`);
    // Cases projected before this knew only their own district.
    await db.query(`UPDATE disputes SET sides = ARRAY[district]`);
    await db.query(`CREATE INDEX ix_disputes_sides ON disputes USING gin (sides)`);
    await db.query(`CREATE INDEX ix_disputes_members ON disputes USING gin (member_usernames)`);
    await db.query(
      `CREATE INDEX ix_disputes_referred_to ON disputes (referred_to) WHERE referred_to IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE disputes DROP COLUMN sides, DROP COLUMN member_usernames, DROP COLUMN referred_to`,
    );
  }
}
