import { useState } from 'react';
import { Button, Input, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { productExportHref, productKeys, useProductCount, useProductPages, type ProductSummary } from '../api/products';
import { can, useMe } from '../api/session';
import { DataTable } from '../components/DataTable';
import { ProductForm } from '../components/ProductForm';
import { problemMessage } from '../components/problems';
import { useUrlParams, useUrlSort } from '../components/url-params';
import { useFormat } from '../format';
import { useUnits } from '../units';

/** The columns the server sorts the product list by. */
const productSorts = ['name', 'sku', 'price', 'created'] as const;

/** The export writes the visible columns in their order; the currency and unit go beside the price. */
function exportColumnsOf(shown: string[]): string {
  return shown.flatMap((key) => (key === 'price' ? ['price', 'currency', 'unit'] : [key])).join(',');
}

export default function ProductList() {
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const { params, setParam } = useUrlParams();
  const { sort, setSort } = useUrlSort(productSorts);
  const q = params.get('q') ?? undefined;
  const query = { q, sort: sort?.key, order: sort?.order };
  const products = useProductPages(query);
  const total = useProductCount(q);
  const rows = products.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('products.title')}
        </Typography.Title>
        <Space wrap>
          {can(me.data, 'stock:read') && <Link to="/stock">{t('masterData.stock.ledgerLink')}</Link>}
          {can(me.data, 'products:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('masterData.product.new')}
            </Button>
          )}
        </Space>
      </Space>
      {creating && (
        <ProductForm
          onClose={() => setCreating(false)}
          onSaved={(product) => {
            setCreating(false);
            void queryClient.invalidateQueries({ queryKey: productKeys.all });
            navigate(`/products/${product.id}`);
          }}
        />
      )}
      <Input.Search allowClear defaultValue={q} placeholder={t('products.search')} aria-label={t('products.search')} onSearch={(value) => setParam('q', value.trim() || undefined)} style={{ maxWidth: 360 }} />
      {products.isError && <Typography.Text type="danger">{problemMessage(t, products.error)}</Typography.Text>}
      <DataTable<ProductSummary>
        preferenceKey="table.products"
        rowKey="id"
        loading={products.isPending}
        rows={rows}
        total={total.data?.total}
        sort={sort}
        onSort={setSort}
        exportHref={(fileFormat, shown) => productExportHref({ ...query, format: fileFormat, columns: exportColumnsOf(shown), lang: i18n.language === 'en' ? 'en' : 'zh-CN' })}
        hasMore={products.hasNextPage}
        onLoadMore={() => void products.fetchNextPage()}
        loadingMore={products.isFetchingNextPage}
        onReload={() => void Promise.all([products.refetch(), total.refetch()])}
        onRow={(p) => ({ onClick: () => navigate(`/products/${p.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'sku', title: 'SKU', sortKey: 'sku', render: (_, p) => <Link to={`/products/${p.id}`}>{p.sku}</Link> },
          { key: 'name', title: t('products.name'), dataIndex: 'name', sortKey: 'name' },
          { key: 'kind', title: t('products.kind'), dataIndex: 'kind', render: (kind: string) => t(`productKind.${kind}`) },
          { key: 'price', title: t('products.price'), align: 'right', sortKey: 'price', render: (_, p) => `${format.money(p.priceMinor, p.currency)} / ${units.name(p.unit)}` },
          { key: 'active', title: t('products.active'), dataIndex: 'active', render: (active: boolean) => (active ? <Tag color="success">{t('products.onSale')}</Tag> : <Tag>{t('products.discontinued')}</Tag>) },
          { key: 'created', title: t('listExport.created'), sortKey: 'created', render: (_, p) => format.dateTime(p.createdAt) },
        ]}
      />
    </Space>
  );
}
