import { openEventStream } from '../support/event-stream';
import { type Stack, newCase, round, startStack } from '../support/stack';
import { eventually, quietFor } from '../support/waits';

type Viewer = 'mediator.a' | 'mediator.b' | 'bureau' | 'leader' | 'bureau.n01' | 'mediator.c' | 'city';
const VIEWERS: Viewer[] = [
  'mediator.a',
  'mediator.b',
  'bureau',
  'leader',
  'bureau.n01',
  'mediator.c',
  'city',
];

/** Who sees what, per API.md "Working with the neighbouring county"; 404 for everyone else. */
const SEES: Record<string, Viewer[]> = {
  sameCounty: ['mediator.a', 'bureau', 'leader'],
  crossCounty: ['mediator.a', 'bureau', 'leader', 'bureau.n01'],
  withGroup: ['mediator.a', 'bureau', 'leader', 'bureau.n01', 'mediator.c'],
  referred: ['mediator.a', 'bureau', 'leader', 'bureau.n01', 'city'],
};

const AGREEMENT = {
  terms: '以1998年勘界协议为准，双方共同恢复12号界桩',
  signatories: ['石门村委会', '石桥镇王家村委会'],
  signedAt: '2026-11-25T08:00:00Z',
};

const GROUP = {
  members: [
    { username: 'bureau', name: '区民政局张科长', side: 'D01', role: 'lead' },
    { name: '区自然资源局测绘员', side: 'D01', role: 'member' },
    { username: 'bureau.n01', name: '邻县民政局李科长', side: 'N01', role: 'lead' },
    { username: 'mediator.c', name: '石桥镇调解员', side: 'N01', role: 'member' },
  ],
};

