import { Alert, Card, Empty, Space, Steps, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { useOrderEvents, useOrderSla, type Order, type OrderLine } from '../api/orders';
import { useReview } from '../api/review';
import type { Me } from '../api/session';
import { Rows } from './Rows';
import { useFormat } from '../format';
import { useMessages } from '../messages';
import { problemMessage } from './problems';
import { ReviewDecision } from './ReviewDecision';
import { Countdown } from './tags';
import { useUnits } from '../units';

/** The order's lines: a table on wide screens, a list on a phone. */
export function Lines({ order, narrow }: { order: Order; narrow: boolean }) {
  const { t } = useTranslation();
  const units = useUnits();
  const format = useFormat();
  const money = (minor: number) => format.money(minor, order.totals.currency);
  if (narrow) {
    return (
      <Rows
        dataSource={order.lines}
        renderItem={(line) => (
          <>
            <Space orientation="vertical" size={0} style={{ width: '100%' }}>
              <Typography.Text strong>{`${line.sku} · ${line.name}`}</Typography.Text>
              <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                <span>{`${units.quantity(line.quantity, line.unit)} × ${money(line.unitPriceMinor)}`}</span>
                <Typography.Text strong>{money(line.totalMinor)}</Typography.Text>
              </Space>
              {line.backorderedQuantity > 0 && <Typography.Text type="danger">{t('detail.backordered', { count: line.backorderedQuantity })}</Typography.Text>}
            </Space>
          </>
        )}
      />
    );
  }
  return (
    <Table<OrderLine>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={order.lines}
      columns={[
        { title: '#', dataIndex: 'lineNo' },
        { title: t('detail.product'), render: (_, line) => `${line.sku} · ${line.name}` },
        { title: t('entry.quantity'), align: 'right', render: (_, line) => units.quantity(line.quantity, line.unit) },
        { title: t('detail.unitPrice'), align: 'right', render: (_, line) => money(line.unitPriceMinor) },
        { title: t('detail.discount'), align: 'right', render: (_, line) => money(line.discountMinor) },
        { title: t('orders.total'), align: 'right', render: (_, line) => money(line.totalMinor) },
        { title: t('detail.reserved'), align: 'right', render: (_, line) => (line.kind === 'stock' ? `${line.reservedQuantity} / ${line.quantity}` : '—') },
      ]}
    />
  );
}

/** The response and plan deadlines with live countdowns (SPEC §4). */
export function SlaClocks({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sla = useOrderSla(orderId);
  return (
    <Card size="small" title={t('detail.sla')} loading={sla.isPending}>
      {sla.isError && <Typography.Text type="danger">{problemMessage(t, sla.error)}</Typography.Text>}
      <Rows
        dataSource={sla.data?.clocks ?? []}
        renderItem={(clock) => (
          <>
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{t(`sla.kind.${clock.kind}`)}</Typography.Text>
              <Typography.Text type="secondary">{t('sla.due', { at: format.dateTime(clock.dueAt) })}</Typography.Text>
            </Space>
            {clock.secondsLeft !== null ? <Countdown secondsLeft={clock.secondsLeft} /> : <Tag color={clock.status === 'met' ? 'success' : 'error'}>{t(`sla.status.${clock.status}`)}</Tag>}
          </>
        )}
      />
    </Card>
  );
}

/** Statuses an order reaches only through review; from the others, only its history tells. */
const notYetReviewed = new Set(['received', 'awaiting_entry_check', 'exception', 'cancelled']);

const stepState = { approved: 'finish', waiting: 'process', rejected: 'error', returned: 'error' } as const;

/** The review chain (SPEC §5): every step of the current round, who decided what and why; the waiting step can be decided here by its role. */
export function ReviewChain({ order, me }: { order: Order; me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const events = useOrderEvents(order.id);
  const reviewed = !notYetReviewed.has(order.status) || Boolean(events.data?.pages.some((p) => p.items.some((e) => e.action === 'review.started')));
  const review = useReview(order, reviewed && me.permissions.includes('review:read'));
  if (!reviewed || (review.error instanceof ApiProblem && review.error.status === 404)) {
    return (
      <Card size="small" title={t('detail.review')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.notReviewed')} />
      </Card>
    );
  }
  const round = review.data?.rounds.find((r) => r.round === review.data?.round);
  return (
    <Card size="small" title={t('detail.review')} loading={review.isPending && review.fetchStatus !== 'idle'} data-testid="review-chain">
      {review.data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('detail.reviewRound', { round: review.data.round, status: t(`review.status.${review.data.status}`, { defaultValue: review.data.status }) })}</Typography.Text>
          <Steps
            orientation="vertical"
            size="small"
            items={(round?.steps ?? []).map((step) => ({
              title: format.name(step.name),
              status: stepState[step.status as keyof typeof stepState] ?? 'wait',
              content: (
                <Space orientation="vertical" size={0}>
                  <Typography.Text type="secondary">{`${t(`role.${step.role}`)} · ${t(`review.stepStatus.${step.status}`, { defaultValue: step.status })}`}</Typography.Text>
                  {step.check && <Typography.Text type={step.checkPassed === false ? 'danger' : 'secondary'}>{t(step.checkPassed === false ? 'review.checkFailed' : 'review.checkPassed')}</Typography.Text>}
                  {step.key === 'final' && step.decidedByLabel === 'system' && <Typography.Text type="secondary">{t('review.autoApproved')}</Typography.Text>}
                  {step.decidedByLabel && step.decidedAt && (
                    <Typography.Text>{t('review.decision', { who: step.decidedByLabel === 'system' ? t('review.system') : step.decidedByLabel, at: format.dateTime(step.decidedAt) })}</Typography.Text>
                  )}
                  {step.comment && <Typography.Text italic>“{step.comment}”</Typography.Text>}
                  {step.status === 'waiting' && me.roles.some((r) => r === step.role || r === 'admin') && me.permissions.includes('review:decide') && (
                    <div style={{ marginTop: 8 }}>
                      <ReviewDecision orderId={order.id} stepId={step.id} />
                    </div>
                  )}
                </Space>
              ),
            }))}
          />
        </Space>
      )}
    </Card>
  );
}

/** The order's full history from the audit trail, oldest first. */
export function History({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const messages = useMessages();
  const events = useOrderEvents(orderId);
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card size="small" title={t('detail.history')} loading={events.isPending}>
      {events.isError && <Alert type="error" title={problemMessage(t, events.error)} />}
      <Timeline
        items={items.map((event) => ({
          key: event.seq,
          content: (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong data-action={event.action}>{messages.action(event.action)}</Typography.Text>
              <Typography.Text type="secondary">{`${format.dateTime(event.at)} · ${messages.actor(event.actorLabel)}`}</Typography.Text>
            </Space>
          ),
        }))}
      />
      {events.hasNextPage && (
        <Typography.Link onClick={() => void events.fetchNextPage()}>{t('orders.more')}</Typography.Link>
      )}
    </Card>
  );
}
