import { Descriptions, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Priority, PriorityFactor } from '../api/orders';
import { useFormat } from '../format';
import { PriorityTag } from './tags';

/** What a factor looked at, in the reader's language. */
function FactorValue({ factor, currency }: { factor: PriorityFactor; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (factor.value === null) return <>{t('priority.noValue')}</>;
  if (factor.dimension === 'customer_tier') return <>{t(`tier.${String(factor.value)}`)}</>;
  if (factor.dimension === 'order_amount') return <>{format.money(Number(factor.value), currency)}</>;
  return <>{t('priority.days', { count: Number(factor.value) })}</>;
}

/** SPEC §4: the level, the score, and how each factor contributed (and any rule or override). */
export function PriorityExplain({ priority, currency }: { priority: Priority; currency: string }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="priority">
      <Space wrap>
        <PriorityTag level={priority.level} />
        <Typography.Text>{t('priority.score', { score: priority.score })}</Typography.Text>
      </Space>
      <Table<PriorityFactor>
        size="small"
        rowKey="dimension"
        pagination={false}
        dataSource={priority.factors}
        columns={[
          { title: t('priority.factor'), dataIndex: 'dimension', render: (d: string) => t(`priority.dimension.${d}`) },
          { title: t('priority.value'), render: (_, factor) => <FactorValue factor={factor} currency={currency} /> },
          { title: t('priority.level'), dataIndex: 'level', render: (level: string) => t(`priority.${level}`) },
          { title: t('priority.points'), align: 'right', render: (_, f) => `${f.points} × ${f.weight} = ${f.score}` },
        ]}
      />
      {priority.rules.map((rule) => (
        <Typography.Text key={rule.code} type="warning">
          {t(`priority.rule.${rule.code}`, { level: t(`priority.${rule.level}`) })}
        </Typography.Text>
      ))}
      {priority.override && (
        <Descriptions size="small" column={1} title={t('priority.override')}>
          <Descriptions.Item label={t('priority.level')}>{t(`priority.${priority.override.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('priority.reason')}>{priority.override.reason}</Descriptions.Item>
        </Descriptions>
      )}
    </Space>
  );
}
