import { useState } from 'react';
import { App, Button, Form, Input, Modal, Radio, Select, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { completeLeadFollowUp, followUpOutcomes, scheduleLeadFollowUp, type FollowUpOutcome } from '../api/leads';
import { assignTask, completeTask, scheduleTask, useAssignees, type Task, type TaskSchedule } from '../api/tasks';
import { useFormat } from '../format';
import { useMessages } from '../messages';
import { problemMessage } from './problems';
import { RemoteSelect } from './RemoteSelect';

const dayMs = 24 * 3_600_000;

/** Overdue is red, due within a day orange, the rest plain. */
export function DueTag({ dueAt }: { dueAt: string }) {
  const format = useFormat();
  const { t } = useTranslation();
  const left = Date.parse(dueAt) - Date.now();
  const state = left < 0 ? 'overdue' : left < dayMs ? 'soon' : 'later';
  return (
    <Tag color={state === 'overdue' ? 'red' : state === 'soon' ? 'orange' : 'default'} data-due={state}>
      {state === 'overdue' ? t('tasksPage.overdueAt', { at: format.dateTime(dueAt) }) : format.dateTime(dueAt)}
    </Tag>
  );
}

/** Who holds a task: the person by name, else anyone in its role. */
export function taskHolder(t: TFunction, task: Task): string {
  return task.assigneeName || t('tasksPage.anyone', { role: t(`role.${task.role}`, { defaultValue: task.role }) });
}

/**
 * What the task dialog does: complete or hand over a task, or schedule a call or a visit (for
 * a customer already chosen, on their page, or for a sales lead). A lead's follow-up is
 * completed with its outcome, on the lead.
 */
export type TaskDialogState = { task: Task; action: 'complete' | 'assign' } | { action: 'schedule'; customerId?: string; leadId?: string };

export function TaskDialog({ dialog, onClose }: { dialog: TaskDialogState; onClose: () => void }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const staff = useAssignees();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      // A task done shows on its customer's timeline.
      void queryClient.invalidateQueries({ queryKey: ['customer'] });
      // A lead's follow-up moves its lead and its score.
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
      void message.success(done);
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const staffOptions = (staff.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  const title = dialog.action === 'schedule' ? t('tasksPage.schedule') : `${t(`tasksPage.${dialog.action}`)} · ${t(`tasksPage.kinds.${dialog.task.kind}`)}`;
  return (
    <Modal open title={title} footer={null} onCancel={onClose} destroyOnHidden>
      {dialog.action === 'complete' && (
        <Form
          layout="vertical"
          initialValues={{ outcome: 'reached' }}
          onFinish={(v: { note?: string; outcome: FollowUpOutcome }) => {
            const { task } = dialog;
            void run(() => (task.leadId ? completeLeadFollowUp(task.leadId, task.id, { outcome: v.outcome, note: v.note ?? '' }) : completeTask(task.id, v.note ?? '')), t('tasksPage.completed'));
          }}
        >
          <Typography.Paragraph>{messages.summary(dialog.task)}</Typography.Paragraph>
          {dialog.task.leadId && (
            <Form.Item name="outcome" label={t('leads.followUps.outcome')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={followUpOutcomes.map((o) => ({ value: o, label: t(`leads.followUps.outcomes.${o}`) }))} />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('tasksPage.note')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} id="task-note" />
          </Form.Item>
          {error !== undefined && <Typography.Text type="danger">{problemMessage(t, error)}</Typography.Text>}
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('tasksPage.complete')}
          </Button>
        </Form>
      )}
      {dialog.action === 'assign' && (
        <Form layout="vertical" onFinish={(v: { userId: string; note: string }) => void run(() => assignTask(dialog.task.id, v), t('tasksPage.assigned'))}>
          <Form.Item name="userId" label={t('tasksPage.assignee')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={staffOptions} data-testid="assignee-select" />
          </Form.Item>
          <Form.Item name="note" label={t('tasksPage.note')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea rows={2} id="assign-note" />
          </Form.Item>
          {error !== undefined && <Typography.Text type="danger">{problemMessage(t, error)}</Typography.Text>}
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('tasksPage.assign')}
          </Button>
        </Form>
      )}
      {dialog.action === 'schedule' && (
        <Form
          layout="vertical"
          initialValues={{ kind: 'call', customerId: dialog.customerId }}
          onFinish={(v: { kind: TaskSchedule['kind']; customerId: string; summary: string; dueAt: string; assigneeId?: string }) => {
            const dueAt = new Date(v.dueAt).toISOString();
            const assignee = v.assigneeId ? { assigneeId: v.assigneeId } : {};
            const { leadId } = dialog;
            void run(
              () =>
                leadId
                  ? scheduleLeadFollowUp(leadId, { kind: v.kind, note: v.summary, dueAt, ...assignee })
                  : scheduleTask({ kind: v.kind, customerId: v.customerId, summary: v.summary, dueAt, ...assignee }),
              t('tasksPage.scheduled'),
            );
          }}
          data-testid="schedule-form"
        >
          <Form.Item name="kind" label={t('tasksPage.kind')} rules={[{ required: true }]}>
            <Select options={(['call', 'visit', 'message'] as const).map((k) => ({ value: k, label: t(`tasksPage.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="customerId" label={t('tasksPage.customer')} rules={[{ required: dialog.leadId === undefined }]} hidden={dialog.customerId !== undefined || dialog.leadId !== undefined}>
            <RemoteSelect path="/api/v1/customers" label={(c) => c.name} placeholder={t('entry.customerSearch')} id="schedule-customer" />
          </Form.Item>
          <Form.Item name="summary" label={t('tasksPage.summary')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
            <Input.TextArea rows={2} id="schedule-summary" />
          </Form.Item>
          <Form.Item name="dueAt" label={t('tasksPage.dueAt')} rules={[{ required: true }]}>
            <Input type="datetime-local" id="schedule-due" />
          </Form.Item>
          <Form.Item name="assigneeId" label={t('tasksPage.assigneeDefault')}>
            <Select allowClear showSearch optionFilterProp="label" options={staffOptions} />
          </Form.Item>
          {error !== undefined && <Typography.Text type="danger">{problemMessage(t, error)}</Typography.Text>}
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('tasksPage.schedule')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}

