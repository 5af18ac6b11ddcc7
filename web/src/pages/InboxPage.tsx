import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Alert, api } from '../api';
import { useUnreadCount } from '../alerts';
import { ErrorAlert, Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { errorText } from '../hooks';
import { labelOf, useI18n } from '../i18n';
import { queries } from '../queries';
import { useIsPhone } from '../screen';

const KIND_COLOURS: Record<string, string> = {
  deadline_missed: 'red',
  deadline_approaching: 'orange',
  escalated: 'volcano',
  incident_triggered: 'magenta',
  severity_changed: 'purple',
};

/** Where each kind of subject an alert names is shown. */
const SUBJECT_PAGES: Record<Alert['subjectType'], string> = {
  dispute: '/cases',
  incident: '/emergencies',
  finding: '/ledger',
  patrol_plan: '/plans',
  joint_inspection: '/inspections',
};

const subjectPath = (alert: Alert) => `${SUBJECT_PAGES[alert.subjectType]}/${alert.subjectId}`;

/** Where else the alert went: sent green, still trying blue, refused or given up red. */
const DELIVERY_COLOURS: Record<string, string> = { sent: 'green', pending: 'processing', failed: 'red' };

export function InboxPage() {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const alerts = useQuery(queries.alerts());
  const unread = useUnreadCount();
  const phone = useIsPhone();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const markRead = useMutation({
    mutationFn: (alert: Alert) => api.markRead(alert.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queries.alerts().queryKey }),
    onError: (error) => void message.error(errorText(error, t)),
  });
  return (
    <PageCard
      title={t('inbox')}
      status={
        <Typography.Text type={unread > 0 ? 'danger' : 'secondary'} role="status" aria-live="polite">
          {t('unreadCount', { n: unread })}
        </Typography.Text>
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
      {markRead.error !== null && <ErrorAlert error={markRead.error} />}
      <Loaded query={alerts}>
        {(all) => {
          const shown = unreadOnly ? all.filter((alert) => !alert.readAt) : all;
          if (shown.length === 0) return <Empty description={t('noAlerts')} />;
          return (
            <List<Alert>
              // On a phone the actions go under the message, as buttons wide enough for a thumb.
              itemLayout={phone ? 'vertical' : 'horizontal'}
              dataSource={shown}
              renderItem={(alert) => (
                <List.Item
                  data-alert-kind={alert.kind}
                  data-read={alert.readAt ? 'true' : 'false'}
                  actions={[
                    // Padded so a thumb finds it as surely as the button beside it.
                    <Link
                      key="open"
                      to={subjectPath(alert)}
                      style={{ display: 'inline-block', padding: '8px 4px' }}
                    >
                      {t('open')}
                    </Link>,
                    alert.readAt ? (
                      <Typography.Text key="read" type="secondary">
                        {t('read')}
                      </Typography.Text>
                    ) : (
                      <Button
                        key="read"
                        loading={markRead.isPending && markRead.variables.id === alert.id}
                        onClick={() => markRead.mutate(alert)}
                      >
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
                    description={
                      <Space wrap size={4}>
                        <span>{formatDateTime(alert.createdAt)}</span>
                        {alert.deliveries
                          .filter((delivery) => delivery.channel !== 'inbox')
                          .map((delivery) => (
                            <Tag
                              key={delivery.channel}
                              color={DELIVERY_COLOURS[delivery.status]}
                              data-delivery={`${delivery.channel}:${delivery.status}`}
                              title={delivery.error}
                            >
                              {labelOf(t, 'channel', delivery.channel)} ·{' '}
                              {labelOf(t, 'delivery', delivery.status)}
                            </Tag>
                          ))}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          );
        }}
      </Loaded>
    </PageCard>
  );
}
