import { useState } from 'react';
import { Button, Select, Space, Switch, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAssignees, useTasks, type Task, type TaskFilters } from '../api/tasks';
import { DueTag, TaskDialog, taskHolder, type TaskDialogState } from '../components/TaskDialog';
import { useMessages } from '../messages';
import { QueryError } from '../components/QueryError';

const taskKinds = ['order_exception', 'pre_delivery_check', 'aftersales_contact', 'aftersales_follow_up', 'call', 'visit', 'message', 'return_visit'] as const;

/** "My tasks" and the team's: what is due, by whom, overdue in red; complete, hand over, or schedule a call or a visit. */
export default function Tasks() {
  const { t } = useTranslation();
  const messages = useMessages();
  const [scope, setScope] = useState<'mine' | 'team'>('mine');
  const [kind, setKind] = useState<TaskFilters['kind']>();
  const [assignee, setAssignee] = useState<string>();
  const [overdue, setOverdue] = useState(false);
  const [dialog, setDialog] = useState<TaskDialogState>();
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
          {
            title: t('tasksPage.order'),
            key: 'about',
            render: (_, task) =>
              task.orderId ? (
                <Link to={`/orders/${task.orderId}`}>{t('tasksPage.openOrder')}</Link>
              ) : task.leadId ? (
                <Link to={`/leads/${task.leadId}`}>{t('leads.openLead')}</Link>
              ) : task.customerId ? (
                <Link to={`/customers/${task.customerId}`}>{t('tasksPage.openCustomer')}</Link>
              ) : (
                '—'
              ),
          },
          { title: t('tasksPage.dueAt'), dataIndex: 'dueAt', render: (dueAt: string) => <DueTag dueAt={dueAt} /> },
          { title: t('tasksPage.holder'), key: 'holder', render: (_, task) => taskHolder(t, task) },
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
