import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { type AppConfig, validateEnv } from '@boundary/config';
import request from 'supertest';
import { createApp } from '../../apps/api/src/bootstrap';
import { type RunningWorker, startWorker } from '../../apps/worker/src/worker';
import { installTestRuntime, testLogger } from './temporal-server';

export const DEMO_PASSWORD = 'demo1234';

export interface PolicyOverrides {
  disputes?: Record<string, string | number>;
  /** Left out, the policy has no `jointInspections` section: the defaults apply, as for a first-round file. */
  jointInspections?: Record<string, string>;
  /** The wait of the bureau and leader escalation steps (PT3S), how often the chain runs again (0), and the
   * response deadlines of every level (3 to 12 s). */
  emergency?: { stepWait?: string; repeat?: number; levels?: Record<string, ResponseDeadlines> };
  /** The ledger's sections, written only when given (a policy without them takes their defaults). */
  findings?: { rectifyWithin: string; remindBefore: string; rectifyWithinByKind?: Record<string, string> };
  patrolPlans?: { remindBefore: string };
}

interface ResponseDeadlines {
  acknowledgeWithin: string;
  arriveWithin: string;
}

const SECONDS_LEVELS: Record<string, ResponseDeadlines> = {
  I: { acknowledgeWithin: 'PT3S', arriveWithin: 'PT6S' },
  II: { acknowledgeWithin: 'PT4S', arriveWithin: 'PT8S' },
  III: { acknowledgeWithin: 'PT5S', arriveWithin: 'PT10S' },
  IV: { acknowledgeWithin: 'PT6S', arriveWithin: 'PT12S' },
};

function ledgerSections({ findings, patrolPlans }: PolicyOverrides): string[] {
  const lines: string[] = [];
  if (findings) {
    lines.push(
      'findings:',
      `  rectifyWithin: ${findings.rectifyWithin}`,
      `  remindBefore: ${findings.remindBefore}`,
    );
    if (findings.rectifyWithinByKind) {
      lines.push('  rectifyWithinByKind:');
      for (const [kind, within] of Object.entries(findings.rectifyWithinByKind))
        lines.push(`    ${kind}: ${within}`);
    }
  }
  if (patrolPlans) lines.push('patrolPlans:', `  remindBefore: ${patrolPlans.remindBefore}`);
  return lines;
}

/** A policy whose durations are seconds, so deadline tests finish while one watches. */
export const secondsPolicy = (overrides: PolicyOverrides = {}): string => {
  const disputes = {
    reportWithin: 'PT4S',
    acceptWithin: 'PT4S',
    roundInterval: 'PT6S',
    maxRounds: 3,
    mediationWithin: 'PT20S',
    followUpWithin: 'PT4S',
    remindBefore: 'PT2S',
    ...overrides.disputes,
  };
  const { stepWait = 'PT3S', repeat = 0, levels = SECONDS_LEVELS } = overrides.emergency ?? {};
  return [
    'disputes:',
    ...Object.entries(disputes).map(([key, value]) => `  ${key}: ${value}`),
    'emergency:',
    '  levels:',
    ...Object.entries(levels).map(
      ([level, { acknowledgeWithin, arriveWithin }]) =>
        `    ${level}: { acknowledgeWithin: ${acknowledgeWithin}, arriveWithin: ${arriveWithin} }`,
    ),
    '  escalation:',
    '    - { notify: mediator, wait: PT0S }',
    `    - { notify: bureau, wait: ${stepWait} }`,
    `    - { notify: leader, wait: ${stepWait} }`,
    `  repeat: ${repeat}`,
    ...ledgerSections(overrides),
    ...(overrides.jointInspections
      ? [
          'jointInspections:',
          ...Object.entries(overrides.jointInspections).map(([key, value]) => `  ${key}: ${value}`),
        ]
      : []),
  ].join('\n');
};

/** A policy so long that nothing falls due during a test. */
export const quietPolicy = (): string =>
  secondsPolicy({
    disputes: {
      reportWithin: 'P3D',
      acceptWithin: 'P2D',
      roundInterval: 'P14D',
      maxRounds: 5,
      mediationWithin: 'P60D',
      followUpWithin: 'P30D',
      remindBefore: 'P1D',
    },
  });

/**
 * For continue-as-new tests: rounds fall due every 5 s and nothing else while one watches, and nothing of an
 * incident falls due at all, so only writes (and round deadlines) make a workflow hand over.
 */
