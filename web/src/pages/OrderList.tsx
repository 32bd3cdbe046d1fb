import { useMemo, useState } from 'react';
import { App, Button, Card, Col, Empty, Form, Input, Modal, Popconfirm, Row, Segmented, Select, Space, Typography } from 'antd';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiProblem } from '../api/client';
import { deleteSavedView, orderExportHref, orderKeys, saveView, useOrderCount, useOrderPages, useOrderStatusCounts, useSavedViews, type OrderListFilters, type SavedView } from '../api/orders';
import { channels, kanbanStatuses, orderStatuses, priorityLevels } from '../components/options';
import { DataTable, type ServerSort } from '../components/DataTable';
import { useOrderColumns, useOrderRowProps } from '../components/OrderTable';
import { problemMessage, showFieldProblems } from '../components/problems';
import { RemoteSelect } from '../components/RemoteSelect';
import { healthStrokes, PriorityTag, StatusTag } from '../components/tags';
import { useFormat } from '../format';
import { QueryError } from '../components/QueryError';

/** What the address may carry to narrow the list; a saved view stores the same, plus the layout. */
const filterKeys = ['status', 'priority', 'channel', 'q', 'customerId', 'productId', 'owner'] as const;
const kanbanPageSize = 20;
/** The list's own view of the schedule (not kept in saved views): healths shown, and the server sort. */
const healthValues = ['late', 'at_risk', 'on_track', 'done'] as const;
const sortKeys = ['received', 'requestedDate', 'promiseDate', 'health', 'nextDeadline', 'priority', 'amount'] as const;

/** The server sort in the address (`sort`, `order` as the API takes them); none is newest first. */
function sortOf(params: URLSearchParams): ServerSort {
  const key = sortKeys.find((k) => k === params.get('sort'));
  return key ? { key, order: params.get('order') === 'desc' ? 'desc' : 'asc' } : null;
}

/**
 * The API's `received` ascending is newest first; on screen ascending is oldest first, as
 * for every other column. This turns one into the other (both ways).
 */
function screenSort(sort: ServerSort): ServerSort {
  return sort?.key === 'received' ? { key: 'received', order: sort.order === 'asc' ? 'desc' : 'asc' } : sort;
}

function filtersOf(params: URLSearchParams): OrderListFilters {
  return Object.fromEntries(filterKeys.flatMap((key) => (params.get(key) ? [[key, params.get(key)!]] : [])));
}

function sameFilters(a: OrderListFilters, b: OrderListFilters): boolean {
  return filterKeys.every((key) => (a[key] ?? '') === (b[key] ?? ''));
}

