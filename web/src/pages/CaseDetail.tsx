import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Result, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { authoriseReturn, orderReplacement, receiveReturn, refundReturn, useCase, type AftersalesCase } from '../api/cases';
import { api } from '../api/client';
import { orderKeys, type Order } from '../api/orders';
import { can, type Me } from '../api/session';
import { Attachments } from '../components/Attachments';
import { caseColours, caseNumber, CaseHistory, CaseSteps, ConfirmationLine, contactOverdue, ReplacementLinks, useCaseRefresh } from '../components/Cases';
import { problemMessage } from '../components/problems';
import { useServerForm } from '../components/server-form';
import { minorDigits, useFormat } from '../format';
import { actorName, useMessages } from '../messages';
import { useUnits } from '../units';
import { CardHeading } from '../components/CardHeading';

type Rma = AftersalesCase['returns'][number];
type LinesForm = { quantities: Record<string, number | null>; reason?: string; requestedDeliveryDate?: string };

/** Lines and quantities of the case's order: a replacement to send, or goods the customer sends back. */
function OrderLinesForm({ order, kind, onDone }: { order: Order; kind: 'replacement' | 'return'; onDone: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const { id } = useParams<{ id: string }>();
  const [form] = Form.useForm<LinesForm>();
  const { busy, problem, send } = useServerForm(form, ['reason', 'requestedDeliveryDate']);
  const submit = (values: LinesForm) =>
    send(async () => {
      const lines = order.lines.filter((l) => (values.quantities[l.id] ?? 0) > 0).map((l) => ({ lineId: l.id, quantity: values.quantities[l.id]! }));
      if (kind === 'replacement') await orderReplacement(id!, { lines, ...(values.requestedDeliveryDate ? { requestedDeliveryDate: values.requestedDeliveryDate } : {}) });
      else await authoriseReturn(id!, { lines, reason: values.reason?.trim() ?? '' });
      onDone();
    });
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ quantities: {} }} data-testid={`${kind}-form`}>
      {kind === 'replacement' && <Typography.Paragraph type="secondary">{t('aftersalesDesk.replacementHint')}</Typography.Paragraph>}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
      {order.lines.map((line) => (
        <Form.Item key={line.id} name={['quantities', line.id]} label={`${line.sku} · ${line.name} (${units.quantity(line.quantity, line.unit)})`}>
          <InputNumber min={0} max={line.quantity} precision={0} placeholder={t(kind === 'replacement' ? 'aftersalesDesk.replacementQuantity' : 'aftersalesDesk.returnQuantity')} data-testid={`${kind}-quantity-${line.sku}`} />
        </Form.Item>
      ))}
      {kind === 'replacement' ? (
        <Form.Item name="requestedDeliveryDate" label={t('aftersalesDesk.replacementDate')}>
          <Input type="date" />
        </Form.Item>
      ) : (
        <Form.Item name="reason" label={t('aftersalesDesk.returnReason')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 2000, message: t('fieldErrors.maxLength') }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t(kind === 'replacement' ? 'aftersalesDesk.submitReplacement' : 'aftersalesDesk.authoriseReturn')}
      </Button>
    </Form>
  );
}

/** A return's next step: receive and inspect it (restock or scrap per line), then refund it. */
function ReturnStep({ rma, mayAct, onDone }: { rma: Rma; mayAct: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ dispositions: Record<string, 'restock' | 'scrap'>; amount: number }>();
  const { busy, problem, send } = useServerForm(form, ['amountMinor']);
  if (!mayAct || rma.status === 'refunded') return null;
  const receive = (values: { dispositions: Record<string, 'restock' | 'scrap'> }) =>
    send(async () => {
      await receiveReturn(rma.id, { lines: rma.lines.map((l) => ({ lineId: l.lineId, disposition: values.dispositions[l.lineId] ?? 'restock' })) });
      onDone();
    });
  const refund = (values: { amount: number }) =>
    send(async () => {
      await refundReturn(rma.id, { amountMinor: Math.round(values.amount * 10 ** minorDigits(rma.currency)) });
      onDone();
    });
  return (
    <Form form={form} layout="inline" size="small" onFinish={(v) => void (rma.status === 'authorised' ? receive(v) : refund(v))} initialValues={{ dispositions: Object.fromEntries(rma.lines.map((l) => [l.lineId, l.kind === 'stock' ? 'restock' : 'scrap'])) }}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8, width: '100%' }} />}
      {rma.status === 'authorised' ? (
        rma.lines.map((l) => (
          <Form.Item key={l.lineId} name={['dispositions', l.lineId]} label={l.sku}>
            <Select style={{ width: 120 }} options={(['restock', 'scrap'] as const).filter((d) => d === 'scrap' || l.kind === 'stock').map((d) => ({ value: d, label: t(`aftersalesDesk.disposition.${d}`) }))} />
          </Form.Item>
        ))
      ) : (
        <Form.Item name="amount" label={t('aftersalesDesk.refundAmount')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <InputNumber min={0} precision={minorDigits(rma.currency)} addonAfter={rma.currency} />
        </Form.Item>
      )}
      <Button htmlType="submit" loading={busy}>
        {t(rma.status === 'authorised' ? 'aftersalesDesk.receiveReturn' : 'aftersalesDesk.refund')}
      </Button>
    </Form>
  );
}

