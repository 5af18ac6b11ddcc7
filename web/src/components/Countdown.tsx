import { Space, Tag, Typography } from 'antd';
import type { Deadline } from '../api';
import { useNow } from '../hooks';
import { formatDuration, labelOf, useI18n } from '../i18n';
import type { ResponsiveColumn } from './ResponsiveTable';

const STATUS_COLOURS = { pending: 'processing', met: 'success', missed: 'error' } as const;

/** A pending deadline counts down every second; a settled one shows whether it was met. */
export function Countdown({ deadline }: { deadline: Pick<Deadline, 'dueAt' | 'status'> }) {
  const { t, language } = useI18n();
  const now = useNow();
  if (deadline.status !== 'pending') {
    return <Tag color={STATUS_COLOURS[deadline.status]}>{labelOf(t, 'deadlineStatus', deadline.status)}</Tag>;
  }
  const left = Date.parse(deadline.dueAt) - now;
  const time = formatDuration(Math.abs(left), language);
  return (
    <Typography.Text
      type={left < 0 ? 'danger' : left < 86_400_000 ? 'warning' : undefined}
      role="timer"
      // A countdown broken over lines (剩/余/2/天) cannot be read at a glance.
      style={{ whiteSpace: 'nowrap' }}
    >
      {left < 0 ? t('overdueBy', { time }) : t('dueIn', { time })}
    </Typography.Text>
  );
}

export const nearestPending = (deadlines: Deadline[]): Deadline | undefined =>
  deadlines
    .filter((deadline) => deadline.status === 'pending')
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];

/** What falls due next in a list: its kind and its countdown. */
export function NextDeadline({ deadlines }: { deadlines: Deadline[] }) {
  const { t } = useI18n();
  const next = nearestPending(deadlines);
  if (!next) return <Typography.Text type="secondary">{t('noPendingDeadline')}</Typography.Text>;
  return (
    <Space size={[8, 0]} wrap>
      <span>{labelOf(t, 'deadline', next.kind)}</span>
      <Countdown deadline={next} />
    </Space>
  );
}

/** A list's column of what each row has falling due next; `key` tells it from the row's other columns. */
export const nextDeadlineColumn = <T extends { deadlines: Deadline[] }>(
  title: string,
  key: string,
): ResponsiveColumn<T> => ({
  title,
  key,
  render: (_, row) => <NextDeadline deadlines={row.deadlines} />,
});
