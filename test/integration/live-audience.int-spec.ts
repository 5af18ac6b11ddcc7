import { openEventStream } from '../support/event-stream';
import { type Stack, newCase, startStack } from '../support/stack';
import { eventually, quietFor } from '../support/waits';

/** Every demo user, in both counties and the city. */
const USERS = [
  'mediator.a',
  'mediator.b',
  'bureau',
  'leader',
  'admin',
  'bureau.n01',
  'mediator.c',
  'city',
] as const;

/**
 * The console's live `subject` events follow each family's scope: a subject's change reaches exactly the users
 * who may read the subject (`GET` answers 200), in every family. The read is the oracle, so a family whose
 * places and scope drift apart fails here.
 */
describe("a subject's live events reach exactly those who may read it", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('for a case, a patrol plan, a finding, incidents and a joint inspection', async () => {
    const streams = new Map<string, Awaited<ReturnType<typeof openEventStream>>>();
    for (const username of USERS)
      streams.set(username, await openEventStream(stack, await stack.token(username)));
    try {
      const mediator = await stack.as('mediator.a');
      const bureau = await stack.as('bureau');
      const created = async (path: string, response: Promise<{ body: { id: string } }>) =>
        `${path}/${(await response).body.id}`;
      const subjects = [
        // Owned by T01: its mediator and the district, not the city above it.
        await created('/disputes', mediator.post('/disputes', newCase('T01')).expect(201)),
        // Over T02 only: its mediator, not T01's.
        await created(
          '/patrol-plans',
          bureau
            .post('/patrol-plans', {
              title: '西河乡界桩巡查',
              dueAt: new Date(Date.now() + 86_400_000).toISOString(),
              targets: [{ jurisdiction: 'T02', lineCodes: [], markerCodes: ['JZ-22'] }],
            })
            .expect(201),
        ),
        // T01's: its mediator and the district.
        await created(
          '/findings',
          mediator.post('/findings', { kind: 'encroachment', description: '界线旁新建养殖棚' }).expect(201),
        ),
        await created(
          '/incidents',
          mediator
            .post('/incidents', {
              title: '界桩处村民聚集',
              type: 'mass_gathering',
              severity: 'IV',
              jurisdiction: 'T01',
              description: '约二十名村民在13号界桩处聚集',
            })
            .expect(201),
        ),
        // District-wide: every mediator of the district too.
        await created(
          '/incidents',
          bureau
            .post('/incidents', {
              title: '两镇村民因林地权属聚集',
              type: 'mass_gathering',
              severity: 'III',
              jurisdiction: 'D01',
              description: '东坪镇与西河乡交界处林地',
            })
            .expect(201),
        ),
        // Along the county line: everyone of both districts.
        await created(
          '/joint-inspections',
          bureau
            .post('/joint-inspections', {
              lineCode: 'L-D01-N01-2',
              title: '县界第二段联检',
              plannedFrom: '2026-12-01',
              plannedTo: '2026-12-31',
            })
            .expect(201),
        ),
      ];

      const readers = new Map<string, (typeof USERS)[number][]>();
      for (const subject of subjects) {
        const may: (typeof USERS)[number][] = [];
        for (const username of USERS) {
          if ((await (await stack.as(username)).get(subject)).status === 200) may.push(username);
        }
        readers.set(subject, may);
      }
      const receivers = (subject: string) => {
        const id = subject.split('/').pop();
        return USERS.filter((username) =>
          streams.get(username)?.events.some((e) => e.event === 'subject' && e.data.id === id),
        );
      };
      for (const subject of subjects) {
        await eventually(() => {
          const missing = readers.get(subject)?.filter((u) => !receivers(subject).includes(u)) ?? [];
          if (missing.length > 0) throw new Error(`${subject} has not reached ${missing.join(', ')}`);
          return true;
        });
      }
      // Anything that should not arrive has had the time the wanted events took, and this more.
      await quietFor(1_000);
      expect(subjects.map((subject) => ({ subject, receivers: receivers(subject) }))).toEqual(
        subjects.map((subject) => ({ subject, receivers: readers.get(subject) })),
      );
      // The places that tell the families apart are all exercised: no family is trivially everyone.
      expect(new Set(subjects.map((subject) => readers.get(subject)?.join())).size).toBeGreaterThanOrEqual(4);
    } finally {
      for (const stream of streams.values()) stream.close();
    }
  });
});
