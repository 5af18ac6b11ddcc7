import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A subject's live event also names the users who may see the subject by name rather than by jurisdiction (a
 * case's joint mediation group, whose members may work in another township or county): each API's event hub
 * passes the event to their streams too. Events already written name nobody, as before.
 */
export class ConsoleEventUsernames1766700000000 implements MigrationInterface {
  name = 'ConsoleEventUsernames1766700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE console_events ADD COLUMN usernames text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE console_events DROP COLUMN usernames`);
  }
}
