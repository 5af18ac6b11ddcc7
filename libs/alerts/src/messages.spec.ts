import type { Explanation } from '@boundary/workflows';
import { alertMessages, explain } from './messages';
import type { AlertDeliveryJob } from './queues';

describe('the message catalogue', () => {
  it.each<[Explanation, string, string]>([
    [
      { code: 'mediation_expired' },
      '调解期限届满，自动升级',
      'the mediation period expired; escalated automatically',
    ],
    [
      { code: 'max_rounds_reached', params: { maxRounds: 3 } },
      '已达最多调解轮次 3，自动升级',
      'the maximum of 3 mediation rounds was reached; escalated automatically',
    ],
    [{ code: 'mediation_broke_down' }, '调解破裂', 'mediation broke down'],
    [
      { code: 'not_acknowledged', params: { severity: 'II' } },
      'II级响应，尚无人确认',
      'severity II, not yet acknowledged',
    ],
  ])('renders %j in Chinese and in English', (reason, zh, en) => {
    expect(explain(reason)).toEqual({ zh, en });
  });

  it.each([
    ['what a person wrote', '超出本级调处能力'],
    ['the prose of an older history', '调解期限届满，自动升级 / mediation period expired'],
  ])('shows %s as it is', (_, text) => {
    expect(explain(text)).toEqual({ zh: text, en: text });
  });

  it('shows a code this build does not know as it is', () => {
    expect(explain({ code: 'recorded_by_a_newer_build' } as unknown as Explanation)).toEqual({
      zh: 'recorded_by_a_newer_build',
      en: 'recorded_by_a_newer_build',
    });
  });

  it('puts the reason of an alert into each language of its message', () => {
    const job: AlertDeliveryJob = {
      dedupKey: 'dispute:1:escalated:7:bureau',
      recipient: 'bureau',
      kind: 'escalated',
      subjectType: 'dispute',
      subjectId: '1',
      subjectTitle: '林地界线争议',
      detail: { code: 'max_rounds_reached', params: { maxRounds: 3 } },
      decidedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(alertMessages(job)).toEqual({
      zh: '纠纷案件「林地界线争议」已升级，请接手处置：已达最多调解轮次 3，自动升级',
      en: 'dispute "林地界线争议" was escalated to you: the maximum of 3 mediation rounds was reached; escalated automatically.',
    });
  });
});
