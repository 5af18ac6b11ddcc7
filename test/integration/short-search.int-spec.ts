import { DisputeRepository } from '@boundary/persistence';
import { DataSource } from 'typeorm';
import { type Stack, newCase, startStack } from '../support/stack';

/** One- and two-character terms (most Chinese searches) go through the short-gram index, with exact results. */
describe('GET /disputes?q= with one or two characters', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it('finds a case by any one or two adjacent characters of its title or description, and nothing else', async () => {
    const mediator = await stack.as('mediator.a');
    // Characters no other spec's case carries, so the answers are this case or nothing.
    const created = await mediator.post(
      '/disputes',
      newCase('T01', { title: '龘靐村界线争议', description: '齾爨交界处林地' }),
    );
    expect(created.status).toBe(201);
    const bureau = await stack.as('bureau');
    const ids = async (q: string) => {
      const response = await bureau.get(`/disputes?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      return (response.body.items as { id: string }[]).map((item) => item.id);
    };
    for (const term of ['龘', '靐', '龘靐', '靐村', '齾爨', '爨'])
      expect({ term, ids: await ids(term) }).toEqual({ term, ids: [created.body.id] });
    // Present as characters but not adjacent, or across title and description: no match.
    for (const term of ['靐龘', '龘村', '议齾'])
      expect({ term, ids: await ids(term) }).toEqual({ term, ids: [] });
    // Three characters and more still go through the trigram path.
    expect(await ids('龘靐村')).toEqual([created.body.id]);
  });
});

/**
 * Lists count their matches up to a limit (1,000 in the API) and say when they stopped. Checked with a limit
 * of 2 over cases of this spec's own characters.
 */
describe('list totals', () => {
  let stack: Stack;
  let disputes: DisputeRepository;
  beforeAll(async () => {
    stack = await startStack();
    disputes = new DisputeRepository(stack.app.get(DataSource));
    const mediator = await stack.as('mediator.a');
    for (let i = 0; i < 3; i++) {
      const created = await mediator.post('/disputes', newCase('T01', { title: `鱻鱻鱻村界线争议 ${i}` }));
      expect(created.status).toBe(201);
    }
  });
  afterAll(() => stack?.stop());

  const page = { page: 1, pageSize: 1 };

  it('stops counting past the limit and says so; the page is the same', async () => {
    const limited = await disputes.list({ ...page, q: '鱻鱻鱻村' }, {}, 2);
    expect({ total: limited.total, totalExact: limited.totalExact, items: limited.items.length }).toEqual({
      total: 2,
      totalExact: false,
      items: 1,
    });
    const exact = await disputes.list({ ...page, q: '鱻鱻鱻村' }, {}, 3);
    expect({ total: exact.total, totalExact: exact.totalExact }).toEqual({ total: 3, totalExact: true });
    expect(exact.items.map((row) => row.id)).toEqual(limited.items.map((row) => row.id));
  });

  it('counts a one- or two-character search the same way, through its index', async () => {
    const short = await disputes.list({ ...page, q: '鱻' }, {}, 2);
    expect({ total: short.total, totalExact: short.totalExact }).toEqual({ total: 2, totalExact: false });
    const all = await disputes.list({ ...page, q: '鱻' }, {}, 3);
    expect({ total: all.total, totalExact: all.totalExact }).toEqual({ total: 3, totalExact: true });
  });

  it('answers totalExact over HTTP', async () => {
    const bureau = await stack.as('bureau');
    const response = await bureau.get(`/disputes?q=${encodeURIComponent('鱻鱻鱻村')}&pageSize=2`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 3, totalExact: true, page: 1, pageSize: 2 });
    expect(response.body.items).toHaveLength(2);
  });
});
