import { useState } from 'react';
import { Button, Card, Col, Descriptions, Result, Row, Space, Statistic, Table, Typography } from 'antd';
import { EditOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { productKeys, useProduct, useStockLevel, useStockMovements, type Product, type StockMovement } from '../api/products';
import { can, useMe } from '../api/session';
import { ProductForm, StockMovementForm } from '../components/ProductForm';
import { RelatedOrders } from '../components/OrderTable';
import { problemMessage } from '../components/problems';
import { useFormat } from '../format';
import { useUnits } from '../units';

/** Stock on hand, reserved and available, and the ledger of every movement. */
function Stock({ product }: { product: Product }) {
  const { t } = useTranslation();
  const units = useUnits();
  const format = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const [booking, setBooking] = useState(false);
  const level = useStockLevel(product.id);
  const movements = useStockMovements(product.id);
  const signed = (n: number) => (n > 0 ? `+${format.number(n)}` : format.number(n));
  return (
    <>
      <Row gutter={[12, 12]}>
        {(['onHand', 'reserved', 'available'] as const).map((key) => (
          <Col xs={8} key={key}>
            <Card size="small">
              <Statistic title={t(`products.${key}`)} value={level.data?.[key] ?? 0} suffix={units.name(product.unit, level.data?.[key] ?? 0)} loading={level.isPending} data-testid={`stock-${key}`} />
            </Card>
          </Col>
        ))}
      </Row>
      {booking && (
        <StockMovementForm
          product={product}
          onClose={() => setBooking(false)}
          onSaved={(next) => {
            setBooking(false);
            queryClient.setQueryData(productKeys.stock(product.id), next);
            void queryClient.invalidateQueries({ queryKey: productKeys.movements(product.id) });
            void queryClient.invalidateQueries({ queryKey: ['stock'] });
          }}
        />
      )}
      <Card
        size="small"
        title={t('products.movements')}
        extra={
          can(me.data, 'stock:write') && (
            <Button size="small" type="primary" icon={<InboxOutlined />} onClick={() => setBooking(true)}>
              {t('masterData.stock.receiveOrAdjust')}
            </Button>
          )
        }
      >
        <Table<StockMovement>
          rowKey="id"
          size="small"
          loading={movements.isPending}
          dataSource={movements.data?.pages.flatMap((p) => p.items) ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('products.at'), dataIndex: 'at', render: (at: string) => format.dateTime(at) },
            { title: t('products.movementKind'), dataIndex: 'kind', render: (kind: string) => t(`movement.${kind}`, { defaultValue: kind }) },
            { title: t('products.onHand'), align: 'right', render: (_, m) => `${signed(m.onHandDelta)} → ${units.quantity(m.onHandAfter, product.unit)}` },
            { title: t('products.reserved'), align: 'right', render: (_, m) => `${signed(m.reservedDelta)} → ${format.number(m.reservedAfter)}` },
            { title: t('products.reference'), render: (_, m) => (m.orderId ? <Link to={`/orders/${m.orderId}`}>{t('products.order')}</Link> : (m.reason ?? '—')) },
          ]}
        />
        {movements.hasNextPage && (
          <Button block onClick={() => void movements.fetchNextPage()} loading={movements.isFetchingNextPage}>
            {t('orders.more')}
          </Button>
        )}
      </Card>
    </>
  );
}

export default function ProductDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const units = useUnits();
  const format = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const product = useProduct(id);
  if (product.isPending) return <Card loading />;
  if (product.isError) return <Result status="error" title={problemMessage(t, product.error)} />;
  const p = product.data;
  const stages = Object.entries(p.leadTimes);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {`${p.sku} · ${p.name}`}
        </Typography.Title>
        {can(me.data, 'products:write') && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('masterData.edit')}
          </Button>
        )}
      </Space>
      {editing && (
        <ProductForm
          product={p}
          onClose={() => setEditing(false)}
          onSaved={(next) => {
            setEditing(false);
            queryClient.setQueryData(productKeys.product(next.id), next);
            void queryClient.invalidateQueries({ queryKey: productKeys.all });
          }}
        />
      )}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('products.kind')}>{t(`productKind.${p.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('products.price')}>{`${format.money(p.priceMinor, p.currency)} / ${units.name(p.unit)}`}</Descriptions.Item>
          {p.model && <Descriptions.Item label={t('products.model')}>{p.model}</Descriptions.Item>}
          {p.category && <Descriptions.Item label={t('products.category')}>{p.category}</Descriptions.Item>}
          <Descriptions.Item label={t('products.active')}>{p.active ? t('products.onSale') : t('products.discontinued')}</Descriptions.Item>
          <Descriptions.Item label={t('masterData.product.leadTimes')}>
            {stages.length > 0 ? stages.map(([stage, days]) => t('masterData.product.stageDays', { stage: t(`masterData.product.stage.${stage}`, { defaultValue: stage }), days })).join(t('detail.listSeparator')) : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {p.kind === 'stock' ? <Stock product={p} /> : <Typography.Text type="secondary">{t('products.noStock')}</Typography.Text>}
      <RelatedOrders filters={{ productId: p.id }} showCustomer />
    </Space>
  );
}
