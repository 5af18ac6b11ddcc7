import { DisputeEntity, DisputeRepository } from '@boundary/persistence';
import { DataSource } from 'typeorm';
import { asOwner } from '../support/owner';
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

/**
 * A short term that most cases contain is searched by the text alone: through the gram index it would read most of
 * the table, and a plan that starts from another index would test each row's out-of-line grams. Which terms are
 * common comes from the planner's statistics. Checked on a table of this spec's own (a schema of its own, so that
 * its statistics are not those of the other specs' cases).
 */
describe('short terms most cases contain', () => {
  const schema = `common_grams_${process.pid}`;
  let db: DataSource;
  let disputes: GramProbe;

  class GramProbe extends DisputeRepository {
    /** The WHERE clause a search narrows to, after the statistics were read as a list reads them. */
    async narrowed(q: string): Promise<string> {
      await this.list({ page: 1, pageSize: 1, q }, {});
      const query = this.dataSource.getRepository(DisputeEntity).createQueryBuilder('s');
      this.narrow(query, { page: 1, pageSize: 1, q }, {});
      return query.getQuery();
    }
  }

  beforeAll(async () => {
    await asOwner(async (owner) => {
      await owner.query(`CREATE SCHEMA ${schema}`);
      await owner.query(`CREATE TABLE ${schema}.disputes (LIKE public.disputes INCLUDING ALL)`);
      // 200 cases along 界桩, one of them also at 鹅岭: the one a search for 鹅 must find.
      await owner.query(
        `INSERT INTO ${schema}.disputes (id, title, description, category, status, tier, owner_jurisdiction,
           district, risk_level, state, seq, created_at, updated_at, search, search_grams)
         SELECT id, title, '', 'other', 'screening', 'village', 'T01', 'D01', 'low',
                jsonb_build_object('id', id), 1, now(), now(), title, public.boundary_short_grams(title)
           FROM (SELECT 'case-' || n AS id, CASE WHEN n = 7 THEN '鹅岭' ELSE '' END || n || '号界桩' AS title
                   FROM generate_series(1, 200) AS n) AS cases`,
      );
      await owner.query(`ANALYZE ${schema}.disputes`);
    });
    db = await new DataSource({
      type: 'postgres',
      url: process.env.OWNER_DATABASE_URL,
      entities: [DisputeEntity],
      extra: { options: `-c search_path=${schema},public` },
    }).initialize();
    disputes = new GramProbe(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await asOwner((owner) => owner.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  });

  it('searches a term most cases contain by its text alone, and a rare one through the gram index', async () => {
    expect(await disputes.narrowed('界桩')).not.toContain('search_grams');
    expect(await disputes.narrowed('鹅')).toContain('search_grams');
    expect(await disputes.narrowed('鹅岭')).toContain('search_grams');
  });

  it('finds the same cases either way', async () => {
    const common = await disputes.list({ page: 1, pageSize: 5, q: '界桩' }, {});
    expect({ total: common.total, totalExact: common.totalExact, page: common.items.length }).toEqual({
      total: 200,
      totalExact: true,
      page: 5,
    });
    const rare = await disputes.list({ page: 1, pageSize: 5, q: '鹅' }, {});
    expect({ total: rare.total, ids: rare.items.map((row) => row.id) }).toEqual({
      total: 1,
      ids: ['case-7'],
    });
  });
});
