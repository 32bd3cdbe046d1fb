import { useState } from 'react';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTasks, type Task } from '../api/tasks';
import { useMessages } from '../messages';
import { QueryError } from './QueryError';
import { DueTag, TaskDialog, taskHolder, type TaskDialogState } from './TaskDialog';

/** The customer's open follow-ups (return visits, calls, visits, checks): who holds each and by when; schedule another or mark one done. */
export function CustomerFollowUps({ customerId, mayWork }: { customerId: string; mayWork: boolean }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const tasks = useTasks({ customerId, scope: 'team' });
  const [dialog, setDialog] = useState<TaskDialogState>();
  return (
    <Card
      size="small"
      title={t('relationship.followUps.title')}
      data-testid="customer-follow-ups"
      extra={
        mayWork && (
          <Button size="small" onClick={() => setDialog({ action: 'schedule', customerId })}>
            {t('tasksPage.schedule')}
          </Button>
        )
      }
    >
      <QueryError query={tasks} />
      <Table<Task>
        rowKey="id"
        size="small"
        loading={tasks.isPending}
        dataSource={tasks.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('relationship.followUps.empty') }}
        onRow={(task) => ({ 'data-testid': 'follow-up-row', 'data-kind': task.kind }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('tasksPage.kind'), dataIndex: 'kind', render: (kind: Task['kind']) => <Tag>{t(`tasksPage.kinds.${kind}`)}</Tag> },
          { title: t('tasksPage.summary'), key: 'summary', render: (_, task) => messages.summary(task) },
          { title: t('tasksPage.dueAt'), dataIndex: 'dueAt', render: (dueAt: string) => <DueTag dueAt={dueAt} /> },
          { title: t('tasksPage.holder'), key: 'holder', render: (_, task) => taskHolder(t, task) },
          ...(mayWork
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, task: Task) => (
                    <Space>
                      <Button size="small" type="primary" onClick={() => setDialog({ task, action: 'complete' })}>
                        {t('tasksPage.complete')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog && <TaskDialog dialog={dialog} onClose={() => setDialog(undefined)} />}
    </Card>
  );
}
