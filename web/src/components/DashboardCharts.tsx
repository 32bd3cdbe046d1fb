import { useEffect, useMemo, useRef } from 'react';
import { Card, Col, Row } from 'antd';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OrderSummaryFigures } from '../api/orders';

// Only the chart types the dashboard draws: this chunk loads after the first paint.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

function Chart({ option, label }: { option: echarts.EChartsCoreOption; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!);
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height: 260 }} />;
}

/** Month-to-date figures as charts (SPEC §11): intake per day, priority mix, channels, statuses. */
export default function DashboardCharts({ figures }: { figures: OrderSummaryFigures }) {
  const { t } = useTranslation();
  const options = useMemo(() => chartOptions(figures, t), [figures, t]);
  const month = figures.monthToDate;
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('dashboard.chartIntake', { from: month.from })}>
          <Chart option={options.perDay} label={t('dashboard.chartIntake', { from: month.from })} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('dashboard.chartStatus')}>
          <Chart option={options.byStatus} label={t('dashboard.chartStatus')} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('dashboard.chartPriority')}>
          <Chart option={options.byPriority} label={t('dashboard.chartPriority')} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('dashboard.chartChannel')}>
          <Chart option={options.byChannel} label={t('dashboard.chartChannel')} />
        </Card>
      </Col>
    </Row>
  );
}

function chartOptions(figures: OrderSummaryFigures, t: TFunction) {
  const month = figures.monthToDate;
  const perDay: echarts.EChartsCoreOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 32, right: 8, top: 16, bottom: 24 },
    xAxis: { type: 'category', data: month.byDay.map((d) => d.date.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('dashboard.received'), data: month.byDay.map((d) => d.received), itemStyle: { color: '#1f5fbf' } }],
  };
  const pie = (data: { name: string; value: number }[]): echarts.EChartsCoreOption => ({
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '42%'], data }],
  });
  const byStatus: echarts.EChartsCoreOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 96, right: 16, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: figures.byStatus.map((s) => t(`status.${s.status}`)) },
    series: [{ type: 'bar', data: figures.byStatus.map((s) => s.count), itemStyle: { color: '#d48806' } }],
  };
  return {
    perDay,
    byStatus,
    byPriority: pie(month.byPriority.map((p) => ({ name: t(`priority.${p.level}`), value: p.count }))),
    byChannel: pie(month.byChannel.map((c) => ({ name: t(`channel.${c.channel}`), value: c.count }))),
  };
}
