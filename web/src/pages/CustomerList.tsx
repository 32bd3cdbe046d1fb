import { useState } from 'react';
import { Button, Input, Segmented, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { customerKeys, useCustomerPages, type CustomerSummary } from '../api/customers';
import { can, useMe } from '../api/session';
import { CustomerForm } from '../components/CustomerForm';
import { DataTable } from '../components/DataTable';
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
      <DataTable<CustomerSummary>
        preferenceKey="table.customers"
        rowKey="id"
        loading={customers.isPending}
        rows={rows}
        hasMore={customers.hasNextPage}
        onLoadMore={() => void customers.fetchNextPage()}
        loadingMore={customers.isFetchingNextPage}
        onReload={() => void customers.refetch()}
        onRow={(c) => ({ onClick: () => navigate(`/customers/${c.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            key: 'name',
            title: t('customers.name'),
            sorter: (a, b) => a.name.localeCompare(b.name),
            render: (_, c) => (
              <Space size={4}>
                <Link to={`/customers/${c.id}`}>{c.name}</Link>
                {!c.active && <Tag>{t('masterData.customer.inactive')}</Tag>}
              </Space>
            ),
          },
          { key: 'contact', title: t('customers.contacts'), render: (_, c) => c.contacts.filter((x) => x.primary).concat(c.contacts).slice(0, 1).map((x) => [x.name, x.phone].filter(Boolean).join(' ')).join('') || '—' },
          { key: 'tier', title: t('customers.tier'), dataIndex: 'tier', render: (tier: string) => <TierTag tier={tier} /> },
          { key: 'type', title: t('customers.type'), dataIndex: 'type', render: (type: string) => t(`customerType.${type}`) },
          { key: 'creditLimit', title: t('customers.creditLimit'), align: 'right', sorter: (a, b) => a.creditLimitMinor - b.creditLimitMinor, render: (_, c) => format.money(c.creditLimitMinor, c.currency) },
          { key: 'terms', title: t('customers.terms'), render: (_, c) => t(`terms.${c.paymentTerms.kind}`, { days: c.paymentTerms.netDays }) },
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
    </Space>
  );
}
