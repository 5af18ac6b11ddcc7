import type { UseQueryResult } from '@tanstack/react-query';
import { Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n';
import { Loaded } from './Feedback';
import { type ResponsiveColumn, ResponsiveTable } from './ResponsiveTable';

/** A list as the API answers it: one page of items, and how many match (counted up to a limit). */
interface Listed<T> {
  items: T[];
  total?: number;
  /** False when the count stopped at its limit: `total` is then a lower bound (shown as 1,000+). */
  totalExact?: boolean;
}

/**
 * A list page's subjects (cases, incidents, findings, plans) as the API answers them, 20 to a page: the title
 * comes first, links to the subject's own page and heads its card on a phone; the other columns are the page's.
 * When more match than the console fetched, a line above the table says so, since the rest can only be
 * reached by narrowing the list.
 */
export function SubjectTable<T extends { id: string; title: string }>({
  query,
  titleLabel,
  basePath,
  columns,
  order,
}: {
  query: Pick<UseQueryResult<Listed<T>>, 'data' | 'error' | 'refetch'>;
  titleLabel: string;
  /** Each title links to `${basePath}/${id}`. */
  basePath: string;
  columns: ResponsiveColumn<T>[];
  /** Without it, the rows stand in the API's order. */
  order?: (a: T, b: T) => number;
}) {
  const { t } = useI18n();
  return (
    <Loaded query={query}>
      {({ items, total = items.length, totalExact = true }) => (
        <>
          {total > items.length && (
            <Typography.Paragraph type="secondary" data-testid="more-than-shown">
              {t('moreThanShown', {
                shown: items.length,
                total: `${total.toLocaleString('en')}${totalExact ? '' : '+'}`,
              })}
            </Typography.Paragraph>
          )}
          <ResponsiveTable<T>
            rowKey={(subject) => subject.id}
            dataSource={order ? [...items].sort(order) : items}
            pageSize={20}
            columns={[
              {
                title: titleLabel,
                dataIndex: 'title',
                phone: 'title',
                render: (title: string, subject) => <Link to={`${basePath}/${subject.id}`}>{title}</Link>,
              },
              ...columns,
            ]}
          />
        </>
      )}
    </Loaded>
  );
}
