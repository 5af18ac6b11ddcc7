import { Client } from 'pg';

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
