import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orderKeys, type Order } from '../api/orders';
import { planKeys, recordCustomerConfirmation, reportStageProgress, usePlan, type Plan, type PlanDelay, type PlanStage } from '../api/plans';
import { can, type Me } from '../api/session';
import { useFormat } from '../format';
import { GanttChart, isLate } from './GanttChart';
import { problemMessage } from './problems';
import { Rows } from './Rows';
import { HealthTag } from './tags';
import { StageAssignee } from './StageAssignee';
import { StageDelayForm } from './StageDelayForm';

const stageColours: Record<string, string> = { done: 'success', in_progress: 'processing', delayed: 'error', blocked: 'warning', cancelled: 'default' };
const delayColours: Record<string, string> = { applied: 'default', awaiting_customer: 'warning', declined: 'error' };

/** The order statuses in which its stages still move; before and after, the plan is a record. */
const executing = new Set(['planned', 'in_progress', 'ready_to_ship', 'partially_shipped', 'shipped', 'in_service']);

/** Whether this user may report on a stage: its owner role, or a manager or admin standing in (the server's rule). */
function ownsStage(me: Me, stage: PlanStage): boolean {
  return can(me, 'plans:write') && me.roles.some((r) => r === stage.ownerRole || r === 'manager' || r === 'admin');
}

