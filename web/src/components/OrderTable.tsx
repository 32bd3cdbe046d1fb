import { Button, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useOrderPages, type OrderListFilters, type OrderSummary } from '../api/orders';
import { useFormat } from '../format';
import { problemMessage } from './problems';
import { PriorityTag, StatusTag, statusColour } from './tags';

const rowTints = { success: '#f6ffed', warning: '#fffbe6', error: '#fff1f0' };

/** Orders as rows coloured by state (green done, yellow under way, red a problem); a row opens its order. */
export function OrderTable({ rows, loading, showCustomer = true }: { rows: OrderSummary[]; loading: boolean; showCustomer?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  return (
    <Table<OrderSummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(order) => ({ style: { background: rowTints[statusColour(order.status)], cursor: 'pointer' }, onClick: () => navigate(`/orders/${order.id}`) })}
      columns={[
        { title: t('orders.number'), dataIndex: 'number', render: (number: string, order) => <Link to={`/orders/${order.id}`}>{number}</Link> },
        ...(showCustomer ? [{ title: t('orders.customer'), key: 'customer', render: (_: unknown, order: OrderSummary) => order.customer.name }] : []),
        { title: t('orders.status'), dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
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
