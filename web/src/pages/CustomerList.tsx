import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useCustomerPages, type CustomerSummary } from '../api/customers';
import { problemMessage } from '../components/problems';
import { useFormat } from '../format';

const tierColours: Record<string, string> = { vip: 'gold', normal: 'blue', new: 'default' };

export function TierTag({ tier }: { tier: string }) {
  const { t } = useTranslation();
  return <Tag color={tierColours[tier]}>{t(`tier.${tier}`)}</Tag>;
}

export default function CustomerList() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? undefined;
  const customers = useCustomerPages(q);
  const rows = customers.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('customers.title')}
      </Typography.Title>
      <Input.Search allowClear defaultValue={q} placeholder={t('customers.search')} aria-label={t('customers.search')} onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true })} style={{ maxWidth: 360 }} />
      {customers.isError && <Typography.Text type="danger">{problemMessage(t, customers.error)}</Typography.Text>}
      <Table<CustomerSummary>
        rowKey="id"
        size="small"
        loading={customers.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(c) => ({ onClick: () => navigate(`/customers/${c.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('customers.name'), dataIndex: 'name', render: (name: string, c) => <Link to={`/customers/${c.id}`}>{name}</Link> },
          { title: t('customers.tier'), dataIndex: 'tier', render: (tier: string) => <TierTag tier={tier} /> },
          { title: t('customers.type'), dataIndex: 'type', render: (type: string) => t(`customerType.${type}`) },
          { title: t('customers.creditLimit'), align: 'right', render: (_, c) => format.money(c.creditLimitMinor, c.currency) },
          { title: t('customers.terms'), render: (_, c) => t(`terms.${c.paymentTerms.kind}`, { days: c.paymentTerms.netDays }) },
        ]}
      />
      {customers.hasNextPage && (
        <Button block onClick={() => void customers.fetchNextPage()} loading={customers.isFetchingNextPage}>
          {t('orders.more')}
        </Button>
      )}
    </Space>
  );
}