function Returns({ c, mayAct, onDone }: { c: AftersalesCase; mayAct: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (c.returns.length === 0) return null;
  return (
    <Card size="small" title={t('aftersalesDesk.returns')} data-testid="case-returns">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {c.returns.map((rma) => (
          <Space key={rma.id} orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Tag>{t(`aftersalesDesk.rmaStatus.${rma.status}`)}</Tag>
              <Typography.Text>{rma.lines.map((l) => `${l.sku} ×${l.quantity}${l.disposition ? ` (${t(`aftersalesDesk.disposition.${l.disposition}`)})` : ''}`).join('，')}</Typography.Text>
              <Typography.Text type="secondary">{rma.reason}</Typography.Text>
              {rma.refundMinor !== null && <Typography.Text>{format.money(rma.refundMinor, rma.currency)}</Typography.Text>}
            </Space>
            <ReturnStep rma={rma} mayAct={mayAct} onDone={onDone} />
          </Space>
        ))}
      </Space>
    </Card>
  );
}

/** The goods behind the case's order, for the replacement and return forms; a case without an order has none. */
function useCaseOrder(orderId: string | null) {
  return useQuery({ queryKey: orderKeys.order(orderId ?? ''), queryFn: () => api<Order>(`/api/v1/orders/${orderId}`), enabled: orderId !== null });
}

/** One after-sales case (`/cases/:id`): what it is about, its history, and every step on it. */
export default function CaseDetail({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const messages = useMessages();
  const { id } = useParams<{ id: string }>();
  const found = useCase(id!);
  const refresh = useCaseRefresh();
  const order = useCaseOrder(found.data?.orderId ?? null);
  const [form, setForm] = useState<'replacement' | 'return'>();

  if (found.isError) return <Result status="warning" title={problemMessage(t, found.error)} extra={<Link to="/cases">{t('aftersalesDesk.backToDesk')}</Link>} />;
  const c = found.data;
  if (!c) return <Card loading />;
  const mine = c.owner?.id === me.id;
  const mayAct = can(me, 'aftersales:write') && mine && c.status !== 'closed';
  const done = () => {
    setForm(undefined);
    refresh(c.orderId);
  };
  const extra =
    c.orderId && order.data
      ? [
          { label: t('aftersalesDesk.replacement'), run: () => setForm('replacement') },
          { label: t('aftersalesDesk.authoriseReturn'), run: () => setForm('return') },
        ]
      : [];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="case-detail">
      <Link to="/cases">{t('aftersalesDesk.backToDesk')}</Link>
      <Card
        title={
          <Space wrap>
            <CardHeading>{t('aftersalesDesk.casePage', { number: caseNumber(c.id) })}</CardHeading>
            <Tag color={caseColours[c.status]} data-testid="case-status">
              {t(`aftersalesDesk.statusName.${c.status}`)}
            </Tag>
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('aftersalesDesk.type')}>{t(`portal.caseType.${c.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('aftersalesDesk.order')}>{c.orderId ? <Link to={`/orders/${c.orderId}?tab=cases`}>{c.orderNumber}</Link> : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('aftersalesDesk.customer')}>
            <Link to={`/customers/${c.customerId}`}>{c.customerName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('aftersalesDesk.owner')}>{c.owner ? c.owner.label : t('aftersalesDesk.unowned')}</Descriptions.Item>
          <Descriptions.Item label={t('aftersalesDesk.deadline')}>
            <Typography.Text type={contactOverdue(c) ? 'danger' : undefined}>
              {c.contactedAt ? `${t('aftersalesDesk.contacted')} ${format.dateTime(c.contactedAt)}` : format.dateTime(c.contactDueAt)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('aftersalesDesk.source')}>
            {`${t(`cases.source.${c.source}`)}${c.reportedVia ? ` · ${t(`aftersalesDesk.channel.${c.reportedVia}`)}` : ''}`}
          </Descriptions.Item>
        </Descriptions>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 0 }} data-testid="case-summary">
            {messages.summary(c)}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('aftersalesDesk.openedBy', { who: actorName(t, c.openedByLabel), at: format.dateTime(c.openedAt) })}</Typography.Text>
          {c.transferRequest && <Alert type="info" showIcon title={t('cases.transferAsked', { who: c.transferRequest.label, note: c.transferRequest.note ?? '' })} />}
          {c.resolution && <Typography.Text>{t('cases.resolution', { text: c.resolution })}</Typography.Text>}
          {c.status === 'awaiting_confirmation' && <Alert type="warning" showIcon title={t('aftersalesDesk.awaitingConfirmation')} />}
          <ConfirmationLine c={c} />
          <ReplacementLinks c={c} />
          <CaseSteps c={c} me={me} onDone={() => refresh(c.orderId)} extra={mayAct ? extra : []} />
        </Space>
      </Card>
      <Returns c={c} mayAct={mayAct} onDone={done} />
      <Card size="small" title={t('aftersalesDesk.history')}>
        <CaseHistory caseId={c.id} />
      </Card>
      <Attachments owner={{ caseId: c.id }} mayUpload={can(me, 'attachments:write')} mayDelete={can(me, 'attachments:write')} />
      <Modal
        open={form !== undefined && order.data !== undefined}
        title={t(form === 'replacement' ? 'aftersalesDesk.replacementTitle' : 'aftersalesDesk.authoriseReturn')}
        footer={null}
        onCancel={() => setForm(undefined)}
        destroyOnHidden
      >
        {form && order.data && <OrderLinesForm order={order.data} kind={form} onDone={done} />}
      </Modal>
    </Space>
  );
}
