import { useState } from 'react';
import { Alert, Button, Collapse, Empty, Form, Input, Modal, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  acceptCaseTransfer,
  caseKeys,
  caseTypes,
  claimCase,
  confirmCase,
  contactChannels,
  openCase,
  recordCaseStep,
  transferCase,
  useCaseEvents,
  useOrderCases,
  type AftersalesCase,
  type CaseConfirmation,
  type CaseOpening,
  type CaseStep,
} from '../api/cases';
import { api } from '../api/client';
import type { Answer } from '../api/openapi';
import { orderKeys } from '../api/orders';
import { can, type Me } from '../api/session';
import { useFormat } from '../format';
import { Attachments } from './Attachments';
import { actionLabel, actorName, useMessages } from '../messages';
import { problemMessage } from './problems';
import { useServerForm } from './server-form';
import { StatusTag } from './tags';

const remedies = ['replacement', 'reshipment', 'refund', 'repair', 'explanation'] as const;
export const caseColours: Record<string, string> = { open: 'error', in_progress: 'processing', awaiting_confirmation: 'warning', closed: 'default' };

/** A case's short number for people: the first part of its id, as the desk and the case page show it. */
export function caseNumber(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

/** Whether the first contact with the customer is past its deadline and still not made. */
export function contactOverdue(c: AftersalesCase, now = Date.now()): boolean {
  return c.status !== 'closed' && !c.contactedAt && Date.parse(c.contactDueAt) < now;
}

/** After a step on a case: the desk, the case pages, the order's cases and the orders it touches show it. */
export function useCaseRefresh() {
  const queryClient = useQueryClient();
  return (orderId?: string | null) => {
    for (const queryKey of [caseKeys.all, orderKeys.all, ...(orderId ? [orderKeys.order(orderId)] : [])]) void queryClient.invalidateQueries({ queryKey });
  };
}

/** The people who may own a case (after-sales and managers), by name. */
export function useCaseOwners() {
  return useQuery({
    queryKey: ['staff'],
    queryFn: () => api<Answer<'/api/v1/staff', 'get'>>('/api/v1/staff'),
    select: (answer) => answer.items.filter((s) => s.roles.includes('after_sales') || s.roles.includes('manager')),
    staleTime: 60_000,
  });
}

const actionFields: Record<CaseStep, string[]> = { contact: ['summary', 'remedy'], close: ['resolution'], transfer: ['note'] };

/** One written step on a case: a contact with the remedy, the resolution, or a request to take it over. */
function CaseActionForm({ caseId, action, onDone }: { caseId: string; action: CaseStep; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const { busy, problem, send } = useServerForm(form, actionFields[action]);
  const textField = actionFields[action][0]!;

  const submit = (values: Record<string, string | undefined>) =>
    send(async () => {
      const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v?.trim()).map(([k, v]) => [k, v!.trim()]));
      await recordCaseStep(caseId, action, body);
      onDone();
    });

  return (
    <Form form={form} layout="vertical" size="small" onFinish={(values) => void submit(values)} data-testid={`case-${action}-form`}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
      <Form.Item
        name={textField}
        label={t(`cases.field.${textField}`)}
        rules={[...(action === 'transfer' ? [] : [{ required: true, whitespace: true, message: t('fieldErrors.required') }]), { max: 2000, message: t('fieldErrors.maxLength') }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {action === 'contact' && (
        <Form.Item name="remedy" label={t('cases.field.remedy')}>
          <Select allowClear style={{ maxWidth: 220 }} options={remedies.map((r) => ({ value: r, label: t(`cases.remedy.${r}`) }))} />
        </Form.Item>
      )}
      <Button htmlType="submit" type="primary" loading={busy}>
        {t(`cases.submit.${action}`)}
      </Button>
    </Form>
  );
}

/** The owner hands the case to a colleague in after-sales (or a manager), with a note. */
function HandOverForm({ c, me, onDone }: { c: AftersalesCase; me: Me; onDone: () => void }) {
  const { t } = useTranslation();
  const owners = useCaseOwners();
  const [form] = Form.useForm<{ toUserId: string; note?: string }>();
  const { busy, problem, send } = useServerForm(form, ['toUserId', 'note']);
  const submit = (values: { toUserId: string; note?: string }) =>
    send(async () => {
      await transferCase(c.id, { toUserId: values.toUserId, ...(values.note?.trim() ? { note: values.note.trim() } : {}) });
      onDone();
    });
  return (
    <Form form={form} layout="vertical" size="small" onFinish={(v) => void submit(v)} data-testid="case-hand-over-form">
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
      <Form.Item name="toUserId" label={t('aftersalesDesk.transferTo')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
        <Select
          style={{ maxWidth: 240 }}
          showSearch={{ optionFilterProp: 'label' }}
          loading={owners.isPending}
          options={(owners.data ?? []).filter((s) => s.id !== me.id).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('cases.field.note')} rules={[{ max: 2000, message: t('fieldErrors.maxLength') }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={busy}>
        {t('aftersalesDesk.transfer')}
      </Button>
    </Form>
  );
}

/** Staff record the customer's answer to the resolution: who answered, how, satisfied or not. */
function ConfirmationForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CaseConfirmation>();
  const { busy, problem, send } = useServerForm(form, ['confirmedBy', 'channel', 'note']);
  const submit = (satisfied: boolean) =>
    send(async () => {
      const values = await form.validateFields();
      await confirmCase(caseId, { satisfied, channel: values.channel, confirmedBy: values.confirmedBy.trim(), ...(values.note?.trim() ? { note: values.note.trim() } : {}) });
      onDone();
    });
  return (
    <Form form={form} layout="vertical" size="small" initialValues={{ channel: 'phone' }} data-testid="case-confirmation-form">
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
      <Form.Item name="confirmedBy" label={t('aftersalesDesk.confirmedBy')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 200, message: t('fieldErrors.maxLength') }]}>
        <Input maxLength={200} id="confirmation-who" />
      </Form.Item>
      <Form.Item name="channel" label={t('aftersalesDesk.confirmationChannel')}>
        <Select style={{ maxWidth: 220 }} options={contactChannels.map((c) => ({ value: c, label: t(`aftersalesDesk.channel.${c}`) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('aftersalesDesk.confirmationNote')} rules={[{ max: 2000, message: t('fieldErrors.maxLength') }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => void submit(true)}>
          {t('aftersalesDesk.satisfied')}
        </Button>
        <Button danger loading={busy} onClick={() => void submit(false)}>
          {t('aftersalesDesk.notSatisfied')}
        </Button>
      </Space>
    </Form>
  );
}

/** The case's history: who claimed it, each contact with the remedy proposed, transfers, replacements, the resolution and the customer's answer. */
export function CaseHistory({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const events = useCaseEvents(caseId);
  if (events.isError) return <Alert type="error" showIcon title={problemMessage(t, events.error)} />;
  return (
    <Timeline
      data-testid="case-history"
      items={(events.data?.items ?? []).map((event) => {
        const after = (event.after ?? {}) as { summary?: string; remedy?: string | null; late?: boolean; note?: string | null; resolution?: string; replacementNumber?: string };
        const said = after.resolution ?? after.note ?? after.replacementNumber ?? (event.action === 'case.contacted' ? after.summary : undefined);
        return {
          key: event.seq,
          color: event.action === 'case.contacted' && after.late ? 'red' : undefined,
          content: (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>
                {t(`cases.history.${event.action}`, { defaultValue: actionLabel(t, event.action) })}
                {after.remedy ? ` · ${t(`cases.remedy.${after.remedy}`, { defaultValue: after.remedy })}` : ''}
              </Typography.Text>
              {said && <Typography.Text>{said}</Typography.Text>}
              <Typography.Text type="secondary">{`${format.dateTime(event.at)} · ${actorName(t, event.actorLabel)}`}</Typography.Text>
            </Space>
          ),
        };
      })}
    />
  );
}

/** The replacement orders made for a case, each a link to its order page. */
export function ReplacementLinks({ c }: { c: AftersalesCase }) {
  const { t } = useTranslation();
  if (c.replacements.length === 0) return null;
  return (
    <Space wrap size={4} data-testid="case-replacements">
      <Typography.Text type="secondary">{t('aftersalesDesk.replacements')}:</Typography.Text>
      {c.replacements.map((r) => (
        <Space key={r.orderId} size={4}>
          <Link to={`/orders/${r.orderId}`}>{r.number}</Link>
          <StatusTag status={r.status} />
        </Space>
      ))}
    </Space>
  );
}

/** The customer's confirmation as recorded: who, how, when, and who took it. */
export function ConfirmationLine({ c }: { c: AftersalesCase }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!c.confirmation) return null;
  const { at, channel, confirmedBy, recordedBy } = c.confirmation;
  return (
    <Typography.Text data-testid="case-confirmation">
      {t('aftersalesDesk.confirmedShown', { who: confirmedBy, at: format.dateTime(at), channel: t(`aftersalesDesk.channel.${channel}`) })}
      {recordedBy ? ` · ${t('aftersalesDesk.recordedByShown', { who: recordedBy })}` : ''}
    </Typography.Text>
  );
}

type Step = CaseStep | 'confirm' | 'handOver';

/**
 * What this user may do next on a case, as buttons with the form of the chosen step: claim,
 * log a contact, resolve, ask for or accept a hand-over, and record the customer's answer.
 */
export function CaseSteps({ c, me, onDone, extra }: { c: AftersalesCase; me: Me; onDone: () => void; extra?: { label: string; run: () => void }[] }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const mayAct = can(me, 'aftersales:write');
  const mine = c.owner?.id === me.id;
  const open = c.status !== 'closed';

  const post = async (send: (caseId: string) => Promise<unknown>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await send(c.id);
      onDone();
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };
  const done = () => {
    setStep(undefined);
    onDone();
  };

  const actions: { label: string; run: () => void; primary?: boolean }[] = [];
  if (mayAct && open && !c.owner) actions.push({ label: t('cases.claim'), primary: true, run: () => void post(claimCase) });
  if (mayAct && c.status === 'in_progress' && mine) {
    actions.push({ label: t('cases.addContact'), primary: true, run: () => setStep('contact') });
    actions.push(...(extra ?? []));
    actions.push({ label: t('cases.close'), run: () => setStep('close') });
    actions.push({ label: t('aftersalesDesk.transfer'), run: () => setStep('handOver') });
  }
  if (mayAct && open && mine && c.transferRequest) actions.push({ label: t('cases.acceptTransfer', { who: c.transferRequest.label }), run: () => void post(acceptCaseTransfer) });
  if (mayAct && open && c.owner && !mine) actions.push({ label: t('cases.requestTransfer'), run: () => setStep('transfer') });
  if (mayAct && c.status === 'awaiting_confirmation') actions.push({ label: t('aftersalesDesk.recordConfirmation'), primary: true, run: () => setStep('confirm') });
  if (actions.length === 0 && problem === undefined) return null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {problem !== undefined && <Alert type="error" showIcon closable={{ onClose: () => setProblem(undefined) }} title={problemMessage(t, problem)} />}
      <Space wrap>
        {actions.map((a) => (
          <Button key={a.label} size="small" type={a.primary ? 'primary' : 'default'} loading={busy} onClick={a.run}>
            {a.label}
          </Button>
        ))}
      </Space>
      {step === 'confirm' && <ConfirmationForm caseId={c.id} onDone={done} />}
      {step === 'handOver' && <HandOverForm c={c} me={me} onDone={done} />}
      {step !== undefined && step !== 'confirm' && step !== 'handOver' && <CaseActionForm caseId={c.id} action={step} onDone={done} />}
    </Space>
  );
}

/** Staff open a case: its type, what it is about, and how the customer reached us. */
export function OpenCaseForm({ target, onDone }: { target: Pick<CaseOpening, 'orderId' | 'customerId'>; onDone: (opened: AftersalesCase) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CaseOpening>();
  const { busy, problem, send } = useServerForm(form, ['type', 'summary', 'reportedVia']);
  const submit = (values: CaseOpening) =>
    send(async () => {
      onDone(await openCase({ ...target, type: values.type, summary: values.summary.trim(), ...(values.reportedVia ? { reportedVia: values.reportedVia } : {}) }));
    });
  return (
    <Form form={form} layout="vertical" initialValues={{ type: 'complaint', reportedVia: 'phone' }} onFinish={(v) => void submit(v)} data-testid="open-case-form">
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
      <Form.Item name="type" label={t('aftersalesDesk.type')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
        <Select id="case-type" options={caseTypes.map((type) => ({ value: type, label: t(`portal.caseType.${type}`) }))} />
      </Form.Item>
      <Form.Item name="reportedVia" label={t('aftersalesDesk.reportedVia')}>
        <Select id="case-reported-via" options={contactChannels.map((c) => ({ value: c, label: t(`aftersalesDesk.channel.${c}`) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('aftersalesDesk.summary')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 2000, message: t('fieldErrors.maxLength') }]}>
        <Input.TextArea id="case-summary" rows={3} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('aftersalesDesk.submitOpen')}
      </Button>
    </Form>
  );
}

/** The order's after-sales cases (SPEC §9): status, owner and contact deadline; each opens to its history and what this user may do next. */
export function Cases({ orderId, me }: { orderId: string; me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const messages = useMessages();
  const refresh = useCaseRefresh();
  const cases = useOrderCases(orderId);
  const [opening, setOpening] = useState(false);

  if (cases.isError) return <Alert type="error" showIcon title={problemMessage(t, cases.error)} />;
  const items = cases.data?.items ?? [];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="cases">
      {can(me, 'aftersales:write') && (
        <Button onClick={() => setOpening(true)} data-testid="open-case">
          {t('aftersalesDesk.openCase')}
        </Button>
      )}
      <Modal open={opening} title={t('aftersalesDesk.openCaseTitle')} footer={null} onCancel={() => setOpening(false)} destroyOnHidden>
        <OpenCaseForm
          target={{ orderId }}
          onDone={() => {
            setOpening(false);
            refresh(orderId);
          }}
        />
      </Modal>
      {!cases.isPending && items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.noCases')} />}
      <Collapse
        items={items.map((c) => ({
          key: c.id,
          label: (
            <Space wrap size={4} data-testid="case">
              <Tag color={caseColours[c.status]}>{t(`aftersalesDesk.statusName.${c.status}`)}</Tag>
              <Typography.Text strong>{t(`portal.caseType.${c.type}`, { defaultValue: c.type })}</Typography.Text>
              <Typography.Text data-testid="case-summary">{messages.summary(c)}</Typography.Text>
            </Space>
          ),
          extra: <Typography.Text type="secondary">{c.owner ? c.owner.label : t('cases.unowned')}</Typography.Text>,
          children: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Link to={`/cases/${c.id}`}>{t('aftersalesDesk.openCasePage')}</Link>
              <Typography.Text type={contactOverdue(c) ? 'danger' : 'secondary'}>
                {c.contactedAt ? t('cases.contactedAt', { at: format.dateTime(c.contactedAt) }) : t('cases.contactDue', { at: format.dateTime(c.contactDueAt) })}
              </Typography.Text>
              <Typography.Text type="secondary">{t('cases.opened', { at: format.dateTime(c.openedAt), who: actorName(t, c.openedByLabel), source: t(`cases.source.${c.source}`, { defaultValue: c.source }) })}</Typography.Text>
              {c.transferRequest && <Alert type="info" showIcon title={t('cases.transferAsked', { who: c.transferRequest.label, note: c.transferRequest.note ?? '' })} />}
              {c.resolution && <Typography.Text>{t('cases.resolution', { text: c.resolution })}</Typography.Text>}
              <ConfirmationLine c={c} />
              <ReplacementLinks c={c} />
              <CaseHistory caseId={c.id} />
              <Attachments owner={{ caseId: c.id }} mayUpload={can(me, 'attachments:write')} mayDelete={can(me, 'attachments:write')} />
              <CaseSteps c={c} me={me} onDone={() => refresh(orderId)} />
            </Space>
          ),
        }))}
      />
    </Space>
  );
}
