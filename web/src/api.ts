import type { DisputeAction, DisputeStatus } from '../../libs/workflows/src/disputes/rules';
import type { IncidentAction, IncidentStatus } from '../../libs/workflows/src/incidents/rules';
import type { Language } from './i18n';

export type Role = 'mediator' | 'bureau' | 'leader' | 'admin';

export interface User {
  username: string;
  role: Role;
  jurisdiction: string | null;
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: 'district' | 'township' | 'county';
  parentCode: string | null;
}

export interface Deadline {
  kind: string;
  dueAt: string;
  status: 'pending' | 'met' | 'missed';
}

export interface Round {
  number: number;
  heldAt: string;
  participants: string[];
  siteSurvey: boolean;
  archivesReviewed: string[];
  notes: string;
  outcome: string;
  recordedBy?: string;
}

export interface DisputeCase {
  id: string;
  title: string;
  category: string;
  status: DisputeStatus;
  tier: string;
  ownerJurisdiction: string;
  parties: { jurisdiction: string; name: string }[];
  riskLevel: string;
  description?: string;
  rounds: Round[];
  agreement?: { terms: string; signatories: string[]; signedAt: string };
  deadlines: Deadline[];
  incidentIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface TimelineEntry {
  at: string;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: Record<string, unknown>;
}

export interface Incident {
  id: string;
  title: string;
  type?: string;
  status: IncidentStatus;
  severity: string;
  jurisdiction: string;
  escalationStep: number;
  notified: { step: number; role: string; at: string }[];
  nextEscalation?: { step: number; role: string; dueAt: string };
  deadlines: Deadline[];
  acknowledgedBy?: string;
  acknowledgedAt?: string;
  description?: string;
  disputeId?: string;
  createdAt: string;
}

export interface Alert {
  id: string;
  kind: string;
  subjectType: 'dispute' | 'incident';
  subjectId: string;
  deadlineKind?: string;
  message: string;
  createdAt: string;
  readAt?: string | null;
}

export interface Stats {
  from: string | null;
  to: string | null;
  jurisdiction: string | null;
  cases: {
    total: number;
    byStatus: { status: string; count: number }[];
    byTier: { tier: string; count: number }[];
    byCategory: { category: string; count: number }[];
  };
  townships: {
    jurisdiction: string;
    name: string;
    deadlinesMet: number;
    deadlinesMissed: number;
    deadlineMetShare: number | null;
    agreements: number;
    meanDaysToAgreement: number | null;
  }[];
  incidents: {
    total: number;
    bySeverity: {
      severity: string;
      count: number;
      acknowledged: number;
      meanMinutesToAcknowledge: number | null;
    }[];
  };
}

/** An error body of the API (`{ statusCode, error, message }`), or `NETWORK` when no answer came. */
/** One entry of a VALIDATION_FAILED answer's `details`: a body path (`parties.1.jurisdiction`) and what is wrong. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Connection {
  token?: string;
  language: Language;
  onUnauthenticated(): void;
}

const connection: Connection = { language: 'zh', onUnauthenticated: () => undefined };

/** The session and language every request carries; set by the session provider. */
export function configureApi(settings: Partial<Connection>): void {
  Object.assign(connection, settings);
}

export async function call<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: object,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = {
    ...extraHeaders,
    accept: 'application/json',
    'accept-language': connection.language === 'en' ? 'en' : 'zh-CN',
  };
  if (connection.token) headers.authorization = `Bearer ${connection.token}`;
  if (body) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', (error as Error).message);
  }
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const problem = (data ?? {}) as { error?: string; message?: string; details?: unknown };
    if (response.status === 401 && connection.token) connection.onUnauthenticated();
    const fields =
      problem.error === 'VALIDATION_FAILED' && Array.isArray(problem.details)
        ? (problem.details as FieldProblem[])
        : [];
    throw new ApiError(
      response.status,
      problem.error ?? 'HTTP',
      problem.message ?? response.statusText,
      fields,
    );
  }
  return data as T;
}

const query = (params: Record<string, string | undefined>): string => {
  const entries = Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
};

/** The URL segment of each case write, per the HTTP contract. */
export const DISPUTE_ACTION_PATHS: Record<DisputeAction, string> = {
  report: 'report',
  resolve_locally: 'resolve-locally',
  start_mediation: 'mediation/start',
  record_round: 'mediation/rounds',
  sign_agreement: 'agreement',
  close: 'close',
  escalate: 'escalate',
  withdraw: 'withdraw',
};

export const INCIDENT_ACTION_PATHS: Record<IncidentAction, string> = {
  acknowledge: 'acknowledge',
  on_scene: 'on-scene',
  sitrep: 'sitreps',
  change_severity: 'severity',
  resolve: 'resolve',
};

export const api = {
  login: (username: string, password: string) =>
    call<{ accessToken: string; user: User }>('POST', '/auth/login', { username, password }),
  disputes: (params: { status?: string } = {}) =>
    call<{ items: DisputeCase[]; total: number }>('GET', `/disputes${query({ ...params, pageSize: '100' })}`),
  dispute: (id: string) => call<DisputeCase>('GET', `/disputes/${encodeURIComponent(id)}`),
  timeline: (id: string) => call<TimelineEntry[]>('GET', `/disputes/${encodeURIComponent(id)}/timeline`),
  // Every write carries the key of its form: a double submission (or a retry after a lost answer) returns the
  // first result instead of opening, recording or escalating twice.
  openDispute: (body: object, idempotencyKey: string) =>
    call<DisputeCase>('POST', '/disputes', body, { 'idempotency-key': idempotencyKey }),
  disputeAction: (id: string, action: DisputeAction, body: object, idempotencyKey: string) =>
    call<DisputeCase>('POST', `/disputes/${encodeURIComponent(id)}/${DISPUTE_ACTION_PATHS[action]}`, body, {
      'idempotency-key': idempotencyKey,
    }),
  incidents: () => call<{ items: Incident[]; total: number }>('GET', '/incidents?pageSize=100'),
  incident: (id: string) => call<Incident>('GET', `/incidents/${encodeURIComponent(id)}`),
  triggerIncident: (body: object, idempotencyKey: string) =>
    call<Incident>('POST', '/incidents', body, { 'idempotency-key': idempotencyKey }),
  incidentAction: (id: string, action: IncidentAction, body: object, idempotencyKey: string) =>
    call<Incident>('POST', `/incidents/${encodeURIComponent(id)}/${INCIDENT_ACTION_PATHS[action]}`, body, {
      'idempotency-key': idempotencyKey,
    }),
  alerts: () => call<Alert[]>('GET', '/alerts'),
  markRead: (id: string) => call<Alert>('POST', `/alerts/${encodeURIComponent(id)}/read`),
  stats: (params: { from?: string; to?: string }) => call<Stats>('GET', `/stats${query(params)}`),
  jurisdictions: () => call<Jurisdiction[]>('GET', '/jurisdictions'),
};
