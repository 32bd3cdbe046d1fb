import { App, Button, Card, Table, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminKeys, retryJob, useDeadJobs, type Job } from '../../api/admin';
import { useFormat } from '../../format';
import { settingsProblemMessage } from './VersionedForm';

/** Background jobs that used up their attempts: what they were, why they failed, and a retry. */
export function DeadJobsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const jobs = useDeadJobs();

  const retry = async (job: Job) => {
    try {
      await retryJob(job.id);
      message.success(t('adminConsole.deadJobs.retried'));
    } catch (err) {
      message.error(settingsProblemMessage(t, err));
    }
    void queryClient.invalidateQueries({ queryKey: adminKeys.deadJobs });
  };

  return (
    <Card title={t('adminConsole.deadJobs.title')}>
      <Typography.Paragraph type="secondary">{t('adminConsole.deadJobs.help')}</Typography.Paragraph>
      <Table<Job>
        rowKey="id"
        size="small"
        loading={jobs.isPending}
        dataSource={jobs.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('adminConsole.deadJobs.none') }}
        data-testid="dead-jobs"
        columns={[
          { title: t('adminConsole.deadJobs.kind'), dataIndex: 'kind', render: (kind: string) => <Typography.Text code>{kind}</Typography.Text> },
          { title: t('adminConsole.deadJobs.attempts'), render: (_, job) => `${job.attempts} / ${job.maxAttempts}` },
          { title: t('adminConsole.deadJobs.failedAt'), dataIndex: 'finishedAt', render: (at: string | null, job) => format.dateTime(at ?? job.updatedAt) },
          {
            title: t('adminConsole.deadJobs.error'),
            dataIndex: 'lastError',
            render: (error: string | null) => (
              <Typography.Paragraph style={{ marginBottom: 0, maxWidth: 480 }} ellipsis={{ rows: 2, expandable: true, symbol: t('adminConsole.deadJobs.more') }} data-testid="dead-job-error">
                {error ?? '—'}
              </Typography.Paragraph>
            ),
          },
          {
            key: 'retry',
            render: (_, job) => (
              <Button size="small" onClick={() => void retry(job)}>
                {t('adminConsole.deadJobs.retry')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
