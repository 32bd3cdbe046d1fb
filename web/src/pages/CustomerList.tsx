import { useState } from 'react';
import { Button, Input, Segmented, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { customerExportHref, customerKeys, useCustomerCount, useCustomerPages, type CustomerSummary } from '../api/customers';
import { can, useMe } from '../api/session';
import { CustomerForm } from '../components/CustomerForm';
import { DataTable } from '../components/DataTable';
import { useUrlParams, useUrlSort } from '../components/url-params';
import { useFormat } from '../format';
import { QueryError } from '../components/QueryError';

const tierColours: Record<string, string> = { vip: 'gold', normal: 'blue', new: 'default' };

export function TierTag({ tier }: { tier: string }) {
  const { t } = useTranslation();
  return <Tag color={tierColours[tier]}>{t(`tier.${tier}`)}</Tag>;
}

/** The columns the server sorts the customer list by. */
const customerSorts = ['name', 'tier', 'created', 'creditLimit'] as const;

/** The export writes the visible columns in their order; the phone goes beside the contact and the currency beside the amount. */
function exportColumnsOf(shown: string[]): string {
  const alongside: Record<string, string[]> = { contact: ['contact', 'phone'], creditLimit: ['creditLimit', 'currency'] };
  return shown.flatMap((key) => alongside[key] ?? [key]).join(',');
}

export default function CustomerList() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const { params, setParam } = useUrlParams();
  const { sort, setSort } = useUrlSort(customerSorts);
  const [creating, setCreating] = useState(false);
  const q = params.get('q') ?? undefined;
  // Active customers unless the filter asks for the deactivated ones (or all).
  const shown = params.get('active') ?? 'true';
  const filters = { q, active: shown === 'all' ? undefined : shown === 'true' };
  const query = { ...filters, sort: sort?.key, order: sort?.order };
  const customers = useCustomerPages(query);
  const total = useCustomerCount(filters);
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
        total={total.data?.total}
        sort={sort}
        onSort={setSort}
        exportHref={(fileFormat, shown) => customerExportHref({ ...query, format: fileFormat, columns: exportColumnsOf(shown), lang: i18n.language === 'en' ? 'en' : 'zh-CN' })}
        hasMore={customers.hasNextPage}
        onLoadMore={() => void customers.fetchNextPage()}
        loadingMore={customers.isFetchingNextPage}
        onReload={() => void Promise.all([customers.refetch(), total.refetch()])}
        onRow={(c) => ({ onClick: () => navigate(`/customers/${c.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            key: 'name',
            title: t('customers.name'),
            sortKey: 'name',
            render: (_, c) => (
              <Space size={4}>
                <Link to={`/customers/${c.id}`}>{c.name}</Link>
                {!c.active && <Tag>{t('masterData.customer.inactive')}</Tag>}
              </Space>
            ),
          },
          { key: 'contact', title: t('customers.contacts'), render: (_, c) => c.contacts.filter((x) => x.primary).concat(c.contacts).slice(0, 1).map((x) => [x.name, x.phone].filter(Boolean).join(' ')).join('') || '—' },
          { key: 'tier', title: t('customers.tier'), sortKey: 'tier', dataIndex: 'tier', render: (tier: string) => <TierTag tier={tier} /> },
          { key: 'type', title: t('customers.type'), dataIndex: 'type', render: (type: string) => t(`customerType.${type}`) },
          { key: 'creditLimit', title: t('customers.creditLimit'), align: 'right', sortKey: 'creditLimit', render: (_, c) => format.money(c.creditLimitMinor, c.currency) },
          { key: 'terms', title: t('customers.terms'), render: (_, c) => t(`terms.${c.paymentTerms.kind}`, { days: c.paymentTerms.netDays }) },
          { key: 'created', title: t('listExport.created'), sortKey: 'created', render: (_, c) => format.dateTime(c.createdAt) },
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
