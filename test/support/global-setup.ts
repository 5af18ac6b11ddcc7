// Jest maps @boundary/* for test files only; this file loads the libraries outside of that mapping.
import 'tsconfig-paths/register';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { provisionForTests } from './owner';
import { PostgresTemporalServer, onPostgresTemporal, startTemporalDevServer } from './temporal-server';
import { workflowBundlePath } from './workflow-bundle';

declare global {
  var __TEMPORAL_ENV__: { address: string; teardown(): Promise<void> } | undefined;
}

const BASE_URL = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

/**
 * One run = one Temporal server on a free port (the dev server, or with TEMPORAL_PERSISTENCE=postgres the
 * production server on databases of this run's own), one fresh database, one Redis key prefix.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = `boundary_test_${runId}`;

  const admin = new Client({ connectionString: `${BASE_URL}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  // The API and worker of every stack log in as an application role, as in production: they cannot change or
  // remove timeline and audit rows. Specs that tamper on purpose use OWNER_DATABASE_URL (asOwner).
  const ownerUrl = `${BASE_URL}/${database}`;
  const databaseUrl = await provisionForTests(ownerUrl);

  const env = onPostgresTemporal() ? await startPostgresTemporal(runId) : await startTemporalDevServer();
  globalThis.__TEMPORAL_ENV__ = env;

  // Bundled once per run (or reused from an earlier run), so each test's worker starts in under a second.
  const bundlePath = await workflowBundlePath();

  Object.assign(process.env, {
    TEST_RUN_ID: runId,
    TEST_DATABASE: database,
    TEST_WORKFLOW_BUNDLE: bundlePath,
    DATABASE_URL: databaseUrl,
    OWNER_DATABASE_URL: ownerUrl,
    TEMPORAL_ADDRESS: env.address,
    REDIS_PREFIX: `boundary-test-${runId}`,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: randomBytes(24).toString('hex'),
    ALERT_WEBHOOK_SECRET: randomBytes(24).toString('hex'),
  });
}

async function startPostgresTemporal(runId: string) {
  const server = await PostgresTemporalServer.start({ runId, databaseUrl: `${BASE_URL}/postgres` });
  return { address: server.address, teardown: () => server.dispose() };
}
