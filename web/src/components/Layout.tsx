import { BellOutlined, MenuOutlined } from '@ant-design/icons';
import {
  Alert,
  Badge,
  Button,
  ConfigProvider,
  Drawer,
  Flex,
  Layout as AntLayout,
  Menu,
  Segmented,
  Space,
  Typography,
} from 'antd';
import { type ReactNode, useState, useSyncExternalStore } from 'react';
import { Link, useLocation } from 'react-router';
import { useUnreadCount } from '../alerts';
import { type Language, useI18n } from '../i18n';
import { type PageRoute, navigationOf } from '../routes';
import { useIsNarrow, useIsPhone } from '../screen';
import { useSession } from '../session';

const HEADER_TEXT = { color: '#fff', margin: 0, whiteSpace: 'nowrap' } as const;

function LanguageSwitch({ block }: { block?: boolean }) {
  const { t, language, setLanguage } = useI18n();
  return (
    <Segmented
      aria-label={t('language')}
      block={block}
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}

/** The role's pages as menu entries; the inbox carries its unread count. */
function useMenuItems(items: PageRoute[], light: boolean) {
  const { t } = useI18n();
  const unread = useUnreadCount();
  return items.map((item) => ({
    key: item.path,
    label: (
      <Link to={item.path}>
        {item.id === 'inbox' ? (
          <Badge
            count={unread}
            size="small"
            offset={[8, -2]}
            title={t('unreadCount', { n: unread })}
            style={{ boxShadow: 'none' }}
          >
            <span style={{ color: light ? undefined : 'rgba(255, 255, 255, 0.85)' }}>{t(item.title)}</span>
          </Badge>
        ) : (
          t(item.title)
        )}
      </Link>
    ),
  }));
}

const subscribeOnline = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** Out in the field the signal comes and goes: say so, before a submission fails. */
function OfflineNotice() {
  const { t } = useI18n();
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  if (online) return null;
  return <Alert type="warning" showIcon banner message={t('offlineNotice')} style={{ marginBottom: 12 }} />;
}

/** Everything the header holds on a wide screen, in a drawer behind the menu button. */
function NavigationDrawer({ items, selected }: { items: PageRoute[]; selected?: string }) {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const menuItems = useMenuItems(items, true);
  if (!session) return null;
  return (
    <>
      <Button
        type="text"
        size="large"
        icon={<MenuOutlined style={{ color: '#fff', fontSize: 20 }} />}
        aria-label={t('openNavigation')}
        aria-expanded={open}
        onClick={() => setOpen(true)}
      />
      <Drawer
        placement="left"
        width="min(320px, 85vw)"
        open={open}
        onClose={() => setOpen(false)}
        title={t('appTitle')}
        styles={{ body: { padding: 0, display: 'flex', flexDirection: 'column' } }}
        closable={{ 'aria-label': t('closeNavigation') }}
      >
        <Typography.Paragraph type="secondary" style={{ padding: '16px 24px 0' }}>
          {session.user.username} · {t(`role.${session.user.role}`)}
          {session.user.jurisdiction ? ` · ${session.user.jurisdiction}` : ''}
          {unread > 0 && (
            <Typography.Text type="danger"> · {t('unreadCount', { n: unread })}</Typography.Text>
          )}
        </Typography.Paragraph>
        <nav aria-label={t('navigation')}>
          {/* Rows a thumb can hit. */}
          <ConfigProvider theme={{ components: { Menu: { itemHeight: 48 } } }}>
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={menuItems}
              onClick={() => setOpen(false)}
              style={{ borderInlineEnd: 0 }}
            />
          </ConfigProvider>
        </nav>
        <Flex vertical gap={16} style={{ padding: 24, marginTop: 'auto' }}>
          <LanguageSwitch block />
          <Button size="large" block onClick={signOut}>
            {t('logout')}
          </Button>
        </Flex>
      </Drawer>
    </>
  );
}

/** How many navigation entries fit in the header beside the title and the account at 1280 px. */
const HEADER_ENTRIES = 9;

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const { pathname } = useLocation();
  const phone = useIsPhone();
  const unread = useUnreadCount();
  // A user with an issued password has one page until it is changed: nothing to navigate to.
  const items = session && !session.user.mustChangePassword ? navigationOf(session.user.role) : [];
  // More entries than a desktop header holds (the administrator's) go in the drawer too, rather than into a
  // menu's overflow where nobody looks.
  const narrow = useIsNarrow() || items.length > HEADER_ENTRIES;
  const selected = items.find((item) => pathname.startsWith(item.path))?.path;
  const menuItems = useMenuItems(items, false);
  const inbox = items.find((item) => item.id === 'inbox');

  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <AntLayout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: narrow ? 8 : 24,
          paddingInline: narrow ? '8px 16px' : 24,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {narrow && <NavigationDrawer items={items} selected={selected} />}
        <Typography.Title
          level={4}
          style={{
            ...HEADER_TEXT,
            flex: narrow ? 1 : undefined,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {phone ? t('appShortTitle') : t('appTitle')}
        </Typography.Title>
        {narrow ? (
          <>
            {inbox && (
              <Link to={inbox.path} aria-label={t('unreadCount', { n: unread })}>
                <Badge count={unread} size="small">
                  <BellOutlined style={{ color: '#fff', fontSize: 22, padding: 8 }} />
                </Badge>
              </Link>
            )}
            {!session && <LanguageSwitch />}
          </>
        ) : (
          <>
            <nav aria-label={t('navigation')} style={{ flex: 1, minWidth: 0 }}>
              <Menu
                theme="dark"
                mode="horizontal"
                selectedKeys={selected ? [selected] : []}
                items={menuItems}
              />
            </nav>
            <Space>
              <LanguageSwitch />
              {session && (
                <>
                  <Typography.Text style={HEADER_TEXT}>
                    {session.user.username} · {t(`role.${session.user.role}`)}
                    {session.user.jurisdiction ? ` · ${session.user.jurisdiction}` : ''}
                  </Typography.Text>
                  <Button onClick={signOut}>{t('logout')}</Button>
                </>
              )}
            </Space>
          </>
        )}
      </AntLayout.Header>
      <AntLayout.Content
        style={{ padding: phone ? 12 : 24, maxWidth: 1280, width: '100%', margin: '0 auto', minWidth: 0 }}
      >
        <OfflineNotice />
        {children}
      </AntLayout.Content>
    </AntLayout>
  );
}
