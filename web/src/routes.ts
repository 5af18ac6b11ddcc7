import type { Role } from './api';
import type { MessageKey } from './i18n';

export interface PageRoute {
  id: string;
  /**
   * A react-router pattern; `:id` parts are read by the page itself. Its first segment is never one of the
   * API's (`/users` is the API's list of users): a reload there must get the console, not the API's answer.
   */
  path: string;
  /** The page's name in the navigation and the window title. */
  title: MessageKey;
  /**
   * Where the page stands in each role's navigation, 1 first (the role's home page); roles not named reach it
   * through links only.
   */
  nav?: Partial<Record<Role, number>>;
  /** Shown before signing in; a signed-in user who opens it is sent home. */
  public?: true;
}

/**
 * Every page of the console. The layout builds the navigation from it, App renders each entry's component
 * (its type makes a page without one a compile error) and the browser tests visit every entry on a phone and
 * a desktop screen.
 */
export const ROUTES = [
  { id: 'login', path: '/login', title: 'loginTitle', public: true },
  { id: 'cases', path: '/cases', title: 'navCases', nav: { mediator: 1, bureau: 1, leader: 4, admin: 1 } },
  { id: 'newCase', path: '/cases/new', title: 'openCase' },
  { id: 'case', path: '/cases/:id', title: 'caseDetail' },
  { id: 'incidents', path: '/emergencies', title: 'navIncidents', nav: { bureau: 2, leader: 2, admin: 2 } },
  { id: 'incident', path: '/emergencies/:id', title: 'incidentDetail' },
  // The leader's day starts in the alert inbox.
  { id: 'inbox', path: '/inbox', title: 'navInbox', nav: { mediator: 2, bureau: 3, leader: 1, admin: 4 } },
  { id: 'statistics', path: '/statistics', title: 'navStats', nav: { bureau: 4, leader: 3, admin: 3 } },
  { id: 'map', path: '/map', title: 'navMap', nav: { mediator: 3, bureau: 5, leader: 5, admin: 5 } },
  {
    id: 'markers',
    path: '/markers',
    title: 'navMarkers',
    nav: { mediator: 4, bureau: 6, leader: 6, admin: 6 },
  },
  { id: 'marker', path: '/markers/:code', title: 'markerDetail' },
  // The problem ledger and patrols (巡查与问题台账). Mediators patrol, so all three pages are in their
  // navigation; the bureau reaches patrols and plans from the ledger (its navigation moves into the drawer, as
  // the administrator's does), and leaders, whose header is full, from the alerts and the statistics page.
  { id: 'ledger', path: '/ledger', title: 'navLedger', nav: { mediator: 5, bureau: 7, admin: 7 } },
  { id: 'finding', path: '/ledger/:id', title: 'findingDetail' },
  { id: 'patrol', path: '/patrol-entry', title: 'navPatrol', nav: { mediator: 6 } },
  // A problem found outside a patrol; reached from the ledger, where it lands.
  { id: 'findingEntry', path: '/finding-entry', title: 'navFindingEntry' },
  { id: 'plans', path: '/plans', title: 'navPlans', nav: { mediator: 7 } },
  { id: 'plan', path: '/plans/:id', title: 'planDetail' },
  // Joint inspections are the bureaus' work; leaders, whose header is full, reach one from its alerts.
  { id: 'inspections', path: '/inspections', title: 'navInspections', nav: { bureau: 7 } },
  { id: 'inspection', path: '/inspections/:id', title: 'inspectionDetail' },
  {
    id: 'organisation',
    path: '/organisation',
    title: 'navOrganisation',
    nav: { bureau: 5, leader: 5, admin: 6 },
  },
  { id: 'users', path: '/accounts', title: 'navUsers', nav: { admin: 5 } },
  { id: 'audit', path: '/audit-log', title: 'navAudit', nav: { admin: 7 } },
  // Every user's own; a user with an issued password sees nothing else until it is changed.
  {
    id: 'password',
    path: '/password',
    title: 'navPassword',
    nav: { mediator: 8, bureau: 8, leader: 8, admin: 8 },
  },
  {
    id: 'settings',
    path: '/settings',
    title: 'navSettings',
    nav: { mediator: 9, bureau: 9, leader: 9, admin: 9 },
  },
] as const satisfies readonly PageRoute[];

export type PageId = (typeof ROUTES)[number]['id'];

/**
 * The phone acknowledge page an SMS or work-group message links to: outside the table (no navigation, no
 * sign-in), short for a text message, and like every console path clear of the API's first segments.
 */
export const ACK_PATH = '/m/:token';

/** The pages a role finds in its navigation, in its order. */
export function navigationOf(role: Role): PageRoute[] {
  const position = (route: PageRoute) => route.nav?.[role] ?? 0;
  return (ROUTES as readonly PageRoute[])
    .filter((route) => position(route) > 0)
    .sort((a, b) => position(a) - position(b));
}

export const homeOf = (role: Role): string => navigationOf(role)[0].path;
