import { lazy, Suspense } from 'react';
import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAtRiskPages, useOpenSlaClocks, useOrderSummaryFigures } from '../api/orders';
import { useInboxPreview } from '../api/review';
import { can, type Me } from '../api/session';
import { Countdown, HealthTag, PriorityTag } from '../components/tags';
import { Blocker, Holder, Lateness } from './LateOrders';
import { Rows } from '../components/Rows';
import { useFormat } from '../format';

const DashboardCharts = lazy(() => import('../components/DashboardCharts'));

function SlaList({ state, title }: { state: 'at_risk'; title: string }) {
  const { t } = useTranslation();
  const clocks = useOpenSlaClocks(state);
  return (
    <Card title={title} size="small" data-testid={`sla-${state}`}>
      <Rows
        loading={clocks.isPending}
        dataSource={clocks.data?.items ?? []}
        emptyText={t('dashboard.nothing')}
        renderItem={(clock) => (
          <>
            <Space wrap>
              <Link to={`/orders/${clock.orderId}`}>{clock.orderNumber}</Link>
              <Typography.Text type="secondary">{t(`sla.kind.${clock.kind}`)}</Typography.Text>
            </Space>
            {clock.secondsLeft !== null && <Countdown secondsLeft={clock.secondsLeft} />}
          </>
        )}
      />
    </Card>
  );
}

/** The late and at-risk orders, most late first, one row per order; all of them on their own page. */
function LateList() {
  const { t } = useTranslation();
  const late = useAtRiskPages({ sort: 'lateness', order: 'asc', limit: 8 });
  return (
    <Card title={t('lateOrders.title')} size="small" data-testid="late-preview" extra={<Link to="/late">{t('lateOrders.viewAll')}</Link>}>
      <Rows
        loading={late.isPending}
        dataSource={late.data?.pages[0]?.items ?? []}
        emptyText={t('dashboard.nothing')}
        renderItem={(order) => (
          <>
            <Space wrap size={4}>
              <Link to={`/orders/${order.id}`}>{order.number}</Link>
              <HealthTag health={order.health} />
              <Typography.Text type="secondary">{order.customer.name}</Typography.Text>
            </Space>
            <Space wrap size={4} style={{ fontSize: 12 }}>
              <Blocker order={order} />
              <Holder order={order} />
              <Lateness order={order} />
            </Space>
          </>
        )}
      />
    </Card>
  );
}

export default function Dashboard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useOrderSummaryFigures(can(me, 'orders:read'));
  const inbox = useInboxPreview(can(me, 'review:read'));
  const figures = summary.data;
  const exceptions = figures?.byStatus.find((s) => s.status === 'exception')?.count ?? 0;
  const inProgress = figures?.byStatus.filter((s) => !['completed', 'cancelled'].includes(s.status)).reduce((sum, s) => sum + s.count, 0) ?? 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('dashboard.title', { name: me.name })}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.todayIntake')} value={figures?.today.received ?? 0} loading={summary.isPending} data-testid="today-intake" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.open')} value={inProgress} loading={summary.isPending} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Link to="/orders?status=exception">
              <Statistic title={t('dashboard.exceptions')} value={exceptions} loading={summary.isPending} styles={{ content: { color: exceptions ? '#cf1322' : undefined } }} />
            </Link>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('dashboard.monthAmount')}
              value={figures?.monthToDate.amounts.map((a) => format.money(a.totalMinor, a.currency)).join(' · ') || format.money(0, 'CNY')}
              loading={summary.isPending}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={8}>
          <LateList />
        </Col>
        <Col xs={24} md={8}>
          <SlaList state="at_risk" title={t('dashboard.atRisk')} />
        </Col>
        {can(me, 'review:read') && (
          <Col xs={24} md={8}>
            <Card size="small" title={t('dashboard.myInbox')} extra={<Link to="/review">{t('dashboard.all')}</Link>}>
              <Rows
                loading={inbox.isPending}
                dataSource={inbox.data?.items ?? []}
                emptyText={t('dashboard.nothing')}
                renderItem={(item) => (
                  <>
                    <Space wrap>
                      <Link to={`/orders/${item.orderId}`}>{item.orderNumber}</Link>
                      <PriorityTag level={item.priority} />
                    </Space>
                    <Typography.Text type="secondary">{item.step.name[format.locale === 'en' ? 'en' : 'zh-CN']}</Typography.Text>
                  </>
                )}
              />
            </Card>
          </Col>
        )}
      </Row>
      {figures && (
        <Suspense fallback={<Card loading />}>
          <DashboardCharts figures={figures} />
        </Suspense>
      )}
    </Space>
  );
}
