import { Result } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { InboxProvider } from './alerts';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Layout, NAVIGATION } from './components/Layout';
import { useI18n } from './i18n';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { IncidentPage } from './pages/IncidentPage';
import { IncidentsPage } from './pages/IncidentsPage';
import { InboxPage } from './pages/InboxPage';
import { LoginPage } from './pages/LoginPage';
import { AuditPage } from './pages/AuditPage';
import { NewCasePage } from './pages/NewCasePage';
import { OrganisationPage } from './pages/OrganisationPage';
import { PasswordPage } from './pages/PasswordPage';
import { StatsPage } from './pages/StatsPage';
import { UsersPage } from './pages/UsersPage';
import { matchPath, useRouter } from './router';
import { useSession } from './session';

const ROUTES: { pattern: string; render(params: Record<string, string>): ReactNode }[] = [
  { pattern: '/cases', render: () => <CasesPage /> },
  { pattern: '/cases/new', render: () => <NewCasePage /> },
  { pattern: '/cases/:id', render: ({ id }) => <CasePage key={id} id={id} /> },
  { pattern: '/emergencies', render: () => <IncidentsPage /> },
  { pattern: '/emergencies/:id', render: ({ id }) => <IncidentPage key={id} id={id} /> },
  { pattern: '/inbox', render: () => <InboxPage /> },
  { pattern: '/statistics', render: () => <StatsPage /> },
  { pattern: '/organisation', render: () => <OrganisationPage /> },
  { pattern: '/users', render: () => <UsersPage /> },
  { pattern: '/audit', render: () => <AuditPage /> },
  { pattern: '/password', render: () => <PasswordPage /> },
];

function Page({ path }: { path: string }) {
  const { t } = useI18n();
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) return <>{route.render(params)}</>;
  }
  return <Result status="404" title={t('notFound')} />;
}

export function App() {
  const { session } = useSession();
  const { path, navigate } = useRouter();
  const home = session ? NAVIGATION[session.user.role][0].path : undefined;
  const atEntry = path === '/' || path === '/login';

  useEffect(() => {
    if (home && atEntry) navigate(home, { replace: true });
  }, [home, atEntry, navigate]);

  if (!session) {
    // Signing in keeps the address, so a shared link to a case opens that case afterwards.
    return (
      <Layout>
        <LoginPage />
      </Layout>
    );
  }
  if (session.user.mustChangePassword) {
    // An issued password is changed before anything else: the API refuses every other call until then.
    return (
      <Layout>
        <PasswordPage />
      </Layout>
    );
  }
  return (
    <InboxProvider key={session.user.username}>
      <Layout>
        <ErrorBoundary resetKey={path}>{atEntry ? null : <Page path={path} />}</ErrorBoundary>
      </Layout>
    </InboxProvider>
  );
}
