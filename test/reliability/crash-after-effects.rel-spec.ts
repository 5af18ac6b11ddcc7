import { once } from 'node:events';
import request from 'supertest';
import { newCase } from '../support/stack';
import { type FaultStack, startFaultStack, untilConsistent } from './fault-stack';
import { persistently, settle } from './helpers';

/**
 * The worker is killed at the worst moment: right after it wrote an effect (the projection of a write, the
 * alerts of a missed deadline) and before it could report that the work was done. Whatever runs again
 * afterwards, the timeline and the inbox must be exactly what the committed history holds.
 */
describe('the worker killed right after an effect was written and before it reported', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await startFaultStack(
      { reportWithin: 'PT6S', acceptWithin: 'PT6S', remindBefore: 'PT0S' },
      { workerEntry: 'test/reliability/crashing-worker.js' },
    );
  });
  afterAll(() => stack.stop());

  const post = (token: string, path: string, key: string, body: object) => () =>
    request(stack.app.getHttpServer())
      .post(path)
      .set('authorization', `Bearer ${token}`)
      .set('Idempotency-Key', key)
      .send(body);

  /** Arms the trap for one effect of one case, then kills the worker once it sprang and starts a clean one. */
  async function killAfter(effect: 'projection' | 'alerts', subjectId: string): Promise<void> {
    const trapped = once(stack.worker.messages, 'message');
    stack.worker.send({ effect, subjectId });
    const [message] = await trapped;
    expect(message).toEqual({ trapped: effect, subjectId });
    await stack.worker.kill();
    stack.worker.start();
  }

  /** Waits until the case has nothing pending and its row equals its workflow, then compares everything. */
  async function expectCommittedOnly(id: string): Promise<void> {
    await settle(async () => {
      const [row]: { next_due_at: Date | null }[] = await stack.db.query(
        `SELECT next_due_at FROM disputes WHERE id = $1`,
        [id],
      );
      return row?.next_due_at === null;
    }, 90_000);
    expect(await untilConsistent(stack, [id])).toEqual([]);
  }

  it('a write whose projection was written by a task attempt that never completed', async () => {
    const token = await stack.token('mediator.a');
    const opened = await persistently(
      post(token, '/disputes', 'crash-open-1', newCase('T01')),
      (s) => s === 201,
    );
    const id: string = opened.body.id;
    const report = persistently(
      post(token, `/disputes/${id}/report`, 'crash-report-1', { tier: 'village', summary: '上报' }),
      (status) => status === 200,
    );
    await killAfter('projection', id);
    expect((await report).body.status).toBe('reported');
    await expectCommittedOnly(id);
  }, 240_000);

  it('a missed deadline whose alerts were enqueued by a task attempt that never completed', async () => {
    const token = await stack.token('mediator.a');
    const opened = await persistently(
      post(token, '/disputes', 'crash-open-2', newCase('T01')),
      (s) => s === 201,
    );
    const id: string = opened.body.id;
    await killAfter('alerts', id);
    await expectCommittedOnly(id);
    const [{ n }]: { n: string }[] = await stack.db.query(
      `SELECT count(*) AS n FROM alerts WHERE subject_id = $1 AND kind = 'deadline_missed' AND recipient = 'leader'`,
      [id],
    );
    expect(Number(n)).toBe(1);
  }, 240_000);
});
