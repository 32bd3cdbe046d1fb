import { useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endImprovementAction, improvementActionKeys, useImprovementActions, type ActionEnding, type ImprovementAction, type ImprovementActionFilters } from '../../api/improvement-actions';
import { can, type Me } from '../../api/session';
import { FormModal } from '../../components/FormModal';
import { QueryError } from '../../components/QueryError';
import { useServerForm } from '../../components/server-form';
import { useFormat } from '../../format';
import { figureName, figureValue } from './figures';
import { ReportTabs } from './Monthly';

const statusColours: Record<ImprovementAction['status'], string> = { open: 'blue', done: 'green', dropped: 'default' };

/** Completing or dropping an action says why. */
function EndActionDialog({ action, ending, onClose }: { action: ImprovementAction; ending: ActionEnding; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ note: string }>();
  const { busy, problem, send } = useServerForm(form, ['note']);
  const submit = ({ note }: { note: string }) =>
    send(async () => {
      await endImprovementAction(action, ending, note.trim());
      await queryClient.invalidateQueries({ queryKey: improvementActionKeys.all });
      onClose();
    });
  return (
    <FormModal title={t(`improvementActions.${ending}Title`, { title: action.title })} okText={t(`improvementActions.${ending}`)} busy={busy} problem={problem} onOk={() => form.submit()} onClose={onClose}>
      <Form form={form} name={`action-${ending}`} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="note" label={t(`improvementActions.${ending}Note`)} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Reports → improvement actions: what the monthly review assigned, who owns it, by when, and how its figure moved. */
export default function Actions({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<ImprovementActionFilters>({ status: 'open' });
  const actions = useImprovementActions(filters);
  const [ending, setEnding] = useState<{ action: ImprovementAction; ending: ActionEnding }>();
  const manages = can(me, 'settings:write');
  const set = (change: Partial<ImprovementActionFilters>) => setFilters((current) => Object.fromEntries(Object.entries({ ...current, ...change }).filter(([, v]) => v !== undefined)));

  const movementOf = (a: ImprovementAction) => {
    if (!a.latest || a.latest.change === null) return <Typography.Text type="secondary">—</Typography.Text>;
    const { change, movedRightWay, value, month } = a.latest;
    return (
      <Typography.Text type={movedRightWay ? 'success' : change === 0 ? 'secondary' : 'danger'} title={t('improvementActions.sofar', { month })}>
        {figureValue(format, a, value)} ({change > 0 ? <ArrowUpOutlined /> : change < 0 ? <ArrowDownOutlined /> : null} {figureValue(format, a, change, true)})
      </Typography.Text>
    );
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('improvementActions.heading')}
      </Typography.Title>
      <ReportTabs />
      <Typography.Paragraph type="secondary">{t('improvementActions.intro')}</Typography.Paragraph>
      <Space wrap>
        <Select
          aria-label={t('improvementActions.statusLabel')}
          style={{ width: 140 }}
          allowClear
          placeholder={t('improvementActions.allStatuses')}
          value={filters.status}
          onChange={(status?: ImprovementActionFilters['status']) => set({ status })}
          options={(['open', 'done', 'dropped'] as const).map((s) => ({ value: s, label: t(`improvementActions.status.${s}`) }))}
        />
        <Space>
          <Switch aria-label={t('improvementActions.onlyOverdue')} checked={filters.overdue === true} onChange={(on) => set({ overdue: on ? true : undefined })} />
          {t('improvementActions.onlyOverdue')}
        </Space>
        <Space>
          <Switch aria-label={t('improvementActions.onlyMine')} checked={filters.owner === 'me'} onChange={(on) => set({ owner: on ? 'me' : undefined })} />
          {t('improvementActions.onlyMine')}
        </Space>
      </Space>
      <QueryError query={actions} />
      <Card size="small">
        <Table<ImprovementAction>
          size="small"
          rowKey="id"
          loading={actions.isPending}
          dataSource={actions.data?.items ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          data-testid="improvement-actions"
          columns={[
            { title: t('improvementActions.title'), dataIndex: 'title', render: (title: string, a) => (a.note ? <span title={a.note}>{title}</span> : title) },
            { title: t('improvementActions.figure'), key: 'figure', render: (_, a) => figureName(t, a) },
            { title: t('improvementActions.owner'), key: 'owner', render: (_, a) => a.owner.name ?? '—' },
            {
              title: t('improvementActions.dueDate'),
              dataIndex: 'dueDate',
              render: (due: string, a) => (a.overdue ? <Typography.Text type="danger" data-overdue="true">{`${format.date(due)} · ${t('improvementActions.overdue')}`}</Typography.Text> : format.date(due)),
            },
            { title: t('improvementActions.statusLabel'), dataIndex: 'status', render: (status: ImprovementAction['status'], a) => <Tag color={statusColours[status]} title={a.closingNote ?? undefined}>{t(`improvementActions.status.${status}`)}</Tag> },
            { title: t('improvementActions.baseline'), key: 'baseline', align: 'right', render: (_, a) => `${figureValue(format, a, a.baseline)} (${a.fromMonth})` },
            { title: t('improvementActions.target'), key: 'target', align: 'right', render: (_, a) => figureValue(format, a, a.target) },
            { title: t('improvementActions.movement'), key: 'movement', align: 'right', render: (_, a) => movementOf(a) },
            {
              title: t('improvementActions.operations'),
              key: 'operations',
              render: (_, a) =>
                a.status === 'open' && (
                  <Space size={0}>
                    {(manages || a.owner.id === me.id) && (
                      <Button type="link" size="small" onClick={() => setEnding({ action: a, ending: 'complete' })}>
                        {t('improvementActions.complete')}
                      </Button>
                    )}
                    {manages && (
                      <Button type="link" size="small" danger onClick={() => setEnding({ action: a, ending: 'drop' })}>
                        {t('improvementActions.drop')}
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {ending && <EndActionDialog action={ending.action} ending={ending.ending} onClose={() => setEnding(undefined)} />}
    </Space>
  );
}
