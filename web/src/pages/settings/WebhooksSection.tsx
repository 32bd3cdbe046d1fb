import { useState } from 'react';
import { Alert, App, Button, Card, Drawer, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  createWebhook,
  updateWebhook,
  useWebhookDeliveries,
  useWebhooks,
  webhookKeys,
  type Delivery,
  type DeliveryAttempt,
  type NewWebhook,
  type Webhook,
} from '../../api/webhooks';
import { useFormat } from '../../format';
import { liveTopics } from '../../live-topics';
import { useDeliveryRetry } from './delivery-retry';
import { FormModal } from './FormModal';
import { settingsProblemMessage } from './VersionedForm';

const topicPattern = /^(\*|[a-z_]+\.[a-z_]+)$/;

/** Subscribing a URL; the signing secret comes back this once and is shown until dismissed. */
function CreateWebhook({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [secret, setSecret] = useState<string>();
  if (secret) {
    return (
      <Modal open title={t('settings.webhooks.create')} onCancel={onClose} footer={<Button type="primary" onClick={onClose}>{t('settings.done')}</Button>}>
        <Alert type="success" showIcon data-testid="webhook-secret" title={t('settings.webhooks.secretOnce')} description={<Typography.Text code copyable>{secret}</Typography.Text>} />
      </Modal>
    );
  }
  return (
    <FormModal<NewWebhook, Webhook & { secret: string }>
      title={t('settings.webhooks.create')}
      okText={t('settings.webhooks.create')}
      initialValues={{ events: [] }}
      submit={(values) => createWebhook({ ...values, description: values.description?.trim() || undefined })}
      onDone={(created) => {
        setSecret(created.secret);
        void queryClient.invalidateQueries({ queryKey: webhookKeys.webhooks });
      }}
      onClose={onClose}
    >
      <Form.Item name="url" label={t('settings.webhooks.url')} rules={[{ required: true, message: t('fieldErrors.required') }, { type: 'url', message: t('settings.problems.url') }, { min: 8, max: 2000 }]}>
        <Input placeholder="https://erp.example.com/ordo" />
      </Form.Item>
      <Form.Item
        name="events"
        label={t('settings.webhooks.events')}
        extra={t('settings.webhooks.eventsHint')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('fieldErrors.minItems') },
          { validator: async (_rule, events: string[] = []) => (events.every((e) => topicPattern.test(e)) ? undefined : Promise.reject(new Error(t('settings.problems.topic')))) },
        ]}
      >
        <Select mode="tags" options={['*', ...liveTopics].map((topic) => ({ value: topic, label: topic }))} />
      </Form.Item>
      <Form.Item name="description" label={t('settings.webhooks.description')} rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}

const statusColour: Record<string, string> = { sent: 'green', queued: 'gold', dead: 'red' };

/** A subscription's deliveries, newest first, with a retry for the dead ones. */
function Deliveries({ webhook, onClose }: { webhook: Webhook; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deliveries = useWebhookDeliveries(webhook.id);
  // Entries logged before outcomes had codes carry only their text.
  const outcome = (attempt: DeliveryAttempt) => (attempt.code ? t(`settings.webhooks.outcomes.${attempt.code}`, { status: attempt.status }) : attempt.detail);
  const retry = useDeliveryRetry(webhookKeys.deliveries(webhook.id), t('settings.webhooks.retried'));
  return (
    <Drawer open title={webhook.url} size="large" onClose={onClose}>
      <Table<Delivery>
        rowKey="id"
        size="small"
        loading={deliveries.isPending}
        dataSource={deliveries.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('settings.webhooks.at'), dataIndex: 'createdAt', render: (at: string) => format.dateTime(at) },
          { title: t('settings.webhooks.event'), dataIndex: 'topic' },
          { title: t('settings.webhooks.status'), dataIndex: 'status', render: (status: string) => <Tag color={statusColour[status]}>{t(`settings.webhooks.statuses.${status}`)}</Tag> },
          {
            title: t('settings.webhooks.attempts'),
            render: (_, d) => <span data-testid="delivery-outcome">{`${d.attempts.length}${d.attempts.at(-1) ? ` · ${outcome(d.attempts.at(-1)!)}` : ''}`}</span>,
          },
          { key: 'retry', render: (_, d) => d.status === 'dead' && <Button size="small" onClick={() => void retry(d.id)}>{t('settings.webhooks.retry')}</Button> },
        ]}
      />
    </Drawer>
  );
}

/** Outgoing webhooks (SPEC §13, §15): subscriptions, pausing, and their delivery log. */
export function WebhooksSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const webhooks = useWebhooks();
  const [creating, setCreating] = useState(false);
  const [inspecting, setInspecting] = useState<Webhook>();

  const setActive = async (webhook: Webhook, active: boolean) => {
    try {
      await updateWebhook(webhook, { active });
    } catch (err) {
      message.error(settingsProblemMessage(t, err));
    }
    void queryClient.invalidateQueries({ queryKey: webhookKeys.webhooks });
  };

  return (
    <Card
      title={t('settings.section.webhooks')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="webhook-create">
          {t('settings.webhooks.create')}
        </Button>
      }
    >
      <Table<Webhook>
        rowKey="id"
        size="small"
        loading={webhooks.isPending}
        dataSource={webhooks.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('settings.webhooks.url'), dataIndex: 'url', render: (url: string, w) => <Space orientation="vertical" size={0}><Typography.Text>{url}</Typography.Text>{w.description && <Typography.Text type="secondary">{w.description}</Typography.Text>}</Space> },
          { title: t('settings.webhooks.events'), dataIndex: 'events', render: (events: string[]) => events.map((e) => <Tag key={e}>{e}</Tag>) },
          {
            title: t('settings.webhooks.active'),
            dataIndex: 'active',
            render: (active: boolean, w) => <Switch checked={active} aria-label={t('settings.webhooks.active')} checkedChildren={t('settings.webhooks.on')} unCheckedChildren={t('settings.webhooks.paused')} onChange={(on) => void setActive(w, on)} />,
          },
          { title: t('settings.webhooks.created'), dataIndex: 'createdAt', render: (at: string) => format.dateTime(at) },
          { key: 'log', render: (_, w) => <Button size="small" onClick={() => setInspecting(w)}>{t('settings.webhooks.deliveries')}</Button> },
        ]}
      />
      {creating && <CreateWebhook onClose={() => setCreating(false)} />}
      {inspecting && <Deliveries webhook={inspecting} onClose={() => setInspecting(undefined)} />}
    </Card>
  );
}
