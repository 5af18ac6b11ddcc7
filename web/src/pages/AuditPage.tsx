import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Form, Input, Pagination, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { AUDIT_PAGE_SIZE, type AuditFilter, type AuditRecord } from '../api';
import { Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { PeriodFilterForm } from '../components/PeriodFilterForm';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { labelOf, useI18n } from '../i18n';
import { queries } from '../queries';
import { useIsPhone } from '../screen';
import { startOfDay } from '../time';

/** What the audit log records; the filter offers these. */
const AUDIT_ACTIONS = [
  'login',
  'password_change',
  'password_reset',
  'user_create',
  'user_update',
  'user_disable',
  'jurisdiction_create',
  'jurisdiction_update',
  'webhook_set',
];

interface FilterValues {
  actor?: string;
  action?: string;
  from?: Dayjs;
  to?: Dayjs;
}

/**
 * The days picked are the user's, in the user's zone, both included; the API takes instants and its `to` is
 * inclusive, so the last day ends a millisecond before the next one starts.
 */
function toFilter({ actor, action, from, to }: FilterValues, zone: string): AuditFilter {
  const day = (value: Dayjs) => value.format('YYYY-MM-DD');
  return {
    actor: actor?.trim() || undefined,
    action,
    from: from ? startOfDay(day(from), zone) : undefined,
    to: to ? new Date(Date.parse(startOfDay(day(to), zone, 1)) - 1).toISOString() : undefined,
  };
}

/** 审计日志: who signed in, changed a password or an account, from where; filtered by user, action and date. */
export function AuditPage() {
  const { t, timeZone, formatDateTime } = useI18n();
  const phone = useIsPhone();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  // The last page stays on screen while the next one loads.
  const records = useQuery({
    ...queries.audit({ ...filter, page: String(page) }),
    placeholderData: keepPreviousData,
  });

  return (
    <PageCard title={t('audit')}>
      <PeriodFilterForm<FilterValues>
        name="audit-filter"
        onFinish={(values) => {
          setPage(1);
          setFilter(toFilter(values, timeZone));
        }}
        style={{ rowGap: 8, marginBottom: 16 }}
      >
        <Form.Item name="actor" label={t('actor')}>
          <Input allowClear maxLength={64} style={{ width: phone ? '100%' : 160 }} />
        </Form.Item>
        <Form.Item name="action" label={t('auditAction')}>
          <Select
            allowClear
            placeholder={t('anyAction')}
            style={{ width: phone ? '100%' : 160 }}
            options={AUDIT_ACTIONS.map((value) => ({ value, label: labelOf(t, 'auditAction', value) }))}
          />
        </Form.Item>
      </PeriodFilterForm>
      <Loaded query={records}>
        {({ items, total }) => (
          <>
            <Typography.Paragraph type="secondary">{t('records', { n: total })}</Typography.Paragraph>
            <ResponsiveTable<AuditRecord>
              rowKey={(record) => record.id}
              dataSource={items}
              columns={[
                {
                  title: t('auditAction'),
                  dataIndex: 'action',
                  phone: 'title',
                  render: (action: string, record) => (
                    <span data-action={action}>
                      <Tag color={record.outcome === 'success' ? 'green' : 'red'}>
                        {labelOf(t, 'auditOutcome', record.outcome)}
                      </Tag>
                      {labelOf(t, 'auditAction', action)}
                    </span>
                  ),
                },
                { title: t('actor'), dataIndex: 'actor' },
                { title: t('auditTarget'), dataIndex: 'target', render: (target: string | null) => target },
                { title: t('auditTime'), dataIndex: 'at', render: (at: string) => formatDateTime(at) },
                { title: t('auditAddress'), dataIndex: 'ip', render: (ip: string | null) => ip },
              ]}
            />
            <Pagination
              current={page}
              pageSize={AUDIT_PAGE_SIZE}
              total={total}
              onChange={setPage}
              hideOnSinglePage
              showSizeChanger={false}
              simple={phone}
              style={{ marginTop: 16, textAlign: 'right' }}
            />
          </>
        )}
      </Loaded>
    </PageCard>
  );
}
