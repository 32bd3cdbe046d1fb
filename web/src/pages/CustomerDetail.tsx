import { Card, Descriptions, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useCustomer } from '../api/customers';
import { can, useMe } from '../api/session';
import { PortalUsersCard } from '../components/PortalUsersCard';
import { CustomerReceivablesCard } from '../components/Payments';
import { problemMessage } from '../components/problems';
import { RelatedOrders } from '../components/OrderTable';
import { Rows } from '../components/Rows';
import { useFormat } from '../format';
import { TierTag } from './CustomerList';

/** One customer: terms, contacts, addresses, portal users and their orders. */
export default function CustomerDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const customer = useCustomer(id);
  if (customer.isPending) return <Card loading />;
  if (customer.isError) return <Result status="error" title={problemMessage(t, customer.error)} />;
  const c = customer.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {c.name}
        </Typography.Title>
        <TierTag tier={c.tier} />
      </Space>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('customers.type')}>{t(`customerType.${c.type}`)}</Descriptions.Item>
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
        <Rows dataSource={c.addresses} renderItem={(a) => <>{[a.label, a.region, a.city, a.district, a.line1].filter((v) => typeof v === 'string' && v).join(' ')}</>} />
      </Card>
      {can(me.data, 'customers:write') && <PortalUsersCard customerId={c.id} />}
      {me.data && <CustomerReceivablesCard customerId={c.id} me={me.data} />}
      <RelatedOrders filters={{ customerId: c.id }} showCustomer={false} />
    </Space>
  );
}
