import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface UnacceptedLine {
  lineNo: number;
  label: string;
  result: 'partial' | 'fail';
  acceptedQuantity?: number | null;
  reason: string;
}

/**
 * The last look before a partial or refused acceptance is sent: it cannot be changed after,
 * and it opens an after-sales case. Lists each line not accepted in full with its reason.
 */
export function AcceptanceConfirm({ lines, busy, onConfirm, onCancel }: { lines: UnacceptedLine[]; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('planAcceptance.confirmTitle')}
      okText={t('planAcceptance.confirmOk')}
      cancelText={t('planAcceptance.confirmCancel')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={onConfirm}
      onCancel={onCancel}
      data-testid="acceptance-confirm"
    >
      <Alert type="warning" showIcon title={t('planAcceptance.confirmBody')} style={{ marginBottom: 12 }} />
      {lines.map((line) => (
        <Typography.Paragraph key={line.lineNo} style={{ marginBottom: 6 }}>
          <Typography.Text strong>{`${line.lineNo}. ${line.label}`}</Typography.Text>
          {' · '}
          {line.result === 'fail' ? t('portal.lineResult.fail') : t('planAcceptance.partialKept', { count: line.acceptedQuantity ?? 0 })}
          {' · '}
          <Typography.Text type="secondary">{line.reason}</Typography.Text>
        </Typography.Paragraph>
      ))}
    </Modal>
  );
}

/** Lines not passed and without a reason, when no overall comment stands for them: their indexes. */
export function linesWithoutReason(lines: { result: string; comment?: string }[], overallComment: string | undefined): number[] {
  if (overallComment?.trim()) return [];
  return lines.flatMap((line, index) => (line.result !== 'pass' && !line.comment?.trim() ? [index] : []));
}
