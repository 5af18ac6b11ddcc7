import { Client } from 'pg';
import { provisionDatabase } from '../../libs/persistence/src/provision';

/** The login the test stacks' API and worker use. */
const APPLICATION_LOGIN = 'boundary_test_app';

/**
 * Migrates the database at `ownerUrl` and loads the demo organisation as production's migrate step does, and
 * answers the URL the API and worker log in with: a member of the application role, as in production, so they
 * cannot change or remove timeline and audit rows.
 */
export async function provisionForTests(ownerUrl: string): Promise<string> {
  const databaseUrl = Object.assign(new URL(ownerUrl), { username: APPLICATION_LOGIN }).toString();
  await provisionDatabase({ databaseUrl, migrationDatabaseUrl: ownerUrl, seedDemo: true, nodeEnv: 'test' });
  return databaseUrl;
}

/**
 * Runs SQL as the schema owner rather than the stacks' application role: how a spec back-dates a timeline row
 * or tampers with one on purpose, which the application role may not do.
 */
export async function asOwner<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.OWNER_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
