import request from 'supertest';
import { type FaultStack, inconsistencies, startFaultStack } from './fault-stack';
import { sleep } from './faults';
import { countAlerts, openCases, settle } from './helpers';

describe('the Temporal server restarted', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await startFaultStack({
      reportWithin: 'PT12S',
      acceptWithin: 'P2D',
      roundInterval: 'P14D',
      maxRounds: 5,
      mediationWithin: 'P60D',
      followUpWithin: 'P30D',
      remindBefore: 'PT0S',
    });
  });
  afterAll(() => stack.stop());

  it('keeps running cases going, timers included', async () => {
    const ids = await openCases(stack, 'temporal', 10);
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
  }, 180_000);
});
