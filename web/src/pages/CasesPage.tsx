import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { DISPUTE_STATUSES } from '../../../libs/workflows/src/disputes/rules';
import type { Deadline, DisputeCase } from '../api';
import { Countdown } from '../components/Countdown';
import { Loaded } from '../components/Feedback';
import { useJurisdictionLabel } from '../jurisdictions';
import { labelOf, useI18n } from '../i18n';
import { queries } from '../queries';
import { useSession } from '../session';

export const nearestPending = (dispute: DisputeCase): Deadline | undefined =>
  dispute.deadlines
    .filter((deadline) => deadline.status === 'pending')
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];

/** Whatever falls due first comes first; cases with nothing pending follow, newest first. */
function byUrgency(a: DisputeCase, b: DisputeCase): number {
  const dueA = nearestPending(a);
  const dueB = nearestPending(b);
  if (dueA && dueB) return Date.parse(dueA.dueAt) - Date.parse(dueB.dueAt);
  if (dueA || dueB) return dueA ? -1 : 1;
  return Date.parse(b.createdAt) - Date.parse(a.createdAt);
}

export function CasesPage() {
  const { t, formatDateTime } = useI18n();
  const jurisdictionLabel = useJurisdictionLabel();
  const { session } = useSession();
  const navigate = useNavigate();
  const role = session?.user.role;
  const cases = useQuery(queries.disputes());
  const canOpen = role === 'mediator' || role === 'bureau';

  return (
    <Card
      title={
        <h1 style={{ fontSize: 18, margin: 0 }}>{role === 'mediator' ? t('myCases') : t('allCases')}</h1>
      }
      extra={
        canOpen && (
          <Button type="primary" onClick={() => navigate('/cases/new')}>
            {t('newCase')}
          </Button>
        )
      }
    >
      <Loaded query={cases}>
        {({ items }) => (
          <Table<DisputeCase>
            rowKey="id"
            dataSource={[...items].sort(byUrgency)}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              {
                title: t('title'),
                dataIndex: 'title',
                render: (title: string, dispute) => <Link to={`/cases/${dispute.id}`}>{title}</Link>,
              },
              {
                title: t('status'),
                dataIndex: 'status',
                filters: DISPUTE_STATUSES.map((status) => ({
                  text: labelOf(t, 'status', status),
                  value: status,
                })),
                onFilter: (value, dispute) => dispute.status === value,
                render: (status: string) => <Tag>{labelOf(t, 'status', status)}</Tag>,
              },
              { title: t('tier'), dataIndex: 'tier', render: (tier: string) => labelOf(t, 'tier', tier) },
              { title: t('ownerJurisdiction'), dataIndex: 'ownerJurisdiction', render: jurisdictionLabel },
              {
                title: t('nextDeadline'),
                key: 'nextDeadline',
                render: (_, dispute) => {
                  const next = nearestPending(dispute);
                  if (!next)
                    return <Typography.Text type="secondary">{t('noPendingDeadline')}</Typography.Text>;
                  return (
                    <Space direction="vertical" size={0}>
                      <span>{labelOf(t, 'deadline', next.kind)}</span>
                      <Countdown deadline={next} />
                    </Space>
                  );
                },
              },
              {
                title: t('createdAt'),
                dataIndex: 'createdAt',
                render: (at: string) => formatDateTime(at),
              },
            ]}
          />
        )}
      </Loaded>
    </Card>
  );
}
