import { useMemo } from 'react';
import { Button, Card, Col, Empty, Input, Row, Segmented, Select, Space, Table, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import type { OrderSummary, Page } from '../api/types';
import { channels, kanbanStatuses, orderStatuses, priorityLevels } from '../components/options';
import { problemMessage } from '../components/problems';
import { PriorityTag, StatusTag, statusColour } from '../components/tags';
import { useFormat } from '../format';

const rowTints = { success: '#f6ffed', warning: '#fffbe6', error: '#fff1f0' };
const filterKeys = ['status', 'priority', 'channel', 'q'] as const;

/** The unified order list (SPEC §3): filters and search in the address, keyset paging, a kanban by status. */
export default function OrderList() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'kanban' ? 'kanban' : 'list';
  const filters = Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? undefined]));

  const orders = useInfiniteQuery({
    queryKey: ['orders', 'list', filters],
    queryFn: ({ pageParam }) => api<Page<OrderSummary>>('/api/v1/orders', { query: { ...filters, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = useMemo(() => orders.data?.pages.flatMap((p) => p.items) ?? [], [orders.data]);

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('orders.title')}
        </Typography.Title>
        <Segmented
          value={view}
          options={[
            { value: 'list', label: t('orders.list') },
            { value: 'kanban', label: t('orders.kanban') },
          ]}
          onChange={(value) => setFilter('view', value === 'kanban' ? 'kanban' : undefined)}
        />
      </Space>
      <Row gutter={[8, 8]}>
        <Col xs={24} md={8}>
          <Input.Search
            allowClear
            placeholder={t('orders.search')}
            defaultValue={filters.q}
            onSearch={(value) => setFilter('q', value.trim() || undefined)}
            aria-label={t('orders.search')}
          />
        </Col>
        <Col xs={8} md={5}>
          <Select allowClear style={{ width: '100%' }} placeholder={t('orders.status')} value={filters.status} options={options(orderStatuses, 'status')} onChange={(v) => setFilter('status', v)} />
        </Col>
        <Col xs={8} md={5}>
          <Select allowClear style={{ width: '100%' }} placeholder={t('orders.priority')} value={filters.priority} options={options(priorityLevels, 'priority')} onChange={(v) => setFilter('priority', v)} />
        </Col>
        <Col xs={8} md={6}>
          <Select allowClear style={{ width: '100%' }} placeholder={t('orders.channel')} value={filters.channel} options={options(channels, 'channel')} onChange={(v) => setFilter('channel', v)} />
        </Col>
      </Row>
      {orders.isError && <Typography.Text type="danger">{problemMessage(t, orders.error)}</Typography.Text>}
      {view === 'list' ? (
        <Table<OrderSummary>
          rowKey="id"
          size="small"
          loading={orders.isPending}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(order) => ({ style: { background: rowTints[statusColour(order.status)], cursor: 'pointer' }, onClick: () => navigate(`/orders/${order.id}`) })}
          columns={[
            { title: t('orders.number'), dataIndex: 'number', render: (number: string, order) => <Link to={`/orders/${order.id}`}>{number}</Link> },
            { title: t('orders.customer'), render: (_, order) => order.customer.name },
            { title: t('orders.status'), dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
            { title: t('orders.priority'), render: (_, order) => <PriorityTag level={order.priority.level} /> },
            { title: t('orders.total'), align: 'right', render: (_, order) => format.money(order.totals.totalMinor, order.totals.currency) },
            { title: t('orders.channel'), dataIndex: 'channel', render: (channel: string) => t(`channel.${channel}`) },
            { title: t('orders.received'), dataIndex: 'receivedAt', render: (at: string) => format.dateTime(at) },
          ]}
        />
      ) : (
        <Kanban orders={rows} />
      )}
      {orders.hasNextPage && (
        <Button block onClick={() => void orders.fetchNextPage()} loading={orders.isFetchingNextPage}>
          {t('orders.more')}
        </Button>
      )}
    </Space>
  );
}

function Kanban({ orders }: { orders: OrderSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8 }}>
      {kanbanStatuses.map((status) => {
        const column = orders.filter((o) => o.status === status);
        return (
          <div key={status} style={{ minWidth: 240, flex: '0 0 240px' }} data-column={status}>
            <Space style={{ marginBottom: 8 }}>
              <StatusTag status={status} />
              <Typography.Text type="secondary">{column.length}</Typography.Text>
            </Space>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {column.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={false} />}
              {column.map((order) => (
                <Card key={order.id} size="small" style={{ borderLeft: `3px solid ${order.priority.level === 'high' ? '#cf1322' : order.priority.level === 'medium' ? '#d48806' : '#1f5fbf'}` }}>
                  <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                    <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                      <Link to={`/orders/${order.id}`}>{order.number}</Link>
                      <PriorityTag level={order.priority.level} />
                    </Space>
                    <Typography.Text ellipsis>{order.customer.name}</Typography.Text>
                    <Typography.Text type="secondary">{format.money(order.totals.totalMinor, order.totals.currency)}</Typography.Text>
                  </Space>
                </Card>
              ))}
            </Space>
          </div>
        );
      })}
      <Typography.Text type="secondary" style={{ alignSelf: 'flex-end' }}>
        {t('orders.kanbanNote')}
      </Typography.Text>
    </div>
  );
}
