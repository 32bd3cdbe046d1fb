import { useState } from 'react';
import { Alert, Button, Collapse, Empty, Form, Input, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { acceptCaseTransfer, claimCase, recordCaseStep, useCaseEvents, useOrderCases, type CaseStep } from '../api/cases';
import { orderKeys } from '../api/orders';
import { can, type Me } from '../api/session';
import { useFormat } from '../format';
import { Attachments } from './Attachments';
import { actionLabel, actorName, useMessages } from '../messages';
import { problemMessage } from './problems';
import { useServerForm } from './server-form';

const remedies = ['replacement', 'reshipment', 'refund', 'repair', 'explanation'] as const;
const caseColours: Record<string, string> = { open: 'error', in_progress: 'processing', closed: 'default' };

type CaseAction = CaseStep;
const actionFields: Record<CaseAction, string[]> = { contact: ['summary', 'remedy'], close: ['resolution'], transfer: ['note'] };

/** One written step on a case: a contact with the remedy, the resolution, or a request to take it over. */
function CaseActionForm({ caseId, action, onDone }: { caseId: string; action: CaseAction; onDone: () => void }) {
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

/** The case's history: who claimed it, each contact with the remedy proposed, transfers and the close. */
function CaseHistory({ orderId, caseId }: { orderId: string; caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const events = useCaseEvents(orderId, caseId);
  if (events.isError) return <Alert type="error" showIcon title={problemMessage(t, events.error)} />;
  return (
    <Timeline
      items={(events.data?.items ?? []).map((event) => {
        const after = (event.after ?? {}) as { summary?: string; remedy?: string | null; late?: boolean; note?: string | null; resolution?: string };
        const said = after.resolution ?? after.note ?? (event.action === 'case.contacted' ? after.summary : undefined);
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

/** The order's after-sales cases (SPEC §9): status, owner and contact deadline; each opens to its history and what this user may do next. */
export function Cases({ orderId, me }: { orderId: string; me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const messages = useMessages();
  const queryClient = useQueryClient();
  const cases = useOrderCases(orderId);
  const [action, setAction] = useState<{ caseId: string; action: CaseAction }>();
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<unknown>();
  const mayAct = can(me, 'aftersales:write');

  const settle = () => {
    setAction(undefined);
    for (const queryKey of [orderKeys.order(orderId), orderKeys.all]) void queryClient.invalidateQueries({ queryKey });
  };
  const post = async (caseId: string, send: (caseId: string) => Promise<unknown>) => {
    setBusy(caseId);
    setProblem(undefined);
    try {
      await send(caseId);
      settle();
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(undefined);
    }
  };

  if (cases.isError) return <Alert type="error" showIcon title={problemMessage(t, cases.error)} />;
  const items = cases.data?.items ?? [];
  if (!cases.isPending && items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.noCases')} />;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="cases">
      {problem !== undefined && <Alert type="error" showIcon closable={{ onClose: () => setProblem(undefined) }} title={problemMessage(t, problem)} />}
      <Collapse
        items={items.map((c) => {
          const mine = c.owner?.id === me.id;
          const open = c.status !== 'closed';
          const overdue = open && !c.contactedAt && Date.parse(c.contactDueAt) < Date.now();
          const actions: { label: string; run: () => void; primary?: boolean }[] = [];
          if (mayAct && open && !c.owner) actions.push({ label: t('cases.claim'), primary: true, run: () => void post(c.id, claimCase) });
          if (mayAct && open && mine) {
            actions.push({ label: t('cases.addContact'), primary: true, run: () => setAction({ caseId: c.id, action: 'contact' }) });
            actions.push({ label: t('cases.close'), run: () => setAction({ caseId: c.id, action: 'close' }) });
            if (c.transferRequest) actions.push({ label: t('cases.acceptTransfer', { who: c.transferRequest.label }), run: () => void post(c.id, acceptCaseTransfer) });
          }
          if (mayAct && open && c.owner && !mine) actions.push({ label: t('cases.requestTransfer'), run: () => setAction({ caseId: c.id, action: 'transfer' }) });
          return {
            key: c.id,
            label: (
              <Space wrap size={4} data-testid="case">
                <Tag color={caseColours[c.status]}>{t(`portal.caseStatus.${c.status}`, { defaultValue: c.status })}</Tag>
                <Typography.Text strong>{t(`portal.caseType.${c.type}`, { defaultValue: c.type })}</Typography.Text>
                <Typography.Text data-testid="case-summary">{messages.summary(c)}</Typography.Text>
              </Space>
            ),
            extra: <Typography.Text type="secondary">{c.owner ? c.owner.label : t('cases.unowned')}</Typography.Text>,
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Text type={overdue ? 'danger' : 'secondary'}>
                  {c.contactedAt ? t('cases.contactedAt', { at: format.dateTime(c.contactedAt) }) : t('cases.contactDue', { at: format.dateTime(c.contactDueAt) })}
                </Typography.Text>
                <Typography.Text type="secondary">{t('cases.opened', { at: format.dateTime(c.openedAt), who: actorName(t, c.openedByLabel), source: t(`cases.source.${c.source}`, { defaultValue: c.source }) })}</Typography.Text>
                {c.transferRequest && <Alert type="info" showIcon title={t('cases.transferAsked', { who: c.transferRequest.label, note: c.transferRequest.note ?? '' })} />}
                {c.resolution && <Typography.Text>{t('cases.resolution', { text: c.resolution })}</Typography.Text>}
                <CaseHistory orderId={orderId} caseId={c.id} />
                <Attachments owner={{ caseId: c.id }} mayUpload={can(me, 'attachments:write')} mayDelete={can(me, 'attachments:write')} />
                {actions.length > 0 && (
                  <Space wrap>
                    {actions.map((a) => (
                      <Button key={a.label} size="small" type={a.primary ? 'primary' : 'default'} loading={busy?.startsWith(c.id)} onClick={a.run}>
                        {a.label}
                      </Button>
                    ))}
                  </Space>
                )}
                {action?.caseId === c.id && <CaseActionForm caseId={c.id} action={action.action} onDone={settle} />}
              </Space>
            ),
          };
        })}
      />
    </Space>
  );
}
