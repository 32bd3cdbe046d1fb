import type { HTMLAttributes } from 'react';
import { Button, Card, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { usePortalOrderPages, type PortalOrderSummary } from '../api/portal';
import { HealthTag, healthTints, StatusTag } from '../components/tags';
import { useFormat } from '../format';

/** My orders, newest first, coloured like the console's: by schedule health. */
export default function PortalOrders() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const orders = usePortalOrderPages();
  const rows = orders.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card
      title={t('portal.myOrders')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/portal/orders/new')}>
          {t('portal.placeOrder')}
        </Button>
      }
    >
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
