import { App, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Alert, api } from '../api';
import { useInbox } from '../alerts';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { errorText } from '../hooks';
import { formatDateTime, labelOf, useI18n } from '../i18n';
import { Link } from '../router';

const KIND_COLOURS: Record<string, string> = {
  deadline_missed: 'red',
  deadline_approaching: 'orange',
  escalated: 'volcano',
  incident_triggered: 'magenta',
  severity_changed: 'purple',
};

const subjectPath = (alert: Alert) =>
  alert.subjectType === 'incident' ? `/emergencies/${alert.subjectId}` : `/cases/${alert.subjectId}`;

export function InboxPage() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const { alerts, unread } = useInbox();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const markRead = async (alert: Alert) => {
    try {
      await api.markRead(alert.id);
      setFailure(undefined);
      alerts.reload();
    } catch (error) {
      setFailure(error);
      void message.error(errorText(error, t));
    }
  };

  return (
    <Card
      title={
        <Space>
          <h1 style={{ fontSize: 18, margin: 0 }}>{t('inbox')}</h1>
          <Typography.Text type={unread > 0 ? 'danger' : 'secondary'} role="status" aria-live="polite">
            {t('unreadCount', { n: unread })}
          </Typography.Text>
        </Space>
      }
      extra={
        <Segmented
          aria-label={t('unreadOnly')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => setUnreadOnly(value === 'unread')}
          options={[
            { value: 'all', label: t('inbox') },
            { value: 'unread', label: t('unreadOnly') },
          ]}
        />
      }
    >
      {failure !== undefined && <ErrorAlert error={failure} />}
      <Loaded resource={alerts}>
        {(all) => {
          const shown = unreadOnly ? all.filter((alert) => !alert.readAt) : all;
          if (shown.length === 0) return <Empty description={t('noAlerts')} />;
          return (
            <List<Alert>
              dataSource={shown}
              renderItem={(alert) => (
                <List.Item
                  data-alert-kind={alert.kind}
                  data-read={alert.readAt ? 'true' : 'false'}
                  actions={[
                    <Link key="open" to={subjectPath(alert)}>
                      {t('open')}
                    </Link>,
                    alert.readAt ? (
                      <Typography.Text key="read" type="secondary">
                        {t('read')}
                      </Typography.Text>
                    ) : (
                      <Button key="read" size="small" onClick={() => void markRead(alert)}>
                        {t('markRead')}
                      </Button>
                    ),
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <Space wrap>
                        <Tag color={KIND_COLOURS[alert.kind]}>{labelOf(t, 'alert', alert.kind)}</Tag>
                        {alert.deadlineKind && <Tag>{labelOf(t, 'deadline', alert.deadlineKind)}</Tag>}
                        <Typography.Text strong={!alert.readAt}>{alert.message}</Typography.Text>
                      </Space>
                    }
                    description={formatDateTime(alert.createdAt, language)}
                  />
                </List.Item>
              )}
            />
          );
        }}
      </Loaded>
    </Card>
  );
}
