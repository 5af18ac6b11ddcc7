import request from 'supertest';
import { type FaultStack, inconsistencies, startFaultStack } from './fault-stack';
import { sleep } from './faults';
import { countAlerts, openCases, settle } from './helpers';

describe('the Temporal server restarted', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    // Long enough that the first case's report, sent once the server is back, lands in time even on a busy
    // machine; the other cases' deadlines then fall due after the restart.
    stack = await startFaultStack({ reportWithin: 'PT20S' });
  });
  afterAll(() => stack.stop());

  it('keeps running cases and incidents going, timers included', async () => {
    const ids = await openCases(stack, 'temporal', 10);
    const bureauToken = await stack.token('bureau');
    const incident = await request(stack.app.getHttpServer())
      .post('/incidents')
      .set('authorization', `Bearer ${bureauToken}`)
      .send({
        title: '界桩被毁',
        type: 'marker_destroyed',
        severity: 'IV',
        jurisdiction: 'T01',
        description: '13号界桩被推倒',
      })
      .expect(201);
    const incidentId: string = incident.body.id;
    await stack.temporal.stop();
    await sleep(3000);
    await stack.temporal.start();

    const token = await stack.token('mediator.a');
    await settle(
      async () => {
        const response = await request(stack.app.getHttpServer())
          .post(`/disputes/${ids[0]}/report`)
          .set('authorization', `Bearer ${token}`)
          .send({ tier: 'village', summary: '重启后上报' });
        return response.status === 200;
      },
      60_000,
      0,
    );

    const rest = ids.slice(1);
    await settle(
      async () => (await countAlerts(stack, 'deadline_missed', 'leader', rest)) >= rest.length,
      60_000,
    );
    expect(await countAlerts(stack, 'deadline_missed', 'leader', rest)).toBe(rest.length);
    expect(await countAlerts(stack, 'deadline_missed', 'leader', [ids[0]])).toBe(0);
    expect(await inconsistencies(stack, ids)).toEqual([]);

    // The chain's second step (bureau, 10 s) and the missed acknowledge deadline (20 s) both came after the restart.
    const incidentAlerts = async (recipient: string, kind: string) =>
      countAlerts(stack, kind, recipient, [incidentId]);
    const acknowledgeMisses = async () =>
      Number(
        (
          await stack.db.query(
            `SELECT count(*) AS n FROM alerts WHERE subject_id = $1 AND recipient = 'leader' AND deadline_kind = 'acknowledge'`,
            [incidentId],
          )
        )[0].n,
      );
    await settle(async () => (await acknowledgeMisses()) >= 1, 60_000);
    expect(await incidentAlerts('mediator.a', 'incident_triggered')).toBe(1);
    expect(await incidentAlerts('bureau', 'escalated')).toBe(1);
    expect(await acknowledgeMisses()).toBe(1);
    const read = await request(stack.app.getHttpServer())
      .get(`/incidents/${incidentId}`)
      .set('authorization', `Bearer ${bureauToken}`)
      .expect(200);
    expect(read.body.notified.map((n: { step: number; role: string }) => `${n.step}:${n.role}`)).toEqual([
      '0:mediator',
      '1:bureau',
    ]);
  }, 180_000);
});
