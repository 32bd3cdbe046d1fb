import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { caseKeys } from '../api/cases';
import { feedbackChannels, feedbackExportHref, feedbackKeys, recordPhoneFeedback, scoreNames, useFeedback, type Feedback, type FeedbackFilters, type PhoneFeedback } from '../api/feedback';
import type { Answer } from '../api/openapi';
import { can, type Me } from '../api/session';
import { RemoteSelect } from '../components/RemoteSelect';
import { useServerForm } from '../components/server-form';
import { problemMessage } from '../components/problems';
import { useFormat } from '../format';
import { actorName } from '../messages';
import { CardHeading } from '../components/CardHeading';
import { ScoreRate } from '../components/ScoreRate';
import { ExportMenu } from '../components/ExportMenu';

/** A score of this or less is low: it opened a complaint case. */
const lowScore = 2;

/** The delivered orders of a customer, newest first: what phone feedback can be about. */
function useCustomerOrders(customerId: string | undefined) {
  return useQuery({
    queryKey: ['orders', 'of-customer', customerId],
    queryFn: () => api<Answer<'/api/v1/orders', 'get'>>('/api/v1/orders', { query: { customerId, limit: 100 } }),
    enabled: customerId !== undefined,
  });
}

type PhoneValues = Omit<PhoneFeedback, 'orderId'> & { orderId?: string };

