import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, InputNumber, Modal, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOrder, type Order } from '../api/orders';
import { assignOwner, cancelOrder, logContact, resubmitOrder, useAssignees, useExceptionDesk, type ExceptionDeskItem, type Resubmission } from '../api/tasks';
import { can, type Me } from '../api/session';
import { problemMessage } from '../components/problems';
import { Countdown, PriorityTag } from '../components/tags';
import { useFormat } from '../format';
import { QueryError } from '../components/QueryError';

type Action = 'contact' | 'correct' | 'cancel' | 'owner';

const contactChannels = ['phone', 'online', 'email', 'in_person'] as const;
const paymentStatuses = ['unpaid', 'partial', 'paid'] as const;

/** Refreshes what an action on an exception order changes: the desk, the order lists, the tasks and the order itself. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (orderId: string) => {
    for (const queryKey of [['orders'], ['tasks'], ['order', orderId], ['inbox'], ['summary']]) void queryClient.invalidateQueries({ queryKey });
  };
}

/** Log a contact with the customer: channel, what was said, what was agreed. */
function ContactForm({ item, onDone }: { item: ExceptionDeskItem; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ channel: (typeof contactChannels)[number]; summary: string; outcome?: string }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: { channel: (typeof contactChannels)[number]; summary: string; outcome?: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await logContact(item.order.id, { channel: values.channel, summary: values.summary, ...(values.outcome ? { outcome: values.outcome } : {}) });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ channel: 'phone' }} onFinish={(v) => void submit(v)} data-testid="contact-form">
      <Form.Item name="channel" label={t('exceptionDesk.channel')} rules={[{ required: true }]}>
        <Select options={contactChannels.map((c) => ({ value: c, label: t(`exceptionDesk.channels.${c}`) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('exceptionDesk.summary')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
        <Input.TextArea rows={3} id="contact-summary" />
      </Form.Item>
      <Form.Item name="outcome" label={t('exceptionDesk.outcome')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} id="contact-outcome" />
      </Form.Item>
      {error !== undefined && <Typography.Text type="danger">{problemMessage(t, error)}</Typography.Text>}
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('exceptionDesk.logContact')}
      </Button>
    </Form>
  );
}

interface CorrectionValues {
  requestedDeliveryDate?: string;
  paymentStatus: (typeof paymentStatuses)[number];
  requirements?: string;
  quantities: Record<string, number>;
  note: string;
}

/** Correct every field the audit may flag (delivery date, payment, requirements, line quantities) and resubmit. */
function CorrectForm({ order, onDone }: { order: Order; onDone: (resubmitted: Order) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CorrectionValues>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const flagged = new Set(order.exceptions.map((f) => f.path?.split('/')[1]));
  const submit = async (values: CorrectionValues) => {
    setBusy(true);
    setError(undefined);
    const changedLines = order.lines.some((l) => values.quantities[l.id] !== l.quantity);
    const corrections: NonNullable<Resubmission['corrections']> = {
      ...(values.requestedDeliveryDate ? { requestedDeliveryDate: values.requestedDeliveryDate } : {}),
      ...(values.paymentStatus !== order.paymentStatus ? { paymentStatus: values.paymentStatus } : {}),
      ...(values.requirements !== undefined && values.requirements !== (order.specialRequirements?.text ?? '') ? { specialRequirements: { ...order.specialRequirements, text: values.requirements } } : {}),
      ...(changedLines
        ? {
            lines: order.lines
              .filter((l) => (values.quantities[l.id] ?? 0) > 0)
              .map((l) => ({ productId: l.productId, quantity: values.quantities[l.id]!, unitPriceMinor: l.unitPriceMinor, discountMinor: l.discountMinor })),
          }
        : {}),
    };
    try {
      onDone(await resubmitOrder(order, { corrections, note: values.note }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      data-testid="correct-form"
      initialValues={{
        requestedDeliveryDate: order.requestedDeliveryDate ?? undefined,
        paymentStatus: order.paymentStatus,
        requirements: order.specialRequirements?.text ?? '',
        quantities: Object.fromEntries(order.lines.map((l) => [l.id, l.quantity])),
      }}
    >
      <Form.Item name="requestedDeliveryDate" label={<FlaggedLabel text={t('entry.deliveryDate')} flagged={flagged.has('requestedDeliveryDate')} />}>
        <Input type="date" id="correct-date" />
      </Form.Item>
      <Form.Item name="paymentStatus" label={t('entry.payment')}>
        <Select options={paymentStatuses.map((p) => ({ value: p, label: t(`payment.${p}`) }))} />
      </Form.Item>
      <Form.Item name="requirements" label={<FlaggedLabel text={t('entry.requirements')} flagged={flagged.has('specialRequirements')} />}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Typography.Text strong>
        <FlaggedLabel text={t('entry.lines')} flagged={flagged.has('lines')} />
      </Typography.Text>
      {order.lines.map((line) => (
        <Form.Item key={line.id} name={['quantities', line.id]} label={`${line.sku} · ${line.name}`} rules={[{ required: true, type: 'number', min: 0 }]}>
          <InputNumber min={0} precision={0} data-testid={`line-quantity-${line.sku}`} />
        </Form.Item>
      ))}
      <Form.Item name="note" label={t('exceptionDesk.note')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
        <Input.TextArea rows={2} id="correct-note" />
      </Form.Item>
      {error !== undefined && (
        <Typography.Text type="danger" data-testid="correct-error">
          {problemMessage(t, error)}
        </Typography.Text>
      )}
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('exceptionDesk.resubmit')}
      </Button>
    </Form>
  );
}

function FlaggedLabel({ text, flagged }: { text: string; flagged: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      {text}
      {flagged && <Tag color="error">{t('exceptionDesk.flagged')}</Tag>}
    </Space>
  );
}

/** A short text with a note: a cancellation reason, or the note handing the order over. */
function NoteForm({ label, button, danger, onSubmit, children }: { label: string; button: string; danger?: boolean; onSubmit: (note: string) => Promise<void>; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <Form
      layout="vertical"
      onFinish={(v: { note: string }) => {
        setBusy(true);
        setError(undefined);
        onSubmit(v.note)
          .catch(setError)
          .finally(() => setBusy(false));
      }}
    >
      {children}
      <Form.Item name="note" label={label} rules={[{ required: true, whitespace: true, max: 1000 }]}>
        <Input.TextArea rows={2} id="note-text" />
      </Form.Item>
      {error !== undefined && <Typography.Text type="danger">{problemMessage(t, error)}</Typography.Text>}
      <Button type="primary" danger={danger} htmlType="submit" loading={busy} block>
        {button}
      </Button>
    </Form>
  );
}

/** Hand the order (and its exception task) to another specialist. */
export function OwnerForm({ order, onDone }: { order: Pick<Order, 'id' | 'version'>; onDone: () => void }) {
  const { t } = useTranslation();
  const staff = useAssignees();
  const [userId, setUserId] = useState<string>();
  return (
    <NoteForm
      label={t('exceptionDesk.ownerNote')}
      button={t('exceptionDesk.reassign')}
      onSubmit={async (note) => {
        await assignOwner(order, { userId: userId ?? '', note });
        onDone();
      }}
    >
      <Form.Item label={t('exceptionDesk.newOwner')} required>
        <Select
          showSearch
          optionFilterProp="label"
          value={userId}
          onChange={setUserId}
          loading={staff.isPending}
          data-testid="owner-select"
          options={(staff.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
    </NoteForm>
  );
}

function ActionModal({ item, action, onClose }: { item: ExceptionDeskItem; action: Action; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const order = useOrder(item.order.id);
  const done = (text: string) => {
    refresh(item.order.id);
    void message.success(text);
    onClose();
  };
  return (
    <Modal open title={`${t(`exceptionDesk.actions.${action}`)} · ${item.order.number}`} footer={null} onCancel={onClose} destroyOnHidden>
      {action === 'contact' && <ContactForm item={item} onDone={() => done(t('exceptionDesk.contactLogged'))} />}
      {action === 'correct' && (order.data ? <CorrectForm order={order.data} onDone={(o) => done(t('exceptionDesk.resubmitted', { number: o.number, status: t(`status.${o.status}`) }))} /> : <Card loading />)}
      {action === 'cancel' && (
        <NoteForm
          label={t('exceptionDesk.cancelReason')}
          button={t('exceptionDesk.actions.cancel')}
          danger
          onSubmit={async (reason) => {
            await cancelOrder(item.order, reason);
            done(t('exceptionDesk.cancelled', { number: item.order.number }));
          }}
        />
      )}
      {action === 'owner' && <OwnerForm order={item.order} onDone={() => done(t('exceptionDesk.reassigned', { number: item.order.number }))} />}
    </Modal>
  );
}

/**
 * The exception desk (SPEC §3): orders the preliminary audit or a reviewer stopped, the
 * longest waiting first, with why, the 2-hour contact deadline and who holds it. From here
 * the specialist logs the call, corrects and resubmits the order, cancels it, or hands it over.
 */
export default function ExceptionDesk({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [scope, setScope] = useState<'all' | 'me'>('all');
  const desk = useExceptionDesk(scope === 'me' ? 'me' : undefined);
  const [open, setOpen] = useState<{ item: ExceptionDeskItem; action: Action }>();
  const mayHandle = can(me, 'orders:handle_exception');
  const items = desk.data?.items ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="exception-desk">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('exceptionDesk.title')}
        </Typography.Title>
        <Segmented
          value={scope}
          onChange={(v) => setScope(v as 'all' | 'me')}
          options={[
            { value: 'all', label: t('exceptionDesk.all') },
            { value: 'me', label: t('exceptionDesk.mine') },
          ]}
        />
      </Space>
      <QueryError query={desk} />
      {desk.isPending && <Card loading />}
      {desk.isSuccess && items.length === 0 && <Empty description={t('exceptionDesk.empty')} />}
      {items.map((item) => (
        <Card
          key={item.order.id}
          size="small"
          data-testid="desk-item"
          data-order={item.order.number}
          title={
            <Space wrap>
              <Link to={`/orders/${item.order.id}`}>{item.order.number}</Link>
              <PriorityTag level={item.order.priority.level} />
              <span>{item.order.customer.name}</span>
            </Space>
          }
          extra={item.secondsLeft !== null ? <Space size={4}>{t('exceptionDesk.contactBy')}<Countdown secondsLeft={item.secondsLeft} /></Space> : null}
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap data-testid="desk-reasons">
              {item.order.exceptions.map((f, i) => (
                <Tag key={i} color="error" data-code={f.code}>
                  {t(`findings.${f.code}`, { defaultValue: f.code })}
                </Tag>
              ))}
            </Space>
            <Space wrap size="large">
              <span data-testid="desk-holder">
                {t('exceptionDesk.holder')}：{item.task?.assigneeName || (item.task ? t('exceptionDesk.unassigned') : '—')}
              </span>
              <Typography.Text type="secondary">{t('exceptionDesk.since', { at: item.exceptionSince ? format.dateTime(item.exceptionSince) : '—' })}</Typography.Text>
              <span>{format.money(item.order.totals.totalMinor, item.order.totals.currency)}</span>
            </Space>
            {item.lastContact ? (
              <Typography.Text type="secondary" data-testid="desk-last-contact">
                {t('exceptionDesk.lastContact', { at: format.dateTime(item.lastContact.at), channel: t(`exceptionDesk.channels.${item.lastContact.channel}`), summary: item.lastContact.summary })}
              </Typography.Text>
            ) : (
              <Typography.Text type="warning">{t('exceptionDesk.notContacted')}</Typography.Text>
            )}
            {mayHandle && (
              <Space wrap>
                <Button type="primary" onClick={() => setOpen({ item, action: 'contact' })}>
                  {t('exceptionDesk.actions.contact')}
                </Button>
                <Button disabled={!item.contactedSinceException} onClick={() => setOpen({ item, action: 'correct' })}>
                  {t('exceptionDesk.actions.correct')}
                </Button>
                <Button onClick={() => setOpen({ item, action: 'owner' })}>{t('exceptionDesk.actions.owner')}</Button>
                <Button danger onClick={() => setOpen({ item, action: 'cancel' })}>
                  {t('exceptionDesk.actions.cancel')}
                </Button>
              </Space>
            )}
          </Space>
        </Card>
      ))}
      {open && <ActionModal item={open.item} action={open.action} onClose={() => setOpen(undefined)} />}
    </Space>
  );
}
