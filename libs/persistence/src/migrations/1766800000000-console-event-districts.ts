import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A subject's live event also names the districts whose every user may see it (a joint inspection to the whole
 * of each side, a district-wide incident to the district's mediators), and its jurisdictions now name exactly
 * those whose users see it: the event hub no longer walks the organisation tree, which reached users above a
 * place whom the family's scope does not admit (a city bureau on a district's case). Events already written
 * name no district.
 */
export class ConsoleEventDistricts1766800000000 implements MigrationInterface {
  name = 'ConsoleEventDistricts1766800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE console_events ADD COLUMN districts text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE console_events DROP COLUMN districts`);
  }
}
