import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { cancelCampaign, campaignKeys, createCampaign, previewCampaign, sendCampaign, useCampaigns, type Campaign, type CampaignCreate, type CampaignPreview } from '../api/campaigns';
import type { Segment } from '../api/segments';
import { can, useMe } from '../api/session';
import { useFormat } from '../format';
import { problemMessage, showFieldProblems } from './problems';
import { QueryError } from './QueryError';

const channels = ['email', 'sms', 'webhook'] as const;
const statusColours: Record<Campaign['status'], string> = { draft: 'default', sending: 'processing', sent: 'success', cancelled: 'default' };

type CampaignForm = Omit<CampaignCreate, 'segmentId'>;

/** The message as one member reads it: subject, text, and the unsubscribe line with a sample where each message's own link goes. */
function PreviewCard({ preview }: { preview: CampaignPreview }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="campaign-preview" title={preview.customer ? t('campaigns.previewFor', { name: preview.customer.name }) : t('campaigns.previewNoMember')}>
      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        {preview.subject}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
        {preview.body}
        {preview.footer && <Typography.Text type="secondary">{preview.footer.replace('{link}', t('campaigns.linkSample'))}</Typography.Text>}
      </Typography.Paragraph>
    </Card>
  );
}

/** Writes a campaign to the segment as a draft, with a preview for one member before it is saved. */
function CampaignEditor({ segment, onClose, onSaved }: { segment: Pick<Segment, 'id' | 'name'>; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CampaignForm>();
  const [preview, setPreview] = useState<CampaignPreview>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  /** The server's word: what it says of a field (an unknown placeholder) beside that field, and the sentence below. */
  const fail = (err: unknown) => {
    if (err instanceof ApiProblem) showFieldProblems(t, form, err.errors, new Set(['name', 'channel', 'subject', 'body']));
    setProblem(problemMessage(t, err));
  };

  const run = async (what: 'preview' | 'save') => {
    let values: CampaignForm;
    try {
      values = await form.validateFields(what === 'preview' ? ['channel', 'subject', 'body'] : undefined);
    } catch {
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      if (what === 'preview') setPreview(await previewCampaign({ segmentId: segment.id, channel: values.channel, subject: values.subject, body: values.body }));
      else {
        await createCampaign({ ...values, name: values.name.trim(), segmentId: segment.id });
        onSaved();
      }
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, whitespace: true, message: t('fieldErrors.required') };
  return (
    <Modal open width={640} title={t('campaigns.newTitle', { name: segment.name })} footer={null} onCancel={onClose} destroyOnHidden>
      <Form<CampaignForm> form={form} name="campaign" layout="vertical" initialValues={{ channel: 'email' }} onValuesChange={() => setPreview(undefined)}>
        <Form.Item name="name" label={t('campaigns.name')} rules={[required, { max: 100, message: t('fieldErrors.maxLength') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="channel" label={t('campaigns.channel')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <Select options={channels.map((c) => ({ value: c, label: t(`campaigns.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="subject" label={t('campaigns.subject')} rules={[required, { max: 200, message: t('fieldErrors.maxLength') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="body" label={t('campaigns.body')} extra={t('campaigns.placeholderHelp')} rules={[required, { max: 4000, message: t('fieldErrors.maxLength') }]}>
          <Input.TextArea rows={5} maxLength={4000} />
        </Form.Item>
        {preview && <PreviewCard preview={preview} />}
        {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
        <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={() => void run('preview')} loading={busy}>
            {t('campaigns.preview')}
          </Button>
          <Button type="primary" onClick={() => void run('save')} loading={busy}>
            {t('campaigns.saveDraft')}
          </Button>
        </Space>
      </Form>
    </Modal>
  );
}

/** The segment's 营销活动: its campaigns with what became of each message, a new one, and sending a draft. */
export function SegmentCampaigns({ segment }: { segment: Pick<Segment, 'id' | 'name' | 'count'> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const campaigns = useCampaigns(segment.id);
  const [writing, setWriting] = useState(false);
  const maySend = can(me.data, 'campaigns:send');
  const refresh = () => queryClient.invalidateQueries({ queryKey: campaignKeys.ofSegment(segment.id) });
  const sending = (campaigns.data?.items ?? []).some((c) => c.status === 'sending');

  const act = async (campaign: Campaign, action: 'send' | 'cancel') => {
    try {
      if (action === 'send') {
        await sendCampaign(campaign.id);
        void message.success(t('campaigns.sendStarted'));
      } else await cancelCampaign(campaign.id);
    } catch (err) {
      void message.error(problemMessage(t, err));
    }
    await refresh();
  };

  return (
    <Card
      data-testid="segment-campaigns"
      title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('campaigns.title')}</Typography.Title>}
      extra={
        <Space>
          <Button onClick={() => void refresh()}>{t('campaigns.refresh')}</Button>
          <Button icon={<PlusOutlined />} onClick={() => setWriting(true)}>
            {t('campaigns.new')}
          </Button>
        </Space>
      }
    >
      <QueryError query={campaigns} />
      {sending && <Alert type="info" showIcon title={t('campaigns.sendingHint')} style={{ marginBottom: 12 }} />}
      <Table<Campaign>
        rowKey="id"
        size="small"
        loading={campaigns.isPending}
        dataSource={campaigns.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('campaigns.none') }}
        onRow={() => ({ 'data-testid': 'campaign-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('campaigns.name'), dataIndex: 'name' },
          { title: t('campaigns.channel'), dataIndex: 'channel', render: (c: Campaign['channel']) => t(`campaigns.channels.${c}`) },
          { title: t('campaigns.statusLabel'), dataIndex: 'status', render: (s: Campaign['status']) => <Tag color={statusColours[s]}>{t(`campaigns.status.${s}`)}</Tag> },
          { title: t('campaigns.counts.sent'), key: 'sent', align: 'right', render: (_, c) => <span data-testid="count-sent">{c.counts.sent}</span> },
          { title: t('campaigns.counts.unsubscribed'), key: 'unsubscribed', align: 'right', render: (_, c) => <span data-testid="count-unsubscribed">{c.counts.skippedUnsubscribed}</span> },
          { title: t('campaigns.counts.noAddress'), key: 'noAddress', align: 'right', render: (_, c) => <span data-testid="count-no-address">{c.counts.skippedNoAddress}</span> },
          { title: t('campaigns.counts.failed'), key: 'failed', align: 'right', render: (_, c) => <span data-testid="count-failed">{c.counts.failed}</span> },
          { title: t('campaigns.createdAt'), dataIndex: 'createdAt', render: (at: string) => format.dateTime(at) },
          {
            title: t('campaigns.actions'),
            key: 'actions',
            render: (_, c) =>
              maySend && (c.status === 'draft' || c.status === 'sending') ? (
                <Space>
                  {c.status === 'draft' && (
                    <Popconfirm title={t('campaigns.sendConfirm', { count: segment.count })} okText={t('campaigns.send')} cancelText={t('common.cancel')} onConfirm={() => void act(c, 'send')}>
                      <Button size="small" type="primary">
                        {t('campaigns.send')}
                      </Button>
                    </Popconfirm>
                  )}
                  <Popconfirm title={t('campaigns.cancelConfirm')} okText={t('campaigns.cancel')} cancelText={t('common.cancel')} onConfirm={() => void act(c, 'cancel')}>
                    <Button size="small" danger>
                      {t('campaigns.cancel')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      {writing && (
        <CampaignEditor
          segment={segment}
          onClose={() => setWriting(false)}
          onSaved={() => {
            setWriting(false);
            void message.success(t('campaigns.saved'));
            void refresh();
          }}
        />
      )}
    </Card>
  );
}
