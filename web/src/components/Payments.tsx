import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiProblem } from '../api/client';
import { orderKeys, type Order } from '../api/orders';
import { paymentKeys, paymentMethods, recordPayment, useCustomerReceivables, useOrderPayments, type OrderPayments, type PaymentBody } from '../api/payments';
import { can, type Me } from '../api/session';
import { minorDigits, useFormat } from '../format';
import { problemMessage } from './problems';

const statusColours: Record<string, string> = { unpaid: 'default', partial: 'orange', paid: 'green', refunded: 'purple' };

export function PaymentStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`payment.${status}`, { defaultValue: status })}</Tag>;
}

interface PaymentForm {
  kind: PaymentBody['kind'];
  amount?: number;
  method?: PaymentBody['method'];
  reference?: string;
  paidOn?: Dayjs;
  note?: string;
}

/** Finance records a payment or a refund; a refused amount says how much was allowed. What was typed stays. */
function RecordPayment({ order, balance, onRecorded }: { order: Order; balance: OrderPayments['balance']; onRecorded: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<PaymentForm>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const currency = order.totals.currency;
  const factor = 10 ** minorDigits(currency);
  const kind = Form.useWatch('kind', form) ?? 'payment';
  const limitMinor = kind === 'refund' ? balance.paidMinor : balance.dueMinor;

  const submit = async (values: PaymentForm) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await recordPayment(order.id, {
        kind: values.kind,
        amountMinor: Math.round((values.amount ?? 0) * factor),
        currency,
        method: values.method!,
        paidOn: values.paidOn!.format('YYYY-MM-DD'),
        ...(values.reference?.trim() ? { reference: values.reference.trim() } : {}),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      });
      form.resetFields(['amount', 'reference', 'note']);
      onRecorded();
    } catch (err) {
      const limit = err instanceof ApiProblem && (err.code === 'payment_exceeds_due' || err.code === 'refund_exceeds_received');
      setProblem(limit ? t(`payments.limit.${(err as ApiProblem).code}`, { amount: format.money(limitMinor, currency) }) : problemMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ kind: 'payment', method: 'bank_transfer', paidOn: dayjs() }} onFinish={(values) => void submit(values)} data-testid="payment-form">
      <Form.Item name="kind" label={t('payments.kind')}>
        <Radio.Group optionType="button" options={(['payment', 'refund'] as const).map((k) => ({ value: k, label: t(`payments.kinds.${k}`) }))} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item
          name="amount"
          label={t('payments.amount', { currency })}
          extra={t(kind === 'refund' ? 'payments.refundable' : 'payments.due', { amount: format.money(limitMinor, currency) })}
          rules={[{ required: true, message: t('fieldErrors.required') }]}
        >
          <InputNumber min={1 / factor} precision={Math.log10(factor)} style={{ width: 180 }} data-testid="payment-amount" />
        </Form.Item>
        <Form.Item name="method" label={t('payments.method')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <Select style={{ width: 160 }} options={paymentMethods.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))} data-testid="payment-method" />
        </Form.Item>
        <Form.Item name="paidOn" label={t('payments.paidOn')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="reference" label={t('payments.reference')}>
          <Input maxLength={100} style={{ width: 200 }} />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={t('payments.note')}>
        <Input maxLength={500} />
      </Form.Item>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="payment-problem" />}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="payment-submit">
        {t(kind === 'refund' ? 'payments.recordRefund' : 'payments.recordPayment')}
      </Button>
    </Form>
  );
}

