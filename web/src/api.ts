import type { components, paths } from './api-types.gen';
import type { DisputeAction } from '../../libs/workflows/src/disputes/rules';
import type { IncidentAction } from '../../libs/workflows/src/incidents/rules';
import type { FindingAction } from '../../libs/workflows/src/findings/rules';
import type { Language } from './i18n';

/**
 * Every answer's shape comes from the API's OpenAPI document (api-types.gen.ts, `npm run openapi:types`), picked
 * by route, so a console call cannot drift from what the server documents.
 */
type Method = 'get' | 'post' | 'patch' | 'put';
type Responses<Path extends keyof paths, M extends Method> = NonNullable<paths[Path][M]>['responses'];
/**
 * The JSON body of one documented answer (`application/json`, or GeoJSON's `application/geo+json`); an
 * undocumented one becomes a message type that no page can use.
 */
type Answer<Path extends keyof paths, M extends Method = 'get', Status extends number = 200> =
  Responses<Path, M> extends { [S in Status]: { content: infer Content } }
    ? Content[keyof Content]
    : `${M} ${Path} documents no JSON answer ${Status}`;
type Schemas = components['schemas'];

export type User = Answer<'/auth/login', 'post'>['user'];
export type Role = User['role'];
export type Jurisdiction = Answer<'/jurisdictions'>[number];
export type JurisdictionLevel = Jurisdiction['level'];
/** An account as the administrator manages it. */
export type Account = Answer<'/users'>[number];
export type AuditRecord = Answer<'/audit'>['items'][number];
export type DisputeCase = Answer<'/disputes/{id}'>;
export type Round = DisputeCase['rounds'][number];
export type TimelineEntry = Answer<'/disputes/{id}/timeline'>[number];
export type Incident = Answer<'/incidents/{id}'>;
export type JointInspection = Answer<'/joint-inspections/{id}'>;
export type Alert = Answer<'/alerts'>[number];
export type Stats = Answer<'/stats'>;
export type BoundaryLine = Answer<'/boundary/lines/{code}'>;
export type BoundaryMarker = Answer<'/boundary/markers/{code}'>;
export type MarkerSummary = Answer<'/boundary/markers'>['items'][number];
export type MarkerStatus = BoundaryMarker['status'];
export type MarkerHistoryEntry = BoundaryMarker['history'][number];
export type RegisterCollection = Answer<'/boundary/export'>;
export type BaseMap = Answer<'/boundary/basemap'>;
export type MarkerStatusReport = Schemas['ReportMarkerStatusDto'];
export type Finding = Answer<'/findings/{id}'>;
export type PatrolPlan = Answer<'/patrol-plans/{id}'>;
export type Deadline =
  | DisputeCase['deadlines'][number]
  | Incident['deadlines'][number]
  | Finding['deadlines'][number]
  | PatrolPlan['deadlines'][number]
  | JointInspection['deadlines'][number];
export type Patrol = Answer<'/patrols/{id}'>;
export type NewPatrol = Schemas['CreatePatrolDto'];
export type NewFinding = Schemas['EnterFindingDto'];
export type NewPatrolPlan = Schemas['CreatePatrolPlanDto'];

/** The ledger's filter as the API takes it. */
export interface FindingFilter {
  status?: string;
  kind?: string;
  jurisdiction?: string;
  overdue?: string;
}

/** One entry of a VALIDATION_FAILED answer's `details`: a body path (`parties.1.jurisdiction`) and what is wrong. */
export type FieldProblem = Schemas['FieldProblemDto'];

/** An error body of the API (`{ statusCode, error, message }`), or `NETWORK` when no answer came. */
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
  /** The API renews a token in use (`x-access-token`): the session keeps the newest. */
  onRenewed(token: string): void;
}

const connection: Connection = {
  language: 'zh',
  onUnauthenticated: () => undefined,
  onRenewed: () => undefined,
};

/** The session and language every request carries; set by the session provider. */
export function configureApi(settings: Partial<Connection>): void {
  Object.assign(connection, settings);
}

/** Fetches a document the API generates (the 联检报告) with the session's token. */
export async function fetchFile(path: string): Promise<Blob> {
  const headers: Record<string, string> = {};
  if (connection.token) headers.authorization = `Bearer ${connection.token}`;
  const response = await fetch(path, { headers });
  if (!response.ok) throw new ApiError(response.status, 'HTTP', response.statusText);
  return response.blob();
}

async function call<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
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
  const renewed = response.headers.get('x-access-token');
  if (renewed && connection.token) connection.onRenewed(renewed);
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const problem = (data ?? {}) as Partial<Schemas['ErrorDto']> & { details?: unknown };
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
  confirm_agreement: 'agreement/confirm',
  set_joint_group: 'joint-group',
  record_decision: 'decision',
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

