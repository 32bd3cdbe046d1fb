import type { HTMLAttributes } from 'react';
import { Button, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useOrderPages, type OrderListFilters, type OrderSummary } from '../api/orders';
import { useFormat } from '../format';
import type { DataColumn } from './DataTable';
import { problemMessage } from './problems';
import { HealthTag, healthTints, PriorityTag, StatusTag } from './tags';

/**
 * The order columns, keyed as the export names them: number, customer, status, schedule
 * health, current stage, owner, requested and promise dates, next deadline with the time
 * left in words, priority, total, channel and when received. `sortKey` is the server's.
 */
export function useOrderColumns(showCustomer = true): DataColumn<OrderSummary>[] {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const stageName = (name: { 'zh-CN': string; en: string }) => (i18n.language === 'en' ? name.en : name['zh-CN']);
  return [
    { key: 'number', title: t('orders.number'), render: (_, order) => <Link to={`/orders/${order.id}`}>{order.number}</Link> },
    ...(showCustomer ? [{ key: 'customer', title: t('orders.customer'), render: (_: unknown, order: OrderSummary) => order.customer.name }] : []),
    { key: 'status', title: t('orders.status'), render: (_, order) => <StatusTag status={order.status} /> },
    { key: 'health', title: t('health.column'), sortKey: 'health', render: (_, order) => <HealthTag health={order.health} /> },
    { key: 'currentStage', title: t('dataTable.orders.currentStage'), render: (_, order) => (order.currentStage ? stageName(order.currentStage.name) : '—') },
    { key: 'owner', title: t('dataTable.orders.owner'), render: (_, order) => order.owner?.name || '—' },
    {
      key: 'requestedDate',
      title: t('dataTable.orders.requestedDate'),
      sortKey: 'requestedDate',
      render: (_, order) => (order.requestedDeliveryDate ? format.date(order.requestedDeliveryDate) : '—'),
    },
    {
      key: 'promiseDate',
      title: t('health.promiseDate'),
      sortKey: 'promiseDate',
      render: (_, order) => (order.promisedDeliveryDate ? format.date(order.promisedDeliveryDate) : '—'),
    },
    {
      key: 'nextDeadline',
      title: t('health.nextDeadline'),
      sortKey: 'nextDeadline',
      render: (_, order) =>
        order.nextDeadline ? (
          <span title={format.dateTime(order.nextDeadline.dueAt)}>
            {t(order.nextDeadline.secondsLeft < 0 ? 'sla.overdueBy' : 'sla.left', { time: format.duration(order.nextDeadline.secondsLeft) })}
          </span>
        ) : (
          '—'
        ),
    },
    { key: 'priority', title: t('orders.priority'), sortKey: 'priority', render: (_, order) => <PriorityTag level={order.priority.level} /> },
    { key: 'total', title: t('orders.total'), sortKey: 'amount', align: 'right', render: (_, order) => format.money(order.totals.totalMinor, order.totals.currency) },
    { key: 'channel', title: t('orders.channel'), render: (_, order) => t(`channel.${order.channel}`) },
    { key: 'received', title: t('orders.received'), sortKey: 'received', render: (_, order) => format.dateTime(order.receivedAt) },
  ];
}

/** Each row is coloured by schedule health (green on track, yellow at risk, red late, grey done) and opens its order. */
export function useOrderRowProps(): (order: OrderSummary) => HTMLAttributes<HTMLElement> {
  const navigate = useNavigate();
  return (order) => ({ style: { background: healthTints[order.health], cursor: 'pointer' }, onClick: () => navigate(`/orders/${order.id}`), 'data-health': order.health }) as HTMLAttributes<HTMLElement>;
}

/** Orders as rows coloured by schedule health, a row opening its order (a customer's or product's orders). */
export function OrderTable({ rows, loading, showCustomer = true }: { rows: OrderSummary[]; loading: boolean; showCustomer?: boolean }) {
  const columns = useOrderColumns(showCustomer);
  const rowProps = useOrderRowProps();
  return (
    <Table<OrderSummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={rowProps}
      columns={columns.map(({ sortKey: _sortKey, ...column }) => column)}
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
