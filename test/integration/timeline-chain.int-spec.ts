import { TimelineRepository } from '@boundary/persistence';
import { DataSource } from 'typeorm';
import { asOwner } from '../support/owner';
import { type Stack, newCase, round, startStack } from '../support/stack';

describe('the timeline hash chain', () => {
  let stack: Stack;
  let timeline: TimelineRepository;
  beforeAll(async () => {
    stack = await startStack();
    timeline = new TimelineRepository(stack.app.get(DataSource));
  });
  afterAll(() => stack.stop());

  it('links every event of a case, and names the first row altered, removed or reordered afterwards', async () => {
    const mediator = await stack.as('mediator.a');
    const id: string = (await mediator.post('/disputes', newCase('T01')).expect(201)).body.id;
    await mediator.post(`/disputes/${id}/report`, { tier: 'township', summary: '上报' }).expect(200);
    await mediator.post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] }).expect(200);
    await mediator.post(`/disputes/${id}/mediation/rounds`, round('progress')).expect(200);
    const db = stack.app.get(DataSource);
    const hashes: { seq: number; hash: string; prev_hash: string }[] = await db.query(
      `SELECT seq, hash, prev_hash FROM timeline WHERE subject_id = $1 ORDER BY seq`,
      [id],
    );
    expect(hashes.map((row) => row.seq)).toEqual([1, 2, 3, 4]);
    hashes.forEach((row, index) => {
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      if (index > 0) expect(row.prev_hash).toBe(hashes[index - 1].hash);
    });
    expect(await timeline.brokenChains(id)).toEqual([]);

    // The application role cannot alter the row; the owner can, and the chain shows it.
    await expect(db.query(`DELETE FROM timeline WHERE subject_id = $1`, [id])).rejects.toThrow(
      /permission denied/,
    );
    await asOwner((owner) =>
      owner.query(
        `UPDATE timeline SET data = jsonb_set(data, '{summary}', '"改过的"') WHERE subject_id = $1 AND seq = 2`,
        [id],
      ),
    );
    expect(await timeline.brokenChains(id)).toEqual([{ subjectId: id, seq: 2 }]);
    await asOwner((owner) => owner.query(`DELETE FROM timeline WHERE subject_id = $1 AND seq = 2`, [id]));
    expect(await timeline.brokenChains(id)).toEqual([{ subjectId: id, seq: 3 }]);
  });
});
