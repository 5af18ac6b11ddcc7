import IORedis from 'ioredis';
import { Client } from 'pg';

const BASE_URL = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** Leaves nothing behind: the dev server, the run's database and its Redis keys. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__TEMPORAL_ENV__?.teardown();
  const database = process.env.TEST_DATABASE;
  if (database && !process.env.KEEP_TEST_DATABASE) {
    const admin = new Client({ connectionString: `${BASE_URL}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
  const prefix = process.env.REDIS_PREFIX;
  if (prefix) {
    const redis = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
  }
}
