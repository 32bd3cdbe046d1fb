import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Result, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiProblem, newIdempotencyKey, type FieldProblem } from '../api/client';
import { customerKeys, type Customer } from '../api/customers';
import { orderKeys, placeOrder, previewOrder, type OrderDraft, type OrderPreview, type PlacedOrder } from '../api/orders';
import type { Found } from '../api/search';
import { CustomerForm } from '../components/CustomerForm';
import { Findings } from '../components/Findings';
import { toMinor } from '../components/master-data-options';
import { handEntryChannels, orderTypes, paymentStatuses } from '../components/options';
import { PriorityExplain } from '../components/PriorityExplain';
import { PromiseExplain } from '../components/PromiseExplain';
import { fieldMessage, namePath, problemMessage, showFieldProblems } from '../components/problems';
import { RemoteSelect } from '../components/RemoteSelect';
import { PriorityTag, StatusTag } from '../components/tags';
import { useFormat } from '../format';
import { useUnits } from '../units';

interface EntryValues {
  customerId?: string;
  channel: OrderDraft['channel'];
  type: OrderDraft['type'];
  paymentStatus: OrderDraft['paymentStatus'];
  requestedDeliveryDate?: Dayjs | null;
  lines: { productId?: string; quantity?: number | null; unitPrice?: number | null; discount?: number | null }[];
  contact?: { name?: string; phone?: string; email?: string };
  /** `address`: the customer's default (`default`), one of theirs by index, or a `new` one typed here. */
  delivery: { method: 'ship' | 'pickup'; address?: 'default' | 'new' | number; newAddress?: { region?: string; city?: string; district?: string; line1?: string; recipient?: string; phone?: string } };
  specialRequirements?: { text?: string; customization?: { name?: string; value?: string }[]; packaging?: string };
  externalRef?: string;
}

const newAddressFields = ['region', 'city', 'district', 'line1', 'recipient', 'phone'] as const;

/** The form's fields by name path, so a server problem lands on the field it names. */
function fieldKeys(values: EntryValues): Set<string> {
  const keys = [
    'customerId',
    'channel',
    'type',
    'paymentStatus',
    'requestedDeliveryDate',
    'externalRef',
    'contact.name',
    'contact.phone',
    'contact.email',
    'delivery.method',
    'delivery.address',
    ...newAddressFields.map((f) => `delivery.newAddress.${f}`),
    'specialRequirements',
    'specialRequirements.text',
    'specialRequirements.packaging',
  ];
  values.lines.forEach((_, i) => keys.push(`lines.${i}.productId`, `lines.${i}.quantity`, `lines.${i}.unitPrice`, `lines.${i}.discount`));
  return new Set(keys);
}

/** The server's paths for the fields this form names otherwise (prices in yuan, a new address). */
function formPath(path: string): string {
  return path
    .replace(/\/unitPriceMinor$/, '/unitPrice')
    .replace(/\/discountMinor$/, '/discount')
    .replace(/^\/delivery\/address\/(\w+)$/, '/delivery/newAddress/$1')
    .replace(/^\/specialRequirements\/customization.*$/, '/specialRequirements');
}

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The create body exactly as the API takes it; empty optional fields are left out. */
function toBody(values: EntryValues, customer: Customer | undefined) {
  const contact = values.contact && trimmed(values.contact.name) ? { name: trimmed(values.contact.name)!, phone: trimmed(values.contact.phone), email: trimmed(values.contact.email) } : undefined;
  const text = trimmed(values.specialRequirements?.text);
  const packaging = trimmed(values.specialRequirements?.packaging);
  const params = (values.specialRequirements?.customization ?? []).filter((p) => trimmed(p.name));
  const customization = params.length > 0 ? Object.fromEntries(params.map((p) => [p.name!.trim(), p.value?.trim() ?? ''])) : undefined;
  const chosen = values.delivery.address;
  const typed = values.delivery.newAddress ?? {};
  const address =
    values.delivery.method !== 'ship'
      ? undefined
      : chosen === 'new'
        ? Object.fromEntries(newAddressFields.map((f) => [f, f === 'line1' ? (typed.line1?.trim() ?? '') : trimmed(typed[f])]))
        : typeof chosen === 'number'
          ? customer?.addresses[chosen]
          : undefined;
  const { isDefault: _isDefault, ...shipTo } = (address ?? {}) as { isDefault?: boolean } & Record<string, unknown>;
  return {
    customerId: values.customerId,
    channel: values.channel,
    type: values.type,
    paymentStatus: values.paymentStatus,
    requestedDeliveryDate: values.requestedDeliveryDate ? values.requestedDeliveryDate.format('YYYY-MM-DD') : undefined,
    externalRef: trimmed(values.externalRef),
    lines: values.lines.map((line) => ({ productId: line.productId, quantity: line.quantity ?? undefined, unitPriceMinor: toMinor(line.unitPrice), discountMinor: toMinor(line.discount) })),
    contact,
    delivery: { method: values.delivery.method, ...(address ? { address: shipTo as { line1: string } } : {}) },
    specialRequirements: text || packaging || customization ? { text, packaging, customization } : undefined,
  };
}

