import { isDeepStrictEqual } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap';
import { type DisputeCase, disputeStateQuery, disputeWorkflowId } from '../../libs/workflows/src';
import { committedEffects, effectMismatches } from '../support/committed-effects';
import {
  CuttableProxy,
  RedisServer,
  type TemporalServer,
  WorkerProcess,
  createDatabase,
  scratchDir,
  sleep,
  startTemporalServer,
  throughPort,
  writePolicy,
} from './faults';

export type AppDatabase = Awaited<ReturnType<typeof createDatabase>>;

export interface FaultStack {
  temporal: TemporalServer;
  database: AppDatabase;
  /** What the worker and the API run with: more processes of either start from it. */
  env: NodeJS.ProcessEnv;
  redis: RedisServer;
  proxy: CuttableProxy;
  worker: WorkerProcess;
  app: INestApplication;
  /** Direct database access that bypasses the proxy, for checks while it is cut. */
  db: DataSource;
  temporalClient(): Promise<Client>;
  token(username: string): Promise<string>;
  stop(): Promise<void>;
}

/** Long durations, so only what a test shortens falls due while it runs. */
const QUIET_DISPUTES = {
  reportWithin: 'P3D',
  acceptWithin: 'P2D',
  roundInterval: 'P14D',
  maxRounds: 5,
  mediationWithin: 'P60D',
  followUpWithin: 'P30D',
  remindBefore: 'PT0S',
};

export interface FaultStackOptions {
  /** The worker's start file, when not the compiled worker itself. */
  workerEntry?: string;
  /**
   * A PostgreSQL the test owns (PostgresCluster.baseUrl), holding the app's database and, in postgres mode,
   * Temporal's: the machine's otherwise.
   */
  postgresBaseUrl?: string;
  /** An existing database (e.g. a restored backup) instead of a fresh one; stop() drops it all the same. */
  database?: AppDatabase;
  /** An existing Temporal server instead of a fresh one; stop() disposes of it all the same. */
  temporal?: TemporalServer;
  /** Variables over the stack's own (e.g. the SMS gateway and OUTBOUND_ALLOW of fake vendors). */
  env?: Record<string, string>;
}

export async function startFaultStack(
  overrides: Record<string, string | number>,
  { workerEntry, postgresBaseUrl, env: extraEnv = {}, ...existing }: FaultStackOptions = {},
): Promise<FaultStack> {
  const disputes = { ...QUIET_DISPUTES, ...overrides };
  const dir = scratchDir();
  const database = existing.database ?? (await createDatabase(postgresBaseUrl));
  const postgresPort = Number(new URL(database.ownerUrl).port || 5432);
  const [temporal, redis, proxy] = await Promise.all([
    existing.temporal ??
      startTemporalServer(dir, postgresBaseUrl ? { databaseUrl: `${postgresBaseUrl}/postgres` } : {}),
    RedisServer.start(dir),
    CuttableProxy.start(postgresPort),
  ]);
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: throughPort(database.applicationUrl, proxy.port),
    DB_POOL_SIZE: '5',
    REDIS_URL: redis.url,
    REDIS_PREFIX: 'faults',
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: 'faults',
    TEMPORAL_CALL_TIMEOUT_MS: '8000',
    POLICY_FILE: writePolicy(dir, disputes),
    JWT_SECRET: 'fault-injection-secret-0123456789',
    ALERT_WEBHOOK_SECRET: 'fault-injection-webhook-0123456789',
    LOGIN_RATE_LIMIT: '1000',
    ...extraEnv,
  };
  const worker = new WorkerProcess(env, workerEntry);
  worker.start();
  // The API prints its errors (a 500 names its cause here); 503s and the worker's expected outages stay quiet.
  const app = await createApp({ ...env, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error' });
  await app.init();
  const db = new DataSource({ type: 'postgres', url: database.ownerUrl, extra: { max: 2 } });
  await db.initialize();

  let client: Client | undefined;
  const tokens = new Map<string, string>();
  return {
    temporal,
    database,
    env,
    redis,
    proxy,
    worker,
    app,
    db,
    async temporalClient() {
      client ??= new Client({ connection: await Connection.connect({ address: temporal.address }) });
      return client;
    },
    async token(username) {
      if (!tokens.has(username)) {
        const response = await request(app.getHttpServer())
          .post('/auth/login')
          .send({ username, password: 'demo1234' })
          .expect(200);
        tokens.set(username, response.body.accessToken);
      }
      return tokens.get(username) as string;
    },
    async stop() {
      await worker.stop();
      await app.close();
      await client?.connection.close();
      await db.destroy();
      await proxy.close();
      await Promise.all([temporal.dispose(), redis.stop()]);
      await database.drop();
    },
  };
}

/**
 * Checks that the read model is exactly the workflow's state, that the timeline is, event by event, the
 * journal of the committed history, and that the inbox holds exactly the alerts that history asked for, once
 * per recipient. Returns a list of problems (empty when consistent). Call it once the workflows are idle.
 */
export async function inconsistencies(stack: FaultStack, ids: string[]): Promise<string[]> {
  const client = await stack.temporalClient();
  const problems = await readModelMismatches(stack, ids);
  const committed = await committedEffects(client, ids.map(disputeWorkflowId));
  for (const id of ids) {
    problems.push(...(await effectMismatches(stack.db, id, committed.get(disputeWorkflowId(id))!)));
  }
  return problems;
}

/**
 * Polls `inconsistencies` until none are left or a minute has passed: a delivery job that a killed worker
 * held is given back to the queue only when BullMQ's stalled-job check (every 30 s) finds it, while a wrong
 * timeline row never heals. Returns the last problems found.
 */
export async function untilConsistent(stack: FaultStack, ids: string[]): Promise<string[]> {
  const until = Date.now() + 60_000;
  for (;;) {
    const problems = await inconsistencies(stack, ids);
    if (problems.length === 0 || Date.now() > until) return problems;
    await sleep(2000);
  }
}

/** The cheap half of the check: each case row equals its workflow's state. */
export async function readModelMismatches(stack: FaultStack, ids: string[]): Promise<string[]> {
  const client = await stack.temporalClient();
  const problems: string[] = [];
  for (const id of ids) {
    const truth: DisputeCase = await client.workflow
      .getHandle(disputeWorkflowId(id))
      .query(disputeStateQuery);
    const [row] = await stack.db.query(`SELECT state, seq FROM disputes WHERE id = $1`, [id]);
    if (!row) {
      problems.push(`${id}: missing from the read model`);
      continue;
    }
    // jsonb reorders keys, so compare structurally.
    if (row.seq !== truth.seq || !isDeepStrictEqual(row.state, JSON.parse(JSON.stringify(truth)))) {
      problems.push(`${id}: read model seq ${row.seq} differs from workflow seq ${truth.seq}`);
    }
  }
  return problems;
}
