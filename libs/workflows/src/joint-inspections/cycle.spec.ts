import { nextCycleDueMs } from './rules';

describe('the next joint inspection of a line', () => {
  it('falls due on the same calendar date whole years on, leap days included', () => {
    expect(new Date(nextCycleDueMs(Date.parse('2026-11-27T08:00:00Z'), { years: 5 })).toISOString()).toBe(
      '2031-11-27T08:00:00.000Z',
    );
    // 29 February has no twin five years on: the day after 28 February, as the calendar rolls over.
    expect(new Date(nextCycleDueMs(Date.parse('2028-02-29T00:00:00Z'), { years: 5 })).toISOString()).toBe(
      '2033-03-01T00:00:00.000Z',
    );
  });

  it('falls due a fixed span on when the policy names one', () => {
    expect(nextCycleDueMs(1_000, { ms: 16_000 })).toBe(17_000);
  });
});
