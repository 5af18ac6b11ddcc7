import { Badge, Button, Layout as AntLayout, Menu, Segmented, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Role } from '../api';
import { useInbox } from '../alerts';
import { type MessageKey, useI18n } from '../i18n';
import { Link, useRouter } from '../router';
import { useSession } from '../session';

interface NavItem {
  path: string;
  label: MessageKey;
}

const CASES: NavItem = { path: '/cases', label: 'navCases' };
const INCIDENTS: NavItem = { path: '/emergencies', label: 'navIncidents' };
const INBOX: NavItem = { path: '/inbox', label: 'navInbox' };
const STATS: NavItem = { path: '/statistics', label: 'navStats' };
const MAP: NavItem = { path: '/map', label: 'navMap' };
const MARKERS: NavItem = { path: '/markers', label: 'navMarkers' };

/** What each role works on, first item first: the leader's day starts in the alert inbox. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  mediator: [CASES, INBOX, MAP, MARKERS],
  bureau: [CASES, INCIDENTS, INBOX, STATS, MAP, MARKERS],
  leader: [INBOX, INCIDENTS, STATS, CASES, MAP, MARKERS],
  admin: [CASES, INCIDENTS, STATS, INBOX, MAP, MARKERS],
};

export function Layout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const { session, signOut } = useSession();
  const { path } = useRouter();
  const { unread } = useInbox();
  const items = session ? NAVIGATION[session.user.role] : [];
  const selected = items.find((item) => path.startsWith(item.path))?.path;

  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <AntLayout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          {t('appTitle')}
        </Typography.Title>
        <nav aria-label={t('appTitle')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={selected ? [selected] : []}
            items={items.map((item) => ({
              key: item.path,
              label:
                item === INBOX ? (
                  <Link to={item.path}>
                    <Badge
                      count={unread}
                      size="small"
                      offset={[8, -2]}
                      title={t('unreadCount', { n: unread })}
                      style={{ boxShadow: 'none' }}
                    >
                      <span style={{ color: 'rgba(255, 255, 255, 0.85)' }}>{t(item.label)}</span>
                    </Badge>
                  </Link>
                ) : (
                  <Link to={item.path}>{t(item.label)}</Link>
                ),
            }))}
          />
        </nav>
        <Space>
          <Segmented
            aria-label={t('language')}
            value={language}
            onChange={(value) => setLanguage(value as 'zh' | 'en')}
            options={[
              { label: '中文', value: 'zh' },
              { label: 'English', value: 'en' },
            ]}
          />
          {session && (
            <>
              <Typography.Text style={{ color: '#fff' }}>
                {session.user.username} · {t(`role.${session.user.role}`)}
                {session.user.jurisdiction ? ` · ${session.user.jurisdiction}` : ''}
              </Typography.Text>
              <Button onClick={signOut}>{t('logout')}</Button>
            </>
          )}
        </Space>
      </AntLayout.Header>
      <AntLayout.Content style={{ padding: 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        {children}
      </AntLayout.Content>
    </AntLayout>
  );
}
