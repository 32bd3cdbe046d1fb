import { useState } from 'react';
import { Alert, Badge, Button, Card, DatePicker, Empty, Flex, Segmented, Select, Space, Spin, Tag, Typography } from 'antd';
import { CheckOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { markAllNotificationsRead, markNotificationRead, notificationKeys, useNotificationPage, type Notification, type NotificationFilter } from '../api/notifications';
import { problemMessage } from '../components/problems';
import { useFormat } from '../format';
import { liveTopics } from '../live-topics';
import { useMessages, type MessageParams } from '../messages';
import { CardHeading } from '../components/CardHeading';

type ReadState = 'unread' | 'all';

/** A task's message carries what the task asks for as a code. */
function taskSummary(notification: Notification): { code: string; params: MessageParams } | undefined {
  const summary = notification.data.summary as { code?: unknown; params?: unknown } | undefined;
  return summary && typeof summary.code === 'string' ? { code: summary.code, params: (summary.params ?? {}) as MessageParams } : undefined;
}

function Entry({ notification, onChanged }: { notification: Notification; onChanged(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const messages = useMessages();
  const navigate = useNavigate();
  const unread = !notification.readAt;
  const orderId = typeof notification.data.orderId === 'string' ? notification.data.orderId : undefined;
  const summary = taskSummary(notification);
  const markRead = () => markNotificationRead(notification.id).then(onChanged, onChanged);
  const open = async () => {
    if (unread) await markRead();
    if (orderId) navigate(`/orders/${orderId}`);
  };
  return (
    <div data-testid="notification" data-unread={unread} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" gap={8} wrap>
        <Space size={6} wrap style={{ minWidth: 0 }}>
          {/* A status dot is a picture of read or unread: named as an image, since a plain span may not carry a label. */}
          <span role="img" aria-label={unread ? t('notificationsPage.unread') : t('notificationsPage.read')}>
            <Badge status={unread ? 'processing' : 'default'} />
          </span>
          <Typography.Text strong={unread}>{notification.title}</Typography.Text>
          <Tag>{t(`settings.templates.events.${notification.topic}`, { defaultValue: notification.topic })}</Tag>
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {format.dateTime(notification.createdAt)}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0 14px' }}>
        {notification.body}
      </Typography.Paragraph>
      {summary && (
        <Typography.Paragraph style={{ margin: '4px 0 0 14px' }} data-testid="notification-task">
          {messages.render(summary.code, summary.params)}
        </Typography.Paragraph>
      )}
      {notification.deadline && (
        <Typography.Paragraph style={{ margin: '4px 0 0 14px' }} data-testid="notification-deadline">
          <ClockCircleOutlined /> {messages.render(notification.deadline.code, notification.deadline.params)}
        </Typography.Paragraph>
      )}
      <Space size="small" style={{ marginLeft: 14, marginTop: 4 }}>
        {orderId && (
          <Button size="small" type="link" style={{ padding: 0 }} onClick={() => void open()}>
            {t('notificationsPage.openOrder')}
          </Button>
        )}
        {unread && (
          <Button size="small" type="link" style={{ padding: 0 }} onClick={() => void markRead()}>
            {t('notificationsPage.markRead')}
          </Button>
        )}
      </Space>
    </div>
  );
}

/** All my notifications (通知): unread or all, by kind and date, a page at a time, and "mark all read". */
export default function Notifications() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [readState, setReadState] = useState<ReadState>('unread');
  const [topic, setTopic] = useState<string>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  // The cursors of the pages seen so far: going back is taking the previous one.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [problem, setProblem] = useState<string>();
  const filter: NotificationFilter = {
    ...(readState === 'unread' ? { unread: true } : {}),
    ...(topic ? { topic } : {}),
    ...(range ? { from: range[0].startOf('day').toISOString(), to: range[1].add(1, 'day').startOf('day').toISOString() } : {}),
    ...(cursors.at(-1) ? { cursor: cursors.at(-1) } : {}),
  };
  const page = useNotificationPage(filter);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.inbox });
  const refilter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setCursors([undefined]);
  };
  const markAll = async () => {
    setProblem(undefined);
    try {
      await markAllNotificationsRead();
      setCursors([undefined]);
    } catch (err) {
      setProblem(problemMessage(t, err));
    }
    refresh();
  };
  const items = page.data?.items ?? [];
  const unread = page.data?.unread ?? 0;

  return (
    <Card
      title={
        <Space>
          <CardHeading>{t('notificationsPage.title')}</CardHeading>
          {unread > 0 && <Badge count={unread} overflowCount={999} />}
        </Space>
      }
      extra={
        <Button icon={<CheckOutlined />} disabled={unread === 0} onClick={() => void markAll()} data-testid="notifications-read-all">
          {t('notificationsPage.markAllRead')}
        </Button>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Segmented<ReadState>
          value={readState}
          onChange={refilter(setReadState)}
          options={[
            { value: 'unread', label: t('notificationsPage.unreadOnly') },
            { value: 'all', label: t('notificationsPage.all') },
          ]}
          data-testid="notifications-read-state"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('notificationsPage.kind')}
          aria-label={t('notificationsPage.kind')}
          value={topic}
          onChange={refilter(setTopic)}
          options={liveTopics.map((value) => ({ value, label: t(`settings.templates.events.${value}`, { defaultValue: value }) }))}
          style={{ minWidth: 200 }}
          data-testid="notifications-kind"
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(value) => refilter(setRange)(value && value[0] && value[1] ? [value[0], value[1]] : null)}
          aria-label={t('notificationsPage.dates')}
          data-testid="notifications-dates"
        />
      </Flex>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      {page.isError ? (
        <Alert type="error" showIcon title={problemMessage(t, page.error)} action={<Button size="small" onClick={() => void page.refetch()}>{t('notificationsPage.retry')}</Button>} />
      ) : page.isPending ? (
        <Spin style={{ display: 'block', margin: '32px auto' }} />
      ) : items.length === 0 ? (
        <Empty description={readState === 'unread' ? t('notificationsPage.noneUnread') : t('notificationsPage.none')} />
      ) : (
        <div data-testid="notification-list">
          {items.map((n) => (
            <Entry key={n.id} notification={n} onChanged={refresh} />
          ))}
        </div>
      )}
      <Flex justify="end" gap={8} style={{ marginTop: 12 }}>
        <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('notificationsPage.previous')}
        </Button>
        <Button disabled={!page.data?.nextCursor} onClick={() => setCursors((c) => [...c, page.data?.nextCursor ?? undefined])} data-testid="notifications-next">
          {t('notificationsPage.next')}
        </Button>
      </Flex>
    </Card>
  );
}
