import { Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ageingBuckets, useReceivablesAgeing, type ReceivablesAgeing } from '../api/payments';
import { useFormat } from '../format';
import { QueryError } from '../components/QueryError';

type Row = ReceivablesAgeing['rows'][number];

/** 应收账款: what every customer owes, by days overdue against their payment terms (finance). */
export default function Receivables() {
  const { t } = useTranslation();
  const format = useFormat();
  const ageing = useReceivablesAgeing();
  const data = ageing.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="receivables-page">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('payments.ageingTitle')}
      </Typography.Title>
      <QueryError query={ageing} />
      {data && <Typography.Text type="secondary">{t('payments.asOf', { date: format.date(data.asOf) })}</Typography.Text>}
      {data?.totals.map((total) => (
        <Card size="small" key={total.currency} title={t('payments.totalIn', { currency: total.currency })} data-testid="ageing-totals">
          <Space size="large" wrap>
            {ageingBuckets.map((bucket) => (
              <Space key={bucket} orientation="vertical" size={0}>
                <Typography.Text type="secondary">{t(`payments.buckets.${bucket}`)}</Typography.Text>
                <Typography.Text strong type={bucket !== 'current' && total.buckets[bucket] > 0 ? 'danger' : undefined}>
                  {format.money(total.buckets[bucket], total.currency)}
                </Typography.Text>
              </Space>
            ))}
            <Space orientation="vertical" size={0}>
              <Typography.Text type="secondary">{t('payments.outstanding')}</Typography.Text>
              <Typography.Text strong>{format.money(total.totalMinor, total.currency)}</Typography.Text>
            </Space>
          </Space>
        </Card>
      ))}
      <Card size="small">
        <Table<Row>
          size="small"
          rowKey={(r) => `${r.customerId}|${r.currency}`}
          loading={ageing.isPending}
          dataSource={data?.rows ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('payments.nothingOwed') }}
          scroll={{ x: true }}
          columns={[
            { title: t('orders.customer'), dataIndex: 'customerName', render: (name: string, r) => <Link to={`/customers/${r.customerId}`}>{name}</Link> },
            { title: t('payments.orders'), dataIndex: 'orders', align: 'right' },
            ...ageingBuckets.map((bucket) => ({
              title: t(`payments.buckets.${bucket}`),
              key: bucket,
              align: 'right' as const,
              render: (_: unknown, r: Row) => (r.buckets[bucket] > 0 ? <Typography.Text type={bucket === 'current' ? undefined : 'danger'}>{format.money(r.buckets[bucket], r.currency)}</Typography.Text> : '—'),
            })),
            { title: t('payments.outstanding'), dataIndex: 'totalMinor', align: 'right', render: (v: number, r) => <Typography.Text strong>{format.money(v, r.currency)}</Typography.Text> },
          ]}
        />
      </Card>
    </Space>
  );
}
