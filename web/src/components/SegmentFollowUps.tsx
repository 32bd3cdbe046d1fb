import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { newIdempotencyKey } from '../api/client';
import { createFollowUps, type FollowUpRequest, type FollowUpResult, type Segment } from '../api/segments';
import { useMe } from '../api/session';
import { useAssignees } from '../api/tasks';
import { problemMessage } from './problems';

const followUpKinds = ['call', 'visit', 'message'] as const;

interface FollowUpForm {
  ownerId: string;
  kind: FollowUpRequest['kind'];
  due: Dayjs;
  note: string;
}

/** Hands one call, visit or message per customer of the segment to one person, then links to the tasks page. */
export function SegmentFollowUps({ segment, onClose }: { segment: Pick<Segment, 'id' | 'name'>; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const staff = useAssignees();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FollowUpForm>();
  // One key per dialog: pressing create again after a lost answer opens nothing twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<FollowUpResult>();

  const submit = async (values: FollowUpForm) => {
    setBusy(true);
    setError(undefined);
    try {
      const body = { ownerId: values.ownerId, kind: values.kind, dueDate: values.due.format('YYYY-MM-DD'), note: values.note.trim() };
      setResult(await createFollowUps(segment.id, body, idempotencyKey));
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('segments.followUps.title', { name: segment.name })} footer={null} onCancel={onClose} destroyOnHidden>
      {result ? (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="follow-up-result">
          <Alert type="success" showIcon title={t('segments.followUps.created', { count: result.created })} description={result.alreadyScheduled > 0 ? t('segments.followUps.already', { count: result.alreadyScheduled }) : undefined} />
          <Link to="/tasks">{t('segments.followUps.toTasks')}</Link>
        </Space>
      ) : (
        <Form<FollowUpForm> form={form} layout="vertical" initialValues={{ ownerId: me.data?.id, kind: 'call', due: dayjs().add(1, 'day') }} onFinish={(values) => void submit(values)}>
          <Form.Item name="ownerId" label={t('segments.followUps.owner')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
            <Select showSearch optionFilterProp="label" options={(staff.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item name="kind" label={t('segments.followUps.kind')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
            <Select options={followUpKinds.map((k) => ({ value: k, label: t(`tasksPage.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="due" label={t('segments.followUps.due')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="note" label={t('segments.followUps.note')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 2000, message: t('fieldErrors.maxLength') }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          {error !== undefined && <Typography.Text type="danger">{problemMessage(t, error)}</Typography.Text>}
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('segments.followUps.submit')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}
