import { isDeepStrictEqual } from 'node:util';
import type { AlertIntent, TimelineEvent } from '@boundary/workflows';
import type { Client } from '@temporalio/client';
import { Worker, bundleWorkflowCode } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { installTestRuntime } from './temporal-server';

/** What the committed history of one workflow (every run of it) asked the outside world to do. */
export interface CommittedEffects {
  /** The timeline events of every projection, in order of `seq`. */
  events: TimelineEvent[];
  alerts: AlertIntent[];
}

/** The activities that carry timeline events; `recordEffects` carries the task's alerts as well. */
const PROJECTIONS = new Set(['recordEffects', 'projectDispute', 'projectIncident']);

let bundle: Promise<{ code: string }> | undefined;
const recorderBundle = () =>
  (bundle ??= bundleWorkflowCode({
    workflowsPath: require.resolve('../../libs/workflows/src/workflows'),
    workflowInterceptorModules: [require.resolve('./effects-recorder.interceptor')],
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
  }));

/**
 * Replays the committed histories of the given workflows and collects what they scheduled. Call it once
 * they are idle: a history whose last workflow task has not completed would be run, not replayed.
 */
export async function committedEffects(
  client: Client,
  workflowIds: string[],
): Promise<Map<string, CommittedEffects>> {
  installTestRuntime();
  const effects = new Map<string, CommittedEffects>(
    workflowIds.map((id) => [id, { events: [], alerts: [] }]),
  );
  const histories = async function* () {
    for (const workflowId of workflowIds) {
      const runs: { runId: string; startTime: Date }[] = [];
      for await (const run of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) runs.push(run);
      runs.sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
      for (const { runId } of runs) {
        yield { workflowId, history: await client.workflow.getHandle(workflowId, runId).fetchHistory() };
      }
    }
  };
  const results = Worker.runReplayHistories(
    {
      workflowBundle: await recorderBundle(),
      sinks: {
        committedEffects: {
          scheduled: {
            callDuringReplay: true,
            fn({ workflowId }, activityType: string, args: unknown[]) {
              const target = effects.get(workflowId);
              const [input] = args as [{ events: TimelineEvent[]; alerts?: AlertIntent[] } | AlertIntent[]];
              if (!target) return;
              if (activityType === 'enqueueAlerts') target.alerts.push(...(input as AlertIntent[]));
              if (!PROJECTIONS.has(activityType)) return;
              const { events, alerts = [] } = input as { events: TimelineEvent[]; alerts?: AlertIntent[] };
              target.events.push(...events);
              target.alerts.push(...alerts);
            },
          },
        },
      },
    },
    histories(),
  );
  for await (const result of results) {
    if (result.error) throw new Error(`replaying ${result.workflowId}: ${String(result.error)}`);
  }
  for (const target of effects.values()) target.events.sort((a, b) => a.seq - b.seq);
  return effects;
}

/**
 * Compares what the database holds for one subject with what its committed history asked for: the timeline
 * event by event, and the inbox alert by alert (every intent once per recipient, nothing else).
 */
export async function effectMismatches(
  db: DataSource,
  subjectId: string,
  committed: CommittedEffects,
): Promise<string[]> {
  const problems: string[] = [];
  const rows: (Omit<TimelineEvent, 'at'> & { at: Date })[] = await db.query(
    `SELECT seq, at, actor, action, from_status AS "fromStatus", to_status AS "toStatus", data, hash,
       prev_hash AS "prevHash"
     FROM timeline WHERE subject_id = $1 ORDER BY seq`,
    [subjectId],
  );
  const stored = rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  const expected = committed.events.map(
    ({ seq, at, actor, action, fromStatus, toStatus, data, hash, prevHash }) => ({
      seq,
      at,
      actor,
      action,
      fromStatus,
      toStatus,
      data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>,
      hash: hash ?? null,
      prevHash: prevHash ?? null,
    }),
  );
  const length = Math.max(stored.length, expected.length);
  for (let i = 0; i < length; i += 1) {
    if (!isDeepStrictEqual(stored[i], expected[i])) {
      problems.push(
        `${subjectId}: timeline row ${i + 1} is ${JSON.stringify(stored[i])}, the committed history has ${JSON.stringify(expected[i])}`,
      );
      break;
    }
  }

  const expectedKeys: string[] = [];
  for (const alert of committed.alerts) {
    for (const { role, jurisdiction } of alert.audience) {
      const users: { username: string }[] = await db.query(
        `SELECT username FROM users WHERE role = $1 AND jurisdiction = $2`,
        [role, jurisdiction],
      );
      expectedKeys.push(...users.map(({ username }) => `${alert.key}:${username}`));
    }
  }
  const inbox: { dedup_key: string }[] = await db.query(
    `SELECT dedup_key FROM alerts WHERE subject_id = $1`,
    [subjectId],
  );
  const sent = inbox.map((row) => row.dedup_key).sort();
  if (!isDeepStrictEqual(sent, [...new Set(expectedKeys)].sort())) {
    problems.push(
      `${subjectId}: inbox has ${JSON.stringify(sent)}, the committed history asked for ${JSON.stringify([...new Set(expectedKeys)].sort())}`,
    );
  }
  return problems;
}
