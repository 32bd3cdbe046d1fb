import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, List, Row, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiProblem } from '../api/client';
import { addressLine, textField } from '../api/open-fields';
import { changeOrder, revisionKeys, useOrderRevisions, type OrderChange, type OrderRevision } from '../api/order-changes';
import { orderEvents, orderKeys, type AuditEvent, type Order } from '../api/orders';
import type { Found } from '../api/search';
import type { Unchecked } from '../api/openapi';
import { reviewKeys } from '../api/review';
import { can, type Me } from '../api/session';
import { orderProcess } from '../order-process';
import { useFormat } from '../format';
import { RemoteSelect } from './RemoteSelect';
import { useServerForm } from './server-form';
import { useUnits } from '../units';

interface ChangeForm {
  lines: { lineId: string; label: string; unit: string; quantity: number }[];
  addLines: { productId?: string; quantity?: number }[];
  requestedDeliveryDate?: Dayjs | null;
  deliveryMethod: 'ship' | 'pickup';
  addressLine1?: string;
  addressCity?: string;
  requirements?: string;
  customization: { name?: string; value?: string }[];
  reason?: string;
}

function initialValues(order: Order): ChangeForm {
  const customization = order.specialRequirements?.customization ?? {};
  return {
    lines: order.lines.map((l) => ({ lineId: l.id, label: `${l.sku} · ${l.name}`, unit: l.unit, quantity: l.quantity })),
    addLines: [],
    requestedDeliveryDate: order.requestedDeliveryDate ? dayjs(order.requestedDeliveryDate) : null,
    deliveryMethod: order.delivery.method,
    addressLine1: textField(order.delivery.address, 'line1'),
    addressCity: textField(order.delivery.address, 'city'),
    requirements: order.specialRequirements?.text ?? '',
    customization: Object.entries(customization).map(([name, value]) => ({ name, value })),
    reason: '',
  };
}

/** What the form says differs from the order: only that is sent. */
function changeOf(order: Order, values: ChangeForm): Unchecked<OrderChange> {
  const kept = new Set(values.lines.map((l) => l.lineId));
  const body: Unchecked<OrderChange> = { reason: values.reason ?? '' };
  const lines = values.lines.filter((l) => order.lines.find((o) => o.id === l.lineId)?.quantity !== l.quantity).map((l) => ({ lineId: l.lineId, quantity: l.quantity }));
  if (lines.length > 0) body.lines = lines;
  const removeLines = order.lines.filter((l) => !kept.has(l.id)).map((l) => l.id);
  if (removeLines.length > 0) body.removeLines = removeLines;
  const addLines = values.addLines.filter((l) => l.productId).map((l) => ({ productId: l.productId, quantity: l.quantity ?? 1 }));
  if (addLines.length > 0) body.addLines = addLines;
  const date = values.requestedDeliveryDate?.format('YYYY-MM-DD');
  if (date && date !== order.requestedDeliveryDate) body.requestedDeliveryDate = date;
  const line1 = values.addressLine1?.trim() ?? '';
  const city = values.addressCity?.trim() ?? '';
  if (values.deliveryMethod !== order.delivery.method || (values.deliveryMethod === 'ship' && (line1 !== (textField(order.delivery.address, 'line1') ?? '') || city !== (textField(order.delivery.address, 'city') ?? '')))) {
    body.delivery = values.deliveryMethod === 'pickup' ? { method: 'pickup' } : { method: 'ship', address: { ...(order.delivery.address ?? {}), line1, ...(city ? { city } : {}) } };
  }
  const customization = Object.fromEntries(values.customization.filter((c) => c.name?.trim()).map((c) => [c.name!.trim(), c.value ?? '']));
  const text = values.requirements?.trim() ?? '';
  const before = order.specialRequirements;
  if (text !== (before?.text ?? '') || JSON.stringify(customization) !== JSON.stringify(before?.customization ?? {})) {
    body.specialRequirements = { ...(text ? { text } : {}), ...(Object.keys(customization).length > 0 ? { customization } : {}), ...(before?.packaging ? { packaging: before.packaging } : {}) };
  }
  return body;
}

/**
 * The "修改订单" form (issue 13): quantities, lines added or removed, the delivery date and
 * address, the requirements, and a reason. A failed save keeps what was typed; a stale one
 * (someone changed the order meanwhile) says who and when, and the latest order can be loaded.
 */
