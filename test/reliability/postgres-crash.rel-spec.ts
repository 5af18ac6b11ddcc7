import request from 'supertest';
import { verifyIntegrity } from '../../libs/persistence/src/integrity';
import { newCase } from '../support/stack';
import { type FaultStack, inconsistencies, startFaultStack } from './fault-stack';
import { PostgresCluster, sleep } from './faults';
import { countAlerts, openCases, settle } from './helpers';

const OUTAGE_MS = 25_000;

/**
 * PostgreSQL itself dies (immediate shutdown: no checkpoint, every connection cut) and comes back with crash
 * recovery. In postgres mode it holds Temporal's persistence and the read model together, so both go down at
 * once. The cluster is the test's own: the machine's PostgreSQL is never touched.
 */
describe('PostgreSQL crashes and restarts under load', () => {
  let cluster: PostgresCluster;
  let stack: FaultStack;
  beforeAll(async () => {
    cluster = await PostgresCluster.start();
    stack = await startFaultStack({ reportWithin: 'PT15S' }, { postgresBaseUrl: cluster.baseUrl });
  });
  afterAll(async () => {
    await stack?.stop();
    await cluster?.dispose();
  });

  it('answers 503 (never 500) while it is down, then goes on by itself with nothing lost or doubled', async () => {
    const ids = await openCases(stack, 'crash', 10);
    const token = await stack.token('mediator.a');
    const http = () => request(stack.app.getHttpServer());

    // Load while it crashes: intakes with keys of their own, sent until the server goes down and after.
    let loading = true;
    const sent = new Map<string, number>();
    const load = (async () => {
      for (let i = 0; loading; i += 1) {
        const key = `crash-load-${i}`;
        const response = await http()
          .post('/disputes')
          .set('authorization', `Bearer ${token}`)
          .set('Idempotency-Key', key)
          .send(newCase('T01'));
        sent.set(key, response.status);
        await sleep(200);
      }
    })();
    await sleep(1500);
    await cluster.crash();
    const outageEnds = Date.now() + OUTAGE_MS;
    const statuses = new Set<number>();
    // The report deadlines (15 s) fall due while it is down; meanwhile users keep trying.
    while (Date.now() < outageEnds - 5000) {
      const list = await http().get('/disputes').set('authorization', `Bearer ${token}`);
      const health = await http().get('/health');
      const write = await http()
        .post(`/disputes/${ids[0]}/report`)
        .set('authorization', `Bearer ${token}`)
        .send({ tier: 'village', summary: '宕机期间上报' });
      for (const response of [list, health, write]) {
        statuses.add(response.status);
        expect(response.body.error).toBe('UNAVAILABLE');
      }
      await sleep(2000);
    }
    await sleep(Math.max(0, outageEnds - Date.now()));
    await cluster.start();
    loading = false;
    await load;
    expect([...statuses]).toEqual([503]);
    // An intake answered by neither a case nor a 503 would be a 500 or worse.
    const unexpected = [...sent].filter(([, status]) => ![200, 201, 503].includes(status));
    expect(unexpected).toEqual([]);

    // Back without a manual step: the same API, worker and Temporal server answer again.
    await settle(async () => (await http().get('/health')).status === 200, 90_000, 0);
    // Every intake the load sent exists exactly once: retrying with its key returns the case, never a second.
    const created: string[] = [];
    for (const key of sent.keys()) {
      const retried = await settleOn(() =>
        http()
          .post('/disputes')
          .set('authorization', `Bearer ${token}`)
          .set('Idempotency-Key', key)
          .send(newCase('T01')),
      );
      created.push(retried.body.id);
    }
    expect(new Set(created).size).toBe(sent.size);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM disputes WHERE NOT (id = ANY($1))`, [
      [...ids, ...created],
    ]);
    expect(n).toBe(0);

    // The deadlines that fell due during the outage are each reported once.
    await settle(
      async () => (await countAlerts(stack, 'deadline_missed', 'leader', ids)) >= ids.length,
      90_000,
    );
    expect(await countAlerts(stack, 'deadline_missed', 'leader', ids)).toBe(ids.length);
    // The cases the load opened miss their report deadline 15 s after opening, some while the check below would
    // read them: it compares once every case has had its miss, so timeline and history are read at rest.
    const all = [...ids, ...created];
    await settle(
      async () => (await countAlerts(stack, 'deadline_missed', 'leader', all)) >= all.length,
      90_000,
    );
    expect(await inconsistencies(stack, all)).toEqual([]);
    expect(await verifyIntegrity(stack.db)).toEqual({ timeline: [], audit: null });
  }, 300_000);
});

/** Sends until the answer is 200/201: right after recovery a call may still meet a 503 once or twice. */
async function settleOn(send: () => request.Test): Promise<request.Response> {
  for (let attempt = 0; ; attempt += 1) {
    const response = await send();
    if (response.status === 200 || response.status === 201) return response;
    if (response.status !== 503 || attempt > 30)
      throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    await sleep(1000);
  }
}
