import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fileStageDelay, type Plan, type PlanStage } from '../api/plans';
import { useServerForm } from './server-form';

/** The server's contingencies (src/modules/planning/progress.ts). */
const contingencies = ['backup_line', 'outsource', 'backup_supplier', 'substitute_material', 'switch_carrier', 'customer_pickup'] as const;
/** Delays must be reported within this many minutes of being known (SPEC §6). */
const reportWithinMinutes = 30;
const fields = ['days', 'reason', 'contingency', 'measure', 'knownAt'];

interface DelayValues {
  days: number;
  reason: string;
  contingency: (typeof contingencies)[number];
  measure?: string;
  knownAt: Dayjs;
}

/** A stage owner reports a delay with the contingency taken; the plan and promise date are recomputed by the server. */
export function StageDelayForm({ orderId, stage, stageName, onClose, onFiled }: { orderId: string; stage: PlanStage; stageName: string; onClose: () => void; onFiled: (plan: Plan) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DelayValues>();
  const { busy, problem, send } = useServerForm(form, fields);

  const submit = (values: DelayValues) =>
    send(async () => {
      const body = { days: values.days, reason: values.reason.trim(), contingency: values.contingency, knownAt: values.knownAt.toISOString(), ...(values.measure?.trim() ? { measure: values.measure.trim() } : {}) };
      onFiled(await fileStageDelay(orderId, stage.id, body));
    });

  return (
    <Modal open title={t('plan.reportDelayOn', { stage: stageName })} okText={t('plan.fileDelay')} cancelText={t('plan.cancel')} confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form<DelayValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ days: 1, knownAt: dayjs() }} data-testid="delay-form">
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Form.Item name="days" label={t('plan.days')} rules={[{ required: true, message: t('fieldErrors.required') }, { type: 'integer', min: 1, max: 365, message: t('plan.daysRange') }]}>
          <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('plan.reason')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 1000, message: t('fieldErrors.maxLength') }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="contingency" label={t('plan.contingencyLabel')} rules={[{ required: true, message: t('fieldErrors.required') }]} extra={t('plan.substituteHint')}>
          <Select options={contingencies.map((c) => ({ value: c, label: t(`plan.contingency.${c}`) }))} />
        </Form.Item>
        <Form.Item name="measure" label={t('plan.measure')} rules={[{ max: 1000, message: t('fieldErrors.maxLength') }]}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="knownAt"
          label={t('plan.knownAt')}
          extra={t('plan.knownAtHint', { minutes: reportWithinMinutes })}
          rules={[
            { required: true, message: t('fieldErrors.required') },
            {
              validator: (_, value: Dayjs | undefined) => {
                if (value?.isAfter(dayjs())) return Promise.reject(new Error(t('fieldErrors.future')));
                if (value && dayjs().diff(value, 'minute', true) > reportWithinMinutes) return Promise.reject(new Error(t('fieldErrors.too_late')));
                return Promise.resolve();
              },
            },
          ]}
        >
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
