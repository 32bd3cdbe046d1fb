import { useState } from 'react';
import { Button, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { customerKeys, useCustomerPages, type CustomerSummary } from '../api/customers';
import { can, useMe } from '../api/session';
import { CustomerForm } from '../components/CustomerForm';
import { useUrlParams } from '../components/url-params';
import { useFormat } from '../format';
import { QueryError } from '../components/QueryError';

const tierColours: Record<string, string> = { vip: 'gold', normal: 'blue', new: 'default' };

export function TierTag({ tier }: { tier: string }) {
  const { t } = useTranslation();
  return <Tag color={tierColours[tier]}>{t(`tier.${tier}`)}</Tag>;
}

export default function CustomerList() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const { params, setParam } = useUrlParams();
  const [creating, setCreating] = useState(false);
  const q = params.get('q') ?? undefined;
  // Active customers unless the filter asks for the deactivated ones (or all).
  const shown = params.get('active') ?? 'true';
  const customers = useCustomerPages({ q, active: shown === 'all' ? undefined : shown === 'true' });
  const rows = customers.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('customers.title')}
        </Typography.Title>
        {can(me.data, 'customers:write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('masterData.customer.new')}
          </Button>
        )}
      </Space>
      <Space wrap>
        <Input.Search allowClear defaultValue={q} placeholder={t('masterData.customer.search')} aria-label={t('masterData.customer.search')} onSearch={(value) => setParam('q', value.trim() || undefined)} style={{ width: 320 }} />
        <Segmented
          value={shown}
          onChange={(value) => setParam('active', value === 'true' ? undefined : String(value))}
          options={[
            { value: 'true', label: t('masterData.customer.showActive') },
            { value: 'false', label: t('masterData.customer.showInactive') },
            { value: 'all', label: t('masterData.customer.showAll') },
          ]}
        />
      </Space>
      <QueryError query={customers} />
      <Table<CustomerSummary>
        rowKey="id"
        size="small"
        loading={customers.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(c) => ({ onClick: () => navigate(`/customers/${c.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('customers.name'),
            dataIndex: 'name',
            render: (name: string, c) => (
              <Space size={4}>
                <Link to={`/customers/${c.id}`}>{name}</Link>
                {!c.active && <Tag>{t('masterData.customer.inactive')}</Tag>}
              </Space>
            ),
          },
          { title: t('customers.contacts'), render: (_, c) => c.contacts.filter((x) => x.primary).concat(c.contacts).slice(0, 1).map((x) => [x.name, x.phone].filter(Boolean).join(' ')).join('') || '—' },
          { title: t('customers.tier'), dataIndex: 'tier', render: (tier: string) => <TierTag tier={tier} /> },
          { title: t('customers.type'), dataIndex: 'type', render: (type: string) => t(`customerType.${type}`) },
          { title: t('customers.creditLimit'), align: 'right', render: (_, c) => format.money(c.creditLimitMinor, c.currency) },
          { title: t('customers.terms'), render: (_, c) => t(`terms.${c.paymentTerms.kind}`, { days: c.paymentTerms.netDays }) },
        ]}
      />
      {creating && (
        <CustomerForm
          initialName={q}
          onClose={() => setCreating(false)}
          onSaved={(customer) => {
            setCreating(false);
            void queryClient.invalidateQueries({ queryKey: customerKeys.all });
            navigate(`/customers/${customer.id}`);
          }}
        />
      )}
      {customers.hasNextPage && (
        <Button block onClick={() => void customers.fetchNextPage()} loading={customers.isFetchingNextPage}>
          {t('orders.more')}
        </Button>
      )}
    </Space>
  );
}
