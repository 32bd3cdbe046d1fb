import { useState } from 'react';
import { App, Button, Card, Descriptions, Popconfirm, Result, Space, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { customerKeys, setMarketingOptOut, updateCustomer, useCustomer, useStaff, type Customer } from '../api/customers';
import { can, useMe } from '../api/session';
import { CustomerFollowUps } from '../components/CustomerFollowUps';
import { CustomerForm } from '../components/CustomerForm';
import { CustomerTimeline } from '../components/CustomerTimeline';
import { PortalUsersCard } from '../components/PortalUsersCard';
import { CustomerReceivablesCard } from '../components/Payments';
import { problemMessage } from '../components/problems';
import { RelatedOrders } from '../components/OrderTable';
import { Rows } from '../components/Rows';
import { useFormat } from '../format';
import { TierTag } from './CustomerList';

/** Deactivates (no new orders, out of pickers) or reactivates a customer, against the version on screen. */
function ActiveSwitch({ customer, onSaved }: { customer: Customer; onSaved: (customer: Customer) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    try {
      onSaved(await updateCustomer(customer, { active: !customer.active }));
    } catch (err) {
      void message.error(problemMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return customer.active ? (
    <Popconfirm title={t('masterData.customer.deactivateConfirm')} okText={t('masterData.customer.deactivate')} cancelText={t('common.cancel')} onConfirm={() => void toggle()}>
      <Button danger loading={busy}>
        {t('masterData.customer.deactivate')}
      </Button>
    </Popconfirm>
  ) : (
    <Button loading={busy} onClick={() => void toggle()}>
      {t('masterData.customer.reactivate')}
    </Button>
  );
}

/** Whether the customer takes marketing: when they opted out (by a campaign's link or through staff), and a button to set or clear it. */
function MarketingOptOut({ customer, mayWrite, onSaved }: { customer: Customer; mayWrite: boolean; onSaved: (customer: Customer) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const optedOut = customer.marketingOptOutAt !== null;
  const toggle = async () => {
    setBusy(true);
    try {
      onSaved(await setMarketingOptOut(customer.id, !optedOut));
    } catch (err) {
      void message.error(problemMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space wrap data-testid="marketing-opt-out">
      {optedOut ? <Tag color="orange">{t('campaigns.customer.optedOutAt', { at: format.dateTime(customer.marketingOptOutAt!) })}</Tag> : <Tag color="green">{t('campaigns.customer.takesMarketing')}</Tag>}
      {mayWrite &&
        (optedOut ? (
          <Button size="small" loading={busy} onClick={() => void toggle()}>
            {t('campaigns.customer.optIn')}
          </Button>
        ) : (
          <Popconfirm title={t('campaigns.customer.optOutConfirm')} okText={t('campaigns.customer.optOut')} cancelText={t('common.cancel')} onConfirm={() => void toggle()}>
            <Button size="small" loading={busy}>
              {t('campaigns.customer.optOut')}
            </Button>
          </Popconfirm>
        ))}
    </Space>
  );
}

/** One customer: terms, contacts, addresses, portal users, follow-ups, their timeline and their orders; edit and deactivate. */
export default function CustomerDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const customer = useCustomer(id);
  const staff = useStaff();
  const [editing, setEditing] = useState(false);
  if (customer.isPending) return <Card loading />;
  if (customer.isError) return <Result status="error" title={problemMessage(t, customer.error)} />;
  const c = customer.data;
  const mayWrite = can(me.data, 'customers:write');
  const saved = (next: Customer) => {
    queryClient.setQueryData(customerKeys.customer(next.id), next);
    void queryClient.invalidateQueries({ queryKey: customerKeys.all });
  };
  const owner = c.ownerUserId ? (staff.data?.items.find((s) => s.id === c.ownerUserId)?.name ?? '—') : '—';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {c.name}
          </Typography.Title>
          <TierTag tier={c.tier} />
          {!c.active && <Tag color="red">{t('masterData.customer.inactive')}</Tag>}
        </Space>
        {mayWrite && (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('masterData.edit')}
            </Button>
            <ActiveSwitch customer={c} onSaved={saved} />
          </Space>
        )}
      </Space>
      {!c.active && <Typography.Text type="warning">{t('masterData.customer.inactiveHint')}</Typography.Text>}
      {editing && (
        <CustomerForm
          customer={c}
          onClose={() => setEditing(false)}
          onSaved={(next) => {
            setEditing(false);
            saved(next);
          }}
        />
      )}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('customers.type')}>{t(`customerType.${c.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('customers.tier')}>{c.tierPinned ? t('masterData.customer.tierPinned') : t('masterData.customer.tierDerived')}</Descriptions.Item>
          <Descriptions.Item label={t('masterData.customer.owner')}>{owner}</Descriptions.Item>
          <Descriptions.Item label={t('masterData.customer.timeZone')}>{c.timeZone ?? t('masterData.customer.companyZone')}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.customer.label')}>
            <MarketingOptOut customer={c} mayWrite={mayWrite} onSaved={saved} />
          </Descriptions.Item>
          <Descriptions.Item label={t('customers.creditLimit')}>{format.money(c.creditLimitMinor, c.currency)}</Descriptions.Item>
          <Descriptions.Item label={t('customers.terms')}>{t(`terms.${c.paymentTerms.kind}`, { days: c.paymentTerms.netDays })}</Descriptions.Item>
          {c.tags.length > 0 && <Descriptions.Item label={t('customers.tags')}>{c.tags.join(', ')}</Descriptions.Item>}
          {c.notes && <Descriptions.Item label={t('customers.notes')}>{c.notes}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={t('customers.contacts')}>
        <Rows dataSource={c.contacts} renderItem={(contact) => <>{[contact.name, contact.title, contact.phone, contact.email].filter(Boolean).join(' · ')}</>} />
      </Card>
      <Card size="small" title={t('customers.addresses')}>
        <Rows
          dataSource={c.addresses}
          renderItem={(a) => (
            <>
              {[a.label, a.region, a.city, a.district, a.line1, a.recipient, a.phone].filter((v) => typeof v === 'string' && v).join(' ')}
              {a.isDefault && <Tag style={{ marginLeft: 8 }}>{t('masterData.customer.defaultAddress')}</Tag>}
            </>
          )}
        />
      </Card>
      {mayWrite && <PortalUsersCard customerId={c.id} />}
      {me.data && <CustomerReceivablesCard customerId={c.id} me={me.data} />}
      {can(me.data, 'tasks:read') && <CustomerFollowUps customerId={c.id} mayWork={can(me.data, 'tasks:write')} />}
      <CustomerTimeline customerId={c.id} />
      <RelatedOrders filters={{ customerId: c.id }} showCustomer={false} />
    </Space>
  );
}
