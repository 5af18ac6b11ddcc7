import { alertLabels } from '../support/alerts';
import { type Stack, newCase, secondsPolicy, startStack } from '../support/stack';
import { eventually, quietFor } from '../support/waits';

describe('durability: the worker stops while timers are pending', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ policy: secondsPolicy() });
  });
  afterAll(() => stack.stop());

  it('fires the timers after a new worker starts, with no duplicate timeline entries or alerts', async () => {
    const mediator = await stack.as('mediator.a');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1)
      ids.push((await mediator.post('/disputes', newCase('T01')).expect(201)).body.id);

    await stack.stopWorker();
    // Nothing may fire while no worker runs: wait past the last case's reminder and due time, then look.
    const last = await mediator.get(`/disputes/${ids[ids.length - 1]}`).expect(200);
    await quietFor(Date.parse(last.body.deadlines[0].dueAt) + 500 - Date.now());
    for (const id of ids) {
      const whileDown = await mediator.get(`/disputes/${id}`);
      expect(whileDown.body.deadlines[0].status).toBe('pending');
    }

    await stack.startWorker();
    for (const id of ids) {
      await eventually(async () =>
        (await alertLabels(stack, 'leader', id)).includes('deadline_missed:report') ? true : undefined,
      );
    }
    // A second restart replays every history: still nothing new may appear, and a duplicate would land within
    // a moment.
    await stack.restartWorker();
    await quietFor(2000);
    for (const id of ids) {
      expect(await alertLabels(stack, 'leader', id)).toEqual(['deadline_missed:report']);
      // The reminder's moment passed together with the due time while no worker ran: a late "approaching"
      // would only contradict the miss, so the workflow sends the miss alone.
      expect(await alertLabels(stack, 'mediator.a', id)).toEqual([]);
      const timeline = await mediator.get(`/disputes/${id}/timeline`);
      expect(timeline.body.map((e: { action: string }) => e.action)).toEqual(['opened', 'deadline_missed']);
      const read = await mediator.get(`/disputes/${id}`);
      expect(read.body.deadlines).toEqual([expect.objectContaining({ kind: 'report', status: 'missed' })]);
    }
  });

  it('accepts writes again once the worker is back, and the case continues', async () => {
    const mediator = await stack.as('mediator.a');
    const { id } = (await mediator.post('/disputes', newCase('T01')).expect(201)).body;
    await stack.restartWorker();
    const reported = await mediator.post(`/disputes/${id}/report`, {
      tier: 'village',
      summary: '重启后继续办理',
    });
    expect(reported.status).toBe(200);
    expect(reported.body.status).toBe('reported');
    await mediator.post(`/disputes/${id}/withdraw`, { reason: 'end of test' }).expect(200);
  });
});
