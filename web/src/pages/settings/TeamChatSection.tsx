import { useState } from 'react';
import { Alert, App, Button, Card, Drawer, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { deleteRobot, robotKeys, testRobot, updateRobot, useRobotDeliveries, useRobots, type Robot, type RobotDelivery, type RobotTestResult } from '../../api/team-chat';
import { useFormat } from '../../format';
import { useDeliveryRetry } from './delivery-retry';
import { TeamChatRobotForm, topicLabel } from './TeamChatRobotForm';
import { settingsProblemMessage } from './VersionedForm';

const statusColour: Record<string, string> = { sent: 'green', queued: 'gold', dead: 'red' };

/**
 * How one call ended, in words: the HTTP status, the robot's errcode and errmsg, or why nothing
 * answered. An attempt without a code was no call: the robot had been paused or deleted since the message was queued.
 */
function outcome(t: TFunction, attempt: Pick<RobotDelivery['attempts'][number], 'code' | 'status' | 'errcode' | 'errmsg'>): string {
  if (!attempt.code) return t('teamChat.outcomes.not_sent');
  // A robot that took the message answered its errcode 0 with the status.
  const key = attempt.code === 'http_status' && attempt.errcode !== undefined ? 'taken' : attempt.code;
  return t(`teamChat.outcomes.${key}`, { status: attempt.status, errcode: attempt.errcode, errmsg: attempt.errmsg ?? '' });
}

/** A robot's deliveries, newest first: each message's attempts and how the last ended, with a retry for the dead ones. */
function Deliveries({ robot, onClose }: { robot: Robot; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deliveries = useRobotDeliveries(robot.id);
  const retry = useDeliveryRetry(robotKeys.deliveries(robot.id), t('teamChat.retried'));
  return (
    <Drawer open title={t('teamChat.deliveriesOf', { name: robot.name })} size="large" onClose={onClose}>
      <Table<RobotDelivery>
        rowKey="id"
        size="small"
        loading={deliveries.isPending}
        dataSource={deliveries.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="robot-deliveries"
        columns={[
          { title: t('teamChat.at'), dataIndex: 'createdAt', render: (at: string) => format.dateTime(at) },
          { title: t('teamChat.topic'), dataIndex: 'topic', render: (topic: string) => topicLabel(t, topic) },
          { title: t('teamChat.status'), dataIndex: 'status', render: (status: string) => <Tag color={statusColour[status]}>{t(`teamChat.statuses.${status}`)}</Tag> },
          { title: t('teamChat.attempts'), render: (_, d) => d.attempts.length },
          { title: t('teamChat.outcome'), render: (_, d) => <span data-testid="robot-delivery-outcome">{d.attempts.length > 0 ? outcome(t, d.attempts.at(-1)!) : ''}</span> },
          { key: 'retry', render: (_, d) => d.status === 'dead' && <Button size="small" onClick={() => void retry(d.id)}>{t('teamChat.retry')}</Button> },
        ]}
      />
    </Drawer>
  );
}

/** WeCom and DingTalk group robots (SPEC §13): which group hears of which key steps, a test message, and each robot's delivery log. */
export function TeamChatSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const robots = useRobots();
  const [editing, setEditing] = useState<Robot | 'new'>();
  const [inspecting, setInspecting] = useState<Robot>();
  const [testing, setTesting] = useState<string>();
  const [tested, setTested] = useState<{ name: string; result: RobotTestResult }>();

  const change = async (send: () => Promise<unknown>) => {
    try {
      await send();
    } catch (err) {
      message.error(settingsProblemMessage(t, err));
    }
    void queryClient.invalidateQueries({ queryKey: robotKeys.all });
  };

  const test = async (robot: Robot) => {
    setTesting(robot.id);
    try {
      setTested({ name: robot.name, result: await testRobot(robot) });
    } catch (err) {
      message.error(settingsProblemMessage(t, err));
    } finally {
      setTesting(undefined);
      void queryClient.invalidateQueries({ queryKey: robotKeys.deliveries(robot.id) });
    }
  };

  return (
    <Card
      title={t('teamChat.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="robot-create">
          {t('teamChat.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('teamChat.help')}</Typography.Paragraph>
      {tested && (
        <Alert
          type={tested.result.ok ? 'success' : 'error'}
          showIcon
          closable
          onClose={() => setTested(undefined)}
          style={{ marginBottom: 16 }}
          data-testid="robot-test-result"
          title={t(tested.result.ok ? 'teamChat.testOk' : 'teamChat.testFailed', { name: tested.name })}
          description={outcome(t, tested.result)}
        />
      )}
      <Table<Robot>
        rowKey="id"
        size="small"
        loading={robots.isPending}
        dataSource={robots.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="robots-table"
        columns={[
          {
            title: t('teamChat.name'),
            dataIndex: 'name',
            render: (name: string, r) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text>{name}</Typography.Text>
                <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                  {r.maskedUrl}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('teamChat.kind'), dataIndex: 'kind', render: (kind: string) => t(`teamChat.kinds.${kind}`) },
          { title: t('teamChat.topicsLabel'), dataIndex: 'topics', render: (topics: string[]) => topics.map((topic) => <Tag key={topic}>{topicLabel(t, topic)}</Tag>) },
          { title: t('teamChat.language'), dataIndex: 'language', render: (language: string) => t(`teamChat.languages.${language}`) },
          {
            title: t('teamChat.active'),
            dataIndex: 'active',
            render: (active: boolean, r) => <Switch checked={active} aria-label={t('teamChat.activeOf', { name: r.name })} onChange={(on) => void change(() => updateRobot(r, { active: on }))} />,
          },
          {
            key: 'actions',
            render: (_, r) => (
              <Space size={4} wrap>
                <Button size="small" icon={<SendOutlined />} loading={testing === r.id} onClick={() => void test(r)}>
                  {t('teamChat.test')}
                </Button>
                <Button size="small" onClick={() => setInspecting(r)}>
                  {t('teamChat.deliveries')}
                </Button>
                <Button size="small" icon={<EditOutlined />} aria-label={t('teamChat.editOf', { name: r.name })} onClick={() => setEditing(r)} />
                <Popconfirm title={t('teamChat.deleteConfirm', { name: r.name })} okText={t('teamChat.delete')} cancelText={t('teamChat.cancel')} onConfirm={() => void change(() => deleteRobot(r))}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('teamChat.deleteOf', { name: r.name })} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <TeamChatRobotForm robot={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
      {inspecting && <Deliveries robot={inspecting} onClose={() => setInspecting(undefined)} />}
    </Card>
  );
}