describe('working with the neighbouring county', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const crossCase = (extra: Record<string, unknown> = {}) =>
    newCase('T01', {
      parties: [
        { jurisdiction: 'T01', name: '东坪镇石门村' },
        { jurisdiction: 'N0101', name: '石桥镇王家村' },
      ],
      ...extra,
    });

  const open = async (body: object): Promise<string> =>
    (await (await stack.as('mediator.a')).post('/disputes', body).expect(201)).body.id;

  /** Every viewer's answer to the case, its timeline and whether the case is in the viewer's list. */
  async function expectSeenBy(id: string, seers: Viewer[]): Promise<void> {
    for (const who of VIEWERS) {
      const caller = await stack.as(who);
      const expected = seers.includes(who) ? 200 : 404;
      expect({ who, get: (await caller.get(`/disputes/${id}`)).status }).toEqual({ who, get: expected });
      expect({ who, timeline: (await caller.get(`/disputes/${id}/timeline`)).status }).toEqual({
        who,
        timeline: expected,
      });
      const list = await caller.get('/disputes?pageSize=100');
      const listed = list.body.items.some((item: { id: string }) => item.id === id);
      expect({ who, listed }).toEqual({ who, listed: seers.includes(who) });
    }
  }

  /** A cross-county case at tier cross_county, mediating, with a round that reached agreement. */
  async function mediatingAtCrossCounty(): Promise<string> {
    const bureau = await stack.as('bureau');
    const id = await open(crossCase());
    await bureau.post(`/disputes/${id}/report`, { tier: 'cross_county', summary: '涉邻县' }).expect(200);
    await bureau.post(`/disputes/${id}/mediation/start`, { mediators: ['bureau', 'bureau.n01'] }).expect(200);
    await bureau.post(`/disputes/${id}/mediation/rounds`, round('agreement_reached')).expect(200);
    return id;
  }

  it('shows a cross-county case to both sides and a same-county case to its own district only', async () => {
    const cross = await open(crossCase());
    const read = await (await stack.as('bureau.n01')).get(`/disputes/${cross}`).expect(200);
    expect(read.body.sides).toEqual(['D01', 'N01']);
    // Filtering by its own county finds the cases where it is a side.
    const filtered = await (await stack.as('bureau.n01')).get('/disputes?jurisdiction=N01&pageSize=100');
    expect(filtered.body.items.map((item: { id: string }) => item.id)).toContain(cross);
    await expectSeenBy(cross, SEES.crossCounty);

    const local = await open(
      newCase('T01', {
        parties: [
          { jurisdiction: 'T01', name: '石门村' },
          { jurisdiction: 'T02', name: '王家村' },
        ],
      }),
    );
    await expectSeenBy(local, SEES.sameCounty);
  });

  it('forms a joint group of both sides whose users see the case and record rounds with their side', async () => {
    const id = await open(crossCase());
    const n01 = await stack.as('bureau.n01');
    expect((await (await stack.as('mediator.a')).put(`/disputes/${id}/joint-group`, GROUP)).status).toBe(403);
    expect((await (await stack.as('city')).put(`/disputes/${id}/joint-group`, GROUP)).status).toBe(404);
    const wrongSide = await n01.put(`/disputes/${id}/joint-group`, {
      members: [GROUP.members[0], { ...GROUP.members[3], side: 'D01' }],
    });
    expect(wrongSide.status).toBe(400);
    expect(JSON.stringify(wrongSide.body.details)).toContain('members.1.username');
    const noLead = await n01.put(`/disputes/${id}/joint-group`, {
      members: GROUP.members.map((m) => ({ ...m, role: 'member' })),
    });
    expect(noLead.status).toBe(400);
    const notASide = await n01.put(`/disputes/${id}/joint-group`, {
      members: [...GROUP.members, { name: '市局观察员', side: 'C01', role: 'member' }],
    });
    expect(notASide.status).toBe(409);

    const set = await n01.put(`/disputes/${id}/joint-group`, GROUP);
    expect(set.status).toBe(200);
    expect(set.body.jointGroup).toMatchObject({ members: GROUP.members, setBy: 'bureau.n01' });
    await expectSeenBy(id, SEES.withGroup);

    const bureau = await stack.as('bureau');
    await bureau.post(`/disputes/${id}/report`, { tier: 'district', summary: '区级调处' }).expect(200);
    await bureau.post(`/disputes/${id}/mediation/start`, { mediators: ['bureau'] }).expect(200);
    const mediatorC = await stack.as('mediator.c');
    const recorded = await mediatorC.post(
      `/disputes/${id}/mediation/rounds`,
      round('progress', { participants: ['区民政局张科长', 'mediator.c', '村民代表'] }),
    );
    expect(recorded.status).toBe(200);
    expect(recorded.body.rounds[0]).toMatchObject({
      recordedBy: 'mediator.c',
      attendance: [
        { name: '区民政局张科长', side: 'D01' },
        { name: '石桥镇调解员', side: 'N01' },
      ],
    });
    // A member of the other side records rounds, and nothing else.
    expect((await mediatorC.post(`/disputes/${id}/withdraw`, { reason: '撤回' })).status).toBe(403);

    const timeline = await mediatorC.get(`/disputes/${id}/timeline`).expect(200);
    expect(timeline.body.map((e: { action: string }) => e.action)).toContain('joint_group_set');

    const local = await open(
      newCase('T01', {
        parties: [
          { jurisdiction: 'T01', name: '石门村' },
          { jurisdiction: 'T02', name: '王家村' },
        ],
      }),
    );
    // A same-county case has one side: the neighbour's bureau cannot see it, the own bureau gets 409.
    expect((await n01.put(`/disputes/${local}/joint-group`, GROUP)).status).toBe(404);
    const refused = await bureau.put(`/disputes/${local}/joint-group`, {
      members: [GROUP.members[0], GROUP.members[1]],
    });
    expect(refused.status).toBe(409);
  });

  it.each([
    ['D01 first', ['bureau', 'bureau.n01']],
    ['N01 first', ['bureau.n01', 'bureau']],
  ])(
    'needs both bureaus to confirm a cross-county agreement (%s), repeats change nothing',
    async (_, order) => {
      const id = await mediatingAtCrossCounty();
      const signed = await (await stack.as('mediator.a')).post(`/disputes/${id}/agreement`, AGREEMENT);
      expect(signed.status).toBe(200);
      expect(signed.body).toMatchObject({
        status: 'mediating',
        agreement: { ...AGREEMENT, confirmations: [] },
      });

      // Only the bureau confirms: any other role is refused before the case is looked up.
      for (const wrong of ['mediator.a', 'leader', 'mediator.c']) {
        const response = await (await stack.as(wrong)).post(`/disputes/${id}/agreement/confirm`);
        expect({ wrong, status: response.status }).toEqual({ wrong, status: 403 });
      }
      expect((await (await stack.as('city')).post(`/disputes/${id}/agreement/confirm`)).status).toBe(404);

      const [first, second] = [await stack.as(order[0]), await stack.as(order[1])];
      const firstSide = order[0] === 'bureau' ? 'D01' : 'N01';
      const once = await first.post(`/disputes/${id}/agreement/confirm`);
      expect(once.status).toBe(200);
      expect(once.body.status).toBe('mediating');
      expect(once.body.agreement.confirmations).toEqual([
        { side: firstSide, by: order[0], at: expect.any(String) },
      ]);
      const again = await first.post(`/disputes/${id}/agreement/confirm`);
      expect(again.status).toBe(200);
      expect(again.body.agreement.confirmations).toEqual(once.body.agreement.confirmations);

      const both = await second.post(`/disputes/${id}/agreement/confirm`);
      expect(both.status).toBe(200);
      expect(both.body.status).toBe('agreed');
      expect(both.body.agreement.confirmations.map((c: { side: string }) => c.side)).toEqual([
        firstSide,
        firstSide === 'D01' ? 'N01' : 'D01',
      ]);
      expect(both.body.deadlines.map((d: { kind: string }) => d.kind)).toContain('follow_up');
      // Once agreed, confirming is a step the status table no longer allows.
      expect((await second.post(`/disputes/${id}/agreement/confirm`)).status).toBe(409);

      const timeline = await first.get(`/disputes/${id}/timeline`).expect(200);
      const confirmed = timeline.body.filter((e: { action: string }) => e.action === 'agreement_confirmed');
      expect(confirmed.map((e: { actor: string; toStatus: string }) => `${e.actor}:${e.toStatus}`)).toEqual([
        `${order[0]}:mediating`,
        `${order[1]}:agreed`,
      ]);
      // Every person's entry names the side they act for; the system's names none.
      const sideOf = Object.fromEntries(
        timeline.body.map((e: { actor: string; actorSide?: string }) => [e.actor, e.actorSide ?? null]),
      );
      expect(sideOf).toMatchObject({ 'mediator.a': 'D01', bureau: 'D01', 'bureau.n01': 'N01' });
      if ('system' in sideOf) expect(sideOf.system).toBeNull();
    },
  );

  it('refuses a confirmation with nothing to confirm, and signs a same-county agreement at once', async () => {
    const bureau = await stack.as('bureau');
    const id = await open(crossCase());
    await bureau.post(`/disputes/${id}/report`, { tier: 'district', summary: '区级' }).expect(200);
    await bureau.post(`/disputes/${id}/mediation/start`, { mediators: ['bureau'] }).expect(200);
    await bureau.post(`/disputes/${id}/mediation/rounds`, round('agreement_reached')).expect(200);
    const nothing = await bureau.post(`/disputes/${id}/agreement/confirm`);
    expect(nothing.status).toBe(409);
    expect(nothing.body.details).toMatchObject({ status: 'mediating' });
    // Below cross_county the district's own agreement binds: agreed at once.
    const signed = await bureau.post(`/disputes/${id}/agreement`, AGREEMENT);
    expect(signed.body.status).toBe('agreed');
    expect(signed.body.agreement.confirmations).toBeUndefined();
  });

  it('refers a case past cross_county to the common superior, whose bureau sees it and is alerted', async () => {
    const id = await mediatingAtCrossCounty();
    const referred = await (
      await stack.as('bureau.n01')
    ).post(`/disputes/${id}/escalate`, {
      reason: '双方协商不成，报请共同上级人民政府处理',
    });
    expect(referred.status).toBe(200);
    expect(referred.body).toMatchObject({ status: 'referred', referredTo: 'C01' });
    await expectSeenBy(id, SEES.referred);
    const city = await stack.as('city');
    const alert = await eventually(async () => {
      const alerts = (await city.get('/alerts')).body as { subjectId: string; kind: string }[];
      return alerts.find((a) => a.subjectId === id);
    });
    expect(alert.kind).toBe('escalated');

    // The common superior acts: its bureau records the decision, which closes the case; nobody else may.
    const decision = { decision: '以1998年勘界协议确定的线位为准', documentRef: '示政函〔2026〕12号' };
    expect(referred.body.decisionPending).toBe(true);
    for (const who of ['bureau', 'bureau.n01', 'mediator.a', 'leader']) {
      const refused = await (await stack.as(who)).post(`/disputes/${id}/decision`, decision);
      expect({ who, status: refused.status }).toEqual({ who, status: 403 });
    }
    const decided = await city.post(`/disputes/${id}/decision`, decision);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'closed',
      decisionPending: false,
      decision: { ...decision, by: 'city' },
    });
    expect((await city.post(`/disputes/${id}/decision`, decision)).status).toBe(409);
    const timeline = await city.get(`/disputes/${id}/timeline`).expect(200);
    expect(timeline.body.at(-1)).toMatchObject({
      actor: 'city',
      action: 'superior_decided',
      toStatus: 'closed',
    });
    // Before a referral there is nothing for the superior to decide.
    const open = await mediatingAtCrossCounty();
    expect((await (await stack.as('bureau')).post(`/disputes/${open}/decision`, decision)).status).toBe(409);
  });

  it("streams a case's changes to a member of its joint group from a township not party to it", async () => {
    const id = await open(crossCase());
    const group = {
      members: [
        GROUP.members[0],
        { username: 'mediator.b', name: '西岭乡调解员', side: 'D01', role: 'member' },
        GROUP.members[2],
      ],
    };
    await (await stack.as('bureau.n01')).put(`/disputes/${id}/joint-group`, group).expect(200);

    const stream = await openEventStream(stack, await stack.token('mediator.b'));
    try {
      await quietFor(500);
      await (
        await stack.as('bureau')
      )
        .post(`/disputes/${id}/report`, { tier: 'cross_county', summary: '涉邻县' })
        .expect(200);
      // T02 holds none of the case's places (T01, N0101, D01): only the group names mediator.b.
      await eventually(() =>
        stream.events.find((e) => e.event === 'subject' && e.data.id === id && e.data.status === 'reported'),
      );
    } finally {
      stream.close();
    }
  });
});
