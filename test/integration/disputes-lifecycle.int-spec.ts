import { type Stack, newCase, round, startStack } from '../support/stack';

const FINAL_ALLOWED: string[] = [];

describe('dispute cases: lifecycle through the API', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const open = async (username = 'mediator.a', owner = 'T01') => {
    const response = await (await stack.as(username)).post('/disputes', newCase(owner));
    expect(response.status).toBe(201);
    return response.body as { id: string; status: string; tier: string };
  };

  it('takes a case from screening to closed, by a mediator and the bureau, with read-your-writes', async () => {
    const mediator = await stack.as('mediator.a');
    const bureau = await stack.as('bureau');
    const created = await open();
    expect(created).toMatchObject({ status: 'screening', tier: 'village', incidentIds: [], rounds: [] });
    const id = created.id;

    const reported = await mediator.post(`/disputes/${id}/report`, {
      tier: 'township',
      summary: '已核实，需乡镇调处',
    });
    expect(reported.status).toBe(200);
    expect(reported.body).toMatchObject({ status: 'reported', tier: 'township' });
    expect((await mediator.get(`/disputes/${id}`)).body.status).toBe('reported');

    const started = await bureau.post(`/disputes/${id}/mediation/start`, {
      mediators: ['mediator.a', '邻县李调解员'],
    });
    expect(started.status).toBe(200);
    expect(started.body.status).toBe('mediating');

    const first = await mediator.post(`/disputes/${id}/mediation/rounds`, round('progress'));
    expect(first.status).toBe(200);
    expect(first.body.rounds).toHaveLength(1);
    expect(first.body.rounds[0]).toMatchObject({ number: 1, outcome: 'progress', siteSurvey: true });
    const second = await bureau.post(`/disputes/${id}/mediation/rounds`, round('agreement_reached'));
    expect(second.body.rounds.map((r: { number: number }) => r.number)).toEqual([1, 2]);

    const agreed = await mediator.post(`/disputes/${id}/agreement`, {
      terms: '以1998年勘界协议为准，重新埋设13号界桩',
      signatories: ['石门村委会', '王家村委会'],
      signedAt: new Date().toISOString(),
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body.status).toBe('agreed');
    expect(agreed.body.agreement.signatories).toEqual(['石门村委会', '王家村委会']);

    const closed = await bureau.post(`/disputes/${id}/close`, {
      implemented: true,
      archiveRef: 'DA-2026-017',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');

    const read = await bureau.get(`/disputes/${id}`);
    expect(read.body.status).toBe('closed');
    expect(read.body.deadlines.map((d: { kind: string; status: string }) => `${d.kind}:${d.status}`)).toEqual(
      ['report:met', 'accept:met', 'round:met', 'mediation:met', 'round:met', 'follow_up:met'],
    );

    const timeline = await mediator.get(`/disputes/${id}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.map((e: { action: string; actor: string }) => `${e.actor}:${e.action}`)).toEqual([
      'mediator.a:opened',
      'mediator.a:reported',
      'bureau:mediation_started',
      'mediator.a:round_recorded',
      'bureau:round_recorded',
      'mediator.a:agreement_signed',
      'bureau:closed',
    ]);
    expect(timeline.body[1]).toMatchObject({ fromStatus: 'screening', toStatus: 'reported' });
  });

  it('resolves a case locally only from screening', async () => {
    const mediator = await stack.as('mediator.a');
    const { id } = await open();
    const resolved = await mediator.post(`/disputes/${id}/resolve-locally`, { summary: '村组调解当场化解' });
    expect(resolved.body.status).toBe('resolved_locally');
    const again = await mediator.post(`/disputes/${id}/report`, { tier: 'township', summary: 'x' });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      statusCode: 409,
      error: 'INVALID_TRANSITION',
      message: expect.stringContaining('已就地化解'),
      details: { status: 'resolved_locally', allowed: FINAL_ALLOWED },
    });
  });

  it.each([
    ['mediation/start', { mediators: ['a'] }],
    ['mediation/rounds', round('progress')],
    ['agreement', { terms: 't', signatories: ['a'], signedAt: '2026-11-25T00:00:00Z' }],
    ['close', { implemented: true, archiveRef: 'A-1' }],
  ])('refuses %s while screening with 409 and the allowed actions', async (action, body) => {
    const { id } = await open();
    const response = await (await stack.as('mediator.a')).post(`/disputes/${id}/${action}`, body);
    expect(response.status).toBe(409);
    expect(response.body.error).toBe('INVALID_TRANSITION');
    expect(response.body.details).toEqual({
      status: 'screening',
      allowed: ['report', 'resolve_locally', 'set_joint_group', 'escalate', 'withdraw'],
    });
  });

  it('refuses an agreement until a round reached agreement, and a second close', async () => {
    const mediator = await stack.as('mediator.a');
    const { id } = await open();
    await mediator.post(`/disputes/${id}/report`, { tier: 'village', summary: 's' }).expect(200);
    await mediator.post(`/disputes/${id}/mediation/start`, { mediators: ['mediator.a'] }).expect(200);
    await mediator.post(`/disputes/${id}/mediation/rounds`, round('no_progress')).expect(200);
    const early = await mediator.post(`/disputes/${id}/agreement`, {
      terms: 't',
      signatories: ['a'],
      signedAt: '2026-11-25T00:00:00Z',
    });
    expect(early.status).toBe(409);
    expect(early.body.details.status).toBe('mediating');
    expect(early.body.message).toMatch(/达成一致/);
    await mediator.post(`/disputes/${id}/mediation/rounds`, round('agreement_reached')).expect(200);
    await mediator
      .post(`/disputes/${id}/agreement`, { terms: 't', signatories: ['a'], signedAt: '2026-11-25T00:00:00Z' })
      .expect(200);
    await mediator.post(`/disputes/${id}/close`, { implemented: true, archiveRef: 'A-1' }).expect(200);
    const twice = await mediator.post(`/disputes/${id}/close`, { implemented: true, archiveRef: 'A-1' });
    expect(twice.status).toBe(409);
    expect(twice.body.details).toEqual({ status: 'closed', allowed: [] });
  });

  it('escalates tier by tier and refers the case past cross_county', async () => {
    const bureau = await stack.as('bureau');
    const { id } = await open('bureau', 'T02');
    const tiers = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await bureau.post(`/disputes/${id}/escalate`, { reason: '超出本级调处能力' });
      expect(response.status).toBe(200);
      tiers.push(response.body.tier);
    }
    expect(tiers).toEqual(['township', 'district', 'cross_county']);
    const referred = await bureau.post(`/disputes/${id}/escalate`, { reason: '移交上级政府' });
    expect(referred.body).toMatchObject({ status: 'referred', tier: 'cross_county' });
    const after = await bureau.post(`/disputes/${id}/withdraw`, { reason: 'x' });
    expect(after.status).toBe(409);
  });

  it('withdraws from any open status', async () => {
    const mediator = await stack.as('mediator.a');
    const { id } = await open();
    await mediator.post(`/disputes/${id}/report`, { tier: 'village', summary: 's' }).expect(200);
    const withdrawn = await mediator.post(`/disputes/${id}/withdraw`, { reason: '当事方撤回申请' });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(withdrawn.body.deadlines.every((d: { status: string }) => d.status !== 'pending')).toBe(true);
  });

  describe('access', () => {
    it('hides a township case from the other township (404) and from lists', async () => {
      const { id } = await open('mediator.a', 'T01');
      const other = await stack.as('mediator.b');
      for (const path of [`/disputes/${id}`, `/disputes/${id}/timeline`]) {
        const response = await other.get(path);
        expect(response.status).toBe(404);
        expect(response.body.error).toBe('NOT_FOUND');
      }
      const write = await other.post(`/disputes/${id}/withdraw`, { reason: 'x' });
      expect(write.status).toBe(404);
      const list = await other.get('/disputes?pageSize=100');
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    });

    it('lets leader and admin read but not write (403)', async () => {
      const { id } = await open();
      for (const username of ['leader', 'admin']) {
        const caller = await stack.as(username);
        expect((await caller.get(`/disputes/${id}`)).status).toBe(200);
        const write = await caller.post(`/disputes/${id}/withdraw`, { reason: 'x' });
        expect(write.status).toBe(403);
        expect(write.body.error).toBe('FORBIDDEN');
        expect((await caller.post('/disputes', newCase('T01'))).status).toBe(403);
      }
    });

    it('forbids a mediator opening a case for another township', async () => {
      const response = await (await stack.as('mediator.a')).post('/disputes', newCase('T02'));
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('FORBIDDEN');
    });

    it('answers 404 for an unknown case id', async () => {
      const response = await (await stack.as('bureau')).get('/disputes/00000000-0000-0000-0000-000000000000');
      expect(response.status).toBe(404);
    });
  });

  describe('validation', () => {
    it.each([
      ['one party only', { parties: [{ jurisdiction: 'T01', name: 'a' }] }, 'parties'],
      ['an unknown category', { category: 'fishing' }, 'category'],
      ['an unknown field', { colour: 'red' }, 'colour'],
      ['a bad risk level', { riskLevel: 'extreme' }, 'riskLevel'],
      [
        'a party without name',
        { parties: [{ jurisdiction: 'T01' }, { jurisdiction: 'N01', name: 'b' }] },
        'parties.0.name',
      ],
      ['a location off the globe', { location: { lat: 123, lng: 0 } }, 'location.lat'],
      ['an unknown owner', { ownerJurisdiction: 'T99' }, 'ownerJurisdiction'],
    ])('refuses %s with VALIDATION_FAILED naming the field', async (_label, patch, field) => {
      const response = await (await stack.as('bureau')).post('/disputes', { ...newCase('T01'), ...patch });
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('refuses bad round and close bodies', async () => {
      const mediator = await stack.as('mediator.a');
      const { id } = await open();
      const badRound = await mediator.post(
        `/disputes/${id}/mediation/rounds`,
        round('maybe', { heldAt: 'yesterday' }),
      );
      expect(badRound.status).toBe(400);
      expect(badRound.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'heldAt',
        'outcome',
      ]);
      const badClose = await mediator.post(`/disputes/${id}/close`, { implemented: false, archiveRef: 'x' });
      expect(badClose.status).toBe(400);
    });

    it('refuses bad list queries', async () => {
      const bureau = await stack.as('bureau');
      expect((await bureau.get('/disputes?status=lost')).status).toBe(400);
      expect((await bureau.get('/disputes?pageSize=1000')).status).toBe(400);
      expect((await bureau.get('/disputes?overdue=maybe')).status).toBe(400);
    });
  });

  describe('idempotent intake', () => {
    it('returns the same case with 200 for a repeated Idempotency-Key', async () => {
      const mediator = await stack.as('mediator.a');
      const body = newCase('T01');
      const key = `intake-${Date.now()}`;
      const first = await mediator.post('/disputes', body).set('Idempotency-Key', key);
      expect(first.status).toBe(201);
      const again = await mediator.post('/disputes', body).set('Idempotency-Key', key);
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(first.body.id);
      const list = await mediator.get(`/disputes?q=${encodeURIComponent(body.title)}`);
      expect(list.body.total).toBe(1);
    });

    it('still answers 200 with the case after it has finished', async () => {
      const mediator = await stack.as('mediator.a');
      const key = `finished-${Date.now()}`;
      const first = await mediator.post('/disputes', newCase('T01')).set('Idempotency-Key', key).expect(201);
      await mediator.post(`/disputes/${first.body.id}/withdraw`, { reason: 'x' }).expect(200);
      const again = await mediator.post('/disputes', newCase('T01')).set('Idempotency-Key', key);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: first.body.id, status: 'withdrawn' });
    });
  });

  describe('lists', () => {
    it('filters by status, tier and jurisdiction, finds Chinese text, pages newest first', async () => {
      const bureau = await stack.as('bureau');
      const marker = `水库移民安置${Date.now()}`;
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const body = { ...newCase('T02'), description: `${marker} 第${i}件` };
        ids.push((await bureau.post('/disputes', body).expect(201)).body.id);
      }
      await bureau.post(`/disputes/${ids[0]}/report`, { tier: 'district', summary: 's' }).expect(200);

      const found = await bureau.get(`/disputes?q=${encodeURIComponent(marker)}`);
      expect(found.body.total).toBe(3);
      expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([...ids].reverse());

      const page = await bureau.get(`/disputes?q=${encodeURIComponent(marker)}&page=2&pageSize=2`);
      expect(page.body.items.map((c: { id: string }) => c.id)).toEqual([ids[0]]);

      const reported = await bureau.get(
        `/disputes?q=${encodeURIComponent(marker)}&status=reported&tier=district`,
      );
      expect(reported.body.items.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
      const t01 = await bureau.get(`/disputes?q=${encodeURIComponent(marker)}&jurisdiction=T01`);
      expect(t01.body.total).toBe(0);
      const wildcard = await bureau.get(`/disputes?q=${encodeURIComponent("%' OR 1=1 --")}`);
      expect(wildcard.status).toBe(200);
      expect(wildcard.body.total).toBe(0);
    });
  });

  it('answers emergency escalation with a clear 409 until incidents exist', async () => {
    const { id } = await open();
    const response = await (
      await stack.as('mediator.a')
    ).post(`/disputes/${id}/escalate`, {
      reason: '发生冲突',
      emergency: true,
    });
    if (response.status === 200) {
      expect(response.body.incidentIds).toHaveLength(1);
    } else {
      expect(response.status).toBe(409);
      expect(response.body.error).toBe('INVALID_TRANSITION');
    }
  });
});
