import { parseIsoDuration } from './duration';

export const SEVERITIES = ['I', 'II', 'III', 'IV'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ESCALATION_ROLES = ['mediator', 'bureau', 'leader'] as const;
export type EscalationRole = (typeof ESCALATION_ROLES)[number];

/** Dispute deadlines in milliseconds, frozen into each case when it opens. */
export interface DisputePolicy {
  reportWithinMs: number;
  acceptWithinMs: number;
  roundIntervalMs: number;
  maxRounds: number;
  mediationWithinMs: number;
  followUpWithinMs: number;
  remindBeforeMs: number;
}

export interface SeverityLevelPolicy {
  acknowledgeWithinMs: number;
  arriveWithinMs: number;
}

export interface EscalationStepPolicy {
  notify: EscalationRole;
  waitMs: number;
}

/** The emergency plan, frozen into each incident when it is triggered. */
export interface EmergencyPolicy {
  levels: Record<Severity, SeverityLevelPolicy>;
  escalation: EscalationStepPolicy[];
  repeat: number;
}

/** The kinds of problem a ledger entry (台账条目) records. */
export const FINDING_KINDS = ['marker', 'line_unclear', 'encroachment', 'construction', 'other'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Rectification time of findings, frozen into each finding when it opens. */
export interface FindingPolicy {
  rectifyWithinMs: number;
  remindBeforeMs: number;
  /** Kinds the policy gives a time of their own; the others take `rectifyWithinMs`. */
  rectifyWithinByKindMs: Partial<Record<FindingKind, number>>;
}

export interface PatrolPlanPolicy {
  remindBeforeMs: number;
}

/** Defaults of the keys added in the second round, so a first-round policy file loads unchanged. */
export const POLICY_DEFAULTS = {
  findings: { rectifyWithin: 'P30D', remindBefore: 'P3D' },
  patrolPlans: { remindBefore: 'P7D' },
} as const;
export const ALERT_CHANNELS = ['inbox', 'webhook', 'wecom', 'dingtalk', 'sms'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

/** The kinds of alert, as the routing names them (kept here so the policy needs no workflow import). */
const ROUTED_KINDS = [
  'deadline_approaching',
  'deadline_missed',
  'escalated',
  'incident_triggered',
  'severity_changed',
] as const;
type RoutedKind = (typeof ROUTED_KINDS)[number];

/**
 * Which channels an alert goes to: those of its kind, plus for an incident those of its severity. The inbox
 * is always one of them (it is the record the other channels report on). Frozen per subject at its first alert.
 */
export interface AlertRouting {
  kinds: Record<RoutedKind, AlertChannel[]>;
  incidentSeverity: Record<Severity, AlertChannel[]>;
}

const GROUPS: AlertChannel[] = ['inbox', 'webhook', 'wecom', 'dingtalk'];
const EVERY_CHANNEL: AlertChannel[] = [...ALERT_CHANNELS];

/** Without an `alerts` key: SMS for missed deadlines and for incidents of severity I and II (API.md). */
export const DEFAULT_ALERT_ROUTING: AlertRouting = {
  kinds: {
    deadline_approaching: GROUPS,
    deadline_missed: EVERY_CHANNEL,
    escalated: GROUPS,
    incident_triggered: GROUPS,
    severity_changed: GROUPS,
  },
  incidentSeverity: { I: EVERY_CHANNEL, II: EVERY_CHANNEL, III: GROUPS, IV: GROUPS },
};
/**
 * Joint inspections (联检), frozen into each inspection when it opens. The cycle is either whole calendar
 * years (`P5Y`: the same date five years on) or a fixed duration (tests use seconds).
 */
export interface JointInspectionPolicy {
  cycle: { years: number } | { ms: number };
  planningWithinMs: number;
  fieldWorkWithinMs: number;
  reportingWithinMs: number;
  archiveWithinMs: number;
  remindBeforeMs: number;
}

/** What a policy file of the first round (without `jointInspections`) gets. */
export const JOINT_INSPECTION_DEFAULTS = {
  cycle: 'P5Y',
  planningWithin: 'P30D',
  fieldWorkWithin: 'P60D',
  reportingWithin: 'P30D',
  archiveWithin: 'P14D',
  remindBefore: 'P3D',
} as const;

export interface Policy {
  disputes: DisputePolicy;
  emergency: EmergencyPolicy;
  findings: FindingPolicy;
  patrolPlans: PatrolPlanPolicy;
  alerts: AlertRouting;
  jointInspections: JointInspectionPolicy;
}

export class PolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid policy: ${problems.join('; ')}`);
    this.name = 'PolicyError';
  }
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates a parsed policy document; every problem names its key, e.g. `disputes.reportWithin`. */
export function validatePolicy(document: unknown): Policy {
  const problems: string[] = [];
  const section = (parent: unknown, key: string, path: string): Raw => {
    const value = isObject(parent) ? parent[key] : undefined;
    if (!isObject(value)) {
      problems.push(`${path} is missing or not a mapping`);
      return {};
    }
    return value;
  };
  const duration = (parent: Raw, key: string, path: string): number => {
    const value = parent[key];
    if (typeof value !== 'string') {
      problems.push(`${path}.${key} must be an ISO-8601 duration such as PT15M`);
      return 0;
    }
    try {
      return parseIsoDuration(value);
    } catch (error) {
      problems.push(`${path}.${key}: ${(error as Error).message}`);
      return 0;
    }
  };
  const count = (parent: Raw, key: string, path: string, fallback?: number): number => {
    const value = parent[key] ?? fallback;
    if (!Number.isInteger(value) || (value as number) < 0) {
      problems.push(`${path}.${key} must be a whole number >= 0`);
      return 0;
    }
    return value as number;
  };

  const d = section(document, 'disputes', 'disputes');
  const disputes: DisputePolicy = {
    reportWithinMs: duration(d, 'reportWithin', 'disputes'),
    acceptWithinMs: duration(d, 'acceptWithin', 'disputes'),
    roundIntervalMs: duration(d, 'roundInterval', 'disputes'),
    maxRounds: count(d, 'maxRounds', 'disputes'),
    mediationWithinMs: duration(d, 'mediationWithin', 'disputes'),
    followUpWithinMs: duration(d, 'followUpWithin', 'disputes'),
    remindBeforeMs: duration(d, 'remindBefore', 'disputes'),
  };
  if (isObject(document) && isObject(document.disputes) && disputes.maxRounds < 1) {
    problems.push('disputes.maxRounds must be at least 1');
  }

  const e = section(document, 'emergency', 'emergency');
  const levelsRaw = section(e, 'levels', 'emergency.levels');
  const levels = {} as Record<Severity, SeverityLevelPolicy>;
  for (const severity of SEVERITIES) {
    const level = section(levelsRaw, severity, `emergency.levels.${severity}`);
    levels[severity] = {
      acknowledgeWithinMs: duration(level, 'acknowledgeWithin', `emergency.levels.${severity}`),
      arriveWithinMs: duration(level, 'arriveWithin', `emergency.levels.${severity}`),
    };
  }
  const chainRaw = e.escalation;
  const escalation: EscalationStepPolicy[] = [];
  if (!Array.isArray(chainRaw) || chainRaw.length === 0) {
    problems.push('emergency.escalation must be a non-empty list of { notify, wait }');
  } else {
    chainRaw.forEach((step: unknown, index) => {
      const path = `emergency.escalation[${index}]`;
      const raw = isObject(step) ? step : {};
      const notify = raw.notify as EscalationRole;
      if (!ESCALATION_ROLES.includes(notify)) {
        problems.push(`${path}.notify must be one of ${ESCALATION_ROLES.join(', ')}`);
      }
      escalation.push({ notify, waitMs: duration(raw, 'wait', path) });
    });
  }
  const repeat = count(e, 'repeat', 'emergency', 0);

  /** A section added later: absent, its defaults; present, validated like the others. */
  const optionalSection = (key: string): Raw => {
    if (!isObject(document) || document[key] === undefined) return {};
    return section(document, key, key);
  };
  const withDefault = (parent: Raw, key: string, path: string, fallback: string): number =>
    duration({ [key]: fallback, ...parent }, key, path);

  const f = optionalSection('findings');
  const byKindRaw = f.rectifyWithinByKind;
  const rectifyWithinByKindMs: FindingPolicy['rectifyWithinByKindMs'] = {};
  if (byKindRaw !== undefined) {
    if (!isObject(byKindRaw))
      problems.push('findings.rectifyWithinByKind must be a mapping of kind to duration');
    else {
      for (const kind of Object.keys(byKindRaw)) {
        if (!FINDING_KINDS.includes(kind as FindingKind)) {
          problems.push(
            `findings.rectifyWithinByKind.${kind} is not a finding kind (${FINDING_KINDS.join(', ')})`,
          );
        } else {
          rectifyWithinByKindMs[kind as FindingKind] = duration(
            byKindRaw,
            kind,
            'findings.rectifyWithinByKind',
          );
        }
      }
    }
  }
  const findings: FindingPolicy = {
    rectifyWithinMs: withDefault(f, 'rectifyWithin', 'findings', POLICY_DEFAULTS.findings.rectifyWithin),
    remindBeforeMs: withDefault(f, 'remindBefore', 'findings', POLICY_DEFAULTS.findings.remindBefore),
    rectifyWithinByKindMs,
  };
  const p = optionalSection('patrolPlans');
  const patrolPlans: PatrolPlanPolicy = {
    remindBeforeMs: withDefault(p, 'remindBefore', 'patrolPlans', POLICY_DEFAULTS.patrolPlans.remindBefore),
  };

  const jRaw = isObject(document) ? document.jointInspections : undefined;
  if (jRaw !== undefined && !isObject(jRaw)) problems.push('jointInspections must be a mapping');
  const j: Raw = { ...JOINT_INSPECTION_DEFAULTS, ...(isObject(jRaw) ? jRaw : {}) };
  const years = typeof j.cycle === 'string' ? /^P([1-9]\d?)Y$/.exec(j.cycle) : null;
  const jointInspections: JointInspectionPolicy = {
    cycle: years ? { years: Number(years[1]) } : { ms: duration(j, 'cycle', 'jointInspections') },
    planningWithinMs: duration(j, 'planningWithin', 'jointInspections'),
    fieldWorkWithinMs: duration(j, 'fieldWorkWithin', 'jointInspections'),
    reportingWithinMs: duration(j, 'reportingWithin', 'jointInspections'),
    archiveWithinMs: duration(j, 'archiveWithin', 'jointInspections'),
    remindBeforeMs: duration(j, 'remindBefore', 'jointInspections'),
  };

  const alerts = alertRouting(isObject(document) ? document.alerts : undefined, problems);

  if (problems.length > 0) throw new PolicyError(problems);
  return {
    disputes,
    emergency: { levels, escalation, repeat },
    findings,
    patrolPlans,
    jointInspections,
    alerts,
  };
}

/** `alerts: { channels: { <kind>: [..] }, incidentSeverity: { <I..IV>: [..] } }`; each key absent keeps its default. */
function alertRouting(raw: unknown, problems: string[]): AlertRouting {
  if (raw === undefined) return DEFAULT_ALERT_ROUTING;
  if (!isObject(raw)) {
    problems.push('alerts must be a mapping');
    return DEFAULT_ALERT_ROUTING;
  }
  const list = (parent: unknown, key: string, path: string, fallback: AlertChannel[]): AlertChannel[] => {
    const value = isObject(parent) ? parent[key] : undefined;
    if (value === undefined) return fallback;
    if (!Array.isArray(value) || value.some((c) => !ALERT_CHANNELS.includes(c as AlertChannel))) {
      problems.push(`${path}.${key} must be a list of ${ALERT_CHANNELS.join(', ')}`);
      return fallback;
    }
    return [...new Set<AlertChannel>(['inbox', ...(value as AlertChannel[])])];
  };
  for (const [key, known] of [
    ['channels', ROUTED_KINDS],
    ['incidentSeverity', SEVERITIES],
  ] as const) {
    const section = raw[key];
    if (section !== undefined && !isObject(section)) problems.push(`alerts.${key} must be a mapping`);
    for (const name of isObject(section) ? Object.keys(section) : []) {
      if (!(known as readonly string[]).includes(name)) problems.push(`alerts.${key}.${name} is not known`);
    }
  }
  for (const name of Object.keys(raw)) {
    if (name !== 'channels' && name !== 'incidentSeverity') problems.push(`alerts.${name} is not known`);
  }
  const kinds = {} as AlertRouting['kinds'];
  for (const kind of ROUTED_KINDS) {
    kinds[kind] = list(raw.channels, kind, 'alerts.channels', DEFAULT_ALERT_ROUTING.kinds[kind]);
  }
  const incidentSeverity = {} as AlertRouting['incidentSeverity'];
  for (const severity of SEVERITIES) {
    incidentSeverity[severity] = list(
      raw.incidentSeverity,
      severity,
      'alerts.incidentSeverity',
      DEFAULT_ALERT_ROUTING.incidentSeverity[severity],
    );
  }
  return { kinds, incidentSeverity };
}

/** The channels of one alert under a routing. */
export function routeAlert(
  routing: AlertRouting,
  kind: RoutedKind,
  severity: Severity | undefined,
): AlertChannel[] {
  const channels = new Set<AlertChannel>(['inbox', ...(routing.kinds[kind] ?? [])]);
  if (severity) for (const channel of routing.incidentSeverity[severity] ?? []) channels.add(channel);
  return ALERT_CHANNELS.filter((channel) => channels.has(channel));
}
