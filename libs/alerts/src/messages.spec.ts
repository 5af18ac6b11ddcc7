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

describe('ledger alerts', () => {
  it('names a finding and its rectification deadline', () => {
    const job: AlertDeliveryJob = {
      dedupKey: 'finding:1:deadline_missed:4:leader',
      recipient: 'leader',
      kind: 'deadline_missed',
      subjectType: 'finding',
      subjectId: '1',
      subjectTitle: 'JZ-05 界桩损坏',
      deadlineKind: 'rectify',
      dueAt: '2026-12-01T08:00:00.000Z',
      decidedAt: '2026-12-01T08:00:00.000Z',
    };
    expect(alertMessages(job)).toEqual({
      zh: '台账问题「JZ-05 界桩损坏」的整改期限已超期（2026-12-01 08:00 UTC），请督办。',
      en: 'The rectify deadline of finding "JZ-05 界桩损坏" was missed (2026-12-01 08:00 UTC).',
    });
  });

  it('names a patrol plan falling due', () => {
    const job: AlertDeliveryJob = {
      dedupKey: 'patrol_plan:1:deadline_approaching:2:bureau',
      recipient: 'bureau',
      kind: 'deadline_approaching',
      subjectType: 'patrol_plan',
      subjectId: '1',
      subjectTitle: '上半年巡查',
      deadlineKind: 'plan_due',
      dueAt: '2026-06-30T16:00:00.000Z',
      decidedAt: '2026-06-29T16:00:00.000Z',
    };
    expect(alertMessages(job).zh).toBe(
      '巡查计划「上半年巡查」的巡查计划完成期限即将到期（2026-06-30 16:00 UTC），请及时办理。',
    );
  });
});
