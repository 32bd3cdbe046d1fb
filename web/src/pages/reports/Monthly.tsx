import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { App as AntApp, Button, Card, Col, DatePicker, Drawer, Popconfirm, Row, Space, Spin, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DownloadOutlined, FlagOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { monthlyReportKeys, recomputeMonth, reportFileFormats, reportFileUrl, useFigureOrders, useMonthlyReport, type Figure, type MonthlyReport as MonthlyReportData } from '../../api/monthly-report';
import { can, useMe, type Me } from '../../api/session';
import { problemMessage } from '../../components/problems';
import { QueryError } from '../../components/QueryError';
import { StatusTag } from '../../components/tags';
import { useFormat } from '../../format';
import { ActionDialog, type ActionSeed } from './ActionDialog';
import type { ChartGroup } from './MonthlyCharts';
import { dimensionName, figureName as figureNameOf, figureValue } from './figures';
import { reportTabs } from './tabs';

// ECharts loads with the charts, after the figures are on screen.
const MonthlyCharts = lazy(() => import('./MonthlyCharts'));

/** The last month that has ended: what a manager opens the page for. */
const lastMonth = () => dayjs().subtract(1, 'month').format('YYYY-MM');

/** The Reports tabs: the monthly report here, the other reports beside it. */
export function ReportTabs() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const tabs = reportTabs.filter((tab) => can(me.data, tab.permission));
  return <Tabs activeKey={location.pathname} onChange={(path) => void navigate(path)} items={tabs.map((tab) => ({ key: tab.path, label: t(tab.label) }))} />;
}