/** The execution plan (SPEC §6): a Gantt chart, each stage with what its owner may report, and the delays filed. */
export function PlanGantt({ order, me }: { order: Order; me: Me }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const plan = usePlan(order.id);
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<unknown>();
  const [delaying, setDelaying] = useState<PlanStage>();
  const [assigning, setAssigning] = useState<PlanStage>();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const nameOf = (stage: PlanStage) => stage.name[language];

  const settle = (updated: Plan) => {
    queryClient.setQueryData(planKeys.plan(order.id), updated);
    void queryClient.invalidateQueries({ queryKey: orderKeys.order(order.id) });
    void queryClient.invalidateQueries({ queryKey: orderKeys.all });
  };

  const act = async (key: string, send: () => Promise<Plan>) => {
    setBusy(key);
    setProblem(undefined);
    try {
      settle(await send());
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(undefined);
    }
  };

  if (plan.isPending) return <Card size="small" loading />;
  if (plan.isError) return <Alert type="error" showIcon title={problemMessage(t, plan.error)} />;
  const p = plan.data;
  const stageDates = (stage: PlanStage) =>
    [
      `${t('plan.planned')} ${format.date(stage.plannedStart)} – ${format.date(stage.plannedEnd)}`,
      stage.actualStart ? `${t('plan.started')} ${format.dateTime(stage.actualStart)}` : null,
      stage.actualEnd ? `${t('plan.finished')} ${format.dateTime(stage.actualEnd)}` : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const stageName = (delay: PlanDelay) => {
    const stage = p.stages.find((s) => s.id === delay.stageId);
    return stage ? nameOf(stage) : delay.stageKey;
  };
  const awaiting = p.delays.filter((d) => d.status === 'awaiting_customer');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="plan">
      <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
        <Descriptions.Item label={t('plan.promiseDate')}>{p.promiseDate ? format.date(p.promiseDate) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('plan.template')}>{`${t(`orderType.${p.template.orderType}`, { defaultValue: p.template.orderType })} · v${p.template.version}`}</Descriptions.Item>
        {p.greenChannel && (
          <Descriptions.Item label={t('plan.greenChannel')}>
            <Tag color="green">{t('plan.greenChannelOn')}</Tag>
          </Descriptions.Item>
        )}
      </Descriptions>
      {awaiting.map((delay) => (
        <Alert
          key={delay.id}
          type="warning"
          showIcon
          data-testid="delay-awaiting-customer"
          title={t('plan.awaitingCustomer', { stage: stageName(delay) })}
          description={[delay.reason, t(`plan.contingency.${delay.contingency}`), delay.measure].filter(Boolean).join(' · ')}
          action={
            can(me, 'plans:write') && (
              <Space orientation="vertical">
                <Button size="small" type="primary" loading={busy === `${delay.id}:yes`} onClick={() => void act(`${delay.id}:yes`, () => recordCustomerConfirmation(order.id, delay.id, { accepted: true }))}>
                  {t('plan.customerAccepted')}
                </Button>
                <Button size="small" danger loading={busy === `${delay.id}:no`} onClick={() => void act(`${delay.id}:no`, () => recordCustomerConfirmation(order.id, delay.id, { accepted: false }))}>
                  {t('plan.customerDeclined')}
                </Button>
              </Space>
            )
          }
        />
      ))}
      <GanttChart stages={p.stages} language={language} />
      <Space wrap size={4}>
        <Tag>{t('plan.legendPlanned')}</Tag>
        {(['on_track', 'at_risk', 'late', 'done'] as const).map((health) => (
          <HealthTag key={health} health={health} />
        ))}
      </Space>
      {problem !== undefined && <Alert type="error" showIcon closable={{ onClose: () => setProblem(undefined) }} title={problemMessage(t, problem)} data-testid="plan-problem" />}
      <Rows
        dataSource={p.stages}
        renderItem={(stage) => {
          // What the stage takes comes from the server, read off the stage machine; the role decides who may act.
          const mine = executing.has(order.status) && ownsStage(me, stage);
          const actions = mine ? stage.actions : [];
          const assignable = mine && stage.status !== 'done' && stage.status !== 'cancelled';
          return (
            <>
              <Space orientation="vertical" size={0} style={{ minWidth: 0, flex: 1 }} data-testid={`stage-${stage.key}`}>
                <Space wrap size={4}>
                  <Typography.Text strong type={isLate(stage) ? 'danger' : undefined}>{`${stage.position}. ${nameOf(stage)}`}</Typography.Text>
                  <Tag color={stageColours[stage.status]} data-status={stage.status}>
                    {t(`plan.stageStatus.${stage.status}`, { defaultValue: stage.status })}
                  </Tag>
                  <Typography.Text type="secondary">{t(`role.${stage.ownerRole}`, { defaultValue: stage.ownerRole })}</Typography.Text>
                  {stage.assigneeName && <Tag data-testid="stage-assignee">{stage.assigneeName}</Tag>}
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {stageDates(stage)}
                </Typography.Text>
                {stage.delayReason && <Typography.Text type="danger" style={{ fontSize: 12 }}>{[stage.delayReason, stage.contingency && t(`plan.contingency.${stage.contingency}`), stage.measure].filter(Boolean).join(' · ')}</Typography.Text>}
              </Space>
              {(actions.length > 0 || assignable) && (
                <Space wrap size={4} data-testid={`stage-actions-${stage.key}`}>
                  {actions.includes('start') && (
                    <Button size="small" loading={busy === `${stage.id}:start`} onClick={() => void act(`${stage.id}:start`, () => reportStageProgress(order.id, stage.id, { status: 'in_progress' }))}>
                      {t('plan.start')}
                    </Button>
                  )}
                  {actions.includes('finish') && (
                    <Button size="small" type="primary" loading={busy === `${stage.id}:done`} onClick={() => void act(`${stage.id}:done`, () => reportStageProgress(order.id, stage.id, { status: 'done' }))}>
                      {t('plan.markDone')}
                    </Button>
                  )}
                  {actions.includes('delay') && (
                    <Button size="small" danger onClick={() => setDelaying(stage)}>
                      {t('plan.reportDelay')}
                    </Button>
                  )}
                  {assignable && (
                    <Button size="small" onClick={() => setAssigning(stage)}>
                      {t('stageAssignee.assign')}
                    </Button>
                  )}
                </Space>
              )}
            </>
          );
        }}
      />
      {p.delays.length > 0 && (
        <Card size="small" title={t('plan.delays')}>
          <Rows
            dataSource={p.delays}
            renderItem={(delay) => (
              <Space orientation="vertical" size={0}>
                <Space wrap size={4}>
                  <Typography.Text strong>{stageName(delay)}</Typography.Text>
                  <Tag color={delayColours[delay.status]}>{t(`plan.delayStatus.${delay.status}`, { defaultValue: delay.status })}</Tag>
                  <Typography.Text>{t('plan.delayDays', { count: delay.days })}</Typography.Text>
                </Space>
                <Typography.Text>{`${delay.reason} · ${t(`plan.contingency.${delay.contingency}`, { defaultValue: delay.contingency })}${delay.measure ? `：${delay.measure}` : ''}`}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('plan.reportedAt', { at: format.dateTime(delay.reportedAt) })}
                  {delay.promiseAfter && delay.promiseAfter !== delay.promiseBefore ? ` · ${t('plan.promiseMoved', { from: delay.promiseBefore ? format.date(delay.promiseBefore) : '—', to: format.date(delay.promiseAfter) })}` : ''}
                </Typography.Text>
              </Space>
            )}
          />
        </Card>
      )}
      {p.stages.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {assigning && (
        <StageAssignee
          orderId={order.id}
          stage={assigning}
          onClose={() => setAssigning(undefined)}
          onDone={() => {
            setAssigning(undefined);
            void queryClient.invalidateQueries({ queryKey: planKeys.plan(order.id) });
          }}
        />
      )}
      {delaying && (
        <StageDelayForm
          orderId={order.id}
          stage={delaying}
          stageName={nameOf(delaying)}
          onClose={() => setDelaying(undefined)}
          onFiled={(updated) => {
            settle(updated);
            setDelaying(undefined);
          }}
        />
      )}
    </Space>
  );
}
