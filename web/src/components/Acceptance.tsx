import { useState } from 'react';
import { Alert, Button, Card, Empty, Image, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { FileOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { acceptancePhotosUrl, fulfilmentKeys, recordAcceptance, useAcceptance } from '../api/fulfilment';
import { orderKeys, type Order } from '../api/orders';
import { can, type Me } from '../api/session';
import { AcceptancePhotoUpload } from './AcceptancePhotoUpload';
import { AcceptanceConfirm, linesWithoutReason, type UnacceptedLine } from './AcceptanceConfirm';
import { AcceptanceSummary } from './AcceptanceSummary';
import { fieldMessage, problemMessage } from './problems';
import { useUnits } from '../units';

type LineResult = 'pass' | 'partial' | 'fail';
/** Pictures every browser shows; a HEIC photo or a PDF is offered as a download instead. */
const shownTypes = new Set(['image/jpeg', 'image/png', 'image/webp']);

interface Verdict {
  result: LineResult;
  acceptedQuantity?: number | null;
  comment: string;
}

/**
 * Staff record the customer's acceptance on their behalf (SPEC §8), every delivered line
 * once: pass, fail, or partial with the quantity kept. A fail or partial needs a reason (the
 * line's comment or the overall one), is confirmed before it is sent, and opens a case.
 */
function RecordAcceptance({ order, onRecorded }: { order: Order; onRecorded: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const goods = order.lines.filter((l) => l.shippedQuantity > 0 || l.kind === 'service');
  const [verdicts, setVerdicts] = useState<Record<string, Verdict>>(() => Object.fromEntries(goods.map((l) => [l.id, { result: 'pass', comment: '' }])));
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [confirming, setConfirming] = useState<UnacceptedLine[]>();
  const [unexplained, setUnexplained] = useState<number[]>([]);
  const set = (lineId: string, change: Partial<Verdict>) => setVerdicts((all) => ({ ...all, [lineId]: { ...all[lineId]!, ...change } }));
  const missingQuantity = goods.some((l) => verdicts[l.id]!.result === 'partial' && (verdicts[l.id]!.acceptedQuantity ?? null) === null);
  const lineProblem = (index: number) => (problem instanceof ApiProblem ? problem.errors.find((e) => e.path.startsWith(`/lines/${index}/`)) : undefined);

  /** Sends at once when every line passed; else checks each line has its reason and asks to confirm. */
  const review = () => {
    setProblem(undefined);
    const given = goods.map((l) => verdicts[l.id]!);
    const missing = linesWithoutReason(given, comment);
    setUnexplained(missing);
    if (missing.length > 0) return;
    const unaccepted = goods.flatMap((l): UnacceptedLine[] => {
      const v = verdicts[l.id]!;
      return v.result === 'pass' ? [] : [{ lineNo: l.lineNo, label: `${l.sku} · ${l.name}`, result: v.result, acceptedQuantity: v.acceptedQuantity, reason: v.comment.trim() || comment.trim() }];
    });
    if (unaccepted.length === 0) void submit();
    else setConfirming(unaccepted);
  };

  const submit = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const lines = goods.map((l) => {
        const v = verdicts[l.id]!;
        return { lineId: l.id, result: v.result, ...(v.result === 'partial' ? { acceptedQuantity: v.acceptedQuantity ?? 0 } : {}), ...(v.comment.trim() ? { comment: v.comment.trim() } : {}) };
      });
      await recordAcceptance(order.id, { lines, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      onRecorded();
    } catch (err) {
      setProblem(err);
    } finally {
      setConfirming(undefined);
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="record-acceptance">
      <Alert type="info" showIcon title={t('cases.acceptOnBehalf')} />
      {problem !== undefined && <Alert type="error" showIcon title={problemMessage(t, problem)} />}
      {unexplained.length > 0 && <Alert type="error" showIcon title={t('planAcceptance.reasonRequired')} data-testid="acceptance-reason-missing" />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 640 }}
        dataSource={goods}
        columns={[
          { title: '#', dataIndex: 'lineNo', width: 44 },
          { title: t('detail.product'), render: (_, l) => `${l.sku} · ${l.name} × ${units.quantity(l.shippedQuantity || l.quantity, l.unit)}` },
          {
            title: t('portal.result'),
            width: 130,
            render: (_, l) => (
              <Select<LineResult> size="small" style={{ width: 120 }} value={verdicts[l.id]!.result} onChange={(result) => set(l.id, { result })} options={(['pass', 'partial', 'fail'] as const).map((r) => ({ value: r, label: t(`portal.lineResult.${r}`) }))} />
            ),
          },
          {
            title: t('portal.acceptedQuantity'),
            width: 130,
            render: (_, l, index) =>
              verdicts[l.id]!.result === 'partial' ? (
                <Space orientation="vertical" size={0}>
                  <InputNumber
                    size="small"
                    min={0}
                    max={(l.shippedQuantity || l.quantity) - 1}
                    precision={0}
                    status={verdicts[l.id]!.acceptedQuantity == null || lineProblem(index) ? 'error' : undefined}
                    value={verdicts[l.id]!.acceptedQuantity}
                    onChange={(acceptedQuantity) => set(l.id, { acceptedQuantity })}
                  />
                  {lineProblem(index) && <Typography.Text type="danger">{fieldMessage(t, lineProblem(index)!)}</Typography.Text>}
                </Space>
              ) : (
                '—'
              ),
          },
          {
            title: t('portal.comment'),
            render: (_, l, index) => (
              <Input
                size="small"
                maxLength={2000}
                placeholder={verdicts[l.id]!.result === 'pass' ? undefined : t('planAcceptance.reasonPlaceholder')}
                status={unexplained.includes(index) || (problem instanceof ApiProblem && problem.errors.some((e) => e.path === `/lines/${index}/comment`)) ? 'error' : undefined}
                aria-label={`${t('portal.comment')} ${l.lineNo}`}
                value={verdicts[l.id]!.comment}
                onChange={(e) => set(l.id, { comment: e.target.value })}
              />
            ),
          },
        ]}
      />
      <Input.TextArea rows={2} maxLength={2000} placeholder={t('portal.overallComment')} value={comment} onChange={(e) => setComment(e.target.value)} />
      <Button type="primary" loading={busy} disabled={missingQuantity} onClick={review}>
        {t('portal.submitAcceptance')}
      </Button>
      {confirming && <AcceptanceConfirm lines={confirming} busy={busy} onConfirm={() => void submit()} onCancel={() => setConfirming(undefined)} />}
    </Space>
  );
}

/** The acceptance of a delivered order: per-line results, notes and photos; staff with the right may record it or add photos. */
export function Acceptance({ order, me, recorded }: { order: Order; me: Me; recorded: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const acceptance = useAcceptance(order.id, recorded);
  const mayRecord = can(me, 'acceptance:write');
  const refresh = () => {
    for (const queryKey of [orderKeys.order(order.id), orderKeys.all]) void queryClient.invalidateQueries({ queryKey });
  };

  if (!recorded) {
    if (order.status === 'delivered' && mayRecord) return <RecordAcceptance order={order} onRecorded={refresh} />;
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.noAcceptance')} />;
  }
  if (acceptance.isPending) return <Card size="small" loading />;
  if (acceptance.isError) return <Alert type="error" showIcon title={problemMessage(t, acceptance.error)} />;
  const a = acceptance.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="acceptance">
      <AcceptanceSummary acceptance={a} recordedBy={a.recordedByLabel} />
      <Typography.Text strong>{t('cases.photos')}</Typography.Text>
      {a.photos.length === 0 ? (
        <Typography.Text type="secondary">{t('cases.noPhotos')}</Typography.Text>
      ) : (
        <Image.PreviewGroup>
          <Space wrap>
            {a.photos.map((photo) => {
              const src = `/api/v1/orders/${order.id}/acceptance/photos/${photo.id}`;
              return shownTypes.has(photo.contentType) ? (
                <Image key={photo.id} width={96} height={96} style={{ objectFit: 'cover' }} alt={photo.fileName} src={src} />
              ) : (
                <Typography.Link key={photo.id} href={src} download={photo.fileName}>
                  <FileOutlined /> {photo.fileName}
                </Typography.Link>
              );
            })}
          </Space>
        </Image.PreviewGroup>
      )}
      {mayRecord && (
        <AcceptancePhotoUpload
          action={acceptancePhotosUrl(order.id)}
          label={t('cases.addPhoto')}
          onUploaded={() => void queryClient.invalidateQueries({ queryKey: fulfilmentKeys.acceptance(order.id) })}
        />
      )}
    </Space>
  );
}
