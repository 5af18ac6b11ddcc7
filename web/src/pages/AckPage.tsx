import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Input, Result, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { ApiError, api } from '../api';
import { labelOf, useI18n } from '../i18n';

/**
 * The page an SMS or work-group message links to: one incident, and the two steps a responder takes from the
 * road (acknowledge, on scene), without signing in. The link itself is the credential; it works once. Rendered
 * outside the console's routes (App matches ACK_PATH), so the token comes as a prop.
 */
export function AckPage({ token }: { token: string }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const link = useQuery({ queryKey: ['ackLink', token], queryFn: () => api.ackLink(token), retry: false });
  const act = useMutation({
    mutationFn: (action: 'acknowledge' | 'on_scene') =>
      api.useAckLink(token, { action, ...(note ? { note } : {}) }),
  });

  if (link.isPending) return <Spin style={{ display: 'block', margin: '30vh auto' }} />;
  if (link.isError) {
    const missing = link.error instanceof ApiError && link.error.status === 404;
    return <Result status="warning" title={missing ? t('ackLinkNotFound') : t('networkError')} />;
  }
  const incident = link.data;
  if (act.isSuccess) return <Result status="success" title={t('ackLinkDone')} />;
  const refused = act.error instanceof ApiError ? act.error : undefined;
  return (
    <main style={{ maxWidth: 560, margin: '0 auto', padding: 16 }}>
      <Card title={t('ackLinkTitle')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('incidentDetail')}>{incident.title}</Descriptions.Item>
          <Descriptions.Item label={t('severity')}>
            <Tag color="red">{labelOf(t, 'severity', incident.severity)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('status')}>
            {labelOf(t, 'incidentStatus', incident.status)}
          </Descriptions.Item>
        </Descriptions>
        <p>{t('ackLinkFor', { name: incident.username })}</p>
        {!incident.usable || refused?.status === 410 ? (
          <Alert type="warning" showIcon message={t('ackLinkUnusable')} />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            {refused && <Alert type="error" showIcon message={refused.message} />}
            <Input.TextArea
              aria-label={t('note')}
              placeholder={t('note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              maxLength={2000}
            />
            <Button
              type="primary"
              size="large"
              block
              loading={act.isPending}
              disabled={incident.status !== 'triggered'}
              onClick={() => act.mutate('acknowledge')}
            >
              {t('acknowledge')}
            </Button>
            <Button
              size="large"
              block
              loading={act.isPending}
              disabled={incident.status !== 'acknowledged'}
              onClick={() => act.mutate('on_scene')}
            >
              {t('onScene')}
            </Button>
          </Space>
        )}
      </Card>
    </main>
  );
}
