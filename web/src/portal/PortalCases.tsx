import { useState } from 'react';
import { Alert, Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { confirmPortalCase, openPortalCase, portalCaseTypes, portalKeys, type PortalCaseType, type PortalOrder } from '../api/portal';
import { problemMessage } from '../components/problems';
import { useFormat } from '../format';
import { useMessages } from '../messages';

/** The order's after-sales cases, and a form to open one. */
export function PortalCases({ order }: { order: PortalOrder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const messages = useMessages();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ type: PortalCaseType; summary: string }>();
  const [opening, setOpening] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const answer = async (caseId: string, satisfied: boolean) => {
    setBusy(true);
    setProblem(undefined);
    try {
      queryClient.setQueryData(portalKeys.order(order.id), await confirmPortalCase(caseId, { satisfied }));
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (values: { type: PortalCaseType; summary: string }) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const updated = await openPortalCase(order.id, { type: values.type, summary: values.summary.trim() });
      queryClient.setQueryData(portalKeys.order(order.id), updated);
      form.resetFields();
      setOpening(false);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={t('portal.cases')}
      extra={
        !opening && (
          <Button onClick={() => setOpening(true)} data-testid="open-case">
            {t('portal.openCase')}
          </Button>
        )
      }
    >
      {order.cases.length === 0 && !opening && <Typography.Text type="secondary">{t('portal.noCases')}</Typography.Text>}
      {!opening && problem !== undefined && <Alert type="error" showIcon title={problemMessage(t, problem)} style={{ marginBottom: 16 }} />}
      {order.cases.length > 0 && (
        <List
          size="small"
          dataSource={order.cases}
          renderItem={(c) => (
            <List.Item>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Tag>{t(`portal.caseType.${c.type}`)}</Tag>
                  <Tag color={c.status === 'closed' ? 'success' : 'warning'}>{t(`portal.caseStatus.${c.status}`)}</Tag>
                  <Typography.Text data-testid="case-summary">{messages.summary(c)}</Typography.Text>
                  <Typography.Text type="secondary">{format.dateTime(c.openedAt)}</Typography.Text>
                </Space>
                {c.status === 'awaiting_confirmation' && (
                  <Space wrap data-testid="case-awaiting-confirmation">
                    <Typography.Text>{t('aftersalesDesk.portalAwaiting', { resolution: c.resolution ?? '' })}</Typography.Text>
                    <Button type="primary" loading={busy} onClick={() => void answer(c.id, true)} data-testid="confirm-case">
                      {t('aftersalesDesk.portalConfirm')}
                    </Button>
                    <Button loading={busy} onClick={() => void answer(c.id, false)}>
                      {t('aftersalesDesk.portalNotSatisfied')}
                    </Button>
                  </Space>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
      {opening && (
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ type: 'consultation' }} style={{ marginTop: 16 }}>
          {problem !== undefined && <Alert type="error" showIcon title={problemMessage(t, problem)} style={{ marginBottom: 16 }} />}
          <Form.Item name="type" label={t('portal.caseTypeLabel')}>
            <Select options={portalCaseTypes.map((type) => ({ value: type, label: t(`portal.caseType.${type}`) }))} style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="summary" label={t('portal.caseSummary')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('portal.submitCase')}
            </Button>
            <Button onClick={() => setOpening(false)}>{t('portal.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
