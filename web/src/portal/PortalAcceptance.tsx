import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { FileOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { portalAcceptancePhotosUrl, portalKeys, recordPortalAcceptance, type PortalOrder } from '../api/portal';
import { AcceptancePhotoUpload } from '../components/AcceptancePhotoUpload';
import { AcceptanceConfirm, linesWithoutReason, type UnacceptedLine } from '../components/AcceptanceConfirm';
import { AcceptanceSummary } from '../components/AcceptanceSummary';
import { problemMessage } from '../components/problems';
import { useUnits } from '../units';

type LineResult = 'pass' | 'fail' | 'partial';
interface AcceptanceValues {
  lines: { result: LineResult; acceptedQuantity?: number; comment?: string }[];
  comment?: string;
}

/** As many as one acceptance holds (the server's limit). */
const maxPhotos = 10;

/** Photos of what was delivered, added to the recorded acceptance, listed by name. */
function PortalAcceptancePhotos({ order }: { order: PortalOrder }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const photos = order.acceptance?.photos ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }} data-testid="portal-acceptance-photos">
      <Typography.Text strong>{t('planAcceptance.photos')}</Typography.Text>
      {photos.length === 0 ? (
        <Typography.Text type="secondary">{t('planAcceptance.noPhotos')}</Typography.Text>
      ) : (
        <Space wrap>
          {photos.map((photo) => (
            <Typography.Text key={photo.id} data-testid="portal-photo">
              <FileOutlined /> {photo.fileName}
            </Typography.Text>
          ))}
        </Space>
      )}
      {photos.length < maxPhotos && (
        <AcceptancePhotoUpload
          action={portalAcceptancePhotosUrl(order.id)}
          label={t('planAcceptance.addPhotos')}
          onUploaded={(updated) => queryClient.setQueryData(portalKeys.order(order.id), updated as PortalOrder)}
        />
      )}
      <Typography.Text type="secondary">{t('planAcceptance.photosHint')}</Typography.Text>
    </Space>
  );
}

/**
 * Accept a delivered order line by line (pass, fail or partial with the quantity kept), or see
 * the acceptance made and add photos to it. A line not accepted in full needs a reason (its own
 * comment or the overall one), and such an acceptance is confirmed before it is sent.
 */
export function PortalAcceptance({ order }: { order: PortalOrder }) {
  const { t } = useTranslation();
  const units = useUnits();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AcceptanceValues>();
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<{ values: AcceptanceValues; lines: UnacceptedLine[] }>();

  if (order.acceptance) {
    const a = order.acceptance;
    return (
      <Card title={t('portal.acceptance')} data-testid="acceptance-recorded">
        <AcceptanceSummary acceptance={a} />
        <PortalAcceptancePhotos order={order} />
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
      setConfirming(undefined);
    }
  };

  /** All passed: sent at once; else each line's reason is checked and the customer confirms. */
  const review = (values: AcceptanceValues) => {
    const missing = linesWithoutReason(values.lines, values.comment);
    if (missing.length > 0) {
      form.setFields(missing.map((index) => ({ name: ['lines', index, 'comment'], errors: [t('planAcceptance.reasonRequired')] })));
      return;
    }
    const unaccepted = values.lines.flatMap((l, index): UnacceptedLine[] => {
      const line = order.lines[index]!;
      return l.result === 'pass' ? [] : [{ lineNo: line.lineNo, label: line.name, result: l.result, acceptedQuantity: l.acceptedQuantity, reason: l.comment?.trim() || values.comment?.trim() || '' }];
    });
    if (unaccepted.length === 0) void submit(values);
    else setConfirming({ values, lines: unaccepted });
  };

  return (
    <Card title={t('portal.acceptDelivery')} data-testid="acceptance-form">
      <Alert type="info" showIcon title={t('portal.acceptHint')} style={{ marginBottom: 16 }} />
      {problem !== undefined && <Alert type="error" showIcon title={problemMessage(t, problem)} style={{ marginBottom: 16 }} />}
      <Form<AcceptanceValues> form={form} layout="vertical" onFinish={review} initialValues={{ lines: order.lines.map(() => ({ result: 'pass' as const })) }}>
        <Form.List name="lines">
          {(fields) =>
            fields.map((field) => {
              const line = order.lines[field.name]!;
              return (
                <Card key={field.key} size="small" title={`${line.lineNo}. ${line.name} (${line.sku}) × ${units.quantity(line.quantity, line.unit)}`} style={{ marginBottom: 12 }}>
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
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const notPassed = form.getFieldValue(['lines', field.name, 'result']) !== 'pass';
                      return (
                        <Form.Item name={[field.name, 'comment']} label={notPassed ? t('planAcceptance.reasonLabel') : t('portal.comment')}>
                          <Input maxLength={1000} placeholder={notPassed ? t('planAcceptance.reasonPlaceholder') : undefined} />
                        </Form.Item>
                      );
                    }}
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
      {confirming && <AcceptanceConfirm lines={confirming.lines} busy={busy} onConfirm={() => void submit(confirming.values)} onCancel={() => setConfirming(undefined)} />}
    </Card>
  );
}
