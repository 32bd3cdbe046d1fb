import { Alert, Descriptions, Modal, Spin, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { PackList as PackListData } from '../api/types';
import { problemMessage } from './problems';

/** The packing list of one shipment, to print and put in the box: who gets it, where, and what is inside. */
export function PackList({ shipmentId, onClose }: { shipmentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const pack = useQuery({ queryKey: ['shipments', shipmentId, 'pack-list'], queryFn: () => api<PackListData>(`/api/v1/shipments/${shipmentId}/pack-list`) });
  const p = pack.data;
  const address = p?.delivery.address ? [p.delivery.address.region, p.delivery.address.city, p.delivery.address.district, p.delivery.address.line1].filter(Boolean).join(' ') : null;
  return (
    <Modal open title={t('shipping.packList')} footer={null} onCancel={onClose} width={640} destroyOnHidden>
      {pack.isPending && <Spin />}
      {pack.isError && <Alert type="error" showIcon title={problemMessage(t, pack.error)} />}
      {p && (
        <div data-testid="pack-list">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('shipping.orderNumber')}>{p.orderNumber}</Descriptions.Item>
            <Descriptions.Item label={t('orders.customer')}>{p.customerName}</Descriptions.Item>
            <Descriptions.Item label={t('entry.delivery')}>{p.delivery.method === 'pickup' ? t('deliveryMethod.pickup') : (address ?? '—')}</Descriptions.Item>
            <Descriptions.Item label={t('detail.contact')}>{p.contact ? [p.contact.name, p.contact.phone].filter(Boolean).join(' · ') : '—'}</Descriptions.Item>
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
              { title: t('entry.quantity'), align: 'right', render: (_, l) => `${l.quantity} ${l.unit}` },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