export const handOverPolicy = (): string =>
  secondsPolicy({
    disputes: {
      reportWithin: 'PT1M',
      acceptWithin: 'PT1M',
      roundInterval: 'PT5S',
      maxRounds: 100,
      mediationWithin: 'PT10M',
      followUpWithin: 'PT10M',
      remindBefore: 'PT0S',
    },
    emergency: {
      stepWait: 'PT10M',
      levels: Object.fromEntries(
        ['I', 'II', 'III', 'IV'].map((level) => [
          level,
          { acknowledgeWithin: 'PT10M', arriveWithin: 'PT20M' },
        ]),
      ),
    },
  });

export interface Stack {
  app: INestApplication;
  config: AppConfig;
  http: () => ReturnType<typeof request>;
  token(username: string): Promise<string>;
  as(username: string): Promise<Caller>;
  restartWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

export interface Caller {
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
}

let stacks = 0;

export interface StackOptions {
  policy?: string;
  /** Variables over the run's own, e.g. TEMPORAL_ADDRESS of a server with settings of its own. */
  env?: Record<string, string>;
}

/** The API and a worker in this process, on a task queue of their own, over the run's services. */
export async function startStack({
  policy = quietPolicy(),
  env: overrides = {},
}: StackOptions = {}): Promise<Stack> {
  stacks += 1;
  const dir = mkdtempSync(join(tmpdir(), 'boundary-stack-'));
  const policyFile = join(dir, 'policy.yaml');
  writeFileSync(policyFile, policy);
  const env = {
    ...process.env,
    TEMPORAL_TASK_QUEUE: `test-${process.env.TEST_RUN_ID}-${stacks}-${randomBytes(3).toString('hex')}`,
    POLICY_FILE: policyFile,
    ...overrides,
  };
  const config = validateEnv(env);
  const app = await createApp(env);
  await app.init();
  const logger = testLogger();
  installTestRuntime(logger);
  const launch = () =>
    startWorker(config, { workflowBundle: { codePath: process.env.TEST_WORKFLOW_BUNDLE as string }, logger });
  let worker: RunningWorker | undefined = await launch();

  const http = () => request(app.getHttpServer());
  const tokens = new Map<string, string>();
  const token = async (username: string): Promise<string> => {
    if (!tokens.has(username)) {
      const response = await http()
        .post('/auth/login')
        .send({ username, password: DEMO_PASSWORD })
        .expect(200);
      tokens.set(username, response.body.accessToken as string);
    }
    return tokens.get(username) as string;
  };

  return {
    app,
    config,
    http,
    token,
    async as(username) {
      const bearer = `Bearer ${await token(username)}`;
      return {
        get: (path) => http().get(path).set('authorization', bearer),
        post: (path, body = {}) => http().post(path).set('authorization', bearer).send(body),
        put: (path, body = {}) => http().put(path).set('authorization', bearer).send(body),
        patch: (path, body = {}) => http().patch(path).set('authorization', bearer).send(body),
      };
    },
    async stopWorker() {
      await worker?.shutdown();
      worker = undefined;
    },
    async startWorker() {
      worker ??= await launch();
    },
    async restartWorker() {
      await worker?.shutdown();
      worker = await launch();
    },
    async stop() {
      await worker?.shutdown();
      await app.close();
    },
  };
}

/** A valid intake body for a township's case. */
export const newCase = (ownerJurisdiction = 'T01', extra: Record<string, unknown> = {}) => ({
  title: `${ownerJurisdiction} 石门村与王家村林地界线争议 ${randomBytes(3).toString('hex')}`,
  category: 'forest_land',
  parties: [
    { jurisdiction: ownerJurisdiction, name: '石门村' },
    { jurisdiction: 'N01', name: '邻县王家村' },
  ],
  ownerJurisdiction,
  description: '双方对12号至15号界桩之间的山林权属有争议',
  riskLevel: 'medium',
  ...extra,
});

export const round = (outcome: string, extra: Record<string, unknown> = {}) => ({
  heldAt: new Date().toISOString(),
  participants: ['mediator.a', '邻县调解员'],
  siteSurvey: true,
  archivesReviewed: ['1998年勘界协议书'],
  notes: '双方陈述意见',
  outcome,
  ...extra,
});
