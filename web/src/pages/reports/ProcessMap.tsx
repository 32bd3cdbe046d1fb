import { ReportTabs } from './Monthly';
import { useMemo, useState } from 'react';
import { Alert, Card, Drawer, Segmented, Space, Statistic, Table, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MarkerType, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useProcessMap, type ProcessMapReport } from '../../api/process-reports';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format';
import { processGrid } from '../../order-process';
import { FigureOrderList, OrdersFigure, PeriodPicker, usePeriod } from './period';

type MapEdge = ProcessMapReport['edges'][number];
const orderTypes = ['all', 'standard', 'custom', 'urgent'] as const;

/** Green under an hour, amber under a day, red beyond: how long orders wait before the move. */
function waitColour(seconds: number | null, token: ReturnType<typeof theme.useToken>['token']): string {
  if (seconds === null || seconds < 3600) return token.colorSuccess;
  if (seconds < 86_400) return token.colorWarning;
  return token.colorError;
}

/**
 * The process map of a period (process mining on the audit trail): statuses as nodes, the
 * moves orders made as edges — width by how many orders, colour by the median wait — with
 * the slowest edge said in words, the variants, rework loops and conformance deviations.
 */
export default function ProcessMap() {
  const { t } = useTranslation();
  const format = useFormat();
  const { token } = theme.useToken();
  const { from, to, setPeriod, params, setParams } = usePeriod();
  const type = orderTypes.find((v) => v === params.get('type')) ?? 'all';
  const report = useProcessMap({ from, to, ...(type === 'all' ? {} : { type }) });
  const data = report.data;
  const [picked, setPicked] = useState<MapEdge | null>(null);
  const status = (s: string) => t(`status.${s}`, { defaultValue: s });
  const time = (seconds: number | null) => (seconds === null ? '—' : format.duration(seconds));
  const query = { from, to, ...(type === 'all' ? {} : { type }) };
  const figure = (key: string) => ({ report: 'process' as const, query, figure: key });

  const nodes = useMemo<Node[]>(
    () =>
      (data?.nodes ?? []).map((n) => {
        const cell = processGrid[n.status] ?? { column: 0, row: 4 };
        return {
          id: n.status,
          position: { x: cell.column * 170, y: cell.row * 110 },
          data: { label: `${status(n.status)} · ${n.cases}` },
          sourcePosition: Position.Right,
          targetPosition: Position.Left,
          style: { width: 130, fontSize: 12, padding: 6, background: token.colorBgContainer, border: `1px solid ${token.colorBorder}` },
        };
      }),
    [data, token, t],
  );
  const most = Math.max(1, ...(data?.edges ?? []).map((e) => e.cases));
  const edges = useMemo<Edge[]>(
    () =>
      (data?.edges ?? []).map((e) => {
        const colour = waitColour(e.medianSeconds, token);
        return {
          id: `${e.from}>${e.to}`,
          source: e.from,
          target: e.to,
          label: `${e.cases} · ${time(e.medianSeconds)}`,
          labelStyle: { fontSize: 11 },
          style: { stroke: colour, strokeWidth: 1 + (5 * e.cases) / most },
          markerEnd: { type: MarkerType.ArrowClosed, color: colour },
          data: { edge: e },
        };
      }),
    [data, token, most],
  );

  const setType = (next: (typeof orderTypes)[number]) => {
    const search = new URLSearchParams(params);
    if (next === 'all') search.delete('type');
    else search.set('type', next);
    setParams(search, { replace: true });
  };
  const slowest = data?.slowest;
  const slowestParams = slowest
    ? { ...slowest.params, from: status(String(slowest.params.from)), to: status(String(slowest.params.to)), time: time(Number(slowest.params.medianSeconds)), stage: t(`processReports.stage.${String(slowest.params.stage)}`, { defaultValue: String(slowest.params.stage) }) }
    : {};

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ReportTabs />
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('processReports.process.title')}
        </Typography.Title>
        <Space wrap>
          <Segmented value={type} onChange={(v) => setType(v as (typeof orderTypes)[number])} options={orderTypes.map((v) => ({ value: v, label: v === 'all' ? t('processReports.allTypes') : t(`orderType.${v}`) }))} />
          <PeriodPicker from={from} to={to} onChange={setPeriod} />
        </Space>
      </Space>
      <QueryError query={report} />
      {slowest && <Alert type="warning" showIcon data-testid="slowest-edge" title={t(`processReports.messages.${slowest.code}`, slowestParams)} />}
      <Space wrap size="large">
        <Statistic title={t('processReports.process.cases')} value={data?.cases ?? 0} />
        <Statistic title={t('processReports.process.variants')} value={data?.variants.length ?? 0} />
        <Statistic title={t('processReports.process.conformance')} value={data && data.conformance.transitions > 0 ? `${Math.round((data.conformance.conforming / data.conformance.transitions) * 100)}%` : '—'} />
      </Space>
      <Card size="small" title={t('processReports.process.map')} extra={<Typography.Text type="secondary">{t('processReports.process.legend')}</Typography.Text>}>
        <div style={{ height: 460 }} data-testid="process-map">
          <ReactFlow nodes={nodes} edges={edges} fitView nodesDraggable={false} nodesConnectable={false} onEdgeClick={(_, edge) => setPicked((edge.data as { edge: MapEdge }).edge)} proOptions={{ hideAttribution: true }} />
        </div>
      </Card>
      <Drawer open={picked !== null} onClose={() => setPicked(null)} title={picked ? `${status(picked.from)} → ${status(picked.to)}` : ''} destroyOnHidden>
        {picked && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('processReports.process.edgeFigures', { cases: picked.cases, occurrences: picked.occurrences, median: time(picked.medianSeconds), p90: time(picked.p90Seconds) })}</Typography.Text>
            <FigureOrderList source={figure(`edge:${picked.from}:${picked.to}`)} count={picked.cases} />
          </Space>
        )}
      </Drawer>
      <Card size="small" title={t('processReports.process.edges')} data-testid="edges">
        <Table<MapEdge>
          size="small"
          rowKey={(e) => `${e.from}>${e.to}`}
          loading={report.isPending}
          pagination={false}
          dataSource={data?.edges ?? []}
          columns={[
            { title: t('processReports.columns.move'), key: 'move', render: (_, e) => `${status(e.from)} → ${status(e.to)}` },
            { title: t('processReports.columns.orders'), dataIndex: 'cases', align: 'right', render: (cases: number, e) => <OrdersFigure value={cases} count={cases} source={figure(`edge:${e.from}:${e.to}`)} title={`${status(e.from)} → ${status(e.to)}`} /> },
            { title: t('processReports.columns.occurrences'), dataIndex: 'occurrences', align: 'right' },
            { title: t('processReports.columns.median'), dataIndex: 'medianSeconds', align: 'right', render: time },
            { title: t('processReports.columns.p90'), dataIndex: 'p90Seconds', align: 'right', render: time },
          ]}
        />
      </Card>
      <Card size="small" title={t('processReports.process.variants')} data-testid="variants">
        <Table
          size="small"
          rowKey={(v) => v.path.join('>')}
          pagination={false}
          dataSource={data?.variants ?? []}
          columns={[
            { title: t('processReports.columns.path'), key: 'path', render: (_, v) => v.path.map(status).join(' → ') },
            { title: t('processReports.columns.orders'), dataIndex: 'cases', align: 'right', render: (cases: number, v) => <OrdersFigure value={cases} count={cases} source={figure(`variant:${v.path.join('>')}`)} title={t('processReports.process.variant')} /> },
            { title: t('processReports.columns.share'), dataIndex: 'share', align: 'right', render: (share: number) => `${Math.round(share * 100)}%` },
          ]}
        />
      </Card>
      <Card size="small" title={t('processReports.process.rework')} data-testid="rework">
        <Table
          size="small"
          rowKey={(r) => `${r.event}>${r.from}>${r.to}`}
          pagination={false}
          dataSource={data?.rework ?? []}
          columns={[
            { title: t('processReports.columns.loop'), key: 'loop', render: (_, r) => `${t(`processReports.rework.${r.event}`, { defaultValue: r.event })}（${status(r.from)} → ${status(r.to)}）` },
            { title: t('processReports.columns.orders'), dataIndex: 'cases', align: 'right', render: (cases: number, r) => <OrdersFigure value={cases} count={cases} source={figure(`rework:${r.event}:${r.from}:${r.to}`)} title={t(`processReports.rework.${r.event}`, { defaultValue: r.event })} /> },
            { title: t('processReports.columns.occurrences'), dataIndex: 'occurrences', align: 'right' },
          ]}
        />
      </Card>
      <Card size="small" title={t('processReports.process.deviations')} data-testid="deviations">
        <Table
          size="small"
          rowKey={(d) => `${d.orderId}-${d.at}-${d.event}`}
          pagination={false}
          dataSource={data?.conformance.deviations ?? []}
          locale={{ emptyText: t('processReports.process.noDeviations') }}
          columns={[
            { title: t('processReports.columns.order'), key: 'order', render: (_, d) => <Link to={`/orders/${d.orderId}`}>{d.orderNumber ?? t('processReports.unnumbered')}</Link> },
            { title: t('processReports.columns.at'), dataIndex: 'at', render: (at: string) => format.dateTime(at) },
            { title: t('processReports.columns.move'), key: 'move', render: (_, d) => `${status(d.from)} → ${status(d.to)}（${d.event}）` },
            { title: t('processReports.columns.reason'), dataIndex: 'reason', render: (reason: string) => <Tag color="error">{t(`processReports.deviation.${reason}`)}</Tag> },
          ]}
        />
      </Card>
    </Space>
  );
}