/** The improvement actions open during the month, each with its figure this month against its baseline. */
function MonthActions({ month, actions }: { month: string; actions: MonthlyReportData['improvementActions'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card size="small" title={t('improvementActions.inMonth', { month })} data-testid="month-actions">
      <Table
        size="small"
        rowKey="id"
        dataSource={actions}
        pagination={false}
        locale={{ emptyText: t('improvementActions.noneInMonth') }}
        columns={[
          { title: t('improvementActions.title'), dataIndex: 'title' },
          { title: t('improvementActions.figure'), key: 'figure', render: (_, a) => figureNameOf(t, a) },
          { title: t('improvementActions.owner'), dataIndex: 'ownerName' },
          { title: t('improvementActions.statusLabel'), dataIndex: 'status', render: (status: string) => t(`improvementActions.status.${status}`) },
          { title: t('improvementActions.baseline'), key: 'baseline', align: 'right', render: (_, a) => figureValue(format, a, a.baseline) },
          { title: t('improvementActions.target'), key: 'target', align: 'right', render: (_, a) => figureValue(format, a, a.target) },
          { title: t('improvementActions.value'), key: 'value', align: 'right', render: (_, a) => figureValue(format, a, a.value) },
          {
            title: t('improvementActions.rightWay'),
            key: 'rightWay',
            render: (_, a) => (a.movedRightWay === null ? '—' : <Tag color={a.movedRightWay ? 'green' : 'red'}>{t(a.movedRightWay ? 'improvementActions.yes' : 'improvementActions.no')}</Tag>),
          },
        ]}
      />
    </Card>
  );
}

/** The orders behind one figure, each opening its order. */
function FigureOrdersDrawer({ month, figure, title, onClose }: { month: string; figure: Figure | undefined; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const orders = useFigureOrders(month, figure?.key);
  return (
    <Drawer open={figure !== undefined} onClose={onClose} title={title} size="large" destroyOnHidden>
      {orders.error ? (
        <QueryError query={orders} />
      ) : (
        <Table
          size="small"
          rowKey="id"
          loading={orders.isPending}
          dataSource={orders.data?.items ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          data-testid="figure-orders"
          columns={[
            { title: t('monthlyReport.order.number'), dataIndex: 'number', render: (number: string | null, o) => (
                <Link to={`/orders/${o.id}`} onClick={onClose}>
                  {number ?? '—'}
                </Link>
              ), },
            { title: t('monthlyReport.order.customer'), dataIndex: 'customerName' },
            { title: t('monthlyReport.order.status'), dataIndex: 'status', render: (status) => <StatusTag status={status} /> },
            { title: t('monthlyReport.order.received'), dataIndex: 'receivedAt', render: (at: string) => format.dateTime(at) },
          ]}
        />
      )}
    </Drawer>
  );
}

/** Reports → monthly (SPEC §11): a month's figures against the month before, charts, the orders behind every figure, files. */
export default function Monthly({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? lastMonth();
  const report = useMonthlyReport(month);
  const [opened, setOpened] = useState<Figure>();
  const [recomputing, setRecomputing] = useState(false);
  const [seed, setSeed] = useState<ActionSeed>();
  const managesActions = can(me, 'settings:write');

  const figureName = useCallback((f: Figure) => figureNameOf(t, f), [t]);
  const show = useCallback((f: Figure, value: number | null, signed = false) => figureValue(format, f, value, signed), [format]);

  const figures = useMemo(() => report.data?.figures ?? [], [report.data]);
  const byMetric = useCallback((metric: Figure['metric']) => figures.filter((f) => f.metric === metric), [figures]);
  const kpis = useMemo(
    () =>
      [
        figures.find((f) => f.key === 'orders.total'),
        figures.find((f) => f.key === 'response.averageHours'),
        figures.find((f) => f.key === 'response.medianHours'),
        figures.find((f) => f.key === 'deliveryCycle.averageDays'),
        figures.find((f) => f.key === 'exceptions.rate'),
        figures.find((f) => f.key === 'onTime.rate'),
        figures.find((f) => f.key === 'satisfaction.average:overall'),
        ...figures.filter((f) => f.metric === 'logistics.costPerOrder'),
      ].filter((f): f is Figure => f !== undefined),
    [figures],
  );
  const groups: ChartGroup[] = useMemo(
    () => [
      { title: t('monthlyReport.chart.channel'), figures: byMetric('orders.byChannel'), name: (f) => dimensionName(t, f) },
      { title: t('monthlyReport.chart.sla'), figures: byMetric('sla.hitRate'), name: (f) => dimensionName(t, f), scale: 100 },
      { title: t('monthlyReport.chart.satisfaction'), figures: byMetric('satisfaction.average'), name: (f) => dimensionName(t, f) },
      { title: t('monthlyReport.chart.carrierCost'), figures: byMetric('logistics.costByCarrier'), name: (f) => `${f.dimension} (${f.currency})`, scale: 0.01 },
      { title: t('monthlyReport.chart.complaints'), figures: byMetric('complaints.byProduct'), name: (f) => f.label ?? f.dimension ?? '' },
    ],
    [byMetric, t],
  );

  const recompute = async () => {
    setRecomputing(true);
    try {
      await recomputeMonth(month);
      await queryClient.invalidateQueries({ queryKey: monthlyReportKeys.month(month) });
      message.success(t('monthlyReport.recomputed'));
    } catch (error) {
      message.error(problemMessage(t, error));
    } finally {
      setRecomputing(false);
    }
  };

  const data = report.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('monthlyReport.title')}
      </Typography.Title>
      <ReportTabs />
      <Space wrap>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('monthlyReport.month')}
          value={dayjs(`${month}-01`)}
          disabledDate={(d: Dayjs) => d.isAfter(dayjs(), 'month')}
          onChange={(d: Dayjs | null) => d && setParams({ month: d.format('YYYY-MM') })}
        />
        {data && (
          <Tag color={data.state === 'closed' ? 'green' : 'blue'} data-testid="report-state">
            {data.state === 'closed' ? t('monthlyReport.closed', { revision: data.revision, at: format.dateTime(data.computedAt) }) : t('monthlyReport.open', { at: format.dateTime(data.computedAt) })}
          </Tag>
        )}
        {reportFileFormats.map((f) => (
          <Button key={f} icon={<DownloadOutlined />} href={reportFileUrl(month, f, i18n.language)} download={`monthly-report-${month}.${f}`}>
            {t(`monthlyReport.export.${f}`)}
          </Button>
        ))}
        {data?.state === 'closed' && can(me, 'settings:write') && (
          <Popconfirm title={t('monthlyReport.recomputeConfirm', { month })} onConfirm={() => void recompute()} okText={t('monthlyReport.recompute')}>
            <Button loading={recomputing}>{t('monthlyReport.recompute')}</Button>
          </Popconfirm>
        )}
      </Space>
      {report.error ? (
        <QueryError query={report} />
      ) : report.isPending ? (
        <Spin />
      ) : (
        <>
          <Typography.Text type="secondary">{t('monthlyReport.compared', { previous: data!.previousMonth, zone: data!.timeZone })}</Typography.Text>
          <Row gutter={[12, 12]}>
            {kpis.map((f) => (
              <Col xs={12} md={8} xl={6} key={f.key}>
                <Card
                  size="small"
                  hoverable
                  onClick={() => setOpened(f)}
                  data-testid={`kpi-${f.key}`}
                  actions={
                    managesActions
                      ? [
                          <Button
                            key="action"
                            type="link"
                            size="small"
                            icon={<FlagOutlined />}
                            onClick={(event) => {
                              event.stopPropagation();
                              setSeed({ fromMonth: month, metric: f.metric, dimension: f.dimension, currency: f.currency, title: t('improvementActions.titleFor', { figure: figureName(f) }) });
                            }}
                          >
                            {t('improvementActions.createShort')}
                          </Button>,
                        ]
                      : undefined
                  }
                >
                  <Statistic title={figureName(f)} value={show(f, f.value)} />
                  <Typography.Text type="secondary">
                    {t('monthlyReport.vsPrevious', { value: show(f, f.previous) })}{' '}
                    {f.change !== null && f.change !== 0 && (
                      <span>
                        {f.change > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {show(f, f.change, true)}
                      </span>
                    )}
                  </Typography.Text>
                </Card>
              </Col>
            ))}
          </Row>
          <Suspense fallback={<Spin />}>
            <MonthlyCharts groups={groups} onOpen={setOpened} />
          </Suspense>
          <Card size="small" title={t('monthlyReport.allFigures')}>
            <Table
              size="small"
              rowKey="key"
              dataSource={figures}
              pagination={false}
              data-testid="monthly-figures"
              columns={[
                { title: t('monthlyReport.column.figure'), key: 'figure', render: (_, f) => figureName(f) },
                { title: t('monthlyReport.column.value'), key: 'value', align: 'right', render: (_, f) => show(f, f.value) },
                { title: t('monthlyReport.column.previous'), key: 'previous', align: 'right', render: (_, f) => show(f, f.previous) },
                { title: t('monthlyReport.column.change'), key: 'change', align: 'right', render: (_, f) => show(f, f.change, true) },
                {
                  title: t('monthlyReport.column.orders'),
                  key: 'orders',
                  align: 'right',
                  render: (_, f) => (
                    <Button type="link" size="small" onClick={() => setOpened(f)} disabled={f.orders === 0}>
                      {t('monthlyReport.ordersLink', { count: f.orders })}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
          <MonthActions month={month} actions={data!.improvementActions} />
        </>
      )}
      {seed && <ActionDialog seed={seed} onClose={() => setSeed(undefined)} />}
      <FigureOrdersDrawer month={month} figure={opened} title={opened ? t('monthlyReport.ordersOf', { figure: figureName(opened), month }) : ''} onClose={() => setOpened(undefined)} />
    </Space>
  );
}
