import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A patrol may be the field work of a joint inspection (联检): it names the inspection it counts toward, so the
 * inspection's markers and the ledger's findings both come from the same record.
 */
export class PatrolInspection1766400000000 implements MigrationInterface {
  name = 'PatrolInspection1766400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE patrols ADD COLUMN inspection_id varchar(64)`);
    await db.query(
      `CREATE INDEX ix_patrols_inspection ON patrols (inspection_id) WHERE inspection_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE patrols DROP COLUMN inspection_id`);
  }
}
