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
  organisation: Pick<OrganisationRepository, 'usersWithRole' | 'responsibleFor'>;
  alertQueue: Pick<Queue<AlertDeliveryJob>, 'addBulk'>;
  signalCase: CaseSignaller;
  channels: Pick<ChannelRepository, 'frozenRouting'>;
  /** The policy file's routing, which a subject freezes at its first alert. */
  routing: AlertRouting;
}

/** Builds the activities from their dependencies, so tests can hand in fakes. */
export function createActivities(deps: ActivityDependencies): WorkflowActivities {
  async function jobsFor(alert: AlertIntent) {
    const recipients = (
      await Promise.all(
        alert.audience.map(({ role, jurisdiction }) =>
          role === 'responsible'
            ? deps.organisation.responsibleFor(jurisdiction)
            : deps.organisation.usersWithRole(role, jurisdiction),
        ),
      )
    ).flat();
    // A leader who is also a township's responsible person is one recipient.
    const usernames = [...new Set(recipients.map((user) => user.username))];
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

  return {
    async projectDispute({ case: state, events }) {
      await deps.disputes.project(state, events);
    },

    async projectIncident({ incident, events }) {
      await deps.incidents.project(incident, events);
    },

    async projectFinding({ finding, events }) {
      await deps.findings.project(finding, events);
    },

    async projectPatrolPlan({ plan, events }) {
      await deps.patrolPlans.project(plan, events);
    },

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

    async projectJointInspection({ inspection, events }) {
      await deps.jointInspections.project(inspection, events);
    },

    async enqueueAlerts(alerts) {
      const jobs = (await Promise.all(alerts.map(jobsFor))).flat();
      if (jobs.length > 0) await deps.alertQueue.addBulk(jobs);
    },

    async notifyCaseOfIncident({ caseId, notice }) {
      await deps.signalCase(caseId, notice);
    },
  };
}
