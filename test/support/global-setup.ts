// Jest maps @boundary/* for test files only; this file loads the libraries outside of that mapping.
import 'tsconfig-paths/register';
import { randomBytes } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client } from 'pg';
import { provisionForTests } from './owner';
import { startTemporalDevServer } from './temporal-server';
import { workflowBundlePath } from './workflow-bundle';

declare global {
  var __TEMPORAL_ENV__: TestWorkflowEnvironment | undefined;
}

const BASE_URL = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** One run = one Temporal dev server on a free port, one fresh database, one Redis key prefix. */
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

  const env = await startTemporalDevServer();
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
