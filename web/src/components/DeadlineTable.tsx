import { Card } from 'antd';
import type { Deadline } from '../api';
import { labelOf, useI18n } from '../i18n';
import { Countdown } from './Countdown';
import { ResponsiveTable } from './ResponsiveTable';

export function DeadlineTable({ deadlines }: { deadlines: Deadline[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <Card title={t('deadlines')} size="small">
      <ResponsiveTable<Deadline>
        size="small"
        rowKey={(deadline) => `${deadline.kind}:${deadline.dueAt}`}
        dataSource={deadlines}
        columns={[
          {
            title: t('nextDeadline'),
            dataIndex: 'kind',
            phone: 'title',
            render: (kind: string) => labelOf(t, 'deadline', kind),
          },
          { title: t('dueAt'), dataIndex: 'dueAt', render: (at: string) => formatDateTime(at) },
          {
            title: t('remaining'),
            key: 'remaining',
            render: (_, deadline) => <Countdown deadline={deadline} />,
          },
        ]}
      />
    </Card>
  );
}
