import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Radio } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { portalKeys, recordPortalAcceptance, type PortalOrder } from '../api/portal';
import { AcceptanceSummary } from '../components/AcceptanceSummary';
import { problemMessage } from '../components/problems';

type LineResult = 'pass' | 'fail' | 'partial';
interface AcceptanceValues {
  lines: { result: LineResult; acceptedQuantity?: number; comment?: string }[];
  comment?: string;
}

/** Accept a delivered order line by line (pass, fail or partial with the quantity kept), or see the acceptance made. */
export function PortalAcceptance({ order }: { order: PortalOrder }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AcceptanceValues>();
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  if (order.acceptance) {
    const a = order.acceptance;
    return (
      <Card title={t('portal.acceptance')} data-testid="acceptance-recorded">
        <AcceptanceSummary acceptance={a} />
      </Card>
    );
  }
  if (order.status !== 'delivered') return null;

  const submit = async (values: AcceptanceValues) => {
    setBusy(true);
    setProblem(undefined);
    // The form holds what was entered per line; which line it is comes from the order.
    const lines = values.lines.map((l, index) => ({
      lineId: order.lines[index]!.id,
      result: l.result,
      ...(l.result === 'partial' && l.acceptedQuantity !== undefined ? { acceptedQuantity: l.acceptedQuantity } : {}),
      ...(l.comment?.trim() ? { comment: l.comment.trim() } : {}),
    }));
    try {
      const updated = await recordPortalAcceptance(order.id, { lines, ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}) });
      queryClient.setQueryData(portalKeys.order(order.id), updated);
      void queryClient.invalidateQueries({ queryKey: portalKeys.orders });
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('portal.acceptDelivery')} data-testid="acceptance-form">
      <Alert type="info" showIcon title={t('portal.acceptHint')} style={{ marginBottom: 16 }} />
      {problem !== undefined && <Alert type="error" showIcon title={problemMessage(t, problem)} style={{ marginBottom: 16 }} />}
      <Form<AcceptanceValues> form={form} layout="vertical" onFinish={submit} initialValues={{ lines: order.lines.map(() => ({ result: 'pass' as const })) }}>
        <Form.List name="lines">
          {(fields) =>
            fields.map((field) => {
              const line = order.lines[field.name]!;
              return (
                <Card key={field.key} size="small" title={`${line.lineNo}. ${line.name} (${line.sku}) × ${line.quantity} ${line.unit}`} style={{ marginBottom: 12 }}>
                  <Form.Item name={[field.name, 'result']} label={t('portal.result')}>
                    <Radio.Group optionType="button" options={(['pass', 'partial', 'fail'] as const).map((r) => ({ value: r, label: t(`portal.lineResult.${r}`) }))} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(['lines', field.name, 'result']) === 'partial' && (
                        <Form.Item name={[field.name, 'acceptedQuantity']} label={t('portal.acceptedQuantity')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
                          <InputNumber min={0} max={line.quantity - 1} />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                  <Form.Item name={[field.name, 'comment']} label={t('portal.comment')}>
                    <Input maxLength={1000} />
                  </Form.Item>
                </Card>
              );
            })
          }
        </Form.List>
        <Form.Item name="comment" label={t('portal.overallComment')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('portal.submitAcceptance')}
        </Button>
      </Form>
    </Card>
  );
}
