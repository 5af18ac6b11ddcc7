import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseIsoDuration } from './duration';
import { DEFAULT_ALERT_ROUTING, PolicyError, routeAlert, validatePolicy } from './policy';

const shipped = () => parse(readFileSync('config/policy.yaml', 'utf8'));

describe('parseIsoDuration', () => {
  it.each([
    ['PT0S', 0],
    ['PT15M', 15 * 60_000],
    ['PT1H', 3_600_000],
    ['P3D', 3 * 86_400_000],
    ['P1W', 7 * 86_400_000],
    ['P1DT2H30M', 86_400_000 + 2 * 3_600_000 + 30 * 60_000],
    ['PT1.5S', 1500],
  ])('%s is %d ms', (text, ms) => {
    expect(parseIsoDuration(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '3D', 'P1M', 'P1Y', 'PT-5M', 'P3DT', 'fifteen minutes'])('refuses %p', (text) => {
    expect(() => parseIsoDuration(text)).toThrow(/ISO-8601/);
  });
});

describe('validatePolicy', () => {
  it('accepts the shipped policy and converts it to milliseconds', () => {
    const policy = validatePolicy(shipped());
    expect(policy.disputes.reportWithinMs).toBe(3 * 86_400_000);
    expect(policy.disputes.maxRounds).toBe(5);
    expect(policy.emergency.levels.I).toEqual({
      acknowledgeWithinMs: 5 * 60_000,
      arriveWithinMs: 30 * 60_000,
    });
    expect(policy.emergency.escalation.map((s) => s.notify)).toEqual(['mediator', 'bureau', 'leader']);
    expect(policy.emergency.repeat).toBe(0);
  });

  it('names every broken key', () => {
    const document = shipped();
    document.disputes.reportWithin = '3 days';
    delete document.disputes.maxRounds;
    document.emergency.levels.II.arriveWithin = 60;
    document.emergency.escalation[1].notify = 'mayor';
    try {
      validatePolicy(document);
      throw new Error('expected a PolicyError');
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      const problems = (error as PolicyError).problems.join('\n');
      expect(problems).toMatch(/disputes\.reportWithin/);
      expect(problems).toMatch(/disputes\.maxRounds/);
      expect(problems).toMatch(/emergency\.levels\.II\.arriveWithin/);
      expect(problems).toMatch(/emergency\.escalation\[1\]\.notify/);
    }
  });

  it('reads the ledger keys, per kind where given', () => {
    const policy = validatePolicy(shipped());
    expect(policy.findings).toEqual({
      rectifyWithinMs: 30 * 86_400_000,
      remindBeforeMs: 3 * 86_400_000,
      rectifyWithinByKindMs: { marker: 15 * 86_400_000 },
    });
    expect(policy.patrolPlans.remindBeforeMs).toBe(7 * 86_400_000);
  });

  it('loads a first-round policy file without the ledger keys, with their defaults', () => {
    const document = shipped();
    delete document.findings;
    delete document.patrolPlans;
    const policy = validatePolicy(document);
    expect(policy.findings).toEqual({
      rectifyWithinMs: 30 * 86_400_000,
      remindBeforeMs: 3 * 86_400_000,
      rectifyWithinByKindMs: {},
    });
    expect(policy.patrolPlans.remindBeforeMs).toBe(7 * 86_400_000);
  });

  it('validates ledger keys that are present', () => {
    const document = shipped();
    document.findings.rectifyWithin = 'a month';
    document.findings.rectifyWithinByKind = { pothole: 'P1D' };
    document.patrolPlans = 'weekly';
    expect(() => validatePolicy(document)).toThrow(/findings\.rectifyWithin: /);
    expect(() => validatePolicy(document)).toThrow(/findings\.rectifyWithinByKind\.pothole/);
    expect(() => validatePolicy(document)).toThrow(/patrolPlans is missing or not a mapping/);
  });

  it('refuses a document without sections', () => {
    expect(() => validatePolicy('just text')).toThrow(/disputes is missing.*emergency is missing/s);
  });
});

describe('alert routing', () => {
  it('defaults a policy file without `alerts`: SMS for missed deadlines and severity I and II incidents', () => {
    const { alerts } = validatePolicy(shipped());
    expect(alerts).toEqual(DEFAULT_ALERT_ROUTING);
    expect(routeAlert(alerts, 'incident_triggered', 'I')).toEqual([
      'inbox',
      'webhook',
      'wecom',
      'dingtalk',
      'sms',
    ]);
    expect(routeAlert(alerts, 'escalated', 'II')).toContain('sms');
    expect(routeAlert(alerts, 'incident_triggered', 'III')).toEqual([
      'inbox',
      'webhook',
      'wecom',
      'dingtalk',
    ]);
    expect(routeAlert(alerts, 'deadline_approaching', undefined)).not.toContain('sms');
    expect(routeAlert(alerts, 'deadline_missed', undefined)).toContain('sms');
  });

  it('takes the channels a file names, always with the inbox, and keeps the defaults of keys left out', () => {
    const { alerts } = validatePolicy({
      ...shipped(),
      alerts: { channels: { deadline_missed: ['dingtalk'] }, incidentSeverity: { I: ['sms'] } },
    });
    expect(alerts.kinds.deadline_missed).toEqual(['inbox', 'dingtalk']);
    expect(alerts.kinds.escalated).toEqual(DEFAULT_ALERT_ROUTING.kinds.escalated);
    expect(routeAlert(alerts, 'incident_triggered', 'I')).toEqual([
      'inbox',
      'webhook',
      'wecom',
      'dingtalk',
      'sms',
    ]);
    expect(routeAlert(alerts, 'deadline_missed', undefined)).toEqual(['inbox', 'dingtalk']);
  });

  it('names each bad routing key', () => {
    const run = () =>
      validatePolicy({
        ...shipped(),
        alerts: {
          channels: { deadline_missed: ['pager'], nonsense: [] },
          incidentSeverity: { V: [] },
          extra: 1,
        },
      });
    expect(run).toThrow(PolicyError);
    expect(run).toThrow(/alerts\.channels\.deadline_missed must be a list/);
    expect(run).toThrow(/alerts\.channels\.nonsense is not known/);
    expect(run).toThrow(/alerts\.incidentSeverity\.V is not known/);
    expect(run).toThrow(/alerts\.extra is not known/);
  });
});

describe('validatePolicy: joint inspections', () => {
  const DAY = 86_400_000;

  it('reads the shipped five-year cycle in calendar years and the stage deadlines', () => {
    expect(validatePolicy(shipped()).jointInspections).toEqual({
      cycle: { years: 5 },
      planningWithinMs: 30 * DAY,
      fieldWorkWithinMs: 60 * DAY,
      reportingWithinMs: 30 * DAY,
      archiveWithinMs: 14 * DAY,
      remindBeforeMs: 3 * DAY,
    });
  });

  it('gives a first-round file without the section the defaults', () => {
    const { jointInspections: _omitted, ...firstRound } = shipped();
    expect(validatePolicy(firstRound).jointInspections).toEqual(validatePolicy(shipped()).jointInspections);
  });

  it('takes a fixed cycle and single keys, and names a broken key it was given', () => {
    const document = shipped();
    document.jointInspections = { cycle: 'PT16S', remindBefore: 'PT2S' };
    const policy = validatePolicy(document).jointInspections;
    expect(policy.cycle).toEqual({ ms: 16_000 });
    expect(policy.remindBeforeMs).toBe(2000);
    expect(policy.planningWithinMs).toBe(30 * DAY);
    document.jointInspections = { cycle: 'P5M', fieldWorkWithin: 'soon' };
    expect(() => validatePolicy(document)).toThrow(
      expect.objectContaining({
        problems: [
          expect.stringContaining('jointInspections.cycle'),
          expect.stringContaining('jointInspections.fieldWorkWithin'),
        ],
      }),
    );
    document.jointInspections = 'yearly';
    expect(() => validatePolicy(document)).toThrow(/jointInspections must be a mapping/);
  });
});
