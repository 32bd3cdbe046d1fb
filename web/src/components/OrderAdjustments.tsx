import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { overridePriority, recordLateReason, type SlaKind } from '../api/order-adjustments';
import { orderKeys, useOrderSla, type Order } from '../api/orders';
import { can, type Me } from '../api/session';
import { useFormat } from '../format';
import { priorityLevels } from './options';
import { FormModal } from './FormModal';
import { useServerForm } from './server-form';

/** Late reasons Ordo records itself, as codes (the server's planMadeOnApprovalReason); people's own reasons are shown as written. */
const systemLateReasons = ['plan_made_on_approval'];

/** A manager sets the order's priority by hand, with the reason the history keeps; the deadlines follow. */
export function PriorityOverrideButton({ order, me }: { order: Order; me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ level: Order['priority']['level']; reason: string }>();
  const { busy, problem, send } = useServerForm(form, ['level', 'reason']);
  if (!can(me, 'orders:override_priority')) return null;
  const submit = (values: { level: Order['priority']['level']; reason: string }) =>
    send(async () => {
      const next = await overridePriority(order, { level: values.level, reason: values.reason.trim() });
      queryClient.setQueryData(orderKeys.order(order.id), next);
      for (const queryKey of [orderKeys.all, orderKeys.sla(order.id), orderKeys.events(order.id)]) void queryClient.invalidateQueries({ queryKey });
      setOpen(false);
    });
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('orderAdjust.overridePriority')}
      </Button>
      {open && (
        <FormModal title={t('orderAdjust.overrideTitle', { number: order.number })} busy={busy} problem={problem} onOk={() => form.submit()} onClose={() => setOpen(false)}>
          <Form form={form} name="priorityOverride" layout="vertical" initialValues={{ level: order.priority.level }} onFinish={(values) => void submit(values)} data-testid="priority-override-form">
            <Form.Item name="level" label={t('priority.level')}>
              <Select options={priorityLevels.map((level) => ({ value: level, label: t(`priority.${level}`) }))} />
            </Form.Item>
            <Form.Item name="reason" label={t('priority.reason')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { min: 3, message: t('fieldErrors.minLength') }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Form>
        </FormModal>
      )}
    </>
  );
}

/** Missed deadlines of the order and why each was missed; a person with SLA rights records or corrects the reason. */
export function LateReasons({ orderId, me }: { orderId: string; me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const sla = useOrderSla(orderId);
  const [kind, setKind] = useState<SlaKind>();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, problem, send } = useServerForm(form, ['reason']);
  const missed = (sla.data?.clocks ?? []).filter((c) => c.status === 'missed' || (c.secondsLeft !== null && c.secondsLeft < 0));
  if (missed.length === 0) return null;
  const submit = (values: { reason: string }) =>
    send(async () => {
      await recordLateReason(orderId, kind!, values.reason.trim());
      for (const queryKey of [orderKeys.sla(orderId), orderKeys.events(orderId)]) void queryClient.invalidateQueries({ queryKey });
      setKind(undefined);
    });
  return (
    <Card size="small" title={t('orderAdjust.lateReasons')} data-testid="late-reasons">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {missed.map((clock) => (
          <Space key={clock.kind} wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{t(`sla.kind.${clock.kind}`)}</Typography.Text>
              {clock.lateReason ? (
                <Typography.Text>{t('orderAdjust.lateReasonBy', { reason: systemLateReasons.includes(clock.lateReason.reason) ? t(`orderAdjust.systemLateReason.${clock.lateReason.reason}`) : clock.lateReason.reason, by: clock.lateReason.by, at: format.dateTime(clock.lateReason.at) })}</Typography.Text>
              ) : (
                <Typography.Text type="warning">{t('orderAdjust.noLateReason')}</Typography.Text>
              )}
            </Space>
            {can(me, 'sla:write') && (
              <Button
                size="small"
                onClick={() => {
                  form.setFieldsValue({ reason: clock.lateReason?.reason ?? '' });
                  setKind(clock.kind);
                }}
              >
                {clock.lateReason ? t('orderAdjust.correctLateReason') : t('orderAdjust.recordLateReason')}
              </Button>
            )}
          </Space>
        ))}
      </Space>
      <Modal open={kind !== undefined} title={kind ? t('orderAdjust.lateReasonTitle', { kind: t(`sla.kind.${kind}`) }) : ''} okText={t('masterData.save')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => form.submit()} onCancel={() => setKind(undefined)} forceRender>
        <Form form={form} name="lateReason" layout="vertical" onFinish={(values) => void submit(values)} data-testid="late-reason-form">
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
          <Form.Item name="reason" label={t('priority.reason')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
