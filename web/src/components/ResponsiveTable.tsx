import { Card, Descriptions, List, Table } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { Key, ReactNode } from 'react';
import { useIsPhone } from '../screen';

export interface ResponsiveColumn<T> extends ColumnType<T> {
  /** On a phone: `title` heads the row's card, `hidden` is left out; other columns are labelled lines. */
  phone?: 'title' | 'hidden';
}

function cellOf<T>(column: ColumnType<T>, row: T, index: number): ReactNode {
  const value =
    typeof column.dataIndex === 'string' ? (row as Record<string, unknown>)[column.dataIndex] : undefined;
  return (column.render ? column.render(value, row, index) : value) as ReactNode;
}

/**
 * A table on a wide screen; on a phone, where seven columns cannot fit, one card per row with the title first
 * and each other column as a labelled line.
 */
export function ResponsiveTable<T extends object>({
  columns,
  dataSource,
  rowKey,
  pageSize,
  size,
}: {
  columns: ResponsiveColumn<T>[];
  dataSource: T[];
  rowKey: (row: T) => Key;
  /** Rows per page; all on one page without. */
  pageSize?: number;
  size?: 'small' | 'middle';
}) {
  const phone = useIsPhone();
  const pagination = pageSize ? { pageSize, hideOnSinglePage: true } : false;
  if (!phone) {
    return (
      <Table<T>
        size={size}
        rowKey={rowKey}
        dataSource={dataSource}
        pagination={pagination}
        columns={columns.map(({ phone: _phone, ...column }) => column)}
      />
    );
  }
  const title = columns.find((column) => column.phone === 'title');
  const lines = columns.filter((column) => !column.phone);
  return (
    <List<T>
      dataSource={dataSource}
      rowKey={rowKey}
      pagination={pagination}
      split={false}
      renderItem={(row, index) => (
        <List.Item style={{ padding: '0 0 12px' }}>
          <Card size="small" style={{ width: '100%' }}>
            {title && (
              <div style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>
                {cellOf(title, row, index)}
              </div>
            )}
            <Descriptions
              size="small"
              column={1}
              items={lines.map((column, at) => ({
                key: String(column.key ?? column.dataIndex ?? at),
                label: column.title as ReactNode,
                children: cellOf(column, row, index),
              }))}
            />
          </Card>
        </List.Item>
      )}
    />
  );
}
