import request from 'supertest';
import { newCase } from '../support/stack';
import { type FaultStack, inconsistencies, startFaultStack } from './fault-stack';
import { sleep } from './faults';
import { countAlerts, openCases, settle } from './helpers';

const OUTAGE_MS = 30_000;

describe('PostgreSQL unreachable for 30 s', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await startFaultStack({ reportWithin: 'PT10S' });
  });
  afterAll(() => stack.stop());

  it('answers 503 UNAVAILABLE (never 500) while it is down, and the read model catches up with no gap', async () => {
    const ids = await openCases(stack, 'pg', 10);
    const token = await stack.token('mediator.a');
    const http = () => request(stack.app.getHttpServer());

    stack.proxy.cutOff();
    const outageEnds = Date.now() + OUTAGE_MS;
    const statuses = new Set<number>();
    // Deadlines fall due during the outage; meanwhile users keep trying.
    const intakeKey = 'pg-during-outage';
    while (Date.now() < outageEnds - 9000) {
      const list = await http().get('/disputes').set('authorization', `Bearer ${token}`);
      const health = await http().get('/health');
      const write = await http()
        .post(`/disputes/${ids[0]}/report`)
        .set('authorization', `Bearer ${token}`)
        .send({ tier: 'village', summary: '停电期间上报' });
      for (const response of [list, health, write]) {
        statuses.add(response.status);
        expect(response.status).toBe(503);
        expect(response.body.error).toBe('UNAVAILABLE');
      }
      expect(health.body.details.checks.database).toBe('down');
      await sleep(2000);
    }
    const intake = await http()
      .post('/disputes')
      .set('authorization', `Bearer ${token}`)
      .set('Idempotency-Key', intakeKey)
      .send(newCase('T01'));
    expect(intake.status).toBe(503);
    await sleep(Math.max(0, outageEnds - Date.now()));
    stack.proxy.restore();

    // The case accepted during the outage exists once it is over: the same key now returns it.
    const retried = await http()
      .post('/disputes')
      .set('authorization', `Bearer ${token}`)
      .set('Idempotency-Key', intakeKey)
      .send(newCase('T01'));
    expect([200, 201]).toContain(retried.status);
    const all = [...ids, retried.body.id as string];

    await settle(
      async () => (await countAlerts(stack, 'deadline_missed', 'leader', ids)) >= ids.length,
      60_000,
    );
    expect(await countAlerts(stack, 'deadline_missed', 'leader', ids)).toBe(ids.length);
    expect(await inconsistencies(stack, all)).toEqual([]);
    expect([...statuses]).toEqual([503]);
  }, 180_000);
});
