import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Modal, Row, Space, Tabs, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useMyCases, useMyOrdersAtRisk, useMyReviews, useMyStages, useMyTasks, myWorkKeys, type MyStage } from '../api/my-work';
import { orderKeys } from '../api/orders';
import { planKeys, reportStageProgress } from '../api/plans';
import { can, type Me } from '../api/session';
import { useExceptionDesk } from '../api/tasks';
import { problemMessage } from '../components/problems';
import { Rows } from '../components/Rows';
import { StageDelayForm } from '../components/StageDelayForm';
import { Countdown, HealthTag, healthStrokes, PriorityTag } from '../components/tags';
import { companyToday, useFormat } from '../format';
import { useMessages } from '../messages';

const Dashboard = lazy(() => import('./Dashboard'));

/** Whole calendar days from one `YYYY-MM-DD` to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Seconds from now until an instant, for a countdown (negative once it has passed). */
const secondsUntil = (instant: string) => Math.round((Date.parse(instant) - Date.now()) / 1000);

const stageColours: Record<string, string> = { in_progress: 'processing', delayed: 'error', blocked: 'warning' };

/** A stage's planned days and what has happened on it, in one line. */
function StageTimes({ item }: { item: MyStage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { stage } = item;
  const today = companyToday();
  const lateDays = daysBetween(stage.plannedEnd, today);
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {[
        `${t('plan.planned')} ${format.date(stage.plannedStart)} – ${format.date(stage.plannedEnd)}`,
        stage.actualStart ? `${t('plan.started')} ${format.dateTime(stage.actualStart)}` : null,
        lateDays > 0 ? t('myWork.stageLateBy', { time: format.duration(lateDays * 86_400) }) : stage.plannedEnd === today ? t('myWork.stageDueToday') : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    </Typography.Text>
  );
}

/** 我今天的环节: my stages due today, overdue or under way, each with the steps it takes now. */
function MyStages() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const stages = useMyStages(true);
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<unknown>();
  const [delaying, setDelaying] = useState<MyStage>();
  const [reporting, setReporting] = useState<MyStage>();

  const settle = (orderId: string) => {
    void queryClient.invalidateQueries({ queryKey: myWorkKeys.stages });
    void queryClient.invalidateQueries({ queryKey: planKeys.plan(orderId) });
    void queryClient.invalidateQueries({ queryKey: orderKeys.order(orderId) });
  };
  const progress = async (item: MyStage, status: 'in_progress' | 'done', note?: string) => {
    const key = `${item.stage.id}:${status}`;
    setBusy(key);
    setProblem(undefined);
    try {
      await reportStageProgress(item.orderId, item.stage.id, { status, ...(note ? { note } : {}) });
      setReporting(undefined);
      settle(item.orderId);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Card size="small" title={t('myWork.stages')} data-testid="my-stages">
      {stages.isError && <Alert type="error" showIcon title={problemMessage(t, stages.error)} />}
      {problem !== undefined && <Alert type="error" showIcon closable={{ onClose: () => setProblem(undefined) }} title={problemMessage(t, problem)} data-testid="my-stage-problem" />}
      <Rows
        loading={stages.isPending}
        dataSource={stages.data?.items ?? []}
        emptyText={t('myWork.noStages')}
        renderItem={(item) => (
          <>
            <Space
              orientation="vertical"
              size={0}
              style={{ minWidth: 0, flex: 1, borderLeft: `3px solid ${healthStrokes[item.health]}`, paddingLeft: 8 }}
              data-testid="my-stage"
              data-stage={item.stage.key}
              data-order={item.orderNumber}
            >
              <Space wrap size={4}>
                <Link to={`/orders/${item.orderId}?tab=plan`}>{item.orderNumber}</Link>
                <Typography.Text strong>{format.name(item.stage.name)}</Typography.Text>
                <HealthTag health={item.health} />
                {item.stage.status !== 'pending' && (
                  <Tag color={stageColours[item.stage.status]} data-status={item.stage.status}>
                    {t(`plan.stageStatus.${item.stage.status}`)}
                  </Tag>
                )}
                {item.greenChannel && <Tag color="green">{t('plan.greenChannelOn')}</Tag>}
              </Space>
              <Typography.Text type="secondary">
                {[item.customer.name, item.stage.assigneeName ?? t(`role.${item.stage.ownerRole}`, { defaultValue: item.stage.ownerRole })].join(' · ')}
              </Typography.Text>
              <StageTimes item={item} />
              {item.waitingFor && (
                <Typography.Text type="warning" style={{ fontSize: 12 }}>
                  {t('myWork.waitingFor', { stage: format.name(item.waitingFor.name) })}
                </Typography.Text>
              )}
            </Space>
            <Space wrap size={4}>
              {item.actions.includes('start') && (
                <Button size="small" loading={busy === `${item.stage.id}:in_progress`} onClick={() => void progress(item, 'in_progress')}>
                  {t('plan.start')}
                </Button>
              )}
              {item.actions.includes('progress') && (
                <Button size="small" onClick={() => setReporting(item)}>
                  {t('myWork.reportProgress')}
                </Button>
              )}
              {item.actions.includes('complete') && (
                <Button size="small" type="primary" loading={busy === `${item.stage.id}:done`} onClick={() => void progress(item, 'done')}>
                  {t('plan.markDone')}
                </Button>
              )}
              {item.actions.includes('report_delay') && (
                <Button size="small" danger onClick={() => setDelaying(item)}>
                  {t('plan.reportDelay')}
                </Button>
              )}
            </Space>
          </>
        )}
      />
      {reporting && <ProgressNote item={reporting} busy={busy === `${reporting.stage.id}:in_progress`} onSend={(note) => void progress(reporting, 'in_progress', note)} onClose={() => setReporting(undefined)} />}
      {delaying && (
        <StageDelayForm
          orderId={delaying.orderId}
          stage={delaying.stage}
          stageName={format.name(delaying.stage.name)}
          onClose={() => setDelaying(undefined)}
          onFiled={() => {
            settle(delaying.orderId);
            setDelaying(undefined);
          }}
        />
      )}
    </Card>
  );
}

/** Progress on a started stage, in the owner's words. */
function ProgressNote({ item, busy, onSend, onClose }: { item: MyStage; busy: boolean; onSend: (note: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal open title={t('myWork.progressOn', { stage: format.name(item.stage.name), order: item.orderNumber })} okText={t('myWork.send')} cancelText={t('plan.cancel')} confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => onSend(values.note.trim())}>
        <Form.Item name="note" label={t('myWork.progressNote')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 2000, message: t('fieldErrors.maxLength') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The review steps waiting for my roles, with the time left to decide. */
function MyReviews() {
  const { t } = useTranslation();
  const format = useFormat();
  const reviews = useMyReviews(true);
  const items = [...(reviews.data?.items ?? [])].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return (
    <Card size="small" title={t('myWork.reviews')} extra={<Link to="/review">{t('dashboard.all')}</Link>} data-testid="my-reviews">
      <Rows
        loading={reviews.isPending}
        dataSource={items}
        emptyText={t('myWork.noReviews')}
        renderItem={(item) => (
          <>
            <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
              <Space wrap size={4}>
                <Link to={`/orders/${item.orderId}`}>{item.orderNumber ?? '—'}</Link>
                <PriorityTag level={item.priority} />
                <Typography.Text>{format.name(item.step.name)}</Typography.Text>
              </Space>
              <Typography.Text type="secondary">{`${item.customer.name} · ${format.money(item.totals.totalMinor, item.totals.currency)}`}</Typography.Text>
            </Space>
            <Countdown secondsLeft={secondsUntil(item.dueAt)} />
          </>
        )}
      />
    </Card>
  );
}

/** The after-sales cases waiting on me: mine and the unclaimed ones, overdue contacts first. */
function MyCases() {
  const { t } = useTranslation();
  const messages = useMessages();
  const cases = useMyCases(true);
  return (
    <Card size="small" title={t('myWork.cases')} data-testid="my-cases">
      <Rows
        loading={cases.isPending}
        dataSource={cases.data?.items ?? []}
        emptyText={t('myWork.noCases')}
        renderItem={(c) => (
          <>
            <Space orientation="vertical" size={0} style={{ minWidth: 0, flex: 1 }} data-testid="my-case">
              <Space wrap size={4}>
                <Tag color={c.owner ? 'processing' : 'warning'}>{c.owner ? t('myWork.caseMine') : t('myWork.caseUnclaimed')}</Tag>
                <Typography.Text strong>{t(`portal.caseType.${c.type}`, { defaultValue: c.type })}</Typography.Text>
                {c.orderId ? <Link to={`/orders/${c.orderId}?tab=cases`}>{c.customerName}</Link> : <Typography.Text>{c.customerName}</Typography.Text>}
              </Space>
              <Typography.Text type="secondary" ellipsis>
                {messages.summary(c)}
              </Typography.Text>
            </Space>
            {c.contactedAt ? <Typography.Text type="secondary">{t('myWork.contacted')}</Typography.Text> : <Countdown secondsLeft={secondsUntil(c.contactDueAt)} />}
          </>
        )}
      />
    </Card>
  );
}

/** The orders needing an order specialist: exceptions I hold, and my orders late or at risk. */
function MyOrders({ me }: { me: Me }) {
  const { t } = useTranslation();
  const exceptions = useExceptionDesk('me');
  const atRisk = useMyOrdersAtRisk(can(me, 'orders:read'));
  return (
    <>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('myWork.exceptions')} extra={<Link to="/exceptions">{t('dashboard.all')}</Link>} data-testid="my-exceptions">
          <Rows
            loading={exceptions.isPending}
            dataSource={exceptions.data?.items ?? []}
            emptyText={t('myWork.noExceptions')}
            renderItem={(item) => (
              <>
                <Space wrap size={4}>
                  <Link to={`/orders/${item.order.id}`}>{item.order.number}</Link>
                  <Typography.Text type="secondary">{item.order.customer.name}</Typography.Text>
                </Space>
                {item.secondsLeft !== null && <Countdown secondsLeft={item.secondsLeft} />}
              </>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('myWork.ordersAtRisk')} data-testid="my-orders-at-risk">
          <Rows
            loading={atRisk.isPending}
            dataSource={atRisk.data?.items ?? []}
            emptyText={t('myWork.noOrdersAtRisk')}
            renderItem={(order) => (
              <>
                <Space wrap size={4}>
                  <Link to={`/orders/${order.id}`}>{order.number}</Link>
                  <HealthTag health={order.health} />
                  <Typography.Text type="secondary">{order.customer.name}</Typography.Text>
                </Space>
                {order.nextDeadline && (
                  <Space size={4}>
                    <Typography.Text type="secondary">{t(`sla.kind.${order.nextDeadline.kind}`)}</Typography.Text>
                    <Countdown secondsLeft={order.nextDeadline.secondsLeft} />
                  </Space>
                )}
              </>
            )}
          />
        </Card>
      </Col>
    </>
  );
}

/** My tasks and follow-ups due by the end of today, overdue ones first. */
function MyTasks() {
  const { t } = useTranslation();
  const messages = useMessages();
  const tasks = useMyTasks(true);
  return (
    <Card size="small" title={t('myWork.tasks')} extra={<Link to="/tasks">{t('dashboard.all')}</Link>} data-testid="my-tasks">
      <Rows
        loading={tasks.isPending}
        dataSource={tasks.data?.items ?? []}
        emptyText={t('myWork.noTasks')}
        renderItem={(task) => (
          <>
            <Space orientation="vertical" size={0} style={{ minWidth: 0, flex: 1 }}>
              <Space wrap size={4}>
                <Tag>{t(`tasksPage.kinds.${task.kind}`)}</Tag>
                {task.orderId && <Link to={`/orders/${task.orderId}`}>{t('myWork.openOrder')}</Link>}
              </Space>
              <Typography.Text>{messages.summary(task)}</Typography.Text>
            </Space>
            <Countdown secondsLeft={secondsUntil(task.dueAt)} />
          </>
        )}
      />
    </Card>
  );
}

/** Every panel of work the person's permissions give them, their main work first. */
function MyWork({ me }: { me: Me }) {
  return (
    <Row gutter={[12, 12]}>
      {can(me, 'plans:write') && (
        <Col span={24}>
          <MyStages />
        </Col>
      )}
      {can(me, 'aftersales:write') && (
        <Col xs={24} lg={12}>
          <MyCases />
        </Col>
      )}
      {can(me, 'review:decide') && (
        <Col xs={24} lg={12}>
          <MyReviews />
        </Col>
      )}
      {can(me, 'orders:handle_exception') && <MyOrders me={me} />}
      {can(me, 'tasks:read') && (
        <Col xs={24} lg={12}>
          <MyTasks />
        </Col>
      )}
    </Row>
  );
}

const managerTabs = ['overview', 'mine'] as const;

/**
 * The home page at `/`: each person lands on their own work. Managers and admins keep the
 * company dashboard, with their own work on a second tab (kept in the address).
 */
export default function Home({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const managing = me.roles.some((r) => r === 'manager' || r === 'admin');
  const requested = params.get('tab');
  const active = managerTabs.find((tab) => tab === requested) ?? 'overview';

  if (!managing) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('dashboard.title', { name: me.name })}
        </Typography.Title>
        <MyWork me={me} />
      </Space>
    );
  }
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => setParams({ tab: key }, { replace: true })}
      items={[
        {
          key: 'overview',
          label: t('myWork.overviewTab'),
          children: (
            <Suspense fallback={<Card loading />}>
              <Dashboard me={me} />
            </Suspense>
          ),
        },
        { key: 'mine', label: t('myWork.mineTab'), children: <MyWork me={me} /> },
      ]}
    />
  );
}
