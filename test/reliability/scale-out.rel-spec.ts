import request from 'supertest';
import { newCase } from '../support/stack';
import { type FaultStack, startFaultStack, untilConsistent } from './fault-stack';
import { WorkerProcess, freePort, sleep } from './faults';
import { countAlerts, settle } from './helpers';

const API_ENTRY = 'dist/apps/api/src/main.js';
const CASES = 40;
const KILLS = 6;

/**
 * Two API and two worker processes against one Temporal, as a bureau scales out: one API process and one
 * worker are SIGKILLed again and again while cases are opened and deadlines fall due. Every case must exist
 * once, every alert reach each recipient once, and the read model equal the workflows.
 */
describe('two APIs and two workers, one of each killed repeatedly', () => {
  let stack: FaultStack;
  let secondWorker: WorkerProcess;
  let apiProcess: WorkerProcess;
  let apiUrl: string;
  beforeAll(async () => {
    stack = await startFaultStack({ reportWithin: 'PT25S' });
    secondWorker = new WorkerProcess(stack.env);
    secondWorker.start();
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    apiProcess = new WorkerProcess({ ...stack.env, PORT: String(port) }, API_ENTRY);
    apiProcess.start();
    await untilHealthy(apiUrl);
  });
  afterAll(async () => {
    await apiProcess?.stop();
    await secondWorker?.stop();
    await stack?.stop();
  });

  const untilHealthy = (url: string) =>
    settle(
      async () =>
        (
          await request(url)
            .get('/health')
            .catch(() => ({ status: 0 }))
        ).status === 200,
      120_000,
      0,
    );

  it('keeps every case, alert and read-model row exact', async () => {
    const token = await stack.token('mediator.a');
    const apis = [apiUrl, stack.app.getHttpServer()];
    /** Opens one case, through either API, retrying with the same key until one answers it. */
    const open = async (i: number): Promise<string> => {
      for (let attempt = 0; attempt < 120; attempt += 1) {
        const response = await request(apis[(i + attempt) % 2])
          .post('/disputes')
          .set('authorization', `Bearer ${token}`)
          .set('Idempotency-Key', `scale-out-${i}`)
          .send(newCase('T01'))
          .catch(() => ({ status: 0, body: {} }));
        if (response.status === 200 || response.status === 201) return response.body.id as string;
        if (response.status >= 500 && response.status !== 503)
          throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
        await sleep(500);
      }
      throw new Error(`case ${i} not opened`);
    };

    let killed = 0;
    const kills = (async () => {
      for (; killed < KILLS; killed += 1) {
        await sleep(3000);
        await Promise.all([apiProcess.kill(), stack.worker.kill()]);
        await sleep(1000);
        apiProcess.start();
        stack.worker.start();
      }
    })();
    // Cases keep coming until every kill has happened, however fast or slow the machine is.
    const ids: string[] = [];
    while (ids.length < CASES || killed < KILLS) ids.push(await open(ids.length));
    await kills;
    await untilHealthy(apiUrl);

    expect(new Set(ids).size).toBe(ids.length);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM disputes`);
    expect(n).toBe(ids.length);
    // Nobody reports: every case's report deadline falls due, and the leader hears of each exactly once.
    await settle(
      async () => (await countAlerts(stack, 'deadline_missed', 'leader', ids)) >= ids.length,
      120_000,
    );
    expect(await countAlerts(stack, 'deadline_missed', 'leader', ids)).toBe(ids.length);
    expect(await untilConsistent(stack, ids)).toEqual([]);
  }, 400_000);
});
