import { Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';

const resultColours: Record<string, string> = { pass: 'success', partial: 'warning', fail: 'error' };

interface RecordedAcceptance {
  result: string;
  recordedAt: string;
  comment: string | null;
  lines: { lineId: string; lineNo: number; sku: string; deliveredQuantity: number; result: string; acceptedQuantity: number; comment: string | null }[];
}

export function ResultTag({ result }: { result: string }) {
  const { t } = useTranslation();
  return <Tag color={resultColours[result]}>{t(`portal.lineResult.${result}`, { defaultValue: result })}</Tag>;
}

/** A recorded acceptance as the customer and staff both see it: the overall result, when, the note, and each line's result and quantity kept. */
export function AcceptanceSummary({ acceptance, recordedBy }: { acceptance: RecordedAcceptance; recordedBy?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: recordedBy ? 3 : 2 }}>
        <Descriptions.Item label={t('portal.result')}>
          <ResultTag result={acceptance.result} />
        </Descriptions.Item>
        <Descriptions.Item label={t('portal.recordedAt')}>{format.dateTime(acceptance.recordedAt)}</Descriptions.Item>
        {recordedBy && <Descriptions.Item label={t('cases.recordedBy')}>{recordedBy}</Descriptions.Item>}
        {acceptance.comment && <Descriptions.Item label={t('portal.comment')}>{acceptance.comment}</Descriptions.Item>}
      </Descriptions>
      <Table
        rowKey="lineId"
        size="small"
        pagination={false}
        scroll={{ x: 480 }}
        dataSource={acceptance.lines}
        columns={[
          { title: '#', dataIndex: 'lineNo', width: 48 },
          { title: 'SKU', dataIndex: 'sku' },
          { title: t('portal.result'), dataIndex: 'result', render: (r: string) => <ResultTag result={r} /> },
          { title: t('portal.acceptedQuantity'), key: 'qty', render: (_, l) => `${l.acceptedQuantity} / ${l.deliveredQuantity}` },
          { title: t('portal.comment'), dataIndex: 'comment' },
        ]}
      />
    </>
  );
}