function ChangeOrderForm({ order, onDone }: { order: Order; onDone: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChangeForm>();
  const { busy, problem, send } = useServerForm(form, ['reason', 'requestedDeliveryDate']);
  const [stale, setStale] = useState<AuditEvent>();
  const method = Form.useWatch('deliveryMethod', form);
  const refresh = () => {
    for (const queryKey of [orderKeys.order(order.id), orderKeys.events(order.id), revisionKeys.order(order.id), orderKeys.sla(order.id), reviewKeys.inbox, orderKeys.all]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
  // Every value, the lines' ids too: they are kept in the form without a field of their own.
  const submit = (values: ChangeForm) =>
    send(async () => {
      setStale(undefined);
      try {
        await changeOrder(order, changeOf(order, values));
      } catch (err) {
        if (err instanceof ApiProblem && err.code === 'precondition_failed') {
          const events = await orderEvents(order.id, { limit: 200 }).catch(() => undefined);
          setStale(events?.items.at(-1));
        }
        throw err;
      }
      refresh();
      onDone();
    });
  const required = { required: true, message: t('fieldErrors.required') };
  const productLabel = (p: Found<'/api/v1/products'>) => `${p.sku} · ${p.name} · ${format.money(p.priceMinor, p.currency)}/${units.name(p.unit)}`;

  return (
    <Form form={form} layout="vertical" initialValues={initialValues(order)} onFinish={() => void submit(form.getFieldsValue(true))} data-testid="order-change-form">
      {problem !== undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problem} data-testid="order-change-problem" />}
      {stale && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="order-change-stale"
          title={t('orderChanges.staleBy', { who: stale.actorLabel, at: format.dateTime(stale.at), what: t(`history.${stale.action}`, { defaultValue: stale.action }) })}
          action={
            <Button size="small" onClick={refresh}>
              {t('orderChanges.reload')}
            </Button>
          }
        />
      )}
      <Typography.Text strong>{t('orderChanges.lines')}</Typography.Text>
      <Form.List name="lines">
        {(fields, { remove }) =>
          fields.map((field) => (
            <Row key={field.key} gutter={8} align="middle" style={{ marginTop: 8 }}>
              <Col flex="auto" style={{ minWidth: 0 }}>
                <Typography.Text ellipsis>{form.getFieldValue(['lines', field.name, 'label'])}</Typography.Text>
              </Col>
              <Col flex="130px">
                <Form.Item name={[field.name, 'quantity']} rules={[required]} style={{ marginBottom: 0 }}>
                  <InputNumber min={1} precision={0} style={{ width: '100%' }} suffix={units.name(form.getFieldValue(['lines', field.name, 'unit']) as string)} aria-label={t('orderChanges.quantity')} data-testid="change-quantity" />
                </Form.Item>
              </Col>
              <Col flex="32px">
                <Button icon={<DeleteOutlined />} aria-label={t('orderChanges.removeLine')} onClick={() => remove(field.name)} />
              </Col>
            </Row>
          ))
        }
      </Form.List>
      <Form.List name="addLines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row key={field.key} gutter={8} align="top" style={{ marginTop: 8 }}>
                <Col flex="auto" style={{ minWidth: 0 }}>
                  <Form.Item name={[field.name, 'productId']} rules={[required]} style={{ marginBottom: 0 }}>
                    <RemoteSelect path="/api/v1/products" extraQuery={{ active: 'true' }} label={productLabel} placeholder={t('entry.productSearch')} />
                  </Form.Item>
                </Col>
                <Col flex="110px">
                  <Form.Item name={[field.name, 'quantity']} style={{ marginBottom: 0 }}>
                    <InputNumber min={1} precision={0} style={{ width: '100%' }} aria-label={t('orderChanges.quantity')} />
                  </Form.Item>
                </Col>
                <Col flex="32px">
                  <Button icon={<DeleteOutlined />} aria-label={t('orderChanges.removeLine')} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })} style={{ margin: '8px 0 16px' }}>
              {t('orderChanges.addLine')}
            </Button>
          </>
        )}
      </Form.List>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="requestedDeliveryDate" label={t('entry.deliveryDate')}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={6}>
          <Form.Item name="deliveryMethod" label={t('entry.delivery')}>
            <Select options={(['ship', 'pickup'] as const).map((value) => ({ value, label: t(`deliveryMethod.${value}`) }))} />
          </Form.Item>
        </Col>
        {method !== 'pickup' && (
          <>
            <Col xs={12} sm={4}>
              <Form.Item name="addressCity" label={t('orderChanges.city')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6}>
              <Form.Item name="addressLine1" label={t('orderChanges.address')} rules={[required]}>
                <Input />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      <Form.Item name="requirements" label={t('entry.requirements')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Typography.Text strong>{t('orderChanges.customization')}</Typography.Text>
      <Form.List name="customization">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row key={field.key} gutter={8} style={{ marginTop: 8 }}>
                <Col span={8}>
                  <Form.Item name={[field.name, 'name']} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('orderChanges.parameter')} />
                  </Form.Item>
                </Col>
                <Col flex="auto">
                  <Form.Item name={[field.name, 'value']} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('orderChanges.value')} />
                  </Form.Item>
                </Col>
                <Col flex="32px">
                  <Button icon={<DeleteOutlined />} aria-label={t('orderChanges.removeParameter')} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} style={{ margin: '8px 0 16px' }}>
              {t('orderChanges.addParameter')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="reason" label={t('orderChanges.reason')} rules={[required]}>
        <Input.TextArea rows={2} data-testid="change-reason" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="change-submit">
          {t('orderChanges.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}

function fieldValue(t: ReturnType<typeof useTranslation>['t'], format: ReturnType<typeof useFormat>, field: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (field === 'requestedDeliveryDate' && typeof value === 'string') return format.date(value);
  if (field === 'delivery') return textField(value, 'method') === 'pickup' ? t('deliveryMethod.pickup') : (addressLine((value as { address?: unknown }).address) ?? '—');
  if (field === 'specialRequirements') {
    const customization = Object.entries((value as { customization?: Record<string, string> }).customization ?? {}).map(([k, v]) => `${k}: ${v}`);
    return [textField(value, 'text'), ...customization].filter(Boolean).join('；') || '—';
  }
  return String(value);
}

function Revision({ revision }: { revision: OrderRevision }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { effects } = revision;
  const date = (value: string | null) => (value ? format.date(value) : '—');
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }} data-testid="order-revision">
      <Space wrap>
        <Typography.Text strong>{t('orderChanges.revision', { n: revision.revision })}</Typography.Text>
        <Typography.Text type="secondary">
          {revision.actorLabel} · {format.dateTime(revision.at)}
        </Typography.Text>
        <Tag color={revision.material ? 'orange' : 'default'}>{revision.material ? t('orderChanges.material') : t('orderChanges.notMaterial')}</Tag>
        {effects.reviewRestarted && <Tag color="blue">{t('orderChanges.reviewRestarted')}</Tag>}
        {effects.replanned && <Tag color="purple">{t('orderChanges.replanned')}</Tag>}
      </Space>
      <Typography.Text>{t('orderChanges.reasonIs', { reason: revision.reason })}</Typography.Text>
      {revision.diff.lines.map((l) => (
        <Typography.Text key={`${l.lineId}-${l.change}`}>
          {`${l.sku} · ${l.name}：`}
          {l.change === 'added' ? t('orderChanges.lineAdded', { after: l.after }) : l.change === 'removed' ? t('orderChanges.lineRemoved', { before: l.before }) : t('orderChanges.lineQuantity', { before: l.before, after: l.after })}
        </Typography.Text>
      ))}
      {revision.diff.fields.map((f) => (
        <Typography.Text key={f.field}>
          {t(`orderChanges.field.${f.field}`)}：{fieldValue(t, format, f.field, f.before)} → {fieldValue(t, format, f.field, f.after)}
        </Typography.Text>
      ))}
      <Typography.Text type="secondary" data-testid="revision-effects">
        {[
          t('orderChanges.effectStatus', { before: t(`status.${effects.statusBefore}`), after: t(`status.${effects.statusAfter}`) }),
          t('orderChanges.effectTotal', { before: format.money(effects.totalMinor.before, effects.currency), after: format.money(effects.totalMinor.after, effects.currency) }),
          t('orderChanges.effectPriority', { before: t(`priority.${effects.priority.before}`), after: t(`priority.${effects.priority.after}`) }),
          t('orderChanges.effectPromise', { before: date(effects.promisedDeliveryDate.before), after: date(effects.promisedDeliveryDate.after) }),
          ...effects.stock.map((s) => t('orderChanges.effectStock', { sku: s.sku, reserved: s.reserved, released: s.released, backordered: s.backordered })),
        ].join(' · ')}
      </Typography.Text>
    </Space>
  );
}

/** The order detail's "修改订单" button and form, and its "修改记录" (revision history). */
export function OrderChanges({ order, me }: { order: Order; me: Me }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const revisions = useOrderRevisions(order.id);
  const changeable = 'change' in (orderProcess[order.status] ?? {});
  const mayChange = changeable && can(me, 'orders:change');
  const items = [...(revisions.data?.items ?? [])].reverse();
  return (
    <>
      {(mayChange || editing) && (
        <Card size="small" title={t('orderChanges.title')} data-testid="order-changes">
          {editing ? (
            <ChangeOrderForm order={order} onDone={() => setEditing(false)} />
          ) : (
            <Button onClick={() => setEditing(true)} data-testid="change-open">
              {t('orderChanges.open')}
            </Button>
          )}
        </Card>
      )}
      <Card size="small" title={t('orderChanges.history')} loading={revisions.isPending} data-testid="order-revisions">
        {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orderChanges.none')} /> : <List dataSource={items} renderItem={(r) => <List.Item key={r.id}><Revision revision={r} /></List.Item>} />}
      </Card>
    </>
  );
}
