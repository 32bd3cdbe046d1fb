import { useState } from 'react';
import { ReportTabs } from './Monthly';
import { Button, Card, Space, Table, Typography } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { can, useMe } from '../../api/session';
import { ActionDialog, type ActionSeed } from './ActionDialog';
import { useTranslation } from 'react-i18next';
import { useBottlenecks, type BottleneckReport } from '../../api/process-reports';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format';
import { OrdersFigure, PeriodPicker, usePeriod } from './period';

type DelayGroup = BottleneckReport['delays']['byStage'][number];

/** Where orders spend their time in a period, and what each person carried (SPEC §11, appraisal). */
export default function Bottlenecks() {
  const { t } = useTranslation();
  const format = useFormat();
  const { from, to, setPeriod } = usePeriod();
  const report = useBottlenecks({ from, to });
  const data = report.data;
  const time = (seconds: number | null) => (seconds === null ? '—' : format.duration(seconds));
  const stageName = (key: string) => t(`processReports.stage.${key}`, { defaultValue: key });
  const roleName = (role: string) => t(`role.${role}`, { defaultValue: role });
  const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
  const figure = (key: string) => ({ report: 'bottlenecks' as const, query: { from, to }, figure: key });
  const me = useMe();
  const [seed, setSeed] = useState<ActionSeed>();
  /*
   * A bottleneck is acted on through the monthly figure it drives, measured on the month of the
   * last review: late stages and delays make late deliveries; slow review steps slow the response.
   */
  const actionColumn = (metric: ActionSeed['metric'], titleOf: (key: string) => string) =>
    can(me.data, 'settings:write')
      ? [
          {
            title: t('improvementActions.operations'),
            key: 'action',
            render: (_: unknown, row: { key: string }) => (
              <Button type="link" size="small" icon={<FlagOutlined />} onClick={() => setSeed({ fromMonth: dayjs().subtract(1, 'month').format('YYYY-MM'), metric, dimension: null, currency: null, title: titleOf(row.key) })}>
                {t('improvementActions.createShort')}
              </Button>
            ),
          },
        ]
      : [];
  const lateIn = (label: string) => t('improvementActions.fewerDelaysIn', { what: label });

  const delayTable = (grouping: keyof BottleneckReport['delays'], title: string, rows: DelayGroup[], label: (key: string) => string, testId: string) => (
    <Card size="small" title={title} data-testid={testId}>
      <Table<DelayGroup>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('processReports.columns.group'), dataIndex: 'key', render: (key: string) => label(key) },
          { title: t('processReports.columns.delays'), dataIndex: 'delays', align: 'right' },
          { title: t('processReports.columns.delayDays'), dataIndex: 'days', align: 'right' },
          { title: t('processReports.columns.orders'), key: 'orders', align: 'right', render: (_, row) => <OrdersFigure value={row.orders} count={row.orders} source={figure(`delays.${grouping}:${row.key}`)} title={`${title} · ${label(row.key)}`} /> },
          ...actionColumn('onTime.lateCount', (key) => lateIn(label(key))),
        ]}
      />
    </Card>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ReportTabs />
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('processReports.bottlenecks.title')}
        </Typography.Title>
        <PeriodPicker from={from} to={to} onChange={setPeriod} />
      </Space>
      <Typography.Paragraph type="secondary">{t('processReports.bottlenecks.intro')}</Typography.Paragraph>
      <QueryError query={report} />
      <Card size="small" title={t('processReports.bottlenecks.stages')} data-testid="stage-times">
        <Table
          size="small"
          rowKey="key"
          loading={report.isPending}
          pagination={false}
          dataSource={data?.stages ?? []}
          columns={[
            { title: t('processReports.columns.stage'), dataIndex: 'key', render: (key: string) => stageName(key) },
            { title: t('processReports.columns.department'), dataIndex: 'ownerRole', render: (role: string) => roleName(role) },
            { title: t('processReports.columns.count'), dataIndex: 'stages', align: 'right' },
            { title: t('processReports.columns.finished'), dataIndex: 'finished', align: 'right' },
            { title: t('processReports.columns.median'), dataIndex: 'medianSeconds', align: 'right', render: time },
            { title: t('processReports.columns.p90'), dataIndex: 'p90Seconds', align: 'right', render: time },
            {
              title: t('processReports.columns.late'),
              dataIndex: 'late',
              align: 'right',
              render: (late: number, row) => <OrdersFigure value={late} count={row.lateOrders} source={figure(`late:${row.key}`)} title={t('processReports.bottlenecks.lateIn', { stage: stageName(row.key) })} />,
            },
            ...actionColumn('onTime.lateCount', (key) => lateIn(stageName(key))),
          ]}
        />
      </Card>
      <Card size="small" title={t('processReports.bottlenecks.reviewSteps')} data-testid="review-times">
        <Table
          size="small"
          rowKey="key"
          loading={report.isPending}
          pagination={false}
          dataSource={data?.reviewSteps ?? []}
          columns={[
            { title: t('processReports.columns.step'), dataIndex: 'key', render: (key: string) => t(`processReports.step.${key}`, { defaultValue: key }) },
            { title: t('processReports.columns.role'), dataIndex: 'role', render: (role: string) => roleName(role) },
            { title: t('processReports.columns.count'), dataIndex: 'steps', align: 'right' },
            { title: t('processReports.columns.decided'), dataIndex: 'decided', align: 'right' },
            { title: t('processReports.columns.median'), dataIndex: 'medianSeconds', align: 'right', render: time },
            { title: t('processReports.columns.p90'), dataIndex: 'p90Seconds', align: 'right', render: time },
            ...actionColumn('response.averageHours', (key) => t('improvementActions.fasterStep', { step: t(`processReports.step.${key}`, { defaultValue: key }) })),
          ]}
        />
      </Card>
      <Card size="small" title={t('processReports.bottlenecks.inboxes')} data-testid="inboxes">
        <Table
          size="small"
          rowKey="role"
          loading={report.isPending}
          pagination={false}
          dataSource={data?.inboxes ?? []}
          columns={[
            { title: t('processReports.columns.role'), dataIndex: 'role', render: (role: string) => roleName(role) },
            { title: t('processReports.columns.decided'), dataIndex: 'decided', align: 'right' },
            { title: t('processReports.columns.medianWait'), dataIndex: 'medianSeconds', align: 'right', render: time },
            { title: t('processReports.columns.p90'), dataIndex: 'p90Seconds', align: 'right', render: time },
            { title: t('processReports.columns.waiting'), dataIndex: 'waiting', align: 'right' },
            { title: t('processReports.columns.oldestWaiting'), dataIndex: 'oldestWaitingSince', render: (at: string | null) => (at ? format.dateTime(at) : '—') },
          ]}
        />
      </Card>
      {data && delayTable('byStage', t('processReports.bottlenecks.delaysByStage'), data.delays.byStage, stageName, 'delays-by-stage')}
      {data && delayTable('byCause', t('processReports.bottlenecks.delaysByCause'), data.delays.byCause, (key) => key, 'delays-by-cause')}
      {data && delayTable('byDepartment', t('processReports.bottlenecks.delaysByDepartment'), data.delays.byDepartment, roleName, 'delays-by-department')}
      {data && delayTable('byCategory', t('processReports.bottlenecks.delaysByCategory'), data.delays.byCategory, (key) => key || t('processReports.uncategorised'), 'delays-by-category')}
      <Card size="small" title={t('processReports.bottlenecks.people')} data-testid="people">
        <Table
          size="small"
          rowKey="userId"
          loading={report.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={data?.people ?? []}
          columns={[
            { title: t('processReports.columns.person'), dataIndex: 'name' },
            { title: t('processReports.columns.ordersHandled'), dataIndex: 'ordersHandled', align: 'right' },
            { title: t('processReports.columns.decisions'), dataIndex: 'decisions', align: 'right' },
            { title: t('processReports.columns.responseTime'), dataIndex: 'medianResponseSeconds', align: 'right', render: time },
            { title: t('processReports.columns.slaHitRate'), key: 'sla', align: 'right', render: (_, row) => (row.slaDue === 0 ? '—' : `${percent(row.slaHitRate)} (${row.slaDue})`) },
            { title: t('processReports.columns.casesOwned'), dataIndex: 'casesOwned', align: 'right' },
            { title: t('processReports.columns.casesResolved'), dataIndex: 'casesResolved', align: 'right' },
            { title: t('processReports.columns.resolutionTime'), dataIndex: 'medianResolutionSeconds', align: 'right', render: time },
          ]}
        />
      </Card>
      {seed && <ActionDialog seed={seed} onClose={() => setSeed(undefined)} />}
    </Space>
  );
}
