import { useState } from 'react';
import { Alert, Badge, Button, Card, Col, Input, Row, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { leadSources, leadStatuses, useLeads, type Lead, type LeadFilters, type LeadStatus } from '../api/leads';
import { can, useMe } from '../api/session';
import { LeadMoves, NewLeadDialog } from '../components/LeadDialogs';
import { QueryError } from '../components/QueryError';
import { useFormat } from '../format';

const statusColors: Record<LeadStatus, string> = { new: 'blue', contacted: 'cyan', qualified: 'gold', converted: 'green', lost: 'default' };

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`leads.statuses.${status}`)}</Tag>;
}

/** A lead's score out of 100, coloured by how warm it is. */
export function ScoreTag({ score }: { score: number }) {
  return <Tag color={score >= 60 ? 'red' : score >= 35 ? 'orange' : 'default'}>{score}</Tag>;
}

/** One card of the pipeline: who, from where, the score, the owner, and the moves it allows. */
function LeadCard({ lead, mayWrite }: { lead: Lead; mayWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="lead-card" data-status={lead.status} data-name={lead.name}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Link to={`/leads/${lead.id}`}>{lead.name}</Link>
          <ScoreTag score={lead.score.total} />
        </Space>
        {lead.company && <Typography.Text type="secondary">{lead.company}</Typography.Text>}
        <Space size={4} wrap>
          <Tag>{t(`leads.sources.${lead.source}`)}</Tag>
          {lead.estimatedValueMinor > 0 && <Typography.Text>{format.money(lead.estimatedValueMinor, lead.currency)}</Typography.Text>}
          {lead.duplicate && (
            <Tag color="warning" icon={<WarningOutlined />}>
              {t('leads.duplicate')}
            </Tag>
          )}
        </Space>
        {lead.ownerName && <Typography.Text type="secondary">{t('leads.ownerIs', { name: lead.ownerName })}</Typography.Text>}
        {mayWrite && lead.allowedEvents.length > 0 && <LeadMoves lead={lead} />}
      </Space>
    </Card>
  );
}

/** The pipeline: a column per status, the cards in it newest first. */
function Pipeline({ leads, mayWrite }: { leads: Lead[]; mayWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <Row gutter={12} wrap={false} style={{ overflowX: 'auto' }}>
      {leadStatuses.map((status) => {
        const column = leads.filter((l) => l.status === status);
        return (
          <Col key={status} flex="1 0 210px" data-testid={`lead-column-${status}`}>
            <Card
              size="small"
              title={
                <Space>
                  <LeadStatusTag status={status} />
                  <Badge count={column.length} showZero color="#999" />
                </Space>
              }
              styles={{ body: { background: '#fafafa', minHeight: 120 } }}
            >
              {column.map((lead) => (
                <LeadCard key={lead.id} lead={lead} mayWrite={mayWrite} />
              ))}
              {column.length === 0 && <Typography.Text type="secondary">{t('leads.emptyColumn')}</Typography.Text>}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

/** The list: every lead under the filters with its score, owner and duplicate flag. */
function LeadTable({ leads, loading }: { leads: Lead[]; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  return (
    <Table<Lead>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={leads}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: true }}
      onRow={(lead) => ({ onClick: () => navigate(`/leads/${lead.id}`), style: { cursor: 'pointer' }, 'data-testid': 'lead-row' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('leads.fields.name'), dataIndex: 'name' },
        { title: t('leads.fields.company'), dataIndex: 'company' },
        { title: t('leads.fields.status'), dataIndex: 'status', render: (s: LeadStatus) => <LeadStatusTag status={s} /> },
        { title: t('leads.fields.source'), dataIndex: 'source', render: (s: Lead['source']) => t(`leads.sources.${s}`) },
        { title: t('leads.fields.score'), key: 'score', render: (_, l) => <ScoreTag score={l.score.total} /> },
        { title: t('leads.fields.estimatedValue'), key: 'value', render: (_, l) => format.money(l.estimatedValueMinor, l.currency) },
        { title: t('leads.fields.owner'), dataIndex: 'ownerName' },
        { title: t('leads.fields.phone'), dataIndex: 'phone' },
        { title: '', key: 'dup', render: (_, l) => l.duplicate && <Tag color="warning">{t('leads.duplicate')}</Tag> },
        { title: t('leads.fields.createdAt'), dataIndex: 'createdAt', render: (at: string) => format.dateTime(at) },
      ]}
    />
  );
}

/** 线索: the sales pipeline as a board by status, and as a list; create a lead, move it, convert it. */
export default function Leads() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const mayWrite = can(me.data, 'leads:write');
  const [filters, setFilters] = useState<LeadFilters>({});
  const [creating, setCreating] = useState(false);
  const leads = useLeads(filters);
  const items = leads.data?.items ?? [];
  const set = (patch: Partial<LeadFilters>) => setFilters((f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v !== undefined && v !== '')) as LeadFilters);
  return (
    <Card
      title={t('leads.title')}
      extra={
        mayWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('leads.new')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('leads.search')} onSearch={(q) => set({ q: q || undefined })} style={{ width: 220 }} id="lead-search" />
        <Select allowClear placeholder={t('leads.fields.source')} style={{ width: 140 }} options={leadSources.map((s) => ({ value: s, label: t(`leads.sources.${s}`) }))} onChange={(source) => set({ source })} />
        <Select
          allowClear
          placeholder={t('leads.fields.owner')}
          style={{ width: 140 }}
          options={[{ value: 'me', label: t('leads.mine') }]}
          onChange={(owner: 'me' | undefined) => set({ owner })}
        />
        <Space>
          <Switch size="small" onChange={(on) => set({ duplicate: on ? true : undefined })} id="lead-duplicates" />
          {t('leads.onlyDuplicates')}
        </Space>
      </Space>
      <QueryError query={leads} />
      {leads.data?.nextCursor && <Alert type="info" showIcon message={t('leads.more')} style={{ marginBottom: 12 }} />}
      <Tabs
        items={[
          { key: 'pipeline', label: t('leads.pipeline'), children: <Pipeline leads={items} mayWrite={mayWrite} /> },
          { key: 'list', label: t('leads.list'), children: <LeadTable leads={items} loading={leads.isPending} /> },
        ]}
      />
      {creating && (
        <NewLeadDialog
          onClose={() => setCreating(false)}
          onCreated={(lead) => {
            setCreating(false);
            navigate(`/leads/${lead.id}`);
          }}
        />
      )}
    </Card>
  );
}
