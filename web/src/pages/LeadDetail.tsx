import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useLead, useLeadFollowUps, type LeadDetail as Detail } from '../api/leads';
import { can, useMe } from '../api/session';
import type { Task } from '../api/tasks';
import { LeadMoves } from '../components/LeadDialogs';
import { problemMessage } from '../components/problems';
import { QueryError } from '../components/QueryError';
import { DueTag, TaskDialog, taskHolder, type TaskDialogState } from '../components/TaskDialog';
import { useFormat } from '../format';
import { useMessages } from '../messages';
import { LeadStatusTag, ScoreTag } from './Leads';

type Factor = Detail['score']['factors'][number];

/** What a factor looked at, said for people: a source by name, an amount as money, days as days. */
function FactorValue({ factor, lead }: { factor: Factor; lead: Detail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (factor.code === 'source') return <>{t(`leads.sources.${String(factor.value)}`)}</>;
  if (factor.code === 'estimated_value') return <>{format.money(Number(factor.value), lead.currency)}</>;
  if (factor.code === 'recent_contact') {
    if (factor.value === null) return <>{t('leads.score.never')}</>;
    return <>{factor.value === 0 ? t('leads.score.today') : t('leads.score.daysAgo', { count: Number(factor.value) })}</>;
  }
  return <>{String(factor.value)}</>;
}

/** The score and every factor that made it. */
function ScoreCard({ lead }: { lead: Detail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<Space>{t('leads.score.title')}<ScoreTag score={lead.score.total} /></Space>} data-testid="lead-score">
      <Table<Factor>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={lead.score.factors}
        columns={[
          { title: t('leads.score.factor'), dataIndex: 'code', render: (code: Factor['code']) => t(`leads.score.factors.${code}`) },
          { title: t('leads.score.value'), key: 'value', render: (_, f) => <FactorValue factor={f} lead={lead} /> },
          { title: t('leads.score.points'), key: 'points', render: (_, f) => `${f.points} / ${f.max}` },
        ]}
      />
    </Card>
  );
}

/** The lead's calls, visits and messages: schedule one, record how one went. */
function FollowUps({ lead, mayWork }: { lead: Detail; mayWork: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const messages = useMessages();
  const followUps = useLeadFollowUps(lead.id);
  const [dialog, setDialog] = useState<TaskDialogState>();
  const open = ['new', 'contacted', 'qualified'].includes(lead.status);
  return (
    <Card
      size="small"
      title={t('leads.followUps.title')}
      data-testid="lead-follow-ups"
      extra={
        mayWork &&
        open && (
          <Button size="small" onClick={() => setDialog({ action: 'schedule', leadId: lead.id })}>
            {t('tasksPage.schedule')}
          </Button>
        )
      }
    >
      <QueryError query={followUps} />
      <Table<Task>
        rowKey="id"
        size="small"
        loading={followUps.isPending}
        dataSource={followUps.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('leads.followUps.empty') }}
        onRow={(task) => ({ 'data-testid': 'lead-follow-up-row', 'data-status': task.status }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('tasksPage.kind'), dataIndex: 'kind', render: (kind: Task['kind']) => <Tag>{t(`tasksPage.kinds.${kind}`)}</Tag> },
          { title: t('tasksPage.summary'), key: 'summary', render: (_, task) => messages.summary(task) },
          { title: t('tasksPage.dueAt'), key: 'dueAt', render: (_, task) => (task.status === 'open' ? <DueTag dueAt={task.dueAt} /> : format.dateTime(task.dueAt)) },
          { title: t('tasksPage.holder'), key: 'holder', render: (_, task) => taskHolder(t, task) },
          {
            title: t('leads.followUps.outcome'),
            key: 'outcome',
            render: (_, task) =>
              task.status === 'done' ? (
                <Space direction="vertical" size={0}>
                  {task.outcome && <Tag color={task.outcome === 'reached' ? 'green' : 'default'}>{t(`leads.followUps.outcomes.${task.outcome}`)}</Tag>}
                  {task.doneNote && <Typography.Text type="secondary">{task.doneNote}</Typography.Text>}
                </Space>
              ) : (
                mayWork && (
                  <Button size="small" type="primary" onClick={() => setDialog({ task, action: 'complete' })}>
                    {t('tasksPage.complete')}
                  </Button>
                )
              ),
          },
        ]}
      />
      {dialog && <TaskDialog dialog={dialog} onClose={() => setDialog(undefined)} />}
    </Card>
  );
}

/** One lead: who, where from, the score explained, duplicates, its moves and its follow-ups; once converted, its customer and first order. */
export default function LeadDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const lead = useLead(id);
  if (lead.isPending) return <Card loading />;
  if (lead.isError) return <Result status="error" title={problemMessage(t, lead.error)} />;
  const l = lead.data;
  const mayWrite = can(me.data, 'leads:write');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            <Link to="/leads">{t('leads.title')}</Link>/<span data-testid="lead-name">{l.name}</span>
            <LeadStatusTag status={l.status} />
          </Space>
        }
        extra={mayWrite && <LeadMoves lead={l} size="middle" />}
      >
        {l.duplicates.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="lead-duplicates"
            message={t('leads.duplicates.title')}
            description={
              <Space direction="vertical" size={0}>
                {l.duplicates.map((d) => (
                  <span key={`${d.kind}-${d.id}`}>
                    {t(`leads.duplicates.${d.kind}`)}：<Link to={d.kind === 'lead' ? `/leads/${d.id}` : `/customers/${d.id}`}>{d.name}</Link>
                    {d.status && <> · {t(`leads.statuses.${d.status}`)}</>}（{d.matchedOn.map((m) => t(`leads.fields.${m}`)).join('、')}）
                  </span>
                ))}
              </Space>
            }
          />
        )}
        {l.status === 'converted' && l.customerId && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="lead-converted"
            message={
              <Space>
                {t('leads.convertedTo')}
                <Link to={`/customers/${l.customerId}`}>{t('leads.viewCustomer')}</Link>
                {l.firstOrderId && <Link to={`/orders/${l.firstOrderId}`}>{t('leads.viewOrder')}</Link>}
              </Space>
            }
          />
        )}
        {l.status === 'lost' && l.lostReason && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`${t('leads.fields.lostReason')}：${t(`leads.lostReasons.${l.lostReason.code}`)}${l.lostReason.note ? ` · ${l.lostReason.note}` : ''}`} />
        )}
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('leads.fields.company')}>{l.company ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('leads.fields.phone')}>{l.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('leads.fields.email')}>{l.email ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('leads.fields.source')}>{t(`leads.sources.${l.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('leads.fields.estimatedValue')}>{format.money(l.estimatedValueMinor, l.currency)}</Descriptions.Item>
          <Descriptions.Item label={t('leads.fields.owner')}>{l.ownerName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('leads.fields.createdAt')}>{format.dateTime(l.createdAt)}</Descriptions.Item>
          {l.notes && <Descriptions.Item label={t('leads.fields.notes')}>{l.notes}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <ScoreCard lead={l} />
        </Col>
        <Col xs={24} lg={14}>
          <FollowUps lead={l} mayWork={mayWrite && can(me.data, 'tasks:write')} />
        </Col>
      </Row>
    </Space>
  );
}
