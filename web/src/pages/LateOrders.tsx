import type { HTMLAttributes } from 'react';
import { Button, Segmented, Space, Table, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useAtRiskPages, type AtRiskOrder, type AtRiskQuery } from '../api/orders';
import { HealthTag, healthTints, StatusTag } from '../components/tags';
import { useFormat } from '../format';
import { QueryError } from '../components/QueryError';

type Sort = NonNullable<AtRiskQuery['sort']>;

/** What holds the order up, in words: the stage, the review step, the exception, the deadline. */
export function Blocker({ order }: { order: AtRiskOrder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { blocker } = order;
  const what = blocker.name ? format.name(blocker.name) : blocker.kind === 'deadline' && blocker.key ? t(`sla.kind.${blocker.key}`) : null;
  const due = blocker.kind === 'stage' && blocker.dueAt ? t('lateOrders.plannedEnd', { date: format.date(blocker.dueAt) }) : null;
  return (
    <Space orientation="vertical" size={0} data-blocker={blocker.kind}>
      <Typography.Text>
        {t(`lateOrders.blocker.${blocker.kind}`)}
        {what ? `${format.locale === 'en' ? ': ' : '：'}${what}` : ''}
      </Typography.Text>
      {due && <Typography.Text type="secondary">{due}</Typography.Text>}
    </Space>
  );
}

/** Who holds it: the person by name when one does, else the role whose inbox it is in. */
export function Holder({ order }: { order: AtRiskOrder }) {
  const { t, i18n } = useTranslation();
  const { holder } = order;
  const role = holder.role ? t(`role.${holder.role}`, { defaultValue: holder.role }) : null;
  const withRole = i18n.language === 'en' ? `${holder.name} (${role})` : `${holder.name}（${role}）`;
  if (holder.name) return <Typography.Text data-holder>{role ? withRole : holder.name}</Typography.Text>;
  return <Typography.Text data-holder>{role ?? '—'}</Typography.Text>;
}

/** How late, in words; for an order only at risk, the time left to its next deadline. */
export function Lateness({ order }: { order: AtRiskOrder }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (order.lateSeconds !== null) return <Typography.Text type="danger" data-late-seconds={order.lateSeconds}>{t('lateOrders.lateBy', { time: format.duration(order.lateSeconds) })}</Typography.Text>;
  if (order.nextDeadline) return <Typography.Text type="warning">{t('sla.left', { time: format.duration(order.nextDeadline.secondsLeft) })}</Typography.Text>;
  return <Typography.Text type="warning">{t('lateOrders.atRisk')}</Typography.Text>;
}

/** The managers' late-and-at-risk page: every such order, one row each, sortable, complete (paged). */
export default function LateOrders() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const sort: Sort = params.get('sort') === 'promiseDate' ? 'promiseDate' : 'lateness';
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const pages = useAtRiskPages({ sort, order });
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];

  const setSort = (next: Sort, direction: 'asc' | 'desc') => {
    const search = new URLSearchParams();
    if (next !== 'lateness') search.set('sort', next);
    if (direction === 'desc') search.set('order', 'desc');
    setParams(search, { replace: true });
  };
  // Most late first is "ascending" on the server (earliest late-since first).
  const sortOrder = (column: Sort): SortOrder => (sort !== column ? null : column === 'lateness' ? (order === 'asc' ? 'descend' : 'ascend') : order === 'asc' ? 'ascend' : 'descend');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('lateOrders.title')}
        </Typography.Title>
        <Segmented<Sort>
          value={sort}
          options={[
            { value: 'lateness', label: t('lateOrders.byLateness') },
            { value: 'promiseDate', label: t('lateOrders.byPromiseDate') },
          ]}
          onChange={(value) => setSort(value, 'asc')}
        />
      </Space>
      <Typography.Text type="secondary">{t('lateOrders.explain')}</Typography.Text>
      <QueryError query={pages} />
      <Table<AtRiskOrder>
        rowKey="id"
        size="small"
        loading={pages.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="late-orders"
        locale={{ emptyText: t('lateOrders.none') }}
        onRow={(o) => ({ style: { background: healthTints[o.health], cursor: 'pointer' }, onClick: () => navigate(`/orders/${o.id}`), 'data-health': o.health }) as HTMLAttributes<HTMLElement>}
        onChange={(_pagination, _filters, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = one?.columnKey === 'promiseDate' ? 'promiseDate' : 'lateness';
          if (!one?.order) return setSort('lateness', 'asc');
          setSort(key, key === 'lateness' ? (one.order === 'descend' ? 'asc' : 'desc') : one.order === 'ascend' ? 'asc' : 'desc');
        }}
        columns={[
          { title: t('orders.number'), dataIndex: 'number', fixed: 'left', render: (number: string, o) => <Link to={`/orders/${o.id}`}>{number}</Link> },
          { title: t('orders.customer'), key: 'customer', render: (_, o) => o.customer.name },
          { title: t('health.column'), dataIndex: 'health', render: (_, o) => <HealthTag health={o.health} /> },
          { title: t('orders.status'), dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
          { title: t('lateOrders.blockedBy'), key: 'blocker', render: (_, o) => <Blocker order={o} /> },
          { title: t('lateOrders.heldBy'), key: 'holder', render: (_, o) => <Holder order={o} /> },
          { title: t('lateOrders.howLate'), key: 'lateness', sorter: true, sortOrder: sortOrder('lateness'), render: (_, o) => <Lateness order={o} /> },
          { title: t('health.promiseDate'), key: 'promiseDate', sorter: true, sortOrder: sortOrder('promiseDate'), render: (_, o) => (o.promisedDeliveryDate ? format.date(o.promisedDeliveryDate) : '—') },
        ]}
      />
      {pages.hasNextPage && (
        <Button block onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('orders.more')}
        </Button>
      )}
    </Space>
  );
}
