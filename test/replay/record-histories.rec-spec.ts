import { randomBytes } from 'node:crypto';
import { relative } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  disputeWorkflowId,
  findingWorkflowId,
  incidentWorkflowId,
  jointInspectionWorkflowId,
  patrolPlanWorkflowId,
} from '@boundary/workflows';
import {
  type Caller,
  type Stack,
  newCase,
  round,
  handOverPolicy,
  secondsPolicy,
  startStack,
} from '../support/stack';
import { eventually } from '../support/waits';
import { startTemporalDevServer } from '../support/temporal-server';
import { assertNotRecordedYet, recordWorkflow } from './recording';

/**
 * `npm run replay:record`: drives real cases and incidents through the HTTP API with policies in seconds and
 * writes each finished workflow's history to test/replay/histories/, where test/replay/replay.spec.ts replays
 * them against the current workflow code. Run it from the released code, before changing a workflow: the
 * histories then stand for the cases and incidents that code left open in production.
 */

const PATHS = [
  'dispute-resolved-locally',
  'dispute-mediated-agreement-closed',
  'dispute-withdrawn',
  'dispute-deadlines-reminded-and-missed',
  'dispute-auto-escalated-max-rounds',
  'dispute-breakdown-round',
  'dispute-auto-escalated-mediation-expired',
  'dispute-escalated-to-referred',
  'dispute-emergency-escalation',
  'incident-emergency-from-case',
  'dispute-incident-linked-and-resolved',
  'incident-triggered-for-case',
  'incident-chain-unacknowledged-deadlines-missed',
  'incident-acknowledged-on-scene-resolved',
  'incident-severity-changed',
  'incident-chain-repeated',
  'dispute-continue-as-new',
  'incident-continue-as-new',
  'finding-verification-failed-then-closed',
  'finding-deadline-reminded-and-missed-then-closed',
  'patrol-plan-completed',
  'patrol-plan-missed-then-completed',
  'dispute-cross-county-confirmed-closed',
  'joint-inspection-archived-next-cycle',
] as const;
type PathName = (typeof PATHS)[number];

interface TimelineEntry {
  actor: string;
  action: string;
  data: Record<string, unknown>;
}

interface IncidentRead {
  status: string;
  notified: unknown[];
  deadlines: { kind: string; status: string }[];
}

type Subject = 'disputes' | 'incidents';

const written: string[] = [];

async function record(stack: Stack, workflowId: string, name: PathName): Promise<string[]> {
  const files = await recordWorkflow(stack, workflowId, name);
  written.push(...files);
  return files;
}

/** Polls until the subject's timeline satisfies `holds`; the error says what never came. */
async function awaitTimeline(
  caller: Caller,
  subject: Subject,
  id: string,
  what: string,
  holds: (entries: TimelineEntry[]) => boolean,
  timeoutMs = 20_000,
): Promise<void> {
  try {
    await eventually(
      async () => {
        const entries = (await caller.get(`/${subject}/${id}/timeline`).expect(200)).body as TimelineEntry[];
        return holds(entries) ? true : undefined;
      },
      { timeoutMs },
    );
  } catch (error) {
    throw new Error(`${subject}/${id}: no ${what}: ${(error as Error).message}`);
  }
}

const has =
  (action: string, data: Record<string, unknown> = {}, actor?: string) =>
  (entries: TimelineEntry[]): boolean =>
    entries.some(
      (entry) =>
        entry.action === action &&
        (actor === undefined || entry.actor === actor) &&
        Object.entries(data).every(([key, value]) => entry.data[key] === value),
    );

async function awaitIncident(
  caller: Caller,
  id: string,
  what: string,
  holds: (incident: IncidentRead) => boolean,
  timeoutMs = 20_000,
): Promise<IncidentRead> {
  try {
    return await eventually(
      async () => {
        const incident = (await caller.get(`/incidents/${id}`).expect(200)).body as IncidentRead;
        return holds(incident) ? incident : undefined;
      },
      { timeoutMs },
    );
  } catch (error) {
    throw new Error(`incidents/${id}: never ${what}: ${(error as Error).message}`);
  }
}

