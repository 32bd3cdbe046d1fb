import type { HTMLAttributes } from 'react';
import { Button, Card, Table } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useOrderPages, type OrderListFilters, type OrderSummary } from '../api/orders';
import { useFormat } from '../format';
import { problemMessage } from './problems';
import { HealthTag, healthTints, PriorityTag, StatusTag } from './tags';

/** The columns the list can sort by on the server, and how. */
export type OrderSort = { key: 'promiseDate' | 'health' | 'nextDeadline'; order: 'asc' | 'desc' } | null;

/**
 * Orders as rows coloured by schedule health (green on track, yellow at risk, red late, grey
 * done); a row opens its order. With `onSort`, the promise date, health and next deadline
 * columns sort on the server.
 */
export function OrderTable({
  rows,
  loading,
  showCustomer = true,
  sort = null,
  onSort,
}: {
  rows: OrderSummary[];
  loading: boolean;
  showCustomer?: boolean;
  sort?: OrderSort;
  onSort?: (sort: OrderSort) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  // Health ascending is most late first; the others go soonest first.
  const sortOrder = (key: NonNullable<OrderSort>['key']): SortOrder => (sort?.key === key ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);
  return (
    <Table<OrderSummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(order) => ({ style: { background: healthTints[order.health], cursor: 'pointer' }, onClick: () => navigate(`/orders/${order.id}`), 'data-health': order.health }) as HTMLAttributes<HTMLElement>}
      onChange={(_pagination, _filters, sorter) => {
        const one = Array.isArray(sorter) ? sorter[0] : sorter;
        const key = one?.columnKey;
        onSort?.(one?.order && (key === 'promiseDate' || key === 'health' || key === 'nextDeadline') ? { key, order: one.order === 'ascend' ? 'asc' : 'desc' } : null);
      }}
      columns={[
        { title: t('orders.number'), dataIndex: 'number', render: (number: string, order) => <Link to={`/orders/${order.id}`}>{number}</Link> },
        ...(showCustomer ? [{ title: t('orders.customer'), key: 'customer', render: (_: unknown, order: OrderSummary) => order.customer.name }] : []),
        { title: t('orders.status'), dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
        {
          title: t('health.column'),
          key: 'health',
          sorter: Boolean(onSort),
          sortOrder: sortOrder('health'),
          render: (_, order) => <HealthTag health={order.health} />,
        },
        {
          title: t('health.promiseDate'),
          key: 'promiseDate',
          sorter: Boolean(onSort),
          sortOrder: sortOrder('promiseDate'),
          render: (_, order) => (order.promisedDeliveryDate ? format.date(order.promisedDeliveryDate) : '—'),
        },
        {
          title: t('health.nextDeadline'),
          key: 'nextDeadline',
          sorter: Boolean(onSort),
          sortOrder: sortOrder('nextDeadline'),
          render: (_, order) =>
            order.nextDeadline ? (
              <span title={format.dateTime(order.nextDeadline.dueAt)}>
                {t(order.nextDeadline.secondsLeft < 0 ? 'sla.overdueBy' : 'sla.left', { time: format.duration(order.nextDeadline.secondsLeft) })}
              </span>
            ) : (
              '—'
            ),
        },
        { title: t('orders.priority'), key: 'priority', render: (_, order) => <PriorityTag level={order.priority.level} /> },
        { title: t('orders.total'), key: 'total', align: 'right', render: (_, order) => format.money(order.totals.totalMinor, order.totals.currency) },
        { title: t('orders.channel'), dataIndex: 'channel', render: (channel: string) => t(`channel.${channel}`) },
        { title: t('orders.received'), dataIndex: 'receivedAt', render: (at: string) => format.dateTime(at) },
      ]}
    />
  );
}

/** A card of the orders of one customer or one product, with "load more". */
export function RelatedOrders({ filters, showCustomer }: { filters: OrderListFilters; showCustomer: boolean }) {
  const { t } = useTranslation();
  const orders = useOrderPages(filters, 20);
  return (
    <Card size="small" title={t('nav.orders')} data-testid="related-orders">
      {orders.isError ? (
        problemMessage(t, orders.error)
      ) : (
        <OrderTable rows={orders.data?.pages.flatMap((p) => p.items) ?? []} loading={orders.isPending} showCustomer={showCustomer} />
      )}
      {orders.hasNextPage && (
        <Button block type="link" onClick={() => void orders.fetchNextPage()} loading={orders.isFetchingNextPage}>
          {t('orders.more')}
        </Button>
      )}
    </Card>
  );
}
