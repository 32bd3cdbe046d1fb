import { useState } from 'react';
import { App, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { convertLead, createLead, leadSources, lostReasonCodes, moveLead, type Lead, type LeadConversion, type LeadDetail, type LeadEvent } from '../api/leads';
import { problemMessage } from './problems';
import { RemoteSelect } from './RemoteSelect';

/* The dialogs of the sales pipeline: a new lead, a lost reason, and the conversion into a customer. */

/** Runs a change of leads, refreshes them (and tasks, customers, orders it may touch), and says what went wrong. */
function useLeadAction() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async <T,>(work: () => Promise<T>, done: string): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await work();
      for (const key of ['leads', 'tasks', 'customers', 'orders']) void queryClient.invalidateQueries({ queryKey: [key] });
      void message.success(done);
      return result;
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const errorText = error === undefined ? null : <Typography.Text type="danger">{problemMessage(t, error)}</Typography.Text>;
  return { busy, run, errorText };
}

interface NewLeadForm {
  name: string;
  company?: string;
  phone?: string;
  email?: string;
  source: Lead['source'];
  interestProductIds?: string[];
  estimatedValue?: number | null;
  notes?: string;
}

/** A new lead; its duplicates (same phone or e-mail) are shown once it is saved, as a warning. */
export function NewLeadDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (lead: LeadDetail) => void }) {
  const { t } = useTranslation();
  const { busy, run, errorText } = useLeadAction();
  const [products, setProducts] = useState<string | undefined>();
  const submit = async (v: NewLeadForm) => {
    const created = await run(
      () =>
        createLead({
          name: v.name,
          source: v.source,
          ...(v.company ? { company: v.company } : {}),
          ...(v.phone ? { phone: v.phone } : {}),
          ...(v.email ? { email: v.email } : {}),
          ...(products ? { interestProductIds: [products] } : {}),
          ...(v.estimatedValue ? { estimatedValueMinor: Math.round(v.estimatedValue * 100), currency: 'CNY' } : {}),
          ...(v.notes ? { notes: v.notes } : {}),
        }),
      t('leads.created'),
    );
    if (created) onCreated(created);
  };
  return (
    <Modal open title={t('leads.new')} footer={null} onCancel={onClose} destroyOnHidden>
      <Form<NewLeadForm> layout="vertical" initialValues={{ source: 'website' }} onFinish={(v) => void submit(v)} data-testid="lead-form">
        <Form.Item name="name" label={t('leads.fields.name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input id="lead-name" />
        </Form.Item>
        <Form.Item name="company" label={t('leads.fields.company')} rules={[{ max: 200 }]}>
          <Input id="lead-company" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="phone" label={t('leads.fields.phone')} style={{ flex: 1 }}>
            <Input id="lead-phone" />
          </Form.Item>
          <Form.Item name="email" label={t('leads.fields.email')} style={{ flex: 1 }}>
            <Input id="lead-email" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="source" label={t('leads.fields.source')} rules={[{ required: true }]}>
          <Select id="lead-source" options={leadSources.map((s) => ({ value: s, label: t(`leads.sources.${s}`) }))} />
        </Form.Item>
        <Form.Item label={t('leads.fields.interest')}>
          <RemoteSelect path="/api/v1/products" label={(p) => `${p.sku} ${p.name}`} value={products} onChange={setProducts} placeholder={t('leads.fields.interestHint')} id="lead-product" />
        </Form.Item>
        <Form.Item name="estimatedValue" label={t('leads.fields.estimatedValue')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} id="lead-value" />
        </Form.Item>
        <Form.Item name="notes" label={t('leads.fields.notes')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {errorText}
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('leads.save')}
        </Button>
      </Form>
    </Modal>
  );
}

/** Marks a lead lost: a reason is required, and `other` says it in the note. */
export function LostDialog({ lead, onClose }: { lead: Pick<Lead, 'id' | 'name'>; onClose: () => void }) {
  const { t } = useTranslation();
  const { busy, run, errorText } = useLeadAction();
  return (
    <Modal open title={t('leads.lostTitle', { name: lead.name })} footer={null} onCancel={onClose} destroyOnHidden>
      <Form
        layout="vertical"
        onFinish={(v: { code: (typeof lostReasonCodes)[number]; note?: string }) =>
          void run(() => moveLead(lead.id, { event: 'lose', lostReason: { code: v.code, ...(v.note ? { note: v.note } : {}) } }), t('leads.moved')).then((done) => done && onClose())
        }
        data-testid="lost-form"
      >
        <Form.Item name="code" label={t('leads.fields.lostReason')} rules={[{ required: true }]}>
          <Select id="lost-reason" options={lostReasonCodes.map((c) => ({ value: c, label: t(`leads.lostReasons.${c}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('leads.fields.lostNote')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} id="lost-note" />
        </Form.Item>
        {errorText}
        <Button type="primary" danger htmlType="submit" loading={busy} block>
          {t('leads.events.lose')}
        </Button>
      </Form>
    </Modal>
  );
}

interface ConversionForm {
  name: string;
  type: 'company' | 'person';
  contactName: string;
  phone?: string;
  email?: string;
  withOrder: boolean;
  productId?: string;
  quantity?: number;
  channel: NonNullable<LeadConversion['order']>['channel'];
  paymentStatus: NonNullable<LeadConversion['order']>['paymentStatus'];
}

const orderChannels = ['phone', 'email', 'in_person', 'b2b_direct', 'online_store', 'marketplace'] as const;
const paymentStatuses = ['unpaid', 'partial', 'paid'] as const;

/** 转为客户: the customer's fields prefilled from the lead, and optionally the first order, created together. */
export function ConvertDialog({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const { busy, run, errorText } = useLeadAction();
  const [form] = Form.useForm<ConversionForm>();
  const withOrder = Form.useWatch('withOrder', form);
  const submit = async (v: ConversionForm) => {
    const contact = { name: v.contactName, ...(v.phone ? { phone: v.phone } : {}), ...(v.email ? { email: v.email } : {}) };
    const body: LeadConversion = {
      customer: { name: v.name, type: v.type, contacts: [{ ...contact, primary: true }] },
      ...(v.withOrder && v.productId ? { order: { channel: v.channel, paymentStatus: v.paymentStatus, lines: [{ productId: v.productId, quantity: v.quantity ?? 1 }] } } : {}),
    };
    const result = await run(() => convertLead(lead.id, body), t('leads.converted'));
    if (result) onClose();
  };
  return (
    <Modal open title={t('leads.convertTitle', { name: lead.name })} footer={null} onCancel={onClose} destroyOnHidden>
      <Form<ConversionForm>
        form={form}
        layout="vertical"
        initialValues={{
          name: lead.company || lead.name,
          type: lead.company ? 'company' : 'person',
          contactName: lead.name,
          phone: lead.phone ?? undefined,
          email: lead.email ?? undefined,
          withOrder: false,
          productId: lead.interestProductIds[0],
          quantity: 1,
          channel: 'phone',
          paymentStatus: 'unpaid',
        }}
        onFinish={(v) => void submit(v)}
        data-testid="convert-form"
      >
        <Form.Item name="name" label={t('leads.convert.customerName')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input id="convert-name" />
        </Form.Item>
        <Form.Item name="type" label={t('leads.convert.type')}>
          <Select options={(['company', 'person'] as const).map((k) => ({ value: k, label: t(`leads.convert.types.${k}`) }))} />
        </Form.Item>
        <Form.Item name="contactName" label={t('leads.convert.contact')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="phone" label={t('leads.fields.phone')} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t('leads.fields.email')} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="withOrder" valuePropName="checked">
          <Checkbox id="convert-with-order">{t('leads.convert.withOrder')}</Checkbox>
        </Form.Item>
        {withOrder && (
          <>
            <Form.Item name="productId" label={t('leads.convert.product')} rules={[{ required: true }]}>
              <RemoteSelect path="/api/v1/products" label={(p) => `${p.sku} ${p.name}`} id="convert-product" />
            </Form.Item>
            <Space.Compact block>
              <Form.Item name="quantity" label={t('leads.convert.quantity')} rules={[{ required: true }]} style={{ flex: 1 }}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} id="convert-quantity" />
              </Form.Item>
              <Form.Item name="channel" label={t('leads.convert.channel')} style={{ flex: 1 }}>
                <Select options={orderChannels.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
              </Form.Item>
              <Form.Item name="paymentStatus" label={t('leads.convert.payment')} style={{ flex: 1 }}>
                <Select options={paymentStatuses.map((p) => ({ value: p, label: t(`payment.${p}`) }))} />
              </Form.Item>
            </Space.Compact>
          </>
        )}
        {errorText}
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('leads.events.convert')}
        </Button>
      </Form>
    </Modal>
  );
}

/** The moves a lead allows now, as buttons: lose asks for a reason, convert opens the conversion. */
export function LeadMoves({ lead, size = 'small' }: { lead: Lead; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { busy, run, errorText } = useLeadAction();
  const [dialog, setDialog] = useState<'lose' | 'convert'>();
  const act = (event: LeadEvent) => {
    if (event === 'lose' || event === 'convert') setDialog(event);
    else void run(() => moveLead(lead.id, { event }), t('leads.moved'));
  };
  return (
    <>
      <Space wrap size={4}>
        {lead.allowedEvents.map((event) => (
          <Button key={event} size={size} type={event === 'convert' ? 'primary' : 'default'} danger={event === 'lose'} loading={busy} onClick={() => act(event)} data-testid={`lead-move-${event}`}>
            {t(`leads.events.${event}`)}
          </Button>
        ))}
      </Space>
      {errorText}
      {dialog === 'lose' && <LostDialog lead={lead} onClose={() => setDialog(undefined)} />}
      {dialog === 'convert' && <ConvertDialog lead={lead} onClose={() => setDialog(undefined)} />}
    </>
  );
}
