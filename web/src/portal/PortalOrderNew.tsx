import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiProblem, newIdempotencyKey } from '../api/client';
import { placePortalOrder, portalKeys, quotePortalOrder, usePortalCustomer, type PortalCustomer, type PortalQuote } from '../api/portal';
import { problemMessage, showFieldProblems } from '../components/problems';
import { PromiseExplain } from '../components/PromiseExplain';
import { RemoteSelect } from '../components/RemoteSelect';
import { useFormat } from '../format';
import { useUnits } from '../units';

interface NewOrderValues {
  lines: { productId?: string; quantity?: number }[];
  requestedDeliveryDate?: Dayjs;
  method: 'ship' | 'pickup';
  /** Index of one of the customer's addresses, or -1 for a new one typed here. */
  addressChoice: number;
  address?: { recipient?: string; phone?: string; city?: string; line1?: string };
  specialRequirements?: string;
  externalRef?: string;
}

const newAddress = -1;

function toBody(values: NewOrderValues, customer: PortalCustomer | undefined) {
  const chosen = values.addressChoice === newAddress ? values.address : customer?.addresses[values.addressChoice];
  const address = chosen?.line1 ? Object.fromEntries(Object.entries(chosen).filter(([key, v]) => key !== 'isDefault' && typeof v === 'string' && v.trim())) : undefined;
  return {
    lines: values.lines.filter((l) => l.productId).map((l) => ({ productId: l.productId!, quantity: l.quantity ?? 1 })),
    ...(values.requestedDeliveryDate ? { requestedDeliveryDate: values.requestedDeliveryDate.format('YYYY-MM-DD') } : {}),
    delivery: { method: values.method, ...(values.method === 'ship' && address ? { address } : {}) },
    ...(values.specialRequirements?.trim() ? { specialRequirements: values.specialRequirements.trim() } : {}),
    ...(values.externalRef?.trim() ? { externalRef: values.externalRef.trim() } : {}),
  };
}

/**
 * The date Ordo would promise for the lines chosen so far, asked again a moment after the
 * customer stops changing them; an answer that arrives after a newer question is dropped.
 */
function usePromiseQuote() {
  const [result, setResult] = useState<PortalQuote>();
  const timer = useRef<number>(undefined);
  const asked = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const request = (lines: NewOrderValues['lines']) => {
    window.clearTimeout(timer.current);
    const ready = lines.filter((l) => l?.productId && l.quantity).map((l) => ({ productId: l.productId!, quantity: l.quantity! }));
    const question = ++asked.current;
    if (ready.length === 0) {
      setResult(undefined);
      return;
    }
    timer.current = window.setTimeout(() => {
      quotePortalOrder({ lines: ready })
        .then((answer) => question === asked.current && setResult(answer))
        .catch(() => question === asked.current && setResult(undefined));
    }, 400);
  };
  return { result, request };
}

