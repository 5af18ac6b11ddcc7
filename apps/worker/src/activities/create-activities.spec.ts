import type { AlertDeliveryJob } from '@boundary/alerts';
import { type AlertIntent, DEFAULT_ALERT_ROUTING, type TimelineEvent } from '@boundary/workflows';
import { disputeCase, incident } from '../../../../test/support/fakes';
import { type ActivityDependencies, createActivities } from './create-activities';

const EVENT: TimelineEvent = {
  seq: 2,
  at: '2026-03-05T08:00:00.000Z',
  actor: 'system',
  action: 'deadline_missed',
  fromStatus: 'screening',
  toStatus: 'screening',
  data: { deadlineKind: 'report' },
};

const missed = (subjectId: string): AlertIntent => ({
  key: `dispute:${subjectId}:deadline_missed:2`,
  kind: 'deadline_missed',
  subjectType: 'dispute',
  subjectId,
  subjectTitle: '石门村与王家村林地界线争议',
  at: EVENT.at,
  audience: [{ role: 'leader', jurisdiction: 'D01' }],
  deadlineKind: 'report',
  dueAt: EVENT.at,
});

/** Every dependency as a recording fake; `steps` lists the writes in the order they happened. */
function makeSut() {
  const steps: string[] = [];
  const projector = (name: string) => ({
    project: jest.fn(async (state: { id: string }) => {
      steps.push(`${name}:${state.id}`);
    }),
  });
  const deps = {
    disputes: projector('disputes'),
    incidents: projector('incidents'),
    findings: projector('findings'),
    patrolPlans: projector('patrolPlans'),
    jointInspections: projector('jointInspections'),
    register: { recordRepair: jest.fn() },
    organisation: { recipientsOf: jest.fn(async () => ['leader', 'leader.deputy']) },
    alertQueue: {
      addBulk: jest.fn(async (jobs: { data: AlertDeliveryJob }[]) => {
        steps.push(`alerts:${jobs.map((job) => job.data.recipient).join(',')}`);
        return [];
      }),
    },
    signalCase: jest.fn(),
    channels: { frozenRouting: jest.fn(async () => DEFAULT_ALERT_ROUTING) },
    routing: DEFAULT_ALERT_ROUTING,
  } as unknown as ActivityDependencies & { alertQueue: { addBulk: jest.Mock } };
  return { activities: createActivities(deps), deps, steps };
}

describe('recordEffects', () => {
  it('projects the subject, then enqueues one delivery per recipient of its alerts', async () => {
    const { activities, steps, deps } = makeSut();
    await activities.recordEffects({
      subjectType: 'dispute',
      state: disputeCase({ id: 'case-7', seq: 2 }),
      events: [EVENT],
      alerts: [missed('case-7')],
    });
    expect(steps).toEqual(['disputes:case-7', 'alerts:leader,leader.deputy']);
    expect(deps.disputes.project).toHaveBeenCalledWith(expect.objectContaining({ id: 'case-7' }), [EVENT]);
    const [jobs] = deps.alertQueue.addBulk.mock.calls[0] as [{ opts: { jobId: string } }[]];
    expect(new Set(jobs.map((job) => job.opts.jobId)).size).toBe(2);
  });

  it("sends each subject type to its own family's projection", async () => {
    const { activities, steps } = makeSut();
    await activities.recordEffects({
      subjectType: 'incident',
      state: incident({ id: 'incident-3' }),
      events: [EVENT],
      alerts: [],
    });
    expect(steps).toEqual(['incidents:incident-3']);
  });

  it('writes no projection for a task that recorded no event, and enqueues nothing without alerts', async () => {
    const { activities, steps } = makeSut();
    await activities.recordEffects({
      subjectType: 'dispute',
      state: disputeCase({ id: 'case-8' }),
      events: [],
      alerts: [missed('case-8')],
    });
    await activities.recordEffects({
      subjectType: 'dispute',
      state: disputeCase({ id: 'case-9' }),
      events: [],
      alerts: [],
    });
    expect(steps).toEqual(['alerts:leader,leader.deputy']);
  });

  it('retried after the projection failed, repeats it before any alert goes out', async () => {
    const { activities, steps, deps } = makeSut();
    (deps.disputes.project as jest.Mock).mockRejectedValueOnce(new Error('connection reset'));
    const effects = {
      subjectType: 'dispute' as const,
      state: disputeCase({ id: 'case-10', seq: 2 }),
      events: [EVENT],
      alerts: [missed('case-10')],
    };
    await expect(activities.recordEffects(effects)).rejects.toThrow('connection reset');
    expect(steps).toEqual([]);
    await activities.recordEffects(effects);
    expect(steps).toEqual(['disputes:case-10', 'alerts:leader,leader.deputy']);
  });
});
