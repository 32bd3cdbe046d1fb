import type { HTMLAttributes } from 'react';
import { Button, Card, Grid, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { usePortalOrderPages, type PortalOrderSummary } from '../api/portal';
import { HealthTag, healthColour, healthStrokes, healthTints, StatusTag } from '../components/tags';
import { useFormat } from '../format';
import { useUnits } from '../units';

/** One order on a phone: what a buyer looks for first, without a table to scroll sideways. */
function OrderCard({ order }: { order: PortalOrderSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const units = useUnits();
  const line = order.firstLine;
  return (
    <Link to={`/portal/orders/${order.id}`} style={{ display: 'block', color: 'inherit' }}>
      <Card size="small" data-health={order.health} data-testid="portal-order-card" style={{ background: healthTints[order.health], borderLeft: `4px solid ${healthStrokes[order.health]}` }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }} align="start">
          <Typography.Text strong>{order.number}</Typography.Text>
          <Tag color={healthColour(order.health)} data-status={order.status} style={{ marginInlineEnd: 0 }}>
            {`${t(`status.${order.status}`)} · ${t(`health.${order.health}`)}`}
          </Tag>
        </Space>
        {line && (
          <Typography.Paragraph ellipsis style={{ margin: '4px 0' }}>
            {`${line.name} × ${units.quantity(line.quantity, line.unit)}`}
            {line.lineCount > 1 && <Typography.Text type="secondary">{` ${t('units.moreLines', { count: line.lineCount - 1 })}`}</Typography.Text>}
          </Typography.Paragraph>
        )}
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text type="secondary">{t('units.promisedOn', { date: order.promisedDeliveryDate ? format.date(order.promisedDeliveryDate) : '—' })}</Typography.Text>
          <Typography.Text strong>{format.money(order.totals.totalMinor, order.totals.currency)}</Typography.Text>
        </Space>
      </Card>
    </Link>
  );
}

/** My orders, newest first, coloured like the console's: by schedule health. Cards on a phone, a table wider up. */
export default function PortalOrders() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const orders = usePortalOrderPages();
  const rows = orders.data?.pages.flatMap((p) => p.items) ?? [];
  const narrow = !Grid.useBreakpoint().md;

  return (
    <Card
      title={t('portal.myOrders')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/portal/orders/new')}>
          {t('portal.placeOrder')}
        </Button>
      }
    >
      {narrow ? (
        <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="portal-orders">
          {orders.isPending && <Skeleton active paragraph={{ rows: 2 }} title={false} />}
          {rows.map((o) => (
            <OrderCard key={o.id} order={o} />
          ))}
        </Space>
      ) : (
        <Table<PortalOrderSummary>
          rowKey="id"
          size="middle"
          loading={orders.isPending}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 720 }}
          data-testid="portal-orders"
          onRow={(o) => ({ style: { background: healthTints[o.health] }, 'data-health': o.health }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('orders.number'), dataIndex: 'number', render: (number: string, o) => <Link to={`/portal/orders/${o.id}`}>{number}</Link> },
            { title: t('orders.status'), dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
            { title: t('health.column'), dataIndex: 'health', render: (_, o) => <HealthTag health={o.health} /> },
            { title: t('entry.deliveryDate'), dataIndex: 'requestedDeliveryDate', render: (d: string | null) => (d ? format.date(d) : '—') },
            { title: t('portal.promised'), dataIndex: 'promisedDeliveryDate', render: (d: string | null) => (d ? format.date(d) : '—') },
            { title: t('orders.total'), key: 'total', align: 'right', render: (_, o) => format.money(o.totals.totalMinor, o.totals.currency) },
            { title: t('orders.received'), dataIndex: 'receivedAt', render: (at: string) => format.dateTime(at) },
          ]}
        />
      )}
      {orders.hasNextPage && (
        <Space style={{ marginTop: 16 }}>
          <Button onClick={() => void orders.fetchNextPage()} loading={orders.isFetchingNextPage}>
            {t('orders.more')}
          </Button>
        </Space>
      )}
      {!orders.isPending && rows.length === 0 && <Typography.Paragraph type="secondary">{t('portal.noOrders')}</Typography.Paragraph>}
    </Card>
  );
}
