import { randomBytes } from 'node:crypto';
import type { AlertIntent, IncidentNotice, TimelineEvent, WorkflowActivities } from '@boundary/workflows';
import type { Client } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { startTemporalDevServer } from './temporal-server';
import { workflowBundlePath } from './workflow-bundle';

/**
 * Fakes for every activity the workflows may call, recording what they were given. They neither know nor
 * care whether a workflow calls them as local or regular activities.
 */
export function recordingActivities() {
  const events = new Map<string, Map<number, TimelineEvent>>();
  const alerts = new Map<string, Map<string, AlertIntent>>();
  const notices = new Map<string, IncidentNotice[]>();
  const entry = <V>(map: Map<string, V>, key: string, empty: () => V): V => {
    if (!map.has(key)) map.set(key, empty());
    return map.get(key) as V;
  };
  const project = (subjectId: string, added: TimelineEvent[]) => {
    const rows = entry(events, subjectId, () => new Map<number, TimelineEvent>());
    for (const event of added) rows.set(event.seq, event);
  };
  const activities: WorkflowActivities = {
    async projectDispute({ case: state, events: added }) {
      project(state.id, added);
    },
    async projectIncident({ incident, events: added }) {
      project(incident.id, added);
    },
    async enqueueAlerts(intents) {
      for (const intent of intents) {
        entry(alerts, intent.subjectId, () => new Map<string, AlertIntent>()).set(intent.key, intent);
      }
    },
    async notifyCaseOfIncident({ caseId, notice }) {
      entry(notices, caseId, () => []).push(notice);
    },
  };
  return {
    activities,
    /** The subject's timeline as the read model would hold it: one row per seq, in seq order. */
    timeline: (subjectId: string): TimelineEvent[] =>
      [...(events.get(subjectId)?.values() ?? [])].sort((a, b) => a.seq - b.seq),
    /** The subject's alerts in the order they were enqueued; a repeated key counts once, as in the inbox. */
    alerts: (subjectId: string): AlertIntent[] => [...(alerts.get(subjectId)?.values() ?? [])],
    notices: (caseId: string): IncidentNotice[] => notices.get(caseId) ?? [],
  };
}

export type ActivityLog = ReturnType<typeof recordingActivities>;

export interface WorkflowHarness {
  client: Client;
  taskQueue: string;
  log: ActivityLog;
  stop(): Promise<void>;
}

/** A Temporal dev server and a worker running the real workflows over recording fake activities. */
export async function startWorkflowHarness(): Promise<WorkflowHarness> {
  const env = await startTemporalDevServer();
  const log = recordingActivities();
  const taskQueue = `workflow-spec-${randomBytes(3).toString('hex')}`;
  try {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: await workflowBundlePath() },
      activities: log.activities,
    });
    const running = worker.run();
    return {
      client: env.client,
      taskQueue,
      log,
      async stop() {
        worker.shutdown();
        await running;
        await env.teardown();
      },
    };
  } catch (error) {
    await env.teardown();
    throw error;
  }
}
