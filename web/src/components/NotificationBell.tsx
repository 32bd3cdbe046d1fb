import { useState } from 'react';
import { Badge, Button, Empty, Popover, Space, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { markAllNotificationsRead, markNotificationRead, notificationKeys, useNotificationInbox, type Notification } from '../api/notifications';
import { useFormat } from '../format';

/** In-app notifications (SPEC §13): the unread count, the latest ones, and a way to the order each is about. */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notifications = useNotificationInbox();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.inbox });
  const open = async (notification: Notification) => {
    if (!notification.readAt) await markNotificationRead(notification.id).catch(() => undefined);
    refresh();
    if (notification.data.orderId) navigate(`/orders/${notification.data.orderId}`);
  };
  const items = notifications.data?.items ?? [];
  const [popoverOpen, setOpen] = useState(false);
  const seeAll = () => {
    setOpen(false);
    navigate('/notifications');
  };

  const content = (
    <div style={{ width: 'min(340px, 80vw)' }}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.none')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {items.map((n) => (
            <div key={n.id} role="button" tabIndex={0} onClick={() => void open(n)} onKeyDown={(e) => e.key === 'Enter' && void open(n)} style={{ cursor: 'pointer' }}>
              <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {format.dateTime(n.createdAt)}
              </Typography.Text>
            </div>
          ))}
          {(notifications.data?.unread ?? 0) > 0 && (
            <Button size="small" block onClick={() => void markAllNotificationsRead().then(refresh, refresh)}>
              {t('notifications.readAll')}
            </Button>
          )}
        </Space>
      )}
      <Button type="link" size="small" block onClick={seeAll} data-testid="notifications-see-all">
        {t('notificationsPage.seeAll')}
      </Button>
    </div>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('notifications.title')} content={content} open={popoverOpen} onOpenChange={setOpen}>
      <Badge count={notifications.data?.unread ?? 0} size="small">
        <Button size="small" type="text" icon={<BellOutlined />} aria-label={t('notifications.title')} />
      </Badge>
    </Popover>
  );
}