/** The unified order list (SPEC §3): filters in the address, saved views, keyset paging, a kanban by status. */
export default function OrderList() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const layout = params.get('view') === 'kanban' ? 'kanban' : 'list';
  const filters = useMemo(() => filtersOf(params), [params]);

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('orders.title')}
        </Typography.Title>
        <Space wrap>
          <SavedViews filters={filters} layout={layout} onOpen={(next) => setParams(next, { replace: true })} />
          <Segmented
            data-testid="owner-filter"
            value={filters.owner === 'me' ? 'me' : 'all'}
            options={[
              { value: 'all', label: t('assignment.allOrders') },
              { value: 'me', label: t('assignment.myOrders') },
            ]}
            onChange={(value) => setFilter('owner', value === 'me' ? 'me' : undefined)}
          />
          <Segmented
            value={layout}
            options={[
              { value: 'list', label: t('orders.list') },
              { value: 'kanban', label: t('orders.kanban') },
            ]}
            onChange={(value) => setFilter('view', value === 'kanban' ? 'kanban' : undefined)}
          />
        </Space>
      </Space>
      <Row gutter={[8, 8]}>
        <Col xs={24} md={8}>
          {/* Keyed by the filter so that opening a saved view shows its search text. */}
          <Input.Search
            key={filters.q ?? ''}
            allowClear
            placeholder={t('dataTable.orders.search')}
            defaultValue={filters.q}
            onSearch={(value) => setFilter('q', value.trim() || undefined)}
            aria-label={t('dataTable.orders.search')}
          />
        </Col>
        {layout === 'list' && (
          <Col xs={12} md={4}>
            <Select
              mode="multiple"
              allowClear
              style={{ width: '100%' }}
              placeholder={t('health.filter')}
              aria-label={t('health.filter')}
              data-testid="health-filter"
              value={params.get('health')?.split(',').filter(Boolean) ?? []}
              options={options(healthValues, 'health')}
              onChange={(v: string[]) => setFilter('health', v.join(',') || undefined)}
            />
          </Col>
        )}
        {layout === 'list' && (
          <Col xs={12} md={4}>
            <Select allowClear style={{ width: '100%' }} placeholder={t('orders.status')} aria-label={t('orders.status')} value={filters.status} options={options(orderStatuses, 'status')} onChange={(v) => setFilter('status', v)} />
          </Col>
        )}
        <Col xs={12} md={4}>
          <Select allowClear style={{ width: '100%' }} placeholder={t('orders.priority')} aria-label={t('orders.priority')} value={filters.priority} options={options(priorityLevels, 'priority')} onChange={(v) => setFilter('priority', v)} />
        </Col>
        <Col xs={12} md={4}>
          <Select allowClear style={{ width: '100%' }} placeholder={t('orders.channel')} aria-label={t('orders.channel')} value={filters.channel} options={options(channels, 'channel')} onChange={(v) => setFilter('channel', v)} />
        </Col>
        <Col xs={12} md={4}>
          <RemoteSelect id="filter-customer" path="/api/v1/customers" label={(c) => c.name} value={filters.customerId} placeholder={t('orders.customer')} onChange={(v) => setFilter('customerId', v)} />
        </Col>
        <Col xs={12} md={4}>
          <RemoteSelect id="filter-product" path="/api/v1/products" label={(p) => `${p.sku} · ${p.name}`} value={filters.productId} placeholder={t('orders.product')} onChange={(v) => setFilter('productId', v)} />
        </Col>
      </Row>
      {layout === 'list' ? (
        <OrderRows
          filters={filters}
          health={params.get('health') ?? undefined}
          sort={sortOf(params)}
          onSort={(sort) => {
            const next = new URLSearchParams(params);
            next.delete('sort');
            next.delete('order');
            if (sort) next.set('sort', sort.key);
            if (sort?.order === 'desc') next.set('order', 'desc');
            setParams(next, { replace: true });
          }}
        />
      ) : (
        <Kanban filters={filters} />
      )}
    </Space>
  );
}

/** The list as a table: server sorts, the total under the filters, the user's columns and density, and the export of the view. */
function OrderRows({ filters, health, sort, onSort }: { filters: OrderListFilters; health?: string; sort: ServerSort; onSort: (sort: ServerSort) => void }) {
  const { i18n } = useTranslation();
  const query = { ...filters, health, sort: sort?.key, order: sort?.order };
  const orders = useOrderPages(query);
  const total = useOrderCount({ ...filters, health });
  const columns = useOrderColumns();
  const rowProps = useOrderRowProps();
  return (
    <>
      <QueryError query={orders} />
      <DataTable
        preferenceKey="table.orders"
        columns={columns}
        rows={orders.data?.pages.flatMap((p) => p.items) ?? []}
        rowKey="id"
        loading={orders.isPending}
        total={total.data?.total}
        hasMore={orders.hasNextPage}
        onLoadMore={() => void orders.fetchNextPage()}
        loadingMore={orders.isFetchingNextPage}
        onReload={() => void Promise.all([orders.refetch(), total.refetch()])}
        sort={screenSort(sort)}
        onSort={(next) => onSort(screenSort(next))}
        exportHref={(format, shown) => orderExportHref({ ...query, format, columns: exportColumnsOf(shown), lang: i18n.language === 'en' ? 'en' : 'zh-CN' })}
        onRow={rowProps}
      />
    </>
  );
}

/** The export writes the visible columns in their order; the currency goes beside the total. */
function exportColumnsOf(shown: string[]): string {
  return shown.flatMap((key) => (key === 'total' ? ['total', 'currency'] : [key])).join(',');
}

/** Columns by status, each with its true count under the filters and its own paging. */
function Kanban({ filters }: { filters: OrderListFilters }) {
  const { status: _status, ...narrowing } = filters;
  const counts = useOrderStatusCounts(narrowing);
  return (
    <div style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8 }}>
      {kanbanStatuses.map((status) => (
        <KanbanColumn key={status} status={status} filters={narrowing} count={counts.data?.byStatus[status] ?? (counts.isPending ? undefined : 0)} />
      ))}
    </div>
  );
}