/**
 * The URL segment of each finding write. Linking a case or an incident has routes of its own, which answer
 * the new case or incident (`findingDispute`, `findingIncident`).
 */
export const FINDING_ACTION_PATHS: Record<
  Exclude<FindingAction, 'link_dispute' | 'link_incident'>,
  string
> = {
  assign: 'assign',
  start: 'start',
  submit: 'submit',
  verify: 'verify',
};

/** A file answer (the ledger's workbook), fetched with the session's token. */
async function file(path: string): Promise<Blob> {
  const headers: Record<string, string> = {};
  if (connection.token) headers.authorization = `Bearer ${connection.token}`;
  let response: Response;
  try {
    response = await fetch(path, { headers });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', (error as Error).message);
  }
  if (!response.ok) throw new ApiError(response.status, 'HTTP', response.statusText);
  return response.blob();
}

/** The audit log's filter as the API takes it: who, what, instants from and to, and the page. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: string;
}

export const AUDIT_PAGE_SIZE = 20;

export const api = {
  login: (username: string, password: string) =>
    call<Answer<'/auth/login', 'post'>>('POST', '/auth/login', { username, password }),
  changePassword: (body: Schemas['ChangePasswordDto']) =>
    call<Answer<'/auth/password', 'post'>>('POST', '/auth/password', body),
  users: () => call<Answer<'/users'>>('GET', '/users'),
  createUser: (body: Schemas['CreateUserDto']) => call<Answer<'/users', 'post', 201>>('POST', '/users', body),
  updateUser: (username: string, body: Schemas['UpdateUserDto']) =>
    call<Answer<'/users/{username}', 'patch'>>('PATCH', `/users/${encodeURIComponent(username)}`, body),
  resetPassword: (username: string, body: Schemas['ResetPasswordDto']) =>
    call<Answer<'/users/{username}/reset-password', 'post'>>(
      'POST',
      `/users/${encodeURIComponent(username)}/reset-password`,
      body,
    ),
  createJurisdiction: (body: Schemas['CreateJurisdictionDto']) =>
    call<Answer<'/jurisdictions', 'post', 201>>('POST', '/jurisdictions', body),
  setChannels: (code: string, body: Schemas['SetChannelsDto']) =>
    call<Answer<'/jurisdictions/{code}/channels', 'put'>>(
      'PUT',
      `/jurisdictions/${encodeURIComponent(code)}/channels`,
      body,
    ),
  updateJurisdiction: (code: string, body: Schemas['UpdateJurisdictionDto']) =>
    call<Answer<'/jurisdictions/{code}', 'patch'>>(
      'PATCH',
      `/jurisdictions/${encodeURIComponent(code)}`,
      body,
    ),
  audit: (filter: AuditFilter) =>
    call<Answer<'/audit'>>('GET', `/audit${query({ ...filter, pageSize: String(AUDIT_PAGE_SIZE) })}`),
  disputes: (params: { status?: string; q?: string } = {}) =>
    call<Answer<'/disputes'>>('GET', `/disputes${query({ ...params, pageSize: '100' })}`),
  dispute: (id: string) => call<DisputeCase>('GET', `/disputes/${encodeURIComponent(id)}`),
  timeline: (id: string) => call<TimelineEntry[]>('GET', `/disputes/${encodeURIComponent(id)}/timeline`),
  // Every write carries the key of its form: a double submission (or a retry after a lost answer) returns the
  // first result instead of opening, recording or escalating twice.
  openDispute: (body: object, idempotencyKey: string) =>
    call<Answer<'/disputes', 'post', 201>>('POST', '/disputes', body, { 'idempotency-key': idempotencyKey }),
  disputeAction: (id: string, action: DisputeAction, body: object, idempotencyKey: string) =>
    call<Answer<'/disputes/{id}/report', 'post'>>(
      // The joint group is replaced as a whole, so it is the one write that is a PUT.
      action === 'set_joint_group' ? 'PUT' : 'POST',
      `/disputes/${encodeURIComponent(id)}/${DISPUTE_ACTION_PATHS[action]}`,
      body,
      { 'idempotency-key': idempotencyKey },
    ),
  incidents: () => call<Answer<'/incidents'>>('GET', '/incidents?pageSize=100'),
  inspections: () => call<Answer<'/joint-inspections'>>('GET', '/joint-inspections?pageSize=100'),
  inspection: (id: string) => call<JointInspection>('GET', `/joint-inspections/${encodeURIComponent(id)}`),
  openInspection: (body: Schemas['CreateJointInspectionDto'], idempotencyKey: string) =>
    call<JointInspection>('POST', '/joint-inspections', body, { 'idempotency-key': idempotencyKey }),
  inspectionAction: (
    id: string,
    action: 'advance' | 'sign' | 'archive',
    body: object,
    idempotencyKey: string,
  ) =>
    call<JointInspection>('POST', `/joint-inspections/${encodeURIComponent(id)}/${action}`, body, {
      'idempotency-key': idempotencyKey,
    }),
  incident: (id: string) => call<Incident>('GET', `/incidents/${encodeURIComponent(id)}`),
  triggerIncident: (body: object, idempotencyKey: string) =>
    call<Answer<'/incidents', 'post', 201>>('POST', '/incidents', body, {
      'idempotency-key': idempotencyKey,
    }),
  incidentAction: (id: string, action: IncidentAction, body: object, idempotencyKey: string) =>
    call<Answer<'/incidents/{id}/acknowledge', 'post'>>(
      'POST',
      `/incidents/${encodeURIComponent(id)}/${INCIDENT_ACTION_PATHS[action]}`,
      body,
      { 'idempotency-key': idempotencyKey },
    ),
  alerts: () => call<Alert[]>('GET', '/alerts'),
  ackLink: (token: string) => call<Answer<'/ack/{token}'>>('GET', `/ack/${encodeURIComponent(token)}`),
  useAckLink: (token: string, body: { action: 'acknowledge' | 'on_scene'; note?: string }) =>
    call<Answer<'/ack/{token}', 'post'>>('POST', `/ack/${encodeURIComponent(token)}`, body),
  markRead: (id: string) =>
    call<Answer<'/alerts/{id}/read', 'post'>>('POST', `/alerts/${encodeURIComponent(id)}/read`),
  stats: (params: { from?: string; to?: string }) => call<Stats>('GET', `/stats${query(params)}`),
  jurisdictions: () => call<Jurisdiction[]>('GET', '/jurisdictions'),
  register: () => call<RegisterCollection>('GET', '/boundary/export'),
  lines: () => call<BoundaryLine[]>('GET', '/boundary/lines'),
  markers: (params: { line?: string; status?: string; page: number; pageSize: number }) =>
    call<Answer<'/boundary/markers'>>(
      'GET',
      `/boundary/markers${query({ ...params, page: String(params.page), pageSize: String(params.pageSize) })}`,
    ),
  marker: (code: string) => call<BoundaryMarker>('GET', `/boundary/markers/${encodeURIComponent(code)}`),
  reportMarkerStatus: (code: string, body: MarkerStatusReport) =>
    call<Answer<'/boundary/markers/{code}/status', 'post'>>(
      'POST',
      `/boundary/markers/${encodeURIComponent(code)}/status`,
      body,
    ),
  baseMap: () => call<BaseMap>('GET', '/boundary/basemap'),
  findings: (filter: FindingFilter) =>
    call<Answer<'/findings'>>('GET', `/findings${query({ ...filter, pageSize: '100' })}`),
  finding: (id: string) => call<Finding>('GET', `/findings/${encodeURIComponent(id)}`),
  findingTimeline: (id: string) =>
    call<TimelineEntry[]>('GET', `/findings/${encodeURIComponent(id)}/timeline`),
  findingAction: (
    id: string,
    action: keyof typeof FINDING_ACTION_PATHS,
    body: object,
    idempotencyKey: string,
  ) =>
    call<Finding>('POST', `/findings/${encodeURIComponent(id)}/${FINDING_ACTION_PATHS[action]}`, body, {
      'idempotency-key': idempotencyKey,
    }),
  findingDispute: (id: string, idempotencyKey: string) =>
    call<Answer<'/findings/{id}/dispute', 'post', 201>>(
      'POST',
      `/findings/${encodeURIComponent(id)}/dispute`,
      {},
      {
        'idempotency-key': idempotencyKey,
      },
    ),
  findingIncident: (id: string, body: { severity: string; title: string }, idempotencyKey: string) =>
    call<Answer<'/findings/{id}/incident', 'post', 201>>(
      'POST',
      `/findings/${encodeURIComponent(id)}/incident`,
      body,
      { 'idempotency-key': idempotencyKey },
    ),
  ledgerWorkbook: (filter: FindingFilter) => file(`/findings/export${query({ ...filter, format: 'xlsx' })}`),
  patrolPlans: () => call<Answer<'/patrol-plans'>>('GET', '/patrol-plans?pageSize=100'),
  patrolPlan: (id: string) => call<PatrolPlan>('GET', `/patrol-plans/${encodeURIComponent(id)}`),
  createPatrolPlan: (body: NewPatrolPlan, idempotencyKey: string) =>
    call<PatrolPlan>('POST', '/patrol-plans', body, { 'idempotency-key': idempotencyKey }),
  enterFinding: (body: NewFinding, idempotencyKey: string) =>
    call<Finding>('POST', '/findings', body, { 'idempotency-key': idempotencyKey }),
  recordPatrol: (body: NewPatrol, idempotencyKey: string) =>
    call<Patrol>('POST', '/patrols', body, { 'idempotency-key': idempotencyKey }),
};
