import type { ReactNode } from 'react';
import { Empty, Skeleton, theme } from 'antd';

interface RowsProps<T> {
  dataSource: T[];
  renderItem: (item: T) => ReactNode;
  loading?: boolean;
  emptyText?: ReactNode;
}

/** A short list of rows (antd's List is deprecated and its replacement is a virtual list). */
export function Rows<T>({ dataSource, renderItem, loading, emptyText }: RowsProps<T>) {
  if (loading) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (dataSource.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return <div>{dataSource.map((item, index) => <RowItem key={index}>{renderItem(item)}</RowItem>)}</div>;
}

function RowItem({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, flexWrap: 'wrap', padding: '8px 0', borderBottom: `1px solid ${token.colorSplit}` }}>
      {children}
    </div>
  );
}
