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
import { MapPage } from './pages/MapPage';
import { MarkerPage, MarkersPage } from './pages/MarkersPage';
import { NewCasePage } from './pages/NewCasePage';
import { StatsPage } from './pages/StatsPage';
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
  { pattern: '/map', render: () => <MapPage /> },
  { pattern: '/markers', render: () => <MarkersPage /> },
  { pattern: '/markers/:code', render: ({ code }) => <MarkerPage key={code} code={code} /> },
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
  return (
    <InboxProvider key={session.user.username}>
      <Layout>
        <ErrorBoundary resetKey={path}>{atEntry ? null : <Page path={path} />}</ErrorBoundary>
      </Layout>
    </InboxProvider>
  );
}
