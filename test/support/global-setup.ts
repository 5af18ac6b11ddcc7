import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provisionDatabase } from '../../libs/persistence/src/provision';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode } from '@temporalio/worker';
import { Client } from 'pg';
import { startTemporalDevServer } from './temporal-server';

declare global {
  var __TEMPORAL_ENV__: TestWorkflowEnvironment | undefined;
}

const BASE_URL = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
const APPLICATION_LOGIN = 'boundary_test_app';

/** One run = one Temporal dev server on a free port, one fresh database, one Redis key prefix. */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = `boundary_test_${runId}`;

  const admin = new Client({ connectionString: `${BASE_URL}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  // The API and worker of every stack log in as an application role, as in production: they cannot change or
  // remove timeline and audit rows. Specs that tamper on purpose use OWNER_DATABASE_URL.
  const ownerUrl = `${BASE_URL}/${database}`;
  const databaseUrl = Object.assign(new URL(ownerUrl), { username: APPLICATION_LOGIN }).toString();
  await provisionDatabase({
    databaseUrl,
    migrationDatabaseUrl: ownerUrl,
    seedDemo: true,
    nodeEnv: 'test',
  });

  const env = await startTemporalDevServer();
  globalThis.__TEMPORAL_ENV__ = env;

  // Bundling once per run keeps each test's worker start under a second.
  const dir = mkdtempSync(join(tmpdir(), 'boundary-test-'));
  const bundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../libs/workflows/src/workflows'),
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
  });
  const bundlePath = join(dir, 'workflow-bundle.js');
  writeFileSync(bundlePath, bundle.code);

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
