import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loaded } from './Feedback';
import { type ResponsiveColumn, ResponsiveTable } from './ResponsiveTable';

/**
 * A list page's subjects (cases, incidents, findings, plans) as the API answers them, 20 to a page: the title
 * comes first, links to the subject's own page and heads its card on a phone; the other columns are the page's.
 */
export function SubjectTable<T extends { id: string; title: string }>({
  query,
  titleLabel,
  basePath,
  columns,
  order,
}: {
  query: Pick<UseQueryResult<{ items: T[] }>, 'data' | 'error' | 'refetch'>;
  titleLabel: string;
  /** Each title links to `${basePath}/${id}`. */
  basePath: string;
  columns: ResponsiveColumn<T>[];
  /** Without it, the rows stand in the API's order. */
  order?: (a: T, b: T) => number;
}) {
  return (
    <Loaded query={query}>
      {({ items }) => (
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
      )}
    </Loaded>
  );
}
