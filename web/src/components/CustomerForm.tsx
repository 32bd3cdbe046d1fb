import { Button, Checkbox, Col, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/client';
import { createCustomer, updateCustomer, useStaff, type Customer, type NewCustomer } from '../api/customers';
import { FormModal } from './FormModal';
import { customerTiers, customerTypes, paymentTermKinds, timeZones, toMajor, toMinor } from './master-data-options';
import { useServerForm } from './server-form';

type Tier = (typeof customerTiers)[number];

interface CustomerValues {
  name: string;
  type: (typeof customerTypes)[number];
  /** `auto`: derived from completed orders (new, then normal); a tier: pinned by a person. */
  tier: 'auto' | Tier;
  creditLimit?: number | null;
  termsKind: (typeof paymentTermKinds)[number];
  netDays?: number | null;
  contacts: { name?: string; title?: string; phone?: string; email?: string; primary?: boolean }[];
  addresses: { label?: string; recipient?: string; phone?: string; region?: string; city?: string; district?: string; line1?: string; isDefault?: boolean }[];
  ownerUserId?: string | null;
  tags: string[];
  timeZone?: string | null;
  sourceChannel?: string;
  notes?: string;
}

const listRows = 50;
const contactFields = ['name', 'title', 'phone', 'email'];
const addressFields = ['label', 'recipient', 'phone', 'region', 'city', 'district', 'line1'];
/** Every field by name path, so that a problem the server finds lands on its field. */
const fields = [
  'name',
  'type',
  'tier',
  'creditLimit',
  'termsKind',
  'netDays',
  'ownerUserId',
  'tags',
  'timeZone',
  'sourceChannel',
  'notes',
  'contacts',
  'addresses',
  ...Array.from({ length: listRows }, (_, i) => [...contactFields.map((f) => `contacts.${i}.${f}`), ...addressFields.map((f) => `addresses.${i}.${f}`)]).flat(),
];

/** The server's paths for fields the form names otherwise. */
function place(problems: FieldProblem[]): FieldProblem[] {
  const renamed: Record<string, string> = { '/creditLimitMinor': '/creditLimit', '/paymentTerms/kind': '/termsKind', '/paymentTerms/netDays': '/netDays', '/paymentTerms': '/termsKind' };
  return problems.map((p) => ({ ...p, path: renamed[p.path] ?? p.path }));
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function toBody(values: CustomerValues): NewCustomer {
  return {
    name: values.name?.trim(),
    type: values.type,
    ...(values.tier === 'auto' ? { tierPinned: false } : { tier: values.tier, tierPinned: true }),
    creditLimitMinor: toMinor(values.creditLimit) ?? 0,
    paymentTerms: values.termsKind === 'net' ? { kind: 'net', netDays: values.netDays ?? undefined } : { kind: values.termsKind },
    contacts: values.contacts.map((c) => ({ name: c.name?.trim() ?? '', title: text(c.title), phone: text(c.phone), email: text(c.email), primary: c.primary || undefined })),
    addresses: values.addresses.map((a) => ({
      label: text(a.label),
      recipient: text(a.recipient),
      phone: text(a.phone),
      region: text(a.region),
      city: text(a.city),
      district: text(a.district),
      line1: a.line1?.trim() ?? '',
      isDefault: a.isDefault || undefined,
    })),
    ownerUserId: values.ownerUserId ?? null,
    tags: values.tags ?? [],
    timeZone: values.timeZone ?? null,
    sourceChannel: text(values.sourceChannel) ?? null,
    notes: text(values.notes) ?? null,
  };
}

function toValues(c: Customer): CustomerValues {
  return {
    name: c.name,
    type: c.type,
    tier: c.tierPinned ? c.tier : 'auto',
    creditLimit: toMajor(c.creditLimitMinor),
    termsKind: c.paymentTerms.kind,
    netDays: c.paymentTerms.netDays,
    contacts: c.contacts.map((x) => ({ ...x })),
    addresses: c.addresses.map((x) => ({ ...x })),
    ownerUserId: c.ownerUserId,
    tags: c.tags,
    timeZone: c.timeZone,
    sourceChannel: c.sourceChannel ?? undefined,
    notes: c.notes ?? undefined,
  };
}

const blank: CustomerValues = { name: '', type: 'company', tier: 'auto', termsKind: 'prepaid', contacts: [{ primary: true }], addresses: [], tags: [] };

/**
 * Creates a customer, or edits one against the version on screen: contacts, addresses,
 * tier (derived or pinned), credit limit, terms, owner, tags and time zone.
 */
export function CustomerForm({ customer, initialName, onClose, onSaved }: { customer?: Customer; initialName?: string; onClose: () => void; onSaved: (customer: Customer) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CustomerValues>();
  const staff = useStaff();
  const { busy, problem, send } = useServerForm(form, fields, place);
  const termsKind = Form.useWatch('termsKind', form);
  const required = { required: true, whitespace: true, message: t('fieldErrors.required') };

  const submit = (values: CustomerValues) =>
    send(async () => {
      const body = toBody(values);
      onSaved(customer ? await updateCustomer(customer, body) : await createCustomer(body));
    });

  return (
    <FormModal width={820} title={customer ? t('masterData.customer.editTitle', { name: customer.name }) : t('masterData.customer.newTitle')} busy={busy} problem={problem} onOk={() => form.submit()} onClose={onClose}>
      <Form<CustomerValues>
        form={form}
        name="customer"
        layout="vertical"
        initialValues={customer ? toValues(customer) : { ...blank, name: initialName ?? '' }}
        onFinish={(values) => void submit(values)}
        data-testid="customer-form"
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('customers.name')} rules={[required, { max: 200, message: t('fieldErrors.maxLength') }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="type" label={t('customers.type')}>
              <Select options={customerTypes.map((v) => ({ value: v, label: t(`customerType.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="tier" label={t('customers.tier')} extra={t('masterData.customer.tierHint')}>
              <Select options={[{ value: 'auto', label: t('masterData.customer.tierAuto') }, ...customerTiers.map((v) => ({ value: v, label: t(`tier.${v}`) }))]} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="creditLimit" label={t('masterData.customer.creditLimit')}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="termsKind" label={t('customers.terms')}>
              <Select options={paymentTermKinds.map((v) => ({ value: v, label: t(`masterData.customer.termsKind.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="netDays" label={t('masterData.customer.netDays')} rules={termsKind === 'net' ? [{ required: true, message: t('fieldErrors.required') }] : []}>
              <InputNumber min={1} max={365} precision={0} disabled={termsKind !== 'net'} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="ownerUserId" label={t('masterData.customer.owner')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={staff.isPending}
                options={(staff.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} · ${s.roles.map((r) => t(`role.${r}`, { defaultValue: r })).join('/')}` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="tags" label={t('customers.tags')}>
              <Select mode="tags" tokenSeparators={[',', '，']} open={false} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="timeZone" label={t('masterData.customer.timeZone')} extra={t('masterData.customer.timeZoneHint')}>
              <Select allowClear showSearch options={timeZones().map((z) => ({ value: z, label: z }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="sourceChannel" label={t('masterData.customer.source')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('customers.contacts')}</Divider>
        <Form.List name="contacts">
          {(items, { add, remove }) => (
            <>
              {items.map((item) => (
                <Row key={item.key} gutter={8} align="top">
                  <Col xs={12} md={5}>
                    <Form.Item name={[item.name, 'name']} rules={[required]}>
                      <Input placeholder={t('masterData.customer.contactName')} aria-label={t('masterData.customer.contactName')} maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[item.name, 'title']}>
                      <Input placeholder={t('masterData.customer.contactTitle')} aria-label={t('masterData.customer.contactTitle')} maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item name={[item.name, 'phone']}>
                      <Input placeholder={t('masterData.customer.phone')} aria-label={t('masterData.customer.phone')} inputMode="tel" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[item.name, 'email']}>
                      <Input placeholder={t('masterData.customer.email')} aria-label={t('masterData.customer.email')} inputMode="email" />
                    </Form.Item>
                  </Col>
                  <Col xs={18} md={3}>
                    <Form.Item name={[item.name, 'primary']} valuePropName="checked">
                      <Checkbox>{t('masterData.customer.primary')}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={1}>
                    <Button icon={<DeleteOutlined />} aria-label={t('masterData.remove')} onClick={() => remove(item.name)} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ primary: items.length === 0 })} disabled={items.length >= listRows}>
                {t('masterData.customer.addContact')}
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start">{t('customers.addresses')}</Divider>
        <Form.List name="addresses">
          {(items, { add, remove }) => (
            <>
              {items.map((item) => (
                <div key={item.key} style={{ marginBottom: 8 }}>
                  <Row gutter={8}>
                    <Col xs={8} md={4}>
                      <Form.Item name={[item.name, 'label']}>
                        <Input placeholder={t('masterData.customer.addressLabel')} aria-label={t('masterData.customer.addressLabel')} maxLength={50} />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4}>
                      <Form.Item name={[item.name, 'region']}>
                        <Input placeholder={t('masterData.customer.region')} aria-label={t('masterData.customer.region')} />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4}>
                      <Form.Item name={[item.name, 'city']}>
                        <Input placeholder={t('masterData.customer.city')} aria-label={t('masterData.customer.city')} />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4}>
                      <Form.Item name={[item.name, 'district']}>
                        <Input placeholder={t('masterData.customer.district')} aria-label={t('masterData.customer.district')} />
                      </Form.Item>
                    </Col>
                    <Col xs={16} md={8}>
                      <Form.Item name={[item.name, 'line1']} rules={[required]}>
                        <Input placeholder={t('masterData.customer.line1')} aria-label={t('masterData.customer.line1')} maxLength={300} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Row gutter={8}>
                    <Col xs={12} md={6}>
                      <Form.Item name={[item.name, 'recipient']}>
                        <Input placeholder={t('masterData.customer.recipient')} aria-label={t('masterData.customer.recipient')} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={[item.name, 'phone']}>
                        <Input placeholder={t('masterData.customer.phone')} aria-label={t('masterData.customer.recipientPhone')} inputMode="tel" />
                      </Form.Item>
                    </Col>
                    <Col xs={18} md={6}>
                      <Form.Item name={[item.name, 'isDefault']} valuePropName="checked">
                        <Checkbox>{t('masterData.customer.defaultAddress')}</Checkbox>
                      </Form.Item>
                    </Col>
                    <Col xs={6} md={6}>
                      <Button icon={<DeleteOutlined />} aria-label={t('masterData.remove')} onClick={() => remove(item.name)} />
                    </Col>
                  </Row>
                </div>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ isDefault: items.length === 0 })} disabled={items.length >= listRows}>
                {t('masterData.customer.addAddress')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="notes" label={t('customers.notes')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
