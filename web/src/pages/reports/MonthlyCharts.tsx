import { useEffect, useRef } from 'react';
import { Card, Col, Row } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../api/monthly-report';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One chart: this month's and last month's bars per dimension; a click on a bar opens that figure's orders. */
function ComparisonChart({ title, figures, name, scale = 1, onOpen }: { title: string; figures: Figure[]; name: (f: Figure) => string; scale?: number; onOpen: (f: Figure) => void }) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 8, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: figures.map(name), axisLabel: { interval: 0, overflow: 'truncate', width: 90 } },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('monthlyReport.thisMonth'), data: figures.map((f) => (f.value === null ? null : f.value * scale)), itemStyle: { color: '#1f5fbf' } },
        { type: 'bar', name: t('monthlyReport.previousMonth'), data: figures.map((f) => (f.previous === null ? null : f.previous * scale)), itemStyle: { color: '#9db4d6' } },
      ],
    } satisfies echarts.EChartsCoreOption);
    chart.on('click', (event) => {
      if (event.seriesIndex === 0) onOpen(figures[event.dataIndex]!);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [figures, name, scale, onOpen, t]);
  return (
    <Card size="small" title={title}>
      <div ref={element} role="img" aria-label={title} data-testid="monthly-chart" style={{ width: '100%', height: 260 }} />
    </Card>
  );
}

export interface ChartGroup {
  title: string;
  figures: Figure[];
  name: (f: Figure) => string;
  /** Ratios are drawn as percentages, money in the main unit. */
  scale?: number;
}

/** The month's breakdowns as bar charts against the month before (SPEC §11: charts in the interface). */
export default function MonthlyCharts({ groups, onOpen }: { groups: ChartGroup[]; onOpen: (f: Figure) => void }) {
  return (
    <Row gutter={[12, 12]}>
      {groups
        // A breakdown with nothing measured in either month draws no empty axes.
        .filter((g) => g.figures.some((f) => f.value !== null || f.previous !== null))
        .map((g) => (
          <Col xs={24} lg={12} key={g.title}>
            <ComparisonChart title={g.title} figures={g.figures} name={g.name} scale={g.scale} onOpen={onOpen} />
          </Col>
        ))}
    </Row>
  );
}