const newIncident = (extra: Record<string, unknown> = {}) => ({
  title: `T01 12号界桩处村民聚集 ${randomBytes(3).toString('hex')}`,
  type: 'mass_gathering',
  severity: 'IV',
  jurisdiction: 'T01',
  description: '两村村民约三十人在争议林地聚集，情绪激动',
  ...extra,
});

const agreement = () => ({
  terms: '以1998年勘界协议确定的12号至15号界桩连线为界',
  signatories: ['石门村', '王家村'],
  signedAt: new Date().toISOString(),
});

describe('replay histories from the released workflow code', () => {
  beforeAll(() => assertNotRecordedYet([...PATHS]));
  afterAll(() => {
    const list = written.map((file) => `  ${relative(process.cwd(), file)}`).join('\n');
    process.stdout.write(`recorded ${written.length} histories:\n${list}\n`);
  });

  /**
   * Report 4 s (reminder 2 s before), accept 4 s, a round every 6 s, at most 3 rounds, mediation 10 s,
   * follow-up 4 s; incidents: mediator at once, bureau 3 s later, leader 3 s after that; level I acknowledge
   * 3 s / arrive 6 s, III 5 s / 10 s, IV 6 s / 12 s.
   */
  describe('on the run dev server with a policy in seconds', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({
        policy: secondsPolicy({
          disputes: { mediationWithin: 'PT10S' },
          // The next cycle falls due 6 s after archiving, its planning reminder 3 s before.
          jointInspections: {
            cycle: 'PT6S',
            planningWithin: 'PT3S',
            fieldWorkWithin: 'PT1M',
            reportingWithin: 'PT1M',
            archiveWithin: 'PT1M',
            remindBefore: 'PT1S',
          },
        }),
      });
    });
    afterAll(() => stack?.stop());

    const openCase = async (extra: Record<string, unknown> = {}): Promise<string> =>
      (await (await stack.as('mediator.a')).post('/disputes', newCase('T01', extra)).expect(201)).body.id;
    const startMediation = async (id: string, tier = 'village') => {
      const mediator = await stack.as('mediator.a');
      await mediator.post(`/disputes/${id}/report`, { tier, summary: '镇调委会受理并上报' }).expect(200);
      await mediator.post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] }).expect(200);
    };

    it('dispute-resolved-locally', async () => {
      const id = await openCase();
      await (
        await stack.as('mediator.a')
      )
        .post(`/disputes/${id}/resolve-locally`, { summary: '村委会现场协调，双方认可原界线' })
        .expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-resolved-locally');
    });

    it('dispute-mediated-agreement-closed', async () => {
      const mediator = await stack.as('mediator.a');
      const id = await openCase();
      await startMediation(id);
      await mediator.post(`/disputes/${id}/mediation/rounds`, round('progress')).expect(200);
      await mediator.post(`/disputes/${id}/mediation/rounds`, round('agreement_reached')).expect(200);
      await mediator.post(`/disputes/${id}/agreement`, agreement()).expect(200);
      await mediator
        .post(`/disputes/${id}/close`, { implemented: true, archiveRef: 'DA-REPLAY-1' })
        .expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-mediated-agreement-closed');
    });

    it('dispute-withdrawn', async () => {
      const mediator = await stack.as('mediator.a');
      const id = await openCase();
      await mediator.post(`/disputes/${id}/report`, { tier: 'village', summary: '上报' }).expect(200);
      await mediator.post(`/disputes/${id}/withdraw`, { reason: '当事方撤回申请' }).expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-withdrawn');
    });

    it('dispute-deadlines-reminded-and-missed', async () => {
      const mediator = await stack.as('mediator.a');
      const id = await openCase();
      await awaitTimeline(mediator, 'disputes', id, 'report reminder and miss', (entries) =>
        ['deadline_approaching', 'deadline_missed'].every((action) =>
          has(action, { deadlineKind: 'report' })(entries),
        ),
      );
      await mediator.post(`/disputes/${id}/report`, { tier: 'village', summary: '逾期上报' }).expect(200);
      await awaitTimeline(mediator, 'disputes', id, 'accept reminder and miss', (entries) =>
        ['deadline_approaching', 'deadline_missed'].every((action) =>
          has(action, { deadlineKind: 'accept' })(entries),
        ),
      );
      await mediator.post(`/disputes/${id}/withdraw`, { reason: '逾期未受理，当事方另行协商' }).expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-deadlines-reminded-and-missed');
    });

    it('dispute-auto-escalated-max-rounds', async () => {
      const mediator = await stack.as('mediator.a');
      const id = await openCase();
      await startMediation(id, 'township');
      await mediator.post(`/disputes/${id}/mediation/rounds`, round('no_progress')).expect(200);
      await mediator.post(`/disputes/${id}/mediation/rounds`, round('progress')).expect(200);
      const third = await mediator.post(`/disputes/${id}/mediation/rounds`, round('no_progress')).expect(200);
      expect(third.body).toMatchObject({ status: 'mediating', tier: 'district' });
      await (
        await stack.as('bureau')
      )
        .post(`/disputes/${id}/withdraw`, { reason: '双方同意暂缓处理' })
        .expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-auto-escalated-max-rounds');
    });

    it('dispute-breakdown-round', async () => {
      const mediator = await stack.as('mediator.a');
      const id = await openCase();
      await startMediation(id);
      await mediator.post(`/disputes/${id}/mediation/rounds`, round('breakdown')).expect(200);
      await mediator.post(`/disputes/${id}/withdraw`, { reason: '调解破裂，当事方拟诉讼' }).expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-breakdown-round');
    });

    it('dispute-auto-escalated-mediation-expired', async () => {
      const mediator = await stack.as('mediator.a');
      const id = await openCase();
      await startMediation(id);
      await awaitTimeline(
        mediator,
        'disputes',
        id,
        'escalation by the system when mediation ran out',
        has('escalated', { fromTier: 'village', toTier: 'township' }, 'system'),
      );
      await mediator.post(`/disputes/${id}/withdraw`, { reason: '双方同意暂缓处理' }).expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-auto-escalated-mediation-expired');
    });

    it('dispute-escalated-to-referred', async () => {
      const bureau = await stack.as('bureau');
      const id = await openCase();
      for (const reason of ['村级无法调处', '涉及镇际界线', '涉及县际界线', '移交上级人民政府']) {
        await bureau.post(`/disputes/${id}/escalate`, { reason }).expect(200);
      }
      expect((await bureau.get(`/disputes/${id}`).expect(200)).body.status).toBe('referred');
      // Referred to the common superior, the case waits for its decision.
      await (
        await stack.as('city')
      )
        .post(`/disputes/${id}/decision`, { decision: '以勘界协议为准', documentRef: '示政函〔2026〕3号' })
        .expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-escalated-to-referred');
    });

    it('dispute-cross-county-confirmed-closed', async () => {
      const bureau = await stack.as('bureau');
      const n01 = await stack.as('bureau.n01');
      const id = await openCase({
        tier: 'cross_county',
        parties: [
          { jurisdiction: 'T01', name: '石门村' },
          { jurisdiction: 'N0101', name: '石桥镇王家村' },
        ],
      });
      await n01
        .put(`/disputes/${id}/joint-group`, {
          members: [
            { username: 'bureau', name: '张科长', side: 'D01', role: 'lead' },
            { username: 'mediator.c', name: '石桥镇调解员', side: 'N01', role: 'member' },
          ],
        })
        .expect(200);
      await bureau.post(`/disputes/${id}/report`, { tier: 'cross_county', summary: '跨县' }).expect(200);
      await bureau.post(`/disputes/${id}/mediation/start`, { mediators: ['bureau'] }).expect(200);
      await (
        await stack.as('mediator.c')
      )
        .post(`/disputes/${id}/mediation/rounds`, round('agreement_reached'))
        .expect(200);
      await bureau.post(`/disputes/${id}/agreement`, agreement()).expect(200);
      await n01.post(`/disputes/${id}/agreement/confirm`).expect(200);
      await n01.post(`/disputes/${id}/agreement/confirm`).expect(200);
      await bureau.post(`/disputes/${id}/agreement/confirm`).expect(200);
      await bureau
        .post(`/disputes/${id}/close`, { implemented: true, archiveRef: 'DA-REPLAY-X' })
        .expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-cross-county-confirmed-closed');
    });

    it('joint-inspection-archived-next-cycle', async () => {
      const bureau = await stack.as('bureau');
      const n01 = await stack.as('bureau.n01');
      const id: string = (
        await bureau
          .post('/joint-inspections', {
            lineCode: 'L-D01-N01-1',
            title: '回放联检',
            plannedFrom: '2026-12-01',
            plannedTo: '2026-12-31',
          })
          .expect(201)
      ).body.id;
      await n01.post(`/joint-inspections/${id}/advance`).expect(200);
      await bureau.post(`/joint-inspections/${id}/advance`).expect(200);
      await n01.post(`/joint-inspections/${id}/sign`).expect(200);
      await bureau.post(`/joint-inspections/${id}/sign`).expect(200);
      await bureau.post(`/joint-inspections/${id}/archive`, { archiveRef: 'LJ-REPLAY' }).expect(200);
      const runs = await record(stack, jointInspectionWorkflowId(id), 'joint-inspection-archived-next-cycle');
      expect(runs).toHaveLength(2);
    });

    it('dispute-emergency-escalation and incident-emergency-from-case', async () => {
      const mediator = await stack.as('mediator.a');
      const id = await openCase({ riskLevel: 'high' });
      const escalated = await mediator
        .post(`/disputes/${id}/escalate`, { reason: '双方村民在界桩处发生肢体冲突', emergency: true })
        .expect(200);
      const [incidentId] = escalated.body.incidentIds as string[];
      await mediator
        .post(`/incidents/${incidentId}/resolve`, { summary: '双方已撤离，现场恢复平静' })
        .expect(200);
      await awaitTimeline(
        mediator,
        'disputes',
        id,
        'incident_resolved',
        has('incident_resolved', { incidentId }),
      );
      await mediator.post(`/disputes/${id}/withdraw`, { reason: '冲突平息，当事方撤回' }).expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-emergency-escalation');
      await record(stack, incidentWorkflowId(incidentId), 'incident-emergency-from-case');
    });

    it('dispute-incident-linked-and-resolved and incident-triggered-for-case', async () => {
      const mediator = await stack.as('mediator.a');
      const bureau = await stack.as('bureau');
      const id = await openCase();
      const incidentId: string = (await bureau.post('/incidents', newIncident({ disputeId: id })).expect(201))
        .body.id;
      await awaitTimeline(
        mediator,
        'disputes',
        id,
        'incident_linked',
        has('incident_linked', { incidentId }),
      );
      await bureau.post(`/incidents/${incidentId}/resolve`, { summary: '现场已恢复' }).expect(200);
      await awaitTimeline(
        mediator,
        'disputes',
        id,
        'incident_resolved',
        has('incident_resolved', { incidentId }),
      );
      await mediator.post(`/disputes/${id}/withdraw`, { reason: '当事方和解' }).expect(200);
      await record(stack, disputeWorkflowId(id), 'dispute-incident-linked-and-resolved');
      await record(stack, incidentWorkflowId(incidentId), 'incident-triggered-for-case');
    });

    it('incident-chain-unacknowledged-deadlines-missed', async () => {
      const leader = await stack.as('leader');
      const id: string = (await (await stack.as('mediator.a')).post('/incidents', newIncident()).expect(201))
        .body.id;
      await awaitIncident(
        leader,
        id,
        'ran its chain to the leader and missed both deadlines',
        (incident) =>
          incident.notified.length === 3 && incident.deadlines.every((d) => d.status === 'missed'),
      );
      await leader.post(`/incidents/${id}/resolve`, { summary: '事后处置完毕' }).expect(200);
      await record(stack, incidentWorkflowId(id), 'incident-chain-unacknowledged-deadlines-missed');
    });

    it('incident-acknowledged-on-scene-resolved', async () => {
      const mediator = await stack.as('mediator.a');
      const bureau = await stack.as('bureau');
      const id: string = (await mediator.post('/incidents', newIncident()).expect(201)).body.id;
      await awaitIncident(bureau, id, 'reached the bureau step', (incident) => incident.notified.length >= 2);
      await bureau.post(`/incidents/${id}/acknowledge`, { note: '区民政局已接报' }).expect(200);
      await mediator.post(`/incidents/${id}/sitreps`, { text: '现场已隔离双方人员' }).expect(200);
      await mediator.post(`/incidents/${id}/on-scene`, { note: '调解员到场' }).expect(200);
      await mediator.post(`/incidents/${id}/sitreps`, { text: '双方代表同意到镇政府协商' }).expect(200);
      await mediator.post(`/incidents/${id}/resolve`, { summary: '双方已撤离' }).expect(200);
      await record(stack, incidentWorkflowId(id), 'incident-acknowledged-on-scene-resolved');
    });

    it('incident-severity-changed', async () => {
      const leader = await stack.as('leader');
      const id: string = (await (await stack.as('mediator.a')).post('/incidents', newIncident()).expect(201))
        .body.id;
      // The bureau step goes out 3 s after the trigger, when level I's acknowledge time (3 s) has passed.
      await awaitIncident(leader, id, 'reached the bureau step', (incident) => incident.notified.length >= 2);
      const raised = await leader
        .post(`/incidents/${id}/severity`, { severity: 'I', reason: '冲突升级，有人员受伤' })
        .expect(200);
      expect(raised.body.deadlines[0]).toMatchObject({ kind: 'acknowledge', status: 'missed' });
      await leader.post(`/incidents/${id}/acknowledge`, {}).expect(200);
      await leader.post(`/incidents/${id}/severity`, { severity: 'III', reason: '事态得到控制' }).expect(200);
      await leader.post(`/incidents/${id}/resolve`, { summary: '处置完毕' }).expect(200);
      await record(stack, incidentWorkflowId(id), 'incident-severity-changed');
    });
  });

  describe('with a plan that runs its chain twice (repeat 1, steps 1 s apart)', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ policy: secondsPolicy({ emergency: { stepWait: 'PT1S', repeat: 1 } }) });
    });
    afterAll(() => stack?.stop());

    it('incident-chain-repeated', async () => {
      const leader = await stack.as('leader');
      const id: string = (await (await stack.as('mediator.a')).post('/incidents', newIncident()).expect(201))
        .body.id;
      await awaitIncident(
        leader,
        id,
        'ran both rounds of its chain',
        (incident) => incident.notified.length === 6,
      );
      await leader.post(`/incidents/${id}/resolve`, { summary: '处置完毕' }).expect(200);
      await record(stack, incidentWorkflowId(id), 'incident-chain-repeated');
    });
  });

  /**
   * Production suggests continue-as-new at 4,096 events; this server suggests it at 30, so a few writes carry a
   * case and its linked incident across several runs, and every run is recorded.
   */
  describe('on a dev server that suggests continue-as-new every 30 events', () => {
    let temporal: TestWorkflowEnvironment;
    let stack: Stack;
    beforeAll(async () => {
      temporal = await startTemporalDevServer({ 'limit.historyCount.suggestContinueAsNew': 30 });
      stack = await startStack({
        policy: handOverPolicy(),
        env: { TEMPORAL_ADDRESS: temporal.address },
      });
    });
    afterAll(async () => {
      await stack?.stop();
      await temporal?.teardown();
    });

    it('dispute-continue-as-new and incident-continue-as-new', async () => {
      const mediator = await stack.as('mediator.a');
      const bureau = await stack.as('bureau');
      const intake = newCase('T01');
      const id: string = (
        await mediator.post('/disputes', intake).set('Idempotency-Key', 'replay-long').expect(201)
      ).body.id;
      await mediator.post(`/disputes/${id}/report`, { tier: 'village', summary: '上报' }).expect(200);
      await mediator.post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] }).expect(200);
      const incidentId: string = (await bureau.post('/incidents', newIncident({ disputeId: id })).expect(201))
        .body.id;
      for (let i = 0; i < 8; i += 1) {
        await mediator.post(`/disputes/${id}/mediation/rounds`, round('progress')).expect(200);
      }
      // Writes that race a hand-over are moved to the next run by the server: a path of its own.
      const burst = await Promise.all(
        Array.from({ length: 4 }, () => mediator.post(`/disputes/${id}/mediation/rounds`, round('progress'))),
      );
      expect(burst.map((response) => response.status)).toEqual([200, 200, 200, 200]);
      for (let i = 0; i < 10; i += 1) {
        await bureau
          .post(`/incidents/${incidentId}/sitreps`, { text: `第${i + 1}次现场情况报告` })
          .expect(200);
      }
      await bureau
        .post(`/incidents/${incidentId}/severity`, { severity: 'III', reason: '群众聚集' })
        .expect(200);
      await bureau.post(`/incidents/${incidentId}/acknowledge`, { note: '已派员' }).expect(200);
      await bureau.post(`/incidents/${incidentId}/resolve`, { summary: '界桩已恢复' }).expect(200);
      await awaitTimeline(
        mediator,
        'disputes',
        id,
        'incident_resolved',
        has('incident_resolved', { incidentId }),
      );
      // The round deadline the last round armed falls due in a later run than the one that armed it.
      await awaitTimeline(
        mediator,
        'disputes',
        id,
        'round deadline missed',
        has('deadline_missed', { deadlineKind: 'round' }),
      );
      // A retried intake reaches whichever run is current.
      await mediator.post('/disputes', intake).set('Idempotency-Key', 'replay-long').expect(200);
      await mediator.post(`/disputes/${id}/mediation/rounds`, round('agreement_reached')).expect(200);
      await mediator.post(`/disputes/${id}/agreement`, agreement()).expect(200);
      await mediator
        .post(`/disputes/${id}/close`, { implemented: true, archiveRef: 'DA-REPLAY-CAN' })
        .expect(200);

      const caseRuns = await record(stack, disputeWorkflowId(id), 'dispute-continue-as-new');
      const incidentRuns = await record(stack, incidentWorkflowId(incidentId), 'incident-continue-as-new');
      expect(caseRuns.length).toBeGreaterThanOrEqual(3);
      expect(incidentRuns.length).toBeGreaterThanOrEqual(2);
    });
  });

  /** The ledger: a finding is due 4 s after it is assigned (reminder 2 s before); plans are reminded 2 s ahead. */
  describe('patrols, findings and plans with a policy in seconds', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({
        policy: secondsPolicy({
          findings: { rectifyWithin: 'PT4S', remindBefore: 'PT2S' },
          patrolPlans: { remindBefore: 'PT2S' },
        }),
      });
    });
    afterAll(() => stack?.stop());

    const patrol = (markers: [string, string][], planId?: string) => ({
      ...(planId ? { planId } : {}),
      lineCode: 'L-T01-T02',
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      endedAt: new Date().toISOString(),
      team: ['张三'],
      markers: markers.map(([code, condition]) => ({ code, condition })),
    });
    const findingOf = async (markers: [string, string][]): Promise<string> =>
      (await (await stack.as('mediator.a')).post('/patrols', patrol(markers)).expect(201)).body.findingIds[0];
    const putRight = async (id: string) => {
      const mediator = await stack.as('mediator.a');
      await mediator.post(`/findings/${id}/start`, {}).expect(200);
      await mediator
        .post(`/findings/${id}/submit`, {
          summary: '已扶正',
          repair: { work: 'straighten', cost: 300, days: 1 },
        })
        .expect(200);
    };

    it('finding-verification-failed-then-closed', async () => {
      const bureau = await stack.as('bureau');
      const id = await findingOf([['JZ-21', 'tilted']]);
      const dueAt = new Date(Date.now() + 3_600_000).toISOString();
      await bureau.post(`/findings/${id}/assign`, { assignee: 'mediator.a', dueAt }).expect(200);
      await putRight(id);
      await bureau.post(`/findings/${id}/verify`, { accepted: false, note: '仍倾斜' }).expect(200);
      await (
        await stack.as('mediator.a')
      )
        .post(`/findings/${id}/submit`, { summary: '重新扶正' })
        .expect(200);
      await bureau.post(`/findings/${id}/verify`, { accepted: true, note: '到位' }).expect(200);
      await record(stack, findingWorkflowId(id), 'finding-verification-failed-then-closed');
    });

    it('finding-deadline-reminded-and-missed-then-closed', async () => {
      const bureau = await stack.as('bureau');
      const id = await findingOf([['JZ-23', 'damaged']]);
      await bureau.post(`/findings/${id}/assign`, { assignee: 'mediator.a' }).expect(200);
      await eventually(
        async () => {
          const finding = (await bureau.get(`/findings/${id}`).expect(200)).body;
          return finding.deadlines[0].status === 'missed' ? true : undefined;
        },
        { timeoutMs: 20_000 },
      );
      await putRight(id);
      await bureau.post(`/findings/${id}/verify`, { accepted: true, note: '超期整改到位' }).expect(200);
      await record(stack, findingWorkflowId(id), 'finding-deadline-reminded-and-missed-then-closed');
    });

    it('patrol-plan-completed', async () => {
      const bureau = await stack.as('bureau');
      const plan = await bureau
        .post('/patrol-plans', {
          title: '东坪镇界桩巡查',
          dueAt: new Date(Date.now() + 3_600_000).toISOString(),
          targets: [{ jurisdiction: 'T01', lineCodes: [], markerCodes: ['JZ-25', 'JZ-26'] }],
        })
        .expect(201);
      const mediator = await stack.as('mediator.a');
      await mediator.post('/patrols', patrol([['JZ-25', 'intact']], plan.body.id)).expect(201);
      await mediator.post('/patrols', patrol([['JZ-26', 'intact']], plan.body.id)).expect(201);
      await record(stack, patrolPlanWorkflowId(plan.body.id), 'patrol-plan-completed');
    });

    it('patrol-plan-missed-then-completed', async () => {
      const bureau = await stack.as('bureau');
      const plan = await bureau
        .post('/patrol-plans', {
          title: '东坪镇补巡',
          dueAt: new Date(Date.now() + 5000).toISOString(),
          targets: [{ jurisdiction: 'T01', lineCodes: [], markerCodes: ['JZ-22'] }],
        })
        .expect(201);
      await eventually(
        async () =>
          (await bureau.get(`/patrol-plans/${plan.body.id}`).expect(200)).body.status === 'overdue'
            ? true
            : undefined,
        { timeoutMs: 20_000 },
      );
      await (
        await stack.as('mediator.a')
      )
        .post('/patrols', patrol([['JZ-22', 'intact']], plan.body.id))
        .expect(201);
      await record(stack, patrolPlanWorkflowId(plan.body.id), 'patrol-plan-missed-then-completed');
    });
  });
});
