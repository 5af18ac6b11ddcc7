import { useQuery } from '@tanstack/react-query';
import { Button, Input, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DISPUTE_STATUSES } from '../../../libs/workflows/src/disputes/rules';
import type { DisputeCase } from '../api';
import { nearestPending, nextDeadlineColumn } from '../components/Countdown';
import { PageCard } from '../components/PageCard';
import { SubjectTable } from '../components/SubjectTable';
import { useJurisdictionLabel } from '../jurisdictions';
import { labelOf, useI18n } from '../i18n';
import { queries } from '../queries';
import { useSession } from '../session';

/** Whatever falls due first comes first; cases with nothing pending follow, newest first. */
function byUrgency(a: DisputeCase, b: DisputeCase): number {
  const dueA = nearestPending(a.deadlines);
  const dueB = nearestPending(b.deadlines);
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
  const [search, setSearch] = useState('');
  const cases = useQuery(queries.disputes(search ? { q: search } : {}));
  const canOpen = role === 'mediator' || role === 'bureau';

  return (
    <PageCard
      title={role === 'mediator' ? t('myCases') : t('allCases')}
      extra={
        canOpen && (
          <Button type="primary" onClick={() => navigate('/cases/new')}>
            {t('newCase')}
          </Button>
        )
      }
    >
      <Input.Search
        allowClear
        name="q"
        aria-label={t('searchCases')}
        placeholder={t('searchCasesHint')}
        maxLength={100}
        onSearch={(term) => setSearch(term.trim())}
        style={{ marginBottom: 16, maxWidth: 480 }}
      />
      <SubjectTable<DisputeCase>
        query={cases}
        titleLabel={t('title')}
        basePath="/cases"
        order={byUrgency}
        columns={[
          nextDeadlineColumn(t('nextDeadline'), 'nextDeadline'),
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
          {
            title: t('tier'),
            dataIndex: 'tier',
            phone: 'hidden',
            render: (tier: string) => labelOf(t, 'tier', tier),
          },
          { title: t('ownerJurisdiction'), dataIndex: 'ownerJurisdiction', render: jurisdictionLabel },
          {
            title: t('createdAt'),
            dataIndex: 'createdAt',
            phone: 'hidden',
            render: (at: string) => formatDateTime(at),
          },
        ]}
      />
    </PageCard>
  );
}
