import { QueryClient, queryOptions } from '@tanstack/react-query';
import { ApiError, type AuditFilter, type FindingFilter, api } from './api';
import { pollEvery } from './live';

/** A lost connection or a server in trouble may pass; a refusal (4xx) will not, so it is not asked again. */
const worthRetrying = (error: unknown): boolean =>
  !(error instanceof ApiError) || error.status === 0 || error.status >= 500;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: (failures, error) => failures < 3 && worthRetrying(error) },
      // A write is retried by its form, with the same idempotency key, when the user says so.
      mutations: { retry: false },
    },
  });
}

/** A page of the markers list, narrowed to a line and a status. */
export interface MarkerFilter {
  line?: string;
  status?: string;
  page: number;
}

/** Rows per page of the markers list. */
export const MARKERS_PAGE_SIZE = 50;

/** The period of the statistics, as the API takes it (instants; `to` exclusive). */
export interface StatsPeriod {
  from?: string;
  to?: string;
}

/**
 * Every read of the console, with its cache key and how often it is refreshed while on screen. Keys start with
 * the subject's kind and id, so `invalidateSubject` reaches all that shows one subject.
 */
export const queries = {
  /** The newest cases, or those a search term matches (the API's `q`: titles and descriptions). */
  disputes: (search: { q?: string } = {}) =>
    queryOptions({
      queryKey: ['disputes', search],
      queryFn: () => api.disputes(search),
      refetchInterval: pollEvery(15_000),
    }),
  dispute: (id: string) =>
    queryOptions({
      queryKey: ['dispute', id],
      queryFn: () => api.dispute(id),
      refetchInterval: pollEvery(10_000),
    }),
  timeline: (id: string) =>
    queryOptions({
      queryKey: ['dispute', id, 'timeline'],
      queryFn: () => api.timeline(id),
      refetchInterval: pollEvery(10_000),
    }),
  incidents: () =>
    queryOptions({
      queryKey: ['incidents'],
      queryFn: () => api.incidents(),
      refetchInterval: pollEvery(5000),
    }),
  // Escalation steps are seconds to minutes apart: the chain is watched closely.
  incident: (id: string) =>
    queryOptions({
      queryKey: ['incident', id],
      queryFn: () => api.incident(id),
      refetchInterval: pollEvery(2000),
    }),
  inspections: () =>
    queryOptions({
      queryKey: ['joint_inspections'],
      queryFn: () => api.inspections(),
      refetchInterval: pollEvery(30_000),
    }),
  inspection: (id: string) =>
    queryOptions({
      queryKey: ['joint_inspection', id],
      queryFn: () => api.inspection(id),
      refetchInterval: pollEvery(15_000),
    }),
  // Polled once for the whole console by the inbox provider.
  alerts: () => queryOptions({ queryKey: ['alerts'], queryFn: () => api.alerts() }),
  stats: (period: StatsPeriod) =>
    queryOptions({ queryKey: ['stats', period], queryFn: () => api.stats(period) }),
  // The same for every user and rarely changed: loaded once per page load, and again after the admin edits it.
  jurisdictions: () =>
    queryOptions({ queryKey: ['jurisdictions'], queryFn: () => api.jurisdictions(), staleTime: Infinity }),
  // The admin's own pages: refetched after each of the admin's writes (`invalidateAccounts`), not polled.
  users: () => queryOptions({ queryKey: ['users'], queryFn: () => api.users() }),
  audit: (filter: AuditFilter) =>
    queryOptions({ queryKey: ['audit', filter], queryFn: () => api.audit(filter) }),
  // The register changes by survey and patrol, not by the minute: read when a page opens, kept a minute.
  register: () =>
    queryOptions({ queryKey: ['register', 'export'], queryFn: () => api.register(), staleTime: 60_000 }),
  lines: () =>
    queryOptions({ queryKey: ['register', 'lines'], queryFn: () => api.lines(), staleTime: 60_000 }),
  markers: (filter: MarkerFilter) =>
    queryOptions({
      queryKey: ['register', 'markers', filter],
      queryFn: () => api.markers({ ...filter, pageSize: MARKERS_PAGE_SIZE }),
      staleTime: 60_000,
    }),
  marker: (code: string) =>
    queryOptions({ queryKey: ['register', 'marker', code], queryFn: () => api.marker(code) }),
  // Set when the API starts: loaded once per page load.
  baseMap: () => queryOptions({ queryKey: ['baseMap'], queryFn: () => api.baseMap(), staleTime: Infinity }),
  // Rectification runs in days: the ledger is refreshed while on screen, not watched closely.
  findings: (filter: FindingFilter) =>
    queryOptions({
      queryKey: ['findings', filter],
      queryFn: () => api.findings(filter),
      refetchInterval: pollEvery(30_000),
    }),
  finding: (id: string) =>
    queryOptions({
      queryKey: ['finding', id],
      queryFn: () => api.finding(id),
      refetchInterval: pollEvery(15_000),
    }),
  findingTimeline: (id: string) =>
    queryOptions({ queryKey: ['finding', id, 'timeline'], queryFn: () => api.findingTimeline(id) }),
  patrolPlans: () =>
    queryOptions({ queryKey: ['patrol_plans'], queryFn: () => api.patrolPlans(), refetchInterval: 30_000 }),
  patrolPlan: (id: string) =>
    queryOptions({
      queryKey: ['patrol_plan', id],
      queryFn: () => api.patrolPlan(id),
      refetchInterval: pollEvery(15_000),
    }),
};

export interface Subject {
  /** `dispute`, `incident`, or any family the server reports (`finding`, `patrol_plan`, …). */
  type: string;
  id: string;
}

/** The list key of a family: its page key plus s (`disputes`, `incidents`, `findings`). */
const listKeyOf = (type: string): string => `${type}s`;

/**
 * Subject X changed: refetches its page, the list it appears in and the statistics that count it. Called after
 * the console's own writes, and the place to call when the server reports a change.
 */
export async function invalidateSubject(client: QueryClient, { type, id }: Subject): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: [type, id] }),
    client.invalidateQueries({ queryKey: [listKeyOf(type)] }),
    client.invalidateQueries({ queryKey: ['stats'] }),
  ]);
}

/** The admin changed a user or a jurisdiction: the lists that show them and the audit log that records it. */
export async function invalidateAccounts(client: QueryClient): Promise<void> {
  await Promise.all(
    ['users', 'jurisdictions', 'audit'].map((key) => client.invalidateQueries({ queryKey: [key] })),
  );
}
