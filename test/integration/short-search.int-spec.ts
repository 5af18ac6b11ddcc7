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
