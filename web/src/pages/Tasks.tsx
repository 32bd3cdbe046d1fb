import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { assignTask, completeTask, scheduleTask, useAssignees, useTasks, type Task, type TaskFilters, type TaskSchedule } from '../api/tasks';
import { RemoteSelect } from '../components/RemoteSelect';
import { problemMessage } from '../components/problems';
import { useFormat } from '../format';
import { useMessages } from '../messages';
import { QueryError } from '../components/QueryError';

const taskKinds = ['order_exception', 'pre_delivery_check', 'aftersales_contact', 'aftersales_follow_up', 'call', 'visit', 'message'] as const;
const dayMs = 24 * 3_600_000;

/** Overdue is red, due within a day orange, the rest plain. */
function DueTag({ dueAt }: { dueAt: string }) {
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

type Dialog = { task: Task; action: 'complete' | 'assign' } | { action: 'schedule' };

function TaskDialog({ dialog, onClose }: { dialog: Dialog; onClose: () => void }) {
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
        <Form layout="vertical" onFinish={(v: { note?: string }) => void run(() => completeTask(dialog.task.id, v.note ?? ''), t('tasksPage.completed'))}>
          <Typography.Paragraph>{messages.summary(dialog.task)}</Typography.Paragraph>
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
          initialValues={{ kind: 'call' }}
          onFinish={(v: { kind: TaskSchedule['kind']; customerId: string; summary: string; dueAt: string; assigneeId?: string }) =>
            void run(
              () => scheduleTask({ kind: v.kind, customerId: v.customerId, summary: v.summary, dueAt: new Date(v.dueAt).toISOString(), ...(v.assigneeId ? { assigneeId: v.assigneeId } : {}) }),
              t('tasksPage.scheduled'),
            )
          }
          data-testid="schedule-form"
        >
          <Form.Item name="kind" label={t('tasksPage.kind')} rules={[{ required: true }]}>
            <Select options={(['call', 'visit', 'message'] as const).map((k) => ({ value: k, label: t(`tasksPage.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="customerId" label={t('tasksPage.customer')} rules={[{ required: true }]}>
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

/** "My tasks" and the team's: what is due, by whom, overdue in red; complete, hand over, or schedule a call or a visit. */
export default function Tasks() {
  const { t } = useTranslation();
  const messages = useMessages();
  const [scope, setScope] = useState<'mine' | 'team'>('mine');
  const [kind, setKind] = useState<TaskFilters['kind']>();
  const [assignee, setAssignee] = useState<string>();
  const [overdue, setOverdue] = useState(false);
  const [dialog, setDialog] = useState<Dialog>();
  const staff = useAssignees();
  const tasks = useTasks({ scope, kind, ...(scope === 'team' && assignee ? { assignee } : {}), ...(overdue ? { overdue: true } : {}) });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="tasks-page">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('tasksPage.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setDialog({ action: 'schedule' })}>
          {t('tasksPage.schedule')}
        </Button>
      </Space>
      <Tabs
        activeKey={scope}
        onChange={(k) => setScope(k as 'mine' | 'team')}
        items={[
          { key: 'mine', label: t('tasksPage.mine') },
          { key: 'team', label: t('tasksPage.team') },
        ]}
      />
      <Space wrap>
        <Select allowClear placeholder={t('tasksPage.kind')} aria-label={t('tasksPage.kind')} style={{ minWidth: 160 }} value={kind} onChange={setKind} options={taskKinds.map((k) => ({ value: k, label: t(`tasksPage.kinds.${k}`) }))} />
        {scope === 'team' && (
          <Select
            allowClear
            placeholder={t('tasksPage.assignee')}
            aria-label={t('tasksPage.assignee')}
            style={{ minWidth: 160 }}
            value={assignee}
            onChange={setAssignee}
            options={[{ value: 'none', label: t('tasksPage.unassigned') }, ...(staff.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))]}
          />
        )}
        <Space>
          <Switch checked={overdue} onChange={setOverdue} id="overdue-only" />
          <label htmlFor="overdue-only">{t('tasksPage.overdueOnly')}</label>
        </Space>
      </Space>
      <QueryError query={tasks} />
      <Table<Task>
        rowKey="id"
        size="small"
        loading={tasks.isPending}
        dataSource={tasks.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        onRow={(task) => ({ 'data-testid': 'task-row', 'data-kind': task.kind }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('tasksPage.empty') }}
        columns={[
          { title: t('tasksPage.kind'), dataIndex: 'kind', render: (k: Task['kind']) => t(`tasksPage.kinds.${k}`) },
          { title: t('tasksPage.summary'), key: 'summary', ellipsis: true, render: (_, task) => messages.summary(task) },
          { title: t('tasksPage.order'), dataIndex: 'orderId', render: (id: string | null) => (id ? <Link to={`/orders/${id}`}>{t('tasksPage.openOrder')}</Link> : '—') },
          { title: t('tasksPage.dueAt'), dataIndex: 'dueAt', render: (dueAt: string) => <DueTag dueAt={dueAt} /> },
          { title: t('tasksPage.holder'), dataIndex: 'assigneeName', render: (name: string | null, task) => name || t('tasksPage.anyone', { role: t(`role.${task.role}`, { defaultValue: task.role }) }) },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, task) => (
              <Space>
                <Button size="small" type="primary" onClick={() => setDialog({ task, action: 'complete' })}>
                  {t('tasksPage.complete')}
                </Button>
                <Button size="small" onClick={() => setDialog({ task, action: 'assign' })}>
                  {t('tasksPage.assign')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog && <TaskDialog dialog={dialog} onClose={() => setDialog(undefined)} />}
    </Space>
  );
}