const initialValues: EntryValues = { channel: 'phone', type: 'standard', paymentStatus: 'unpaid', lines: [{ quantity: 1 }], delivery: { method: 'ship', address: 'default' }, specialRequirements: { customization: [] } };

/** Order entry for phone, email and in-person orders (SPEC §3), with the live preview of what intake will make of it. */
export default function OrderEntry() {
  const { t } = useTranslation();
  const units = useUnits();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [preview, setPreview] = useState<OrderPreview>();
  const [problem, setProblem] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const [created, setCreated] = useState<PlacedOrder>();
  const [submitting, setSubmitting] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const serverMarked = useRef<(string | number)[][]>([]);
  const previewTimer = useRef<number>(undefined);
  const previewSeq = useRef(0);
  const [creatingCustomer, setCreatingCustomer] = useState(false);
  const [createdCustomers, setCreatedCustomers] = useState<Customer[]>([]);
  const customerId = Form.useWatch('customerId', form) as string | undefined;
  const deliveryMethod = Form.useWatch(['delivery', 'method'], form) as EntryValues['delivery']['method'] | undefined;
  const deliveryAddress = Form.useWatch(['delivery', 'address'], form) as EntryValues['delivery']['address'];
  const orderType = Form.useWatch('type', form) as EntryValues['type'] | undefined;
  const entryLines = Form.useWatch('lines', form) as EntryValues['lines'] | undefined;
  // The unit of each product picked on a line, so the quantity says what it counts.
  const [unitByProduct, setUnitByProduct] = useState<Record<string, string>>({});
  // The chosen customer's addresses, for the delivery address.
  const customer = useQuery({ queryKey: customerKeys.customer(customerId ?? ''), queryFn: () => api<Customer>(`/api/v1/customers/${customerId}`), enabled: !!customerId });
  const customerRef = useRef<Customer>(undefined);
  customerRef.current = customer.data;

  /** Clears what the server said last time, then shows its new field problems and findings. */
  const mark = (serverProblems: FieldProblem[], serverFindings: OrderPreview['exceptions'], touchedOnly: boolean) => {
    const problems = serverProblems.map((p) => ({ ...p, path: formPath(p.path) }));
    const findings = serverFindings.map((f) => (f.path ? { ...f, path: formPath(f.path) } : f));
    form.setFields(serverMarked.current.map((name) => ({ name, errors: [], warnings: [] })));
    const keys = fieldKeys(form.getFieldsValue(true) as EntryValues);
    const shown = touchedOnly ? problems.filter((p) => form.isFieldTouched(namePath(p.path))) : problems;
    setUnplaced(showFieldProblems(t, form, shown, keys));
    const warned = findings.filter((f) => f.path && keys.has(namePath(f.path).join('.')));
    form.setFields(warned.map((f) => ({ name: namePath(f.path!), warnings: [t(`findings.${f.code}`, { defaultValue: f.code })] })));
    serverMarked.current = [...shown.map((p) => p.path), ...warned.map((f) => f.path!)].map(namePath);
  };

  const runPreview = async () => {
    const values = form.getFieldsValue(true) as EntryValues;
    const ready = values.customerId && values.lines.some((l) => l.productId && l.quantity);
    if (!ready) {
      setPreview(undefined);
      return;
    }
    const seq = ++previewSeq.current;
    try {
      const result = await previewOrder(toBody(values, customerRef.current));
      if (seq !== previewSeq.current) return;
      setPreview(result);
      setProblem(undefined);
      mark([], [...result.exceptions, ...result.warnings], true);
    } catch (err) {
      if (seq !== previewSeq.current) return;
      setPreview(undefined);
      if (err instanceof ApiProblem) mark(err.errors, [], true);
    }
  };

  const schedulePreview = () => {
    window.clearTimeout(previewTimer.current);
    previewTimer.current = window.setTimeout(() => void runPreview(), 350);
  };
  useEffect(() => () => window.clearTimeout(previewTimer.current), []);

  const submit = async () => {
    const values = form.getFieldsValue(true) as EntryValues;
    setSubmitting(true);
    setProblem(undefined);
    try {
      const order = await placeOrder(toBody(values, customerRef.current), idempotencyKey.current);
      setCreated(order);
      void queryClient.invalidateQueries({ queryKey: orderKeys.all });
      void queryClient.invalidateQueries({ queryKey: orderKeys.summary });
    } catch (err) {
      // What was typed stays in the form; the problems go next to their fields.
      setProblem(err);
      if (err instanceof ApiProblem) mark(err.errors, [], false);
    } finally {
      setSubmitting(false);
    }
  };

  const startOver = () => {
    setCreated(undefined);
    setPreview(undefined);
    idempotencyKey.current = newIdempotencyKey();
    form.resetFields();
  };

  if (created) {
    return (
      <Card data-testid="order-created">
        <Result
          status={created.status === 'exception' ? 'warning' : 'success'}
          title={t('entry.created', { number: created.number })}
          subTitle={
            <Space wrap>
              <StatusTag status={created.status} />
              <PriorityTag level={created.priority.level} />
              <span>{format.money(created.totals.totalMinor, created.totals.currency)}</span>
            </Space>
          }
          extra={[
            <Link key="open" to={`/orders/${created.id}`}>
              <Button type="primary">{t('entry.open')}</Button>
            </Link>,
            <Button key="again" onClick={startOver}>
              {t('entry.another')}
            </Button>,
          ]}
        />
      </Card>
    );
  }

  const label = {
    customer: (c: Found<'/api/v1/customers'>) => {
      const contact = c.contacts.find((x) => x.primary) ?? c.contacts[0];
      return [c.name, t(`tier.${c.tier}`), contact ? [contact.name, contact.phone].filter(Boolean).join(' ') : undefined].filter(Boolean).join(' · ');
    },
    product: (p: Found<'/api/v1/products'>) => `${p.sku} · ${p.name} · ${format.money(p.priceMinor, p.currency)}/${units.name(p.unit)}`,
  };
  // Only what no order can do without is checked here; the server's rules do the rest as you type.
  const required = { required: true, message: t('fieldErrors.required') };
  const lineUnit = (line: EntryValues['lines'][number] | undefined) => {
    const unit = line?.productId ? unitByProduct[line.productId] : undefined;
    return unit ? units.name(unit, line?.quantity ?? 1) : null;
  };
  // The quantity box always has its suffix element, empty until a product is picked: adding one later
  // would remount the input and drop what is being typed.
  const choices = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card
          title={
            <Typography.Title level={1} style={{ margin: 0, fontSize: 16 }}>
              {t('entry.title')}
            </Typography.Title>
          }
        >
          {problem !== undefined && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={problemMessage(t, problem)}
              description={unplaced.length > 0 ? unplaced.map((p) => `${p.path}: ${fieldMessage(t, p)}`).join('; ') : undefined}
            />
          )}
          <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={schedulePreview} onFinish={submit} requiredMark>
            <Form.Item label={t('entry.customer')} required>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item name="customerId" rules={[required]} noStyle>
                  <RemoteSelect path="/api/v1/customers" extraQuery={{ active: 'true' }} known={createdCustomers} label={label.customer} placeholder={t('orderEntry.customerSearch')} />
                </Form.Item>
                <Button icon={<UserAddOutlined />} onClick={() => setCreatingCustomer(true)}>
                  {t('orderEntry.newCustomer')}
                </Button>
              </Space.Compact>
            </Form.Item>
            {creatingCustomer && (
              <CustomerForm
                onClose={() => setCreatingCustomer(false)}
                onSaved={(made) => {
                  setCreatingCustomer(false);
                  setCreatedCustomers((known) => [...known, made]);
                  queryClient.setQueryData(customerKeys.customer(made.id), made);
                  void queryClient.invalidateQueries({ queryKey: customerKeys.all });
                  form.setFieldsValue({ customerId: made.id, delivery: { method: 'ship', address: 'default' } });
                  schedulePreview();
                }}
              />
            )}
            <Row gutter={12}>
              <Col xs={24} sm={8}>
                <Form.Item name="channel" label={t('orders.channel')}>
                  <Select options={choices(handEntryChannels, 'channel')} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={8}>
                <Form.Item name="type" label={t('entry.type')}>
                  <Select options={choices(orderTypes, 'orderType')} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={8}>
                <Form.Item name="paymentStatus" label={t('entry.payment')}>
                  <Select options={choices(paymentStatuses, 'payment')} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="requestedDeliveryDate" label={t('entry.deliveryDate')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="externalRef" label={t('orderEntry.externalRef')} extra={t('orderEntry.externalRefHint')}>
                  <Input maxLength={128} autoComplete="off" />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Text strong>{t('entry.lines')}</Typography.Text>
            <Form.List name="lines">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Row key={field.key} gutter={8} align="top" style={{ marginTop: 8 }}>
                      <Col flex="auto" style={{ minWidth: 0 }}>
                        <Form.Item name={[field.name, 'productId']} rules={[required]}>
                          <RemoteSelect
                            path="/api/v1/products"
                            extraQuery={{ active: 'true' }}
                            label={label.product}
                            placeholder={t('entry.productSearch')}
                            onChange={(productId, product) => productId && product && setUnitByProduct((known) => ({ ...known, [productId]: product.unit }))}
                          />
                        </Form.Item>
                        <Row gutter={8}>
                          <Col span={12}>
                            <Form.Item name={[field.name, 'unitPrice']}>
                              <InputNumber min={0} precision={2} style={{ width: '100%' }} aria-label={t('orderEntry.unitPrice')} placeholder={t('orderEntry.unitPrice')} />
                            </Form.Item>
                          </Col>
                          <Col span={12}>
                            <Form.Item name={[field.name, 'discount']}>
                              <InputNumber min={0} precision={2} style={{ width: '100%' }} aria-label={t('orderEntry.discount')} placeholder={t('orderEntry.discount')} />
                            </Form.Item>
                          </Col>
                        </Row>
                      </Col>
                      <Col flex="120px">
                        <Form.Item name={[field.name, 'quantity']}>
                          <InputNumber
                            min={1}
                            precision={0}
                            style={{ width: '100%' }}
                            aria-label={t('entry.quantity')}
                            placeholder={t('entry.quantity')}
                            suffix={<span>{lineUnit(entryLines?.[field.name])}</span>}
                          />
                        </Form.Item>
                      </Col>
                      <Col flex="32px">
                        <Button icon={<DeleteOutlined />} aria-label={t('entry.removeLine')} disabled={fields.length === 1} onClick={() => remove(field.name)} />
                      </Col>
                    </Row>
                  ))}
                  <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })} style={{ marginBottom: 16 }}>
                    {t('entry.addLine')}
                  </Button>
                </>
              )}
            </Form.List>
            <Row gutter={12}>
              <Col xs={24} sm={8}>
                <Form.Item name={['contact', 'name']} label={t('entry.contactName')} extra={t('entry.contactHint')}>
                  <Input autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={12} sm={8}>
                <Form.Item name={['contact', 'phone']} label={t('entry.contactPhone')}>
                  <Input inputMode="tel" autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={12} sm={8}>
                <Form.Item name={['contact', 'email']} label={t('entry.contactEmail')}>
                  <Input inputMode="email" autoComplete="off" />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} sm={8}>
                <Form.Item name={['delivery', 'method']} label={t('entry.delivery')}>
                  <Select options={choices(['ship', 'pickup'], 'deliveryMethod')} />
                </Form.Item>
              </Col>
              {deliveryMethod !== 'pickup' && (
                <Col xs={24} sm={16}>
                  <Form.Item name={['delivery', 'address']} label={t('orderEntry.address')}>
                    <Select
                      aria-label={t('orderEntry.address')}
                      options={[
                        { value: 'default', label: t('orderEntry.defaultAddress') },
                        ...(customer.data?.addresses ?? []).map((a, i) => ({ value: i, label: [a.label, a.region, a.city, a.district, a.line1].filter(Boolean).join(' ') })),
                        { value: 'new', label: t('orderEntry.otherAddress') },
                      ]}
                    />
                  </Form.Item>
                </Col>
              )}
            </Row>
            {deliveryMethod !== 'pickup' && deliveryAddress === 'new' && (
              <Row gutter={8}>
                {newAddressFields.map((f) => (
                  <Col xs={12} sm={f === 'line1' ? 12 : 6} key={f}>
                    <Form.Item name={['delivery', 'newAddress', f]} rules={f === 'line1' ? [required] : []}>
                      <Input placeholder={t(`masterData.customer.${f === 'phone' ? 'recipientPhone' : f}`)} aria-label={t(`masterData.customer.${f === 'phone' ? 'recipientPhone' : f}`)} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            )}
            <Form.Item name={['specialRequirements', 'text']} label={t('entry.requirements')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Typography.Text strong>{t('orderEntry.customization')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {orderType === 'custom' ? t('orderEntry.customizationRequired') : t('orderEntry.customizationHint')}
            </Typography.Paragraph>
            <Form.List name={['specialRequirements', 'customization']}>
              {(params, { add, remove }) => (
                <>
                  {params.map((param) => (
                    <Row key={param.key} gutter={8}>
                      <Col flex="160px">
                        <Form.Item name={[param.name, 'name']} rules={[required]}>
                          <Input placeholder={t('orderEntry.paramName')} aria-label={t('orderEntry.paramName')} maxLength={50} />
                        </Form.Item>
                      </Col>
                      <Col flex="auto">
                        <Form.Item name={[param.name, 'value']} rules={[required]}>
                          <Input placeholder={t('orderEntry.paramValue')} aria-label={t('orderEntry.paramValue')} maxLength={500} />
                        </Form.Item>
                      </Col>
                      <Col flex="32px">
                        <Button icon={<DeleteOutlined />} aria-label={t('masterData.remove')} onClick={() => remove(param.name)} />
                      </Col>
                    </Row>
                  ))}
                  <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                    {t('orderEntry.addParam')}
                  </Button>
                </>
              )}
            </Form.List>
            <Form.Item name={['specialRequirements', 'packaging']} label={t('orderEntry.packaging')}>
              <Input maxLength={500} placeholder={t('orderEntry.packagingPlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={submitting} block>
              {t('entry.submit')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <PreviewPanel preview={preview} />
      </Col>
    </Row>
  );
}

function PreviewPanel({ preview }: { preview: OrderPreview | undefined }) {
  const { t } = useTranslation();
  const units = useUnits();
  const format = useFormat();
  if (!preview) {
    return (
      <Card title={t('entry.preview')}>
        <Typography.Text type="secondary">{t('entry.previewHint')}</Typography.Text>
      </Card>
    );
  }
  return (
    <Card title={t('entry.preview')} data-testid="preview">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {format.money(preview.totals.totalMinor, preview.totals.currency)}
        </Typography.Title>
        {preview.lines.map((line, i) => (
          <Typography.Text key={i} type={line.coveredQuantity !== null && line.coveredQuantity < line.quantity ? 'danger' : 'secondary'}>
            {line.sku} × {units.quantity(line.quantity, line.unit)}
            {line.available !== null && ` · ${t('entry.available', { count: line.available })}`}
          </Typography.Text>
        ))}
        <PriorityExplain priority={preview.priority} currency={preview.totals.currency} />
        <Typography.Text>{t('entry.responseDue', { at: format.dateTime(preview.responseDueAt) })}</Typography.Text>
        <Typography.Text>{t('entry.planDue', { at: format.dateTime(preview.planDueAt) })}</Typography.Text>
        <PromiseExplain date={preview.promise.date} reasoning={preview.promise.reasoning} />
        {preview.entryCheckRequired && <Alert type="info" showIcon title={t('entry.entryCheck')} />}
        <Findings exceptions={preview.exceptions} warnings={preview.warnings} />
      </Space>
    </Card>
  );
}
