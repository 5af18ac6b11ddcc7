import { type FaultStack, inconsistencies, startFaultStack } from './fault-stack';
import { sleep } from './faults';
import { countAlerts, openCases, settle } from './helpers';

const CASES = 30;

describe('Redis stopped and restarted during a burst of alerts', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await startFaultStack({ reportWithin: 'PT6S' });
  });
  afterAll(() => stack.stop());

  it('delivers every alert exactly once per recipient', async () => {
    const ids = await openCases(stack, 'redis', CASES);
    // Stop Redis as the report deadlines start to fall due, keep it down through the whole burst.
    await sleep(4500);
    await stack.redis.stop();
    await sleep(8000);
    expect(await countAlerts(stack, 'deadline_missed', 'leader', ids)).toBeLessThan(CASES);
    await stack.redis.start();

    await settle(
      async () => (await countAlerts(stack, 'deadline_missed', 'leader', ids)) >= CASES,
      60_000,
      5000,
    );
    expect(await countAlerts(stack, 'deadline_missed', 'leader', ids)).toBe(CASES);
    expect(await inconsistencies(stack, ids)).toEqual([]);
  }, 180_000);
});