/** Staff record the scores a customer gave on the phone, for one of the customer's orders. */
function PhoneFeedbackModal({ onClose }: { onClose: (recorded: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PhoneValues>();
  const [customerId, setCustomerId] = useState<string>();
  const orders = useCustomerOrders(customerId);
  const { busy, problem, send } = useServerForm(form, ['orderId', ...scoreNames, 'comments', 'suggestions']);
  const submit = (values: PhoneValues) =>
    send(async () => {
      await recordPhoneFeedback({
        orderId: values.orderId ?? '',
        responseSpeed: values.responseSpeed,
        productQuality: values.productQuality,
        deliveryTimeliness: values.deliveryTimeliness,
        serviceAttitude: values.serviceAttitude,
        ...(values.comments?.trim() ? { comments: values.comments.trim() } : {}),
        ...(values.suggestions?.trim() ? { suggestions: values.suggestions.trim() } : {}),
      });
      onClose(true);
    });
  return (
    <Modal open title={t('aftersalesDesk.feedback.recordTitle')} footer={null} onCancel={() => onClose(false)} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={Object.fromEntries(scoreNames.map((s) => [s, 5]))} data-testid="phone-feedback-form">
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
        <Form.Item label={t('aftersalesDesk.feedback.customer')} required>
          <RemoteSelect id="feedback-customer" path="/api/v1/customers" label={(c) => c.name} value={customerId} onChange={setCustomerId} />
        </Form.Item>
        <Form.Item name="orderId" label={t('aftersalesDesk.feedback.order')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <Select
            id="feedback-order"
            disabled={!customerId}
            placeholder={customerId ? undefined : t('aftersalesDesk.feedback.chooseCustomerFirst')}
            showSearch={{ optionFilterProp: 'label' }}
            options={(orders.data?.items ?? []).filter((o) => o.deliveredAt).map((o) => ({ value: o.id, label: `${o.number} · ${t(`status.${o.status}`)}` }))}
          />
        </Form.Item>
        {scoreNames.map((name) => (
          <Form.Item key={name} name={name} label={t(`survey.questions.${name}`)} rules={[{ required: true, message: t('fieldErrors.required') }]}>
            <ScoreRate aria-label={t(`survey.questions.${name}`)} allowClear={false} data-testid={`score-${name}`} />
          </Form.Item>
        ))}
        <Form.Item name="comments" label={t('aftersalesDesk.feedback.comments')} rules={[{ max: 2000, message: t('fieldErrors.maxLength') }]}>
          <Input.TextArea id="feedback-comments" rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('aftersalesDesk.feedback.submit')}
        </Button>
      </Form>
    </Modal>
  );
}

/** The feedback desk (`/feedback`): answers from survey links, the portal and the phone together, with who recorded each. */
export default function FeedbackList({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [customerId, setCustomerId] = useState<string>();
  const [orderId, setOrderId] = useState<string>();
  const [channel, setChannel] = useState<FeedbackFilters['channel']>();
  const [lowScores, setLowScores] = useState(false);
  const [recording, setRecording] = useState(false);
  const orders = useCustomerOrders(customerId);
  const filters: FeedbackFilters = { ...(customerId ? { customerId } : {}), ...(orderId ? { orderId } : {}), ...(channel ? { channel } : {}), ...(lowScores ? { lowScores: true } : {}) };
  const feedback = useFeedback(filters);

  const recordedBy = (f: Feedback) => actorName(t, f.recordedByLabel);
  return (
    <Card
      title={<CardHeading>{t('aftersalesDesk.feedback.title')}</CardHeading>}
      extra={
        <Space>
          <ExportMenu href={(fileFormat) => feedbackExportHref({ ...filters, format: fileFormat, lang: i18n.language === 'en' ? 'en' : 'zh-CN' })} />
          {can(me, 'aftersales:write') && (
            <Button type="primary" onClick={() => setRecording(true)} data-testid="record-phone-feedback">
              {t('aftersalesDesk.feedback.record')}
            </Button>
          )}
        </Space>
      }
      data-testid="feedback-list"
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 200 }}>
          <RemoteSelect
            path="/api/v1/customers"
            label={(c) => c.name}
            value={customerId}
            placeholder={t('aftersalesDesk.feedback.customer')}
            onChange={(id) => {
              setCustomerId(id);
              setOrderId(undefined);
            }}
          />
        </div>
        <Select
          aria-label={t('aftersalesDesk.feedback.order')}
          allowClear
          disabled={!customerId}
          placeholder={customerId ? t('aftersalesDesk.feedback.orderFilter') : t('aftersalesDesk.feedback.chooseCustomerFirst')}
          style={{ minWidth: 180 }}
          value={orderId}
          onChange={setOrderId}
          showSearch={{ optionFilterProp: 'label' }}
          options={(orders.data?.items ?? []).map((o) => ({ value: o.id, label: o.number }))}
        />
        <Select
          aria-label={t('aftersalesDesk.feedback.channel')}
          allowClear
          placeholder={t('aftersalesDesk.feedback.allChannels')}
          style={{ minWidth: 140 }}
          value={channel}
          onChange={setChannel}
          options={feedbackChannels.map((c) => ({ value: c, label: t(`aftersalesDesk.feedback.channels.${c}`) }))}
        />
        <Space>
          <Switch checked={lowScores} onChange={setLowScores} aria-label={t('aftersalesDesk.feedback.lowOnly')} />
          <Typography.Text>{t('aftersalesDesk.feedback.lowOnly')}</Typography.Text>
        </Space>
      </Space>
      {feedback.isError && <Alert type="error" showIcon title={problemMessage(t, feedback.error)} style={{ marginBottom: 16 }} />}
      <Table<Feedback>
        rowKey="id"
        size="small"
        loading={feedback.isPending}
        dataSource={feedback.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('aftersalesDesk.feedback.none') }}
        columns={[
          { key: 'at', title: t('aftersalesDesk.feedback.recordedAt'), render: (_, f) => format.dateTime(f.recordedAt) },
          { key: 'order', title: t('aftersalesDesk.feedback.order'), render: (_, f) => <Link to={`/orders/${f.orderId}`}>{f.orderNumber}</Link> },
          { key: 'customer', title: t('aftersalesDesk.feedback.customer'), render: (_, f) => <Link to={`/customers/${f.customerId}`}>{f.customerName}</Link> },
          ...scoreNames.map((name) => ({
            key: name,
            title: t(`survey.questions.${name}`),
            render: (_: unknown, f: Feedback) => <Typography.Text type={f[name] <= lowScore ? 'danger' : undefined}>{f[name]}</Typography.Text>,
          })),
          { key: 'overall', title: t('aftersalesDesk.feedback.overall'), render: (_, f) => format.number(f.overall) },
          { key: 'channel', title: t('aftersalesDesk.feedback.channel'), render: (_, f) => <Tag>{t(`aftersalesDesk.feedback.channels.${f.channel}`)}</Tag> },
          { key: 'by', title: t('aftersalesDesk.feedback.recordedBy'), render: (_, f) => <span data-testid="feedback-recorded-by">{recordedBy(f)}</span> },
          { key: 'comments', title: t('aftersalesDesk.feedback.comments'), render: (_, f) => f.comments ?? '' },
        ]}
      />
      {recording && (
        <PhoneFeedbackModal
          onClose={(recorded) => {
            setRecording(false);
            if (recorded) for (const queryKey of [feedbackKeys.all, caseKeys.all]) void queryClient.invalidateQueries({ queryKey });
          }}
        />
      )}
    </Card>
  );
}
