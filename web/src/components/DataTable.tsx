import { useMemo, type ReactNode } from 'react';
import { Button, Checkbox, Dropdown, Popover, Space, Table, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { ColumnType, SortOrder } from 'antd/es/table/interface';
import { ArrowDownOutlined, ArrowUpOutlined, ColumnHeightOutlined, ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { usePreference } from '../api/preferences';
import { ExportMenu } from './ExportMenu';

/*
 * A list as a table with the toolbar every list has: the total, a reload button, the row
 * density, which columns show and in what order (kept per user on the server), and an
 * export of the whole view (every row the filters and sort select, written by the server).
 */

export type Density = 'large' | 'middle' | 'small';
const densities: Density[] = ['large', 'middle', 'small'];

/** A column with a stable key (what preferences and exports name it by) and a plain-text title. */
export type DataColumn<T> = ColumnType<T> & { key: string; title: string; /** The server's sort key, when the server sorts by this column. */ sortKey?: string };

/** A server sort: the key and direction as the list's API takes them. */
export type ServerSort = { key: string; order: 'asc' | 'desc' } | null;

/** What a user keeps for one table. */
interface TableLayout {
  hidden?: string[];
  order?: string[];
  density?: Density;
}

/** The columns in the user's order (columns the saved order does not know go where they are defined), hidden ones marked. */
function arrange<T>(columns: DataColumn<T>[], layout: TableLayout | null): { column: DataColumn<T>; visible: boolean }[] {
  const order = layout?.order ?? [];
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at === -1 ? order.length + columns.findIndex((c) => c.key === key) : at;
  };
  const hidden = new Set(layout?.hidden ?? []);
  return [...columns].sort((a, b) => rank(a.key) - rank(b.key)).map((column) => ({ column, visible: !hidden.has(column.key) }));
}

export interface DataTableProps<T> {
  /** Where the user's layout is kept: `table.<name>`. */
  preferenceKey: string;
  columns: DataColumn<T>[];
  rows: T[];
  rowKey: string;
  loading: boolean;
  /** Every row under the filters; without it, the rows loaded so far (with "more" when there are). */
  total?: number;
  hasMore?: boolean;
  onLoadMore?: () => void;
  loadingMore?: boolean;
  onReload: () => void;
  /** The server sort now applied, and how to change it; columns with a `sortKey` then sort on the server. */
  sort?: ServerSort;
  onSort?: (sort: ServerSort) => void;
  /** The address of the export of this view in a format, for the visible columns in their order. */
  exportHref?: (format: 'xlsx' | 'csv', columns: string[]) => string;
  onRow?: TableProps<T>['onRow'];
  /** Shown at the toolbar's left. */
  title?: ReactNode;
}

export function DataTable<T extends object>({
  preferenceKey,
  columns,
  rows,
  rowKey,
  loading,
  total,
  hasMore,
  onLoadMore,
  loadingMore,
  onReload,
  sort,
  onSort,
  exportHref,
  onRow,
  title,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const preference = usePreference<TableLayout>(preferenceKey);
  const layout = preference.value;
  const arranged = useMemo(() => arrange(columns, layout), [columns, layout]);
  const visible = arranged.filter((c) => c.visible).map((c) => c.column);
  const density = layout?.density ?? 'small';
  const save = (change: TableLayout) => preference.save({ ...layout, ...change });

  const sortOrder = (column: DataColumn<T>): SortOrder => (column.sortKey && sort?.key === column.sortKey ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);
  const shownColumns: ColumnType<T>[] = visible.map(({ sortKey, ...column }) =>
    sortKey && onSort ? { ...column, sorter: true, sortOrder: sortOrder({ ...column, sortKey }) } : column,
  );

  const move = (key: string, by: -1 | 1) => {
    const keys = arranged.map((c) => c.column.key);
    const from = keys.indexOf(key);
    const to = from + by;
    if (to < 0 || to >= keys.length) return;
    [keys[from], keys[to]] = [keys[to]!, keys[from]!];
    save({ order: keys });
  };
  const toggle = (key: string, show: boolean) => {
    const hidden = new Set(layout?.hidden ?? []);
    if (show) hidden.delete(key);
    else hidden.add(key);
    save({ hidden: [...hidden] });
  };

  const columnSettings = (
    <Space orientation="vertical" size={2} data-testid="column-settings" style={{ minWidth: 220 }}>
      {arranged.map(({ column, visible: shown }, index) => (
        <Space key={column.key} style={{ justifyContent: 'space-between', width: '100%' }}>
          <Checkbox checked={shown} onChange={(e) => toggle(column.key, e.target.checked)} disabled={shown && visible.length === 1} data-column={column.key}>
            {column.title}
          </Checkbox>
          <Space size={0}>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('dataTable.moveUp', { column: column.title })} disabled={index === 0} onClick={() => move(column.key, -1)} />
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              aria-label={t('dataTable.moveDown', { column: column.title })}
              disabled={index === arranged.length - 1}
              onClick={() => move(column.key, 1)}
            />
          </Space>
        </Space>
      ))}
      <Button size="small" type="link" onClick={() => save({ hidden: [], order: [] })}>
        {t('dataTable.resetColumns')}
      </Button>
    </Space>
  );

  const count = total ?? rows.length;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          {title}
          <Typography.Text type="secondary" data-testid="table-total">
            {total === undefined && hasMore ? t('dataTable.loaded', { count }) : t('dataTable.total', { count })}
          </Typography.Text>
        </Space>
        <Space size={4}>
          {exportHref && <ExportMenu href={(format) => exportHref(format, visible.map((c) => c.key))} />}
          <Tooltip title={t('dataTable.reload')}>
            <Button icon={<ReloadOutlined />} aria-label={t('dataTable.reload')} onClick={onReload} />
          </Tooltip>
          <Dropdown
            trigger={['click']}
            menu={{
              selectable: true,
              selectedKeys: [density],
              items: densities.map((value) => ({ key: value, label: t(`dataTable.density.${value}`) })),
              onClick: ({ key }) => save({ density: key as Density }),
            }}
          >
            <Tooltip title={t('dataTable.density.label')}>
              <Button icon={<ColumnHeightOutlined />} aria-label={t('dataTable.density.label')} data-testid="density" />
            </Tooltip>
          </Dropdown>
          <Popover trigger="click" placement="bottomRight" title={t('dataTable.columns')} content={columnSettings}>
            <Tooltip title={t('dataTable.columns')}>
              <Button icon={<SettingOutlined />} aria-label={t('dataTable.columns')} data-testid="column-settings-button" />
            </Tooltip>
          </Popover>
        </Space>
      </Space>
      <div data-density={density}>
      <Table<T>
        rowKey={rowKey}
        size={density}
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={onRow}
        columns={shownColumns}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action !== 'sort' || !onSort) return;
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const column = visible.find((c) => c.key === one?.columnKey);
          onSort(column?.sortKey && one?.order ? { key: column.sortKey, order: one.order === 'ascend' ? 'asc' : 'desc' } : null);
        }}
      />
      </div>
      {hasMore && onLoadMore && (
        <Button block onClick={onLoadMore} loading={loadingMore}>
          {t('orders.more')}
        </Button>
      )}
    </Space>
  );
}
