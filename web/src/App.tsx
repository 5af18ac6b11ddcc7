import { Result } from 'antd';
import { type ComponentType, useEffect } from 'react';
import { Navigate, Route, Routes, matchPath, useLocation } from 'react-router';
import { InboxProvider } from './alerts';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Layout } from './components/Layout';
import { type MessageKey, useI18n } from './i18n';
import { AuditPage } from './pages/AuditPage';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { IncidentPage } from './pages/IncidentPage';
import { IncidentsPage } from './pages/IncidentsPage';
import { InspectionPage } from './pages/InspectionPage';
import { InspectionsPage } from './pages/InspectionsPage';
import { InboxPage } from './pages/InboxPage';
import { FindingPage, LedgerPage } from './pages/LedgerPage';
import { LoginPage } from './pages/LoginPage';
import { MapPage } from './pages/MapPage';
import { MarkerPage, MarkersPage } from './pages/MarkersPage';
import { NewCasePage } from './pages/NewCasePage';
import { AckPage } from './pages/AckPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { PasswordPage } from './pages/PasswordPage';
import { FindingEntryPage } from './pages/FindingEntryPage';
import { PatrolPage } from './pages/PatrolPage';
import { PlanPage, PlansPage } from './pages/PlansPage';
import { SettingsPage } from './pages/SettingsPage';
import { StatsPage } from './pages/StatsPage';
import { UsersPage } from './pages/UsersPage';
import { ACK_PATH, type PageId, ROUTES, homeOf } from './routes';
import { useSession } from './session';

const PAGES: Record<PageId, ComponentType> = {
  login: LoginPage,
  cases: CasesPage,
  newCase: NewCasePage,
  case: CasePage,
  incidents: IncidentsPage,
  incident: IncidentPage,
  inspections: InspectionsPage,
  inspection: InspectionPage,
  inbox: InboxPage,
  statistics: StatsPage,
  organisation: OrganisationPage,
  users: UsersPage,
  audit: AuditPage,
  password: PasswordPage,
  map: MapPage,
  markers: MarkersPage,
  marker: MarkerPage,
  settings: SettingsPage,
  ledger: LedgerPage,
  finding: FindingPage,
  patrol: PatrolPage,
  findingEntry: FindingEntryPage,
  plans: PlansPage,
  plan: PlanPage,
};

/** Names the window (and the task switcher entry of the installed app) after the page. */
function useWindowTitle(title: MessageKey) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${t(title)} · ${t('appTitle')}`;
  }, [t, title]);
}

function Page({ id, title }: { id: PageId; title: MessageKey }) {
  const { pathname } = useLocation();
  useWindowTitle(title);
  // A new address starts at the top, with fresh page state, and clears an earlier page's render error.
  useEffect(() => {
    // Newer browsers answer with a promise, which React would take for a clean-up function.
    void window.scrollTo(0, 0);
  }, [pathname]);
  const Component = PAGES[id];
  return (
    <ErrorBoundary resetKey={pathname}>
      <Component key={pathname} />
    </ErrorBoundary>
  );
}

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title={t('notFound')} />;
}

export function App() {
  const { session } = useSession();
  const { pathname } = useLocation();
  // The phone acknowledge page stands outside the signed-in console: the link is its credential.
  const ackLink = matchPath(ACK_PATH, pathname);
  if (ackLink) return <AckPage token={ackLink.params.token ?? ''} />;
  if (!session) {
    // Signing in keeps the address, so a shared link to a case opens that case afterwards.
    return (
      <Layout>
        <Page id="login" title="loginTitle" />
      </Layout>
    );
  }
  if (session.user.mustChangePassword) {
    // An issued password is changed before anything else: the API refuses every other call until then.
    return (
      <Layout>
        <Routes>
          <Route path="/password" element={<Page id="password" title="navPassword" />} />
          <Route path="*" element={<Navigate to="/password" replace />} />
        </Routes>
      </Layout>
    );
  }
  const home = homeOf(session.user.role);
  return (
    <InboxProvider key={session.user.username}>
      <Layout>
        <Routes>
          <Route path="/" element={<Navigate to={home} replace />} />
          {ROUTES.map((route) => (
            <Route
              key={route.id}
              path={route.path}
              element={
                'public' in route ? (
                  <Navigate to={home} replace />
                ) : (
                  <Page id={route.id} title={route.title} />
                )
              }
            />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Layout>
    </InboxProvider>
  );
}
