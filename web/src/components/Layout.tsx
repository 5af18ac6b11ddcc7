import { Badge, Button, Layout as AntLayout, Menu, Segmented, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useUnreadCount } from '../alerts';
import { useI18n } from '../i18n';
import { navigationOf } from '../routes';
import { useSession } from '../session';

export function Layout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const { session, signOut } = useSession();
  const { pathname } = useLocation();
  const unread = useUnreadCount();
  const items = session ? navigationOf(session.user.role) : [];
  const selected = items.find((item) => pathname.startsWith(item.path))?.path;

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
                item.id === 'inbox' ? (
                  <Link to={item.path}>
                    <Badge
                      count={unread}
                      size="small"
                      offset={[8, -2]}
                      title={t('unreadCount', { n: unread })}
                      style={{ boxShadow: 'none' }}
                    >
                      <span style={{ color: 'rgba(255, 255, 255, 0.85)' }}>{t(item.title)}</span>
                    </Badge>
                  </Link>
                ) : (
                  <Link to={item.path}>{t(item.title)}</Link>
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
