import { Button, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLedger, type LedgerFilters, type LedgerMovement } from '../api/products';
import { movementKinds } from '../components/master-data-options';
import { problemMessage } from '../components/problems';
import { useUrlParams } from '../components/url-params';
import { RemoteSelect } from '../components/RemoteSelect';
import { useFormat } from '../format';
import { useUnits } from '../units';

/** The stock ledger of every product, newest first: receipts, adjustments with their reasons, and what orders moved. */
export default function Stock() {
  const { t } = useTranslation();
  const units = useUnits();
  const format = useFormat();
  const { params, setParam } = useUrlParams();
  const filters: LedgerFilters = { productId: params.get('productId') ?? undefined, kind: (params.get('kind') as LedgerFilters['kind']) ?? undefined };
  const ledger = useLedger(filters);
  const rows = ledger.data?.pages.flatMap((p) => p.items) ?? [];
  const signed = (n: number) => (n > 0 ? `+${format.number(n)}` : format.number(n));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('masterData.stock.title')}
      </Typography.Title>
      <Space wrap>
        <div style={{ width: 320 }}>
          <RemoteSelect
            path="/api/v1/products"
            extraQuery={{ kind: 'stock' }}
            value={filters.productId}
            onChange={(value) => setParam('productId', value)}
            label={(p) => `${p.sku} · ${p.name}`}
            placeholder={t('masterData.stock.productFilter')}
          />
        </div>
        <Select
          allowClear
          style={{ width: 180 }}
          value={filters.kind}
          placeholder={t('masterData.stock.kindFilter')}
          aria-label={t('masterData.stock.kindFilter')}
          onChange={(value: string | undefined) => setParam('kind', value)}
          options={movementKinds.map((k) => ({ value: k, label: t(`movement.${k}`) }))}
        />
      </Space>
      {ledger.isError && <Typography.Text type="danger">{problemMessage(t, ledger.error)}</Typography.Text>}
      <Table<LedgerMovement>
        rowKey="id"
        size="small"
        loading={ledger.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="stock-ledger"
        columns={[
          { title: t('products.at'), dataIndex: 'at', render: (at: string) => format.dateTime(at) },
          { title: t('masterData.stock.product'), render: (_, m) => <Link to={`/products/${m.productId}`}>{`${m.sku} · ${m.productName}`}</Link> },
          { title: t('products.movementKind'), dataIndex: 'kind', render: (kind: string) => t(`movement.${kind}`) },
          { title: t('products.onHand'), align: 'right', render: (_, m) => `${signed(m.onHandDelta)} → ${units.quantity(m.onHandAfter, m.unit)}` },
          { title: t('products.reserved'), align: 'right', render: (_, m) => `${signed(m.reservedDelta)} → ${format.number(m.reservedAfter)}` },
          { title: t('products.reference'), render: (_, m) => (m.orderId ? <Link to={`/orders/${m.orderId}`}>{t('products.order')}</Link> : (m.reason ?? '—')) },
        ]}
      />
      {ledger.hasNextPage && (
        <Button block onClick={() => void ledger.fetchNextPage()} loading={ledger.isFetchingNextPage}>
          {t('orders.more')}
        </Button>
      )}
    </Space>
  );
}