/** The order's payments: what it costs, what came in and went back, what is still due; finance records more. */
export function Payments({ order, me }: { order: Order; me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const payments = useOrderPayments(order.id, can(me, 'payments:read'));
  if (!can(me, 'payments:read')) return null;
  const refresh = () => {
    for (const queryKey of [paymentKeys.order(order.id), paymentKeys.customer(order.customer.id), paymentKeys.ageing, orderKeys.order(order.id), orderKeys.all]) void queryClient.invalidateQueries({ queryKey });
  };
  const currency = order.totals.currency;
  return (
    <Card size="small" title={t('payments.title')} loading={payments.isPending} data-testid="payments">
      {payments.isError ? (
        <Alert type="error" showIcon title={problemMessage(t, payments.error)} />
      ) : payments.data ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
            <Descriptions.Item label={t('payments.status')}>
              <PaymentStatusTag status={payments.data.balance.paymentStatus} />
            </Descriptions.Item>
            <Descriptions.Item label={t('orders.total')}>{format.money(payments.data.balance.totalMinor, currency)}</Descriptions.Item>
            <Descriptions.Item label={t('payments.paid')}>
              <span data-testid="payments-paid">{format.money(payments.data.balance.paidMinor, currency)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.outstanding')}>
              <span data-testid="payments-due">{format.money(payments.data.balance.dueMinor, currency)}</span>
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={payments.data.items}
            locale={{ emptyText: t('payments.none') }}
            scroll={{ x: true }}
            columns={[
              { title: t('payments.paidOn'), dataIndex: 'paidOn', render: (d: string) => format.date(d) },
              { title: t('payments.kind'), dataIndex: 'kind', render: (k: string) => <Tag color={k === 'refund' ? 'purple' : 'blue'}>{t(`payments.kinds.${k}`)}</Tag> },
              { title: t('payments.amountColumn'), dataIndex: 'amountMinor', align: 'right', render: (a: number, p) => format.money(p.kind === 'refund' ? -a : a, p.currency) },
              { title: t('payments.method'), dataIndex: 'method', render: (m: string) => t(`payments.methods.${m}`) },
              { title: t('payments.reference'), dataIndex: 'reference', render: (r: string | null) => r ?? '—' },
              { title: t('payments.recordedBy'), dataIndex: 'recordedByLabel' },
            ]}
          />
          {can(me, 'payments:write') && <RecordPayment order={order} balance={payments.data.balance} onRecorded={refresh} />}
        </Space>
      ) : null}
    </Card>
  );
}

/** What the customer owes, order by order, with due dates by their payment terms: finance's view on the customer page. */
export function CustomerReceivablesCard({ customerId, me }: { customerId: string; me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const receivables = useCustomerReceivables(customerId, can(me, 'payments:read'));
  if (!can(me, 'payments:read')) return null;
  const r = receivables.data;
  const sum = (amounts: { currency: string; amountMinor: number }[] | undefined) =>
    amounts && amounts.length > 0 ? amounts.map((a) => format.money(a.amountMinor, a.currency)).join(' + ') : format.money(0, 'CNY');
  return (
    <Card size="small" title={t('payments.receivables')} loading={receivables.isPending} data-testid="customer-receivables">
      {receivables.isError ? (
        <Alert type="error" showIcon title={problemMessage(t, receivables.error)} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space size="large" wrap>
            <Typography.Text>
              {t('payments.outstanding')}: <Typography.Text strong data-testid="receivables-outstanding">{sum(r?.outstanding)}</Typography.Text>
            </Typography.Text>
            <Typography.Text type={r && r.overdue.length > 0 ? 'danger' : 'secondary'}>
              {t('payments.overdue')}: <span data-testid="receivables-overdue">{sum(r?.overdue)}</span>
            </Typography.Text>
          </Space>
          <Table
            size="small"
            rowKey="orderId"
            pagination={false}
            dataSource={r?.items ?? []}
            locale={{ emptyText: t('payments.nothingOwed') }}
            scroll={{ x: true }}
            columns={[
              { title: t('orders.number'), dataIndex: 'number', render: (n: string, item) => <Link to={`/orders/${item.orderId}`}>{n}</Link> },
              { title: t('orders.status'), dataIndex: 'status', render: (s: string) => t(`status.${s}`, { defaultValue: s }) },
              { title: t('payments.status'), dataIndex: 'paymentStatus', render: (s: string) => <PaymentStatusTag status={s} /> },
              { title: t('orders.total'), dataIndex: 'totalMinor', align: 'right', render: (v: number, item) => format.money(v, item.currency) },
              { title: t('payments.outstanding'), dataIndex: 'outstandingMinor', align: 'right', render: (v: number, item) => format.money(v, item.currency) },
              { title: t('payments.dueDate'), dataIndex: 'dueDate', render: (d: string) => format.date(d) },
              {
                title: t('payments.daysOverdue'),
                dataIndex: 'daysOverdue',
                align: 'right',
                render: (d: number) => (d > 0 ? <Typography.Text type="danger">{d}</Typography.Text> : '—'),
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
