import type {
  Actor,
  AlertAudience,
  AlertIntent,
  IncidentNotice,
  TimelineEvent,
  WorkflowActivities,
} from '@boundary/workflows';
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
  const repairs = new Map<string, Parameters<WorkflowActivities['recordMarkerRepair']>[0][]>();
  const entry = <V>(map: Map<string, V>, key: string, empty: () => V): V => {
    if (!map.has(key)) map.set(key, empty());
    return map.get(key) as V;
  };
  const project = (subjectId: string, added: TimelineEvent[]) => {
    const rows = entry(events, subjectId, () => new Map<number, TimelineEvent>());
    for (const event of added) rows.set(event.seq, event);
  };
  const enqueue = (intents: AlertIntent[]) => {
    for (const intent of intents) {
      entry(alerts, intent.subjectId, () => new Map<string, AlertIntent>()).set(intent.key, intent);
    }
  };
  const activities: WorkflowActivities = {
    async recordEffects({ state, events: added, alerts: intents }) {
      project(state.id, added);
      enqueue(intents);
    },
    async projectDispute({ case: state, events: added }) {
      project(state.id, added);
    },
    async projectIncident({ incident, events: added }) {
      project(incident.id, added);
    },
    async projectFinding({ finding, events: added }) {
      project(finding.id, added);
    },
    async projectPatrolPlan({ plan, events: added }) {
      project(plan.id, added);
    },
    async recordMarkerRepair(repair) {
      entry(repairs, repair.findingId, () => []).push(repair);
    },
    async projectJointInspection({ inspection, events: added }) {
      project(inspection.id, added);
    },
    async enqueueAlerts(intents) {
      enqueue(intents);
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
    repairs: (findingId: string) => repairs.get(findingId) ?? [],
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
  // The server is this harness's own, so one fixed queue cannot meet another worker.
  const taskQueue = 'workflow-spec';
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

export const seconds = (count: number): number => count * 1000;
export const isoAt = (ms: number): string => new Date(ms).toISOString();
/** Polls the in-memory log often, and long enough for a loaded machine. */
export const POLL = { timeoutMs: 20_000, everyMs: 50 };

export const MEDIATOR: Actor = { username: 'mediator.a', role: 'mediator' };
export const TOWNSHIP_MEDIATORS: AlertAudience[] = [{ role: 'mediator', jurisdiction: 'T01' }];
export const DISTRICT_BUREAU: AlertAudience[] = [{ role: 'bureau', jurisdiction: 'D01' }];
export const DISTRICT_LEADERS: AlertAudience[] = [{ role: 'leader', jurisdiction: 'D01' }];
/** Who hears of a missed deadline in T01: the district's leaders and the township's responsible persons. */
export const MISSED_AUDIENCE: AlertAudience[] = [
  ...DISTRICT_LEADERS,
  { role: 'responsible', jurisdiction: 'T01' },
];

/** What an alert says, without its key: the key's format belongs to the delivery layer. */
export const said = ({ kind, deadlineKind, dueAt, audience }: AlertIntent) => ({
  kind,
  deadlineKind,
  dueAt,
  audience,
});