function KanbanColumn({ status, filters, count }: { status: string; filters: OrderListFilters; count: number | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const column = useOrderPages({ ...filters, status }, kanbanPageSize);
  const cards = column.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div style={{ minWidth: 240, flex: '0 0 240px' }} data-column={status}>
      <Space style={{ marginBottom: 8 }}>
        <StatusTag status={status} />
        <Typography.Text type="secondary" data-testid={`count-${status}`}>
          {count ?? '…'}
        </Typography.Text>
      </Space>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <QueryError query={column} />
        {!column.isPending && cards.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={false} />}
        {cards.map((order) => (
          <Card key={order.id} size="small" style={{ borderLeft: `4px solid ${healthStrokes[order.health]}` }} data-health={order.health}>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <Link to={`/orders/${order.id}`}>{order.number}</Link>
                <PriorityTag level={order.priority.level} />
              </Space>
              <Typography.Text ellipsis>{order.customer.name}</Typography.Text>
              <Typography.Text type="secondary">{format.money(order.totals.totalMinor, order.totals.currency)}</Typography.Text>
            </Space>
          </Card>
        ))}
        {column.hasNextPage && (
          <Button block type="link" onClick={() => void column.fetchNextPage()} loading={column.isFetchingNextPage}>
            {t('orders.moreOf', { shown: cards.length, count })}
          </Button>
        )}
      </Space>
    </div>
  );
}

/** The user's saved views: open one, save the filters on screen under a name, or delete the one open. */
function SavedViews({ filters, layout, onOpen }: { filters: OrderListFilters; layout: 'list' | 'kanban'; onOpen: (params: URLSearchParams) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();
  const [saving, setSaving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string>();
  const views = useSavedViews();
  const open = views.data?.items.find((v) => sameFilters(v.filters, filters) && (v.filters.layout ?? 'list') === layout);

  const apply = (view: SavedView) => {
    const next = new URLSearchParams();
    for (const key of filterKeys) if (view.filters[key]) next.set(key, view.filters[key]!);
    if (view.filters.layout === 'kanban') next.set('view', 'kanban');
    onOpen(next);
  };
  const save = async ({ name }: { name: string }) => {
    setBusy(true);
    setFormError(undefined);
    try {
      const created = await saveView({ name, filters: { ...filters, ...(layout === 'kanban' ? { layout } : {}) } });
      await queryClient.invalidateQueries({ queryKey: orderKeys.savedViews });
      setSaving(false);
      form.resetFields();
      message.success(t('savedViews.saved', { name: created.name }));
    } catch (err) {
      const unplaced = err instanceof ApiProblem ? showFieldProblems(t, form, err.errors, new Set(['name'])) : [];
      if (!(err instanceof ApiProblem) || err.errors.length === 0 || unplaced.length > 0) setFormError(problemMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (view: SavedView) => {
    try {
      await deleteSavedView(view.id);
      await queryClient.invalidateQueries({ queryKey: orderKeys.savedViews });
    } catch (err) {
      message.error(problemMessage(t, err));
    }
  };

  return (
    <Space.Compact>
      <Select
        id="saved-view"
        style={{ minWidth: 160 }}
        placeholder={t('savedViews.choose')}
        aria-label={t('savedViews.choose')}
        value={open?.id ?? null}
        loading={views.isPending}
        options={(views.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
        notFoundContent={t('savedViews.none')}
        onChange={(id: string) => {
          const view = views.data?.items.find((v) => v.id === id);
          if (view) apply(view);
        }}
      />
      {open ? (
        <Popconfirm title={t('savedViews.deleteConfirm', { name: open.name })} onConfirm={() => void remove(open)} okText={t('savedViews.delete')} cancelText={t('common.cancel')}>
          <Button icon={<DeleteOutlined />} aria-label={t('savedViews.delete')} />
        </Popconfirm>
      ) : (
        <Button icon={<SaveOutlined />} onClick={() => setSaving(true)}>
          {t('savedViews.save')}
        </Button>
      )}
      <Modal title={t('savedViews.save')} open={saving} onCancel={() => setSaving(false)} onOk={() => form.submit()} confirmLoading={busy} okText={t('savedViews.save')} cancelText={t('common.cancel')} forceRender>
        <Form form={form} layout="vertical" onFinish={(values) => void save(values)}>
          <Form.Item
            name="name"
            label={t('savedViews.name')}
            rules={[
              { required: true, whitespace: true, message: t('fieldErrors.required') },
              { max: 60, message: t('fieldErrors.maxLength') },
            ]}
          >
            <Input id="saved-view-name" maxLength={60} autoFocus />
          </Form.Item>
          {formError && <Typography.Text type="danger">{formError}</Typography.Text>}
        </Form>
      </Modal>
    </Space.Compact>
  );
}
