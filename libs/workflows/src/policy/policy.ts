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

  if (problems.length > 0) throw new PolicyError(problems);
  return { disputes, emergency: { levels, escalation, repeat }, jointInspections };
}