/** Place an order: products by search, quantities, the date wanted and where to deliver. */
export default function PortalOrderNew() {
  const { t } = useTranslation();
  const units = useUnits();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewOrderValues>();
  const chosenLines = Form.useWatch('lines', form);
  // The unit of each product picked on a line, so the quantity says what it counts.
  const [unitByProduct, setUnitByProduct] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const lineUnit = (line: NewOrderValues['lines'][number] | undefined) => {
    const unit = line?.productId ? unitByProduct[line.productId] : undefined;
    return unit ? units.name(unit, line?.quantity ?? 1) : undefined;
  };
  // The quantity box always has its suffix element, empty until a product is picked: adding one later
  // would remount the input and drop what is being typed.
  const customer = usePortalCustomer();
  const addresses = customer.data?.addresses ?? [];
  const quote = usePromiseQuote();
  const defaultAddress = Math.max(0, addresses.findIndex((a) => a.isDefault));

  const submit = async (values: NewOrderValues) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const order = await placePortalOrder(toBody(values, customer.data), idempotencyKey.current);
      void queryClient.invalidateQueries({ queryKey: portalKeys.orders });
      navigate(`/portal/orders/${order.id}`);
    } catch (err) {
      setProblem(err);
      if (err instanceof ApiProblem) showFieldProblems(t, form, err.errors, new Set());
    } finally {
      setBusy(false);
    }
  };

  if (customer.isPending) return null;
  return (
    <Card title={t('portal.placeOrder')} data-testid="portal-new-order">
      {problem !== undefined && <Alert type="error" showIcon title={problemMessage(t, problem)} style={{ marginBottom: 16 }} />}
      <Form<NewOrderValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(_, values) => quote.request(values.lines ?? [])}
        // Enter confirms what is typed in a field (a date, a quantity); only the button places the order.
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
        }}
        initialValues={{ lines: [{ quantity: 1 }], method: 'ship', addressChoice: addresses.length > 0 ? defaultAddress : newAddress }}
      >
        <Typography.Title level={5}>{t('entry.lines')}</Typography.Title>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col xs={24} md={14}>
                    <Form.Item name={[field.name, 'productId']} rules={[{ required: true, message: t('fieldErrors.required') }]}>
                      <RemoteSelect
                        path="/api/v1/portal/products"
                        placeholder={t('entry.productSearch')}
                        label={(p) => `${p.name} · ${p.sku} · ${format.money(p.priceMinor, p.currency)}/${units.name(p.unit)}`}
                        onChange={(productId, product) => productId && product && setUnitByProduct((known) => ({ ...known, [productId]: product.unit }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={16} md={7}>
                    <Form.Item name={[field.name, 'quantity']} rules={[{ required: true, message: t('fieldErrors.required') }]}>
                      <InputNumber min={1} max={1_000_000} style={{ width: '100%' }} placeholder={t('entry.quantity')} suffix={<span>{lineUnit(chosenLines?.[field.name])}</span>} />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={3}>
                    <Button icon={<DeleteOutlined />} aria-label={t('entry.removeLine')} disabled={fields.length === 1} onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })} style={{ marginBottom: 16 }}>
                {t('entry.addLine')}
              </Button>
            </>
          )}
        </Form.List>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="requestedDeliveryDate" label={t('entry.deliveryDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="externalRef" label={t('portal.poNumber')}>
              <Input maxLength={128} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="method" label={t('entry.delivery')}>
              <Radio.Group optionType="button" options={(['ship', 'pickup'] as const).map((m) => ({ value: m, label: t(`deliveryMethod.${m}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item noStyle shouldUpdate>
          {() =>
            form.getFieldValue('method') === 'ship' && (
              <>
                <Form.Item name="addressChoice" label={t('portal.address')}>
                  <Select
                    options={[
                      ...addresses.map((a, index) => ({ value: index, label: [a.label, a.recipient, a.city, a.district, a.line1].filter(Boolean).join(' · ') })),
                      { value: newAddress, label: t('portal.newAddress') },
                    ]}
                  />
                </Form.Item>
                {form.getFieldValue('addressChoice') === newAddress && (
                  <Row gutter={8}>
                    <Col xs={24} md={6}>
                      <Form.Item name={['address', 'recipient']} label={t('portal.recipient')}>
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={['address', 'phone']} label={t('entry.contactPhone')}>
                        <Input maxLength={20} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={4}>
                      <Form.Item name={['address', 'city']} label={t('portal.city')}>
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={['address', 'line1']} label={t('portal.street')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }]}>
                        <Input maxLength={300} />
                      </Form.Item>
                    </Col>
                  </Row>
                )}
              </>
            )
          }
        </Form.Item>
        <Form.Item name="specialRequirements" label={t('entry.requirements')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {quote.result && (
          <Alert
            type="info"
            style={{ marginBottom: 16 }}
            data-testid="portal-quote"
            title={
              <Space orientation="vertical" size={4}>
                <Typography.Text strong data-testid="portal-quote-total">
                  {t('portal.orderTotal', { total: format.money(quote.result.totals.totalMinor, quote.result.totals.currency) })}
                </Typography.Text>
                <PromiseExplain date={quote.result.promiseDate} reasoning={quote.result.reasoning} />
              </Space>
            }
          />
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('entry.submit')}
          </Button>
          <Button onClick={() => navigate('/portal')}>{t('portal.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
