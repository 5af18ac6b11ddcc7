import {
  ALERT_DELIVERY_ATTEMPTS,
  type AlertDeliveryJob,
  JobName,
  jobIdFor,
  recipientKey,
} from '@boundary/alerts';
import type {
  BoundaryRepository,
  ChannelRepository,
  DisputeRepository,
  FindingRepository,
  IncidentRepository,
  JointInspectionRepository,
  OrganisationRepository,
  PatrolPlanRepository,
} from '@boundary/persistence';
import {
  type AlertIntent,
  type AlertRouting,
  REPAIR_WORK_ZH,
  type SubjectStates,
  type SubjectType,
  type TimelineEvent,
  type WorkflowActivities,
  routeAlert,
} from '@boundary/workflows';
import type { Queue } from 'bullmq';
import type { CaseSignaller } from '../case-signaller';

export interface ActivityDependencies {
  disputes: Pick<DisputeRepository, 'project'>;
  incidents: Pick<IncidentRepository, 'project'>;
  findings: Pick<FindingRepository, 'project'>;
  patrolPlans: Pick<PatrolPlanRepository, 'project'>;
  register: Pick<BoundaryRepository, 'recordRepair'>;
  jointInspections: Pick<JointInspectionRepository, 'project'>;
  organisation: Pick<OrganisationRepository, 'recipientsOf'>;
  alertQueue: Pick<Queue<AlertDeliveryJob>, 'addBulk'>;
  signalCase: CaseSignaller;
  channels: Pick<ChannelRepository, 'frozenRouting'>;
  /** The policy file's routing, which a subject freezes at its first alert. */
  routing: AlertRouting;
}

/** Builds the activities from their dependencies, so tests can hand in fakes. */
export function createActivities(deps: ActivityDependencies): WorkflowActivities {
  async function jobsFor(alert: AlertIntent) {
    const usernames = await deps.organisation.recipientsOf(alert.audience);
    if (usernames.length === 0) return [];
    const routing = await deps.channels.frozenRouting(alert.subjectType, alert.subjectId, deps.routing);
    const channels = routeAlert(routing, alert.kind, alert.severity);
    return usernames.map((username) => {
      const dedupKey = recipientKey(alert.key, username);
      const data: AlertDeliveryJob = {
        dedupKey,
        recipient: username,
        kind: alert.kind,
        subjectType: alert.subjectType,
        subjectId: alert.subjectId,
        subjectTitle: alert.subjectTitle,
        deadlineKind: alert.deadlineKind,
        dueAt: alert.dueAt,
        detail: alert.detail,
        decidedAt: alert.at,
        channels,
      };
      return {
        name: JobName.DeliverAlert,
        data,
        opts: {
          jobId: jobIdFor('alert', dedupKey),
          attempts: ALERT_DELIVERY_ATTEMPTS,
          backoff: { type: 'exponential', delay: 500 },
          removeOnComplete: { age: 7 * 24 * 3600 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      };
    });
  }

  async function enqueueAlerts(alerts: AlertIntent[]) {
    const jobs = (await Promise.all(alerts.map(jobsFor))).flat();
    if (jobs.length > 0) await deps.alertQueue.addBulk(jobs);
  }

  const projectors: {
    [Type in SubjectType]: (state: SubjectStates[Type], events: TimelineEvent[]) => Promise<void>;
  } = {
    dispute: (state, events) => deps.disputes.project(state, events),
    incident: (state, events) => deps.incidents.project(state, events),
    finding: (state, events) => deps.findings.project(state, events),
    patrol_plan: (state, events) => deps.patrolPlans.project(state, events),
    joint_inspection: (state, events) => deps.jointInspections.project(state, events),
  };

  return {
    async recordEffects({ subjectType, state, events, alerts }) {
      // TypeScript cannot pair a union's state with its member's projector, hence the widened signature.
      const project = projectors[subjectType] as (
        state: SubjectStates[SubjectType],
        events: TimelineEvent[],
      ) => Promise<void>;
      // The alerts go out only once the timeline they point at is in the read model.
      if (events.length > 0) await project(state, events);
      if (alerts.length > 0) await enqueueAlerts(alerts);
    },

    projectDispute: ({ case: state, events }) => projectors.dispute(state, events),
    projectIncident: ({ incident, events }) => projectors.incident(incident, events),
    projectFinding: ({ finding, events }) => projectors.finding(finding, events),
    projectPatrolPlan: ({ plan, events }) => projectors.patrol_plan(plan, events),
    projectJointInspection: ({ inspection, events }) => projectors.joint_inspection(inspection, events),

    async recordMarkerRepair({ markerCode, findingId, by, repair, summary }) {
      // The history note reads as a repair record: 扶正，费用 1200 元，2 天：<summary>
      const work = repair
        ? [
            REPAIR_WORK_ZH[repair.work],
            repair.cost === undefined ? undefined : `费用 ${repair.cost} 元`,
            repair.days === undefined ? undefined : `${repair.days} 天`,
          ]
            .filter(Boolean)
            .join('，')
        : '';
      const note = [work, summary].filter(Boolean).join('：');
      await deps.register.recordRepair(markerCode, { by, ref: findingId, note });
    },

    enqueueAlerts,

    async notifyCaseOfIncident({ caseId, notice }) {
      await deps.signalCase(caseId, notice);
    },
  };
}
