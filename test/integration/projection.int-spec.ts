import {
  DisputeEntity,
  DisputeRepository,
  FindingRepository,
  IncidentRepository,
  JointInspectionRepository,
  PatrolPlanRepository,
} from '@boundary/persistence';
import type { DisputeCase, TimelineEvent } from '@boundary/workflows';
import { DataSource } from 'typeorm';
import { asOwner } from '../support/owner';
import { type Stack, newCase, startStack } from '../support/stack';

/**
 * The projection write is one statement: the row (only by a newer `seq`), the console's `subject` event (only
 * when the row was written) and the timeline (always, once per `seq`), all or nothing.
 */
describe('the read-model projection', () => {
  let stack: Stack;
  let db: DataSource;
  let disputes: DisputeRepository;
  let opened: DisputeCase;

  beforeAll(async () => {
    stack = await startStack();
    db = stack.app.get(DataSource);
    disputes = new DisputeRepository(db);
    const mediator = await stack.as('mediator.a');
    const id: string = (await mediator.post('/disputes', newCase('T01')).expect(201)).body.id;
    opened = (await db.query(`SELECT state FROM disputes WHERE id = $1`, [id]))[0].state;
  });
  afterAll(() => stack?.stop());

  const event = (seq: number, action: string): TimelineEvent => ({
    seq,
    at: new Date().toISOString(),
    actor: 'mediator.a',
    action,
    fromStatus: 'screening',
    toStatus: 'screening',
    data: { note: action },
  });
  const read = async () => ({
    row: (await db.query(`SELECT seq, title FROM disputes WHERE id = $1`, [opened.id]))[0],
    timeline: (
      await db.query(`SELECT seq, action FROM timeline WHERE subject_id = $1 ORDER BY seq`, [opened.id])
    ).map((row: { seq: number; action: string }) => `${row.seq}:${row.action}`),
    announced: Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM console_events WHERE type = 'subject' AND data->>'id' = $1`,
          [opened.id],
        )
      )[0].n,
    ),
  });

  it('replaces the row only with a newer seq, appends each event once, and announces only what it wrote', async () => {
    const before = await read();
    expect(before.row.seq).toBe(opened.seq);

    const newer = { ...opened, seq: opened.seq + 2, title: '投影后的标题' };
    await disputes.project(newer, [event(opened.seq + 2, 'newer')]);
    const afterNewer = await read();
    expect(afterNewer.row).toEqual({ seq: opened.seq + 2, title: '投影后的标题' });
    expect(afterNewer.timeline).toEqual([...before.timeline, `${opened.seq + 2}:newer`]);
    expect(afterNewer.announced).toBe(before.announced + 1);
    const [announcement] = await db.query(
      `SELECT jurisdictions, data FROM console_events WHERE type = 'subject' AND data->>'id' = $1
       ORDER BY id DESC LIMIT 1`,
      [opened.id],
    );
    expect(announcement.jurisdictions).toEqual(expect.arrayContaining([opened.district, 'T01']));
    expect(announcement.data).toEqual({ subjectType: 'dispute', id: opened.id, status: opened.status });

    // A retried older projection, overtaken by the newer one: its event still lands, its row does not.
    await disputes.project({ ...opened, seq: opened.seq + 1, title: '旧的' }, [
      event(opened.seq + 1, 'older'),
    ]);
    // And a repeat of the newer one changes nothing at all.
    await disputes.project(newer, [event(opened.seq + 2, 'newer')]);
    const afterRetries = await read();
    expect(afterRetries.row).toEqual(afterNewer.row);
    expect(afterRetries.timeline).toEqual([
      ...before.timeline,
      `${opened.seq + 1}:older`,
      `${opened.seq + 2}:newer`,
    ]);
    expect(afterRetries.announced).toBe(afterNewer.announced);
  });

  it('derives the search text and grams from the title and description, recomputing them only on a change', async () => {
    const search = async () =>
      (await db.query(`SELECT search, search_grams AS grams FROM disputes WHERE id = $1`, [opened.id]))[0];
    const { row } = await read();
    const renamed = { ...opened, seq: row.seq + 1, title: '鼍鼋村界线争议', description: '新的描述' };
    await disputes.project(renamed, [event(row.seq + 1, 'renamed')]);
    expect(await search()).toEqual({
      search: '鼍鼋村界线争议 新的描述',
      grams: expect.arrayContaining(['鼍', '鼍鼋', '描述']),
    });
    const found = await disputes.list({ page: 1, pageSize: 10, q: '鼍鼋' }, {});
    expect(found.items.map((item) => item.id)).toEqual([opened.id]);
    // The derived columns follow the fields, whatever an update sets them to.
    await asOwner((owner) =>
      owner.query(`UPDATE disputes SET search = 'x', search_grams = '{x}' WHERE id = $1`, [opened.id]),
    );
    expect((await search()).search).toBe('鼍鼋村界线争议 新的描述');
    await disputes.project({ ...renamed, seq: row.seq + 2 }, [event(row.seq + 2, 'unchanged')]);
    expect((await search()).search).toBe('鼍鼋村界线争议 新的描述');
  });

  it('writes nothing when any part fails', async () => {
    const before = await read();
    const broken = { ...event(before.row.seq + 1, 'broken'), at: 'not a time' };
    await expect(
      disputes.project({ ...opened, seq: before.row.seq + 1, title: '不该写入' }, [broken]),
    ).rejects.toThrow();
    expect(await read()).toEqual(before);
  });

  it('looks a row up with plain SQL exactly as TypeORM would hydrate it, with or without its state', async () => {
    const entity = await db.getRepository(DisputeEntity).findOneBy({ id: opened.id });
    expect(entity?.sides.length).toBeGreaterThan(0);
    expect(entity?.createdAt).toBeInstanceOf(Date);
    const found = await disputes.findById(opened.id, {});
    expect(found).toEqual({ ...entity });
    const { state, ...columns } = { ...entity };
    expect(state?.id).toBe(opened.id);
    const withoutState = await disputes.findById(opened.id, {}, { state: false });
    expect(withoutState).toEqual(columns);
    expect(withoutState).not.toHaveProperty('state');
    // The scope still decides: another township's mediator does not find it, nor does an unknown id.
    expect(await disputes.findById(opened.id, { ownerJurisdiction: 'T02' }, { state: false })).toBeNull();
    expect(await disputes.findById('no-such-case', {})).toBeNull();
    // Every family's lookup can be built over its columns and runs.
    const families = [
      new IncidentRepository(db),
      new FindingRepository(db),
      new PatrolPlanRepository(db),
      new JointInspectionRepository(db),
    ];
    for (const family of families) {
      const repository = family as unknown as Pick<DisputeRepository, 'findById'>;
      await expect(repository.findById('no-such-subject', {})).resolves.toBeNull();
      await expect(repository.findById('no-such-subject', {}, { state: false })).resolves.toBeNull();
    }
  });
});
