import {
  AUDIT_OUTCOMES,
  JURISDICTION_LEVELS,
  LINE_LEVELS,
  MARKER_SOURCES,
  MARKER_STATUSES,
  MARKER_TYPES,
  USER_ROLES,
} from '@boundary/persistence';
import {
  ALERT_KINDS,
  DEADLINE_KINDS,
  DISPUTE_CATEGORIES,
  DISPUTE_STATUSES,
  DISPUTE_TIERS,
  type DeadlineStatus,
  ESCALATION_ROLES,
  FINDING_DEADLINE_KINDS,
  FINDING_KINDS,
  FINDING_STATUSES,
  INCIDENT_DEADLINE_KINDS,
  INCIDENT_STATUSES,
  PATROL_PLAN_STATUSES,
  REPAIR_WORKS,
  JOINT_INSPECTION_DEADLINE_KINDS,
  JOINT_INSPECTION_STATUSES,
  RISK_LEVELS,
  ROUND_OUTCOMES,
  SEVERITIES,
  SUBJECT_TYPES,
} from '@boundary/workflows';
import { ERROR_CODES } from './app-error';

/**
 * Each enum of the contract under one name, so the document lists it once (`components.schemas`) and the
 * console's generated types call it by that name; Nest refuses one name with two different value lists.
 */
const named = <T extends readonly string[]>(values: T, enumName: string) => ({ enum: values, enumName });

export const DISPUTE_STATUS = named(DISPUTE_STATUSES, 'DisputeStatus');
export const DISPUTE_TIER = named(DISPUTE_TIERS, 'DisputeTier');
export const DISPUTE_CATEGORY = named(DISPUTE_CATEGORIES, 'DisputeCategory');
export const RISK_LEVEL = named(RISK_LEVELS, 'RiskLevel');
export const ROUND_OUTCOME = named(ROUND_OUTCOMES, 'RoundOutcome');
export const DISPUTE_DEADLINE_KIND = named(DEADLINE_KINDS, 'DisputeDeadlineKind');
export const DEADLINE_STATUS = named(
  ['pending', 'met', 'missed'] as const satisfies readonly DeadlineStatus[],
  'DeadlineStatus',
);
export const INCIDENT_STATUS = named(INCIDENT_STATUSES, 'IncidentStatus');
export const INCIDENT_DEADLINE_KIND = named(INCIDENT_DEADLINE_KINDS, 'IncidentDeadlineKind');
export const JOINT_INSPECTION_STATUS = named(JOINT_INSPECTION_STATUSES, 'JointInspectionStatus');
export const JOINT_INSPECTION_DEADLINE_KIND = named(
  JOINT_INSPECTION_DEADLINE_KINDS,
  'JointInspectionDeadlineKind',
);
export const SEVERITY = named(SEVERITIES, 'Severity');
export const ESCALATION_ROLE = named(ESCALATION_ROLES, 'EscalationRole');
export const USER_ROLE = named(USER_ROLES, 'UserRole');
export const JURISDICTION_LEVEL = named(JURISDICTION_LEVELS, 'JurisdictionLevel');
export const ALERT_KIND = named(ALERT_KINDS, 'AlertKind');
export const SUBJECT_TYPE = named(SUBJECT_TYPES, 'SubjectType');
export const FINDING_STATUS = named(FINDING_STATUSES, 'FindingStatus');
export const FINDING_KIND = named(FINDING_KINDS, 'FindingKind');
export const FINDING_DEADLINE_KIND = named(FINDING_DEADLINE_KINDS, 'FindingDeadlineKind');
export const REPAIR_WORK = named(REPAIR_WORKS, 'RepairWork');
export const PATROL_PLAN_STATUS = named(PATROL_PLAN_STATUSES, 'PatrolPlanStatus');
export const ERROR_CODE = named(ERROR_CODES, 'ErrorCode');
export const AUDIT_OUTCOME = named(AUDIT_OUTCOMES, 'AuditOutcome');
export const LINE_LEVEL = named(LINE_LEVELS, 'LineLevel');
export const MARKER_TYPE = named(MARKER_TYPES, 'MarkerType');
export const MARKER_STATUS = named(MARKER_STATUSES, 'MarkerStatus');
export const MARKER_SOURCE = named(MARKER_SOURCES, 'MarkerSource');
