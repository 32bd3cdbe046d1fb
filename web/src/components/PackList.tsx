import { Alert, Descriptions, Modal, Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePackList } from '../api/fulfilment';
import { addressLine, objectField, textField } from '../api/open-fields';
import { problemMessage } from './problems';
import { useUnits } from '../units';

/** The packing list of one shipment, to print and put in the box: who gets it, where, and what is inside. */
export function PackList({ shipmentId, onClose }: { shipmentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const pack = usePackList(shipmentId);
  const p = pack.data;
  const address = addressLine(objectField(p?.delivery, 'address'));
  return (
    <Modal open title={t('shipping.packList')} footer={null} onCancel={onClose} width={640} destroyOnHidden>
      {pack.isPending && <Spin />}
      {pack.isError && <Alert type="error" showIcon title={problemMessage(t, pack.error)} />}
      {p && (
        <div data-testid="pack-list">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('shipping.orderNumber')}>{p.orderNumber}</Descriptions.Item>
            <Descriptions.Item label={t('orders.customer')}>{p.customerName}</Descriptions.Item>
            <Descriptions.Item label={t('entry.delivery')}>{textField(p.delivery, 'method') === 'pickup' ? t('deliveryMethod.pickup') : (address ?? '—')}</Descriptions.Item>
            <Descriptions.Item label={t('detail.contact')}>{p.contact ? [textField(p.contact, 'name'), textField(p.contact, 'phone')].filter(Boolean).join(' · ') : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('shipping.carrier')}>{`${p.carrier.name} · ${p.trackingNumber}`}</Descriptions.Item>
          </Descriptions>
          <Table
            style={{ marginTop: 12 }}
            rowKey="orderLineId"
            size="small"
            pagination={false}
            dataSource={p.lines}
            columns={[
              { title: '#', dataIndex: 'lineNo', width: 48 },
              { title: t('detail.product'), render: (_, l) => `${l.sku} · ${l.name}` },
              { title: t('entry.quantity'), align: 'right', render: (_, l) => units.quantity(l.quantity, l.unit) },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
