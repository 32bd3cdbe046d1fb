import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Answer, RequestBody } from '../api/openapi';
import type { PlanStage } from '../api/plans';
import { useAssignees } from '../api/tasks';
import { problemMessage } from './problems';

type Assignment = RequestBody<'/api/v1/orders/{id}/plan/stages/{stageId}/assignee', 'post'>;

/** Gives a plan stage to one person of its owner role (or back to the whole role), with a note. */
export function StageAssignee({ orderId, stage, onDone, onClose }: { orderId: string; stage: PlanStage; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const staff = useAssignees();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const options = [
    { value: '', label: t('stageAssignee.anyone', { role: t(`role.${stage.ownerRole}`, { defaultValue: stage.ownerRole }) }) },
    ...(staff.data?.items ?? []).filter((s) => s.roles.includes(stage.ownerRole)).map((s) => ({ value: s.id, label: s.name })),
  ];
  const submit = async (values: { userId: string; note: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const body: Assignment = { userId: values.userId || null, note: values.note };
      await api<Answer<'/api/v1/orders/{id}/plan/stages/{stageId}/assignee', 'post'>>(`/api/v1/orders/${orderId}/plan/stages/${stage.id}/assignee`, { method: 'POST', body });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('stageAssignee.title')} footer={null} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical" initialValues={{ userId: stage.assigneeUserId ?? '' }} onFinish={(v: { userId: string; note: string }) => void submit(v)}>
        <Form.Item name="userId" label={t('stageAssignee.person')}>
          <Select showSearch optionFilterProp="label" options={options} loading={staff.isPending} />
        </Form.Item>
        <Form.Item name="note" label={t('stageAssignee.note')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
          <Input.TextArea rows={2} id="stage-assignee-note" />
        </Form.Item>
        {error !== undefined && <Typography.Text type="danger">{problemMessage(t, error)}</Typography.Text>}
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('stageAssignee.save')}
        </Button>
      </Form>
    </Modal>
  );
}
