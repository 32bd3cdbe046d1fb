import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Result, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiProblem, newIdempotencyKey, type FieldProblem } from '../api/client';
import { orderKeys, placeOrder, previewOrder, type OrderDraft, type OrderPreview, type PlacedOrder } from '../api/orders';
import type { Found } from '../api/search';
import { Findings } from '../components/Findings';
import { handEntryChannels, orderTypes, paymentStatuses } from '../components/options';
import { PriorityExplain } from '../components/PriorityExplain';
import { PromiseExplain } from '../components/PromiseExplain';
import { fieldMessage, namePath, problemMessage, showFieldProblems } from '../components/problems';
import { RemoteSelect } from '../components/RemoteSelect';
import { PriorityTag, StatusTag } from '../components/tags';
import { useFormat } from '../format';

interface EntryValues {
  customerId?: string;
  channel: OrderDraft['channel'];
  type: OrderDraft['type'];
  paymentStatus: OrderDraft['paymentStatus'];
  requestedDeliveryDate?: Dayjs | null;
  lines: { productId?: string; quantity?: number | null }[];
  contact?: { name?: string; phone?: string; email?: string };
  delivery: { method: 'ship' | 'pickup' };
  specialRequirements?: { text?: string };
}

/** The form's fields by name path, so a server problem lands on the field it names. */
function fieldKeys(values: EntryValues): Set<string> {
  const keys = ['customerId', 'channel', 'type', 'paymentStatus', 'requestedDeliveryDate', 'contact.name', 'contact.phone', 'contact.email', 'delivery.method', 'specialRequirements', 'specialRequirements.text'];
  values.lines.forEach((_, i) => keys.push(`lines.${i}.productId`, `lines.${i}.quantity`));
  return new Set(keys);
}

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The create body exactly as the API takes it; empty optional fields are left out. */
function toBody(values: EntryValues) {
  const contact = values.contact && trimmed(values.contact.name) ? { name: trimmed(values.contact.name)!, phone: trimmed(values.contact.phone), email: trimmed(values.contact.email) } : undefined;
  const text = trimmed(values.specialRequirements?.text);
  return {
    customerId: values.customerId,
    channel: values.channel,
    type: values.type,
    paymentStatus: values.paymentStatus,
    requestedDeliveryDate: values.requestedDeliveryDate ? values.requestedDeliveryDate.format('YYYY-MM-DD') : undefined,
    lines: values.lines.map((line) => ({ productId: line.productId, quantity: line.quantity ?? undefined })),
    contact,
    delivery: { method: values.delivery.method },
    specialRequirements: text ? { text } : undefined,
  };
}

const initialValues: EntryValues = { channel: 'phone', type: 'standard', paymentStatus: 'unpaid', lines: [{ quantity: 1 }], delivery: { method: 'ship' } };

/** Order entry for phone, email and in-person orders (SPEC §3), with the live preview of what intake will make of it. */
export default function OrderEntry() {
  const { t } = useTranslation();
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

  /** Clears what the server said last time, then shows its new field problems and findings. */
  const mark = (problems: FieldProblem[], findings: OrderPreview['exceptions'], touchedOnly: boolean) => {
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
      const result = await previewOrder(toBody(values));
      if (seq !== previewSeq.current) return;
      setPreview(result);
      setProblem(undefined);
      mark([], result.exceptions, true);
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
      const order = await placeOrder(toBody(values), idempotencyKey.current);
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
    customer: (c: Found<'/api/v1/customers'>) => `${c.name} · ${t(`tier.${c.tier}`)}`,
    product: (p: Found<'/api/v1/products'>) => `${p.sku} · ${p.name} · ${format.money(p.priceMinor, p.currency)}`,
  };
  // Only what no order can do without is checked here; the server's rules do the rest as you type.
  const required = { required: true, message: t('fieldErrors.required') };
  const choices = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={t('entry.title')}>
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
            <Form.Item name="customerId" label={t('entry.customer')} rules={[required]}>
              <RemoteSelect path="/api/v1/customers" label={label.customer} placeholder={t('entry.customerSearch')} />
            </Form.Item>
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
            <Form.Item name="requestedDeliveryDate" label={t('entry.deliveryDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Typography.Text strong>{t('entry.lines')}</Typography.Text>
            <Form.List name="lines">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Row key={field.key} gutter={8} align="top" style={{ marginTop: 8 }}>
                      <Col flex="auto" style={{ minWidth: 0 }}>
                        <Form.Item name={[field.name, 'productId']} rules={[required]}>
                          <RemoteSelect path="/api/v1/products" extraQuery={{ active: 'true' }} label={label.product} placeholder={t('entry.productSearch')} />
                        </Form.Item>
                      </Col>
                      <Col flex="96px">
                        <Form.Item name={[field.name, 'quantity']}>
                          <InputNumber min={1} precision={0} style={{ width: '100%' }} aria-label={t('entry.quantity')} placeholder={t('entry.quantity')} />
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
            <Form.Item name={['delivery', 'method']} label={t('entry.delivery')}>
              <Select options={choices(['ship', 'pickup'], 'deliveryMethod')} />
            </Form.Item>
            <Form.Item name={['specialRequirements', 'text']} label={t('entry.requirements')}>
              <Input.TextArea rows={2} />
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
        <Typography.Title level={4} style={{ margin: 0 }}>
          {format.money(preview.totals.totalMinor, preview.totals.currency)}
        </Typography.Title>
        {preview.lines.map((line, i) => (
          <Typography.Text key={i} type={line.coveredQuantity !== null && line.coveredQuantity < line.quantity ? 'danger' : 'secondary'}>
            {line.sku} × {line.quantity}
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
