import { useMemo } from 'react';
import { App, Button, Card, Empty, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useInboxPages } from '../api/review';
import { ReviewDecision } from '../components/ReviewDecision';
import { PriorityTag } from '../components/tags';
import { useFormat } from '../format';
import { QueryError } from '../components/QueryError';

/** The review steps waiting for one of my roles, longest waiting first (SPEC §5); one card each, fit for a phone. */
export default function ReviewInbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const inbox = useInboxPages();
  const items = useMemo(() => inbox.data?.pages.flatMap((p) => p.items) ?? [], [inbox.data]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('review.inbox')}
      </Typography.Title>
      <QueryError query={inbox} />
      {inbox.isSuccess && items.length === 0 && <Empty description={t('review.empty')} />}
      {inbox.isPending && <Card loading />}
      {items.map((item) => (
        <Card
          key={item.stepId}
          size="small"
          data-testid="inbox-item"
          data-order={item.orderNumber ?? ''}
          title={
            <Space wrap>
              <Link to={`/orders/${item.orderId}`}>{item.orderNumber}</Link>
              <PriorityTag level={item.priority} />
            </Space>
          }
          extra={<Typography.Text type="secondary">{format.name(item.step.name)}</Typography.Text>}
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text strong>{item.customer.name}</Typography.Text>
            <Space wrap size="large">
              <span>{format.money(item.totals.totalMinor, item.totals.currency)}</span>
              <Typography.Text type="secondary">{t('review.waitingSince', { at: format.dateTime(item.waitingSince) })}</Typography.Text>
              <Typography.Text type="secondary">{t('review.dueAt', { at: format.dateTime(item.dueAt) })}</Typography.Text>
            </Space>
            <ReviewDecision
              orderId={item.orderId}
              stepId={item.stepId}
              onDone={(order) => void message.success(t('review.decided', { number: order.number, status: t(`status.${order.status}`) }))}
            />
          </Space>
        </Card>
      ))}
      {inbox.hasNextPage && (
        <Button block onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage}>
          {t('orders.more')}
        </Button>
      )}
    </Space>
  );
}
