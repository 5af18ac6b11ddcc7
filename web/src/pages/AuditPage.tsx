import { Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type AuditRecord, api } from '../api';
import { Loaded } from '../components/Feedback';
import { useResource } from '../hooks';
import { formatDateTime } from '../i18n';
import { AUDIT_ACTIONS, useAccountsText } from './accounts-text';

interface Filter {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

const PAGE_SIZE = 20;

/** A day typed in a date field, as the UTC instants its start and end are in the browser's time zone. */
const dayStart = (day?: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
const dayEnd = (day?: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined);

/** 审计日志: who signed in, changed a password or an account, from where; filtered by user, action and date. */
export function AuditPage() {
  const { text, language } = useAccountsText();
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState(1);
  const records = useResource(
    () =>
      api.audit({
        actor: filter.actor?.trim() || undefined,
        action: filter.action,
        from: dayStart(filter.from),
        to: dayEnd(filter.to),
        page: String(page),
        pageSize: String(PAGE_SIZE),
      }),
    [filter, page],
  );

  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{text('audit')}</h1>}>
      <Form<Filter>
        name="audit-filter"
        layout="inline"
        onFinish={(values) => {
          setPage(1);
          setFilter(values);
        }}
        style={{ rowGap: 8, marginBottom: 16 }}
      >
        <Form.Item name="actor" label={text('actor')}>
          <Input allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="action" label={text('action')}>
          <Select
            allowClear
            placeholder={text('anyAction')}
            style={{ width: 160 }}
            options={AUDIT_ACTIONS.map((value) => ({ value, label: text(`action.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="from" label={text('from')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="to" label={text('to')}>
          <Input type="date" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {text('search')}
        </Button>
      </Form>
      <Loaded resource={records}>
        {({ items, total }) => (
          <List<AuditRecord>
            dataSource={items}
            header={<Typography.Text type="secondary">{text('records', { n: total })}</Typography.Text>}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total,
              onChange: setPage,
              size: 'small',
              showSizeChanger: false,
            }}
            renderItem={(record) => (
              <List.Item data-action={record.action}>
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <Tag color={record.outcome === 'success' ? 'green' : 'red'}>
                        {text(`outcome.${record.outcome}`)}
                      </Tag>
                      <Typography.Text strong>{text(`action.${record.action}`)}</Typography.Text>
                      <Typography.Text>{record.actor}</Typography.Text>
                      {record.target && <Typography.Text type="secondary">→ {record.target}</Typography.Text>}
                    </Space>
                  }
                  description={`${formatDateTime(record.at, language)}${record.ip ? ` · ${text('address')} ${record.ip}` : ''}${
                    typeof record.details.reason === 'string' ? ` · ${record.details.reason}` : ''
                  }`}
                />
              </List.Item>
            )}
          />
        )}
      </Loaded>
    </Card>
  );
}
