import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Empty, Form, Input, Row, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LinkOutlined, PrinterOutlined } from '@ant-design/icons';
import { printedDocumentUrl } from '../api/carriers';
import { completeService, markReadyToShip, recordTrackingEvent, startService, useShipments, type Shipment } from '../api/fulfilment';
import { orderKeys, type Order } from '../api/orders';
import { can, type Me } from '../api/session';
import { useFormat } from '../format';
import { problemMessage } from './problems';
import { useServerForm } from './server-form';
import { PackList } from './PackList';
import { ShipmentForm } from './ShipmentForm';
import { useUnits } from '../units';

const trackingStatuses = ['in_transit', 'out_for_delivery', 'delivered', 'exception'] as const;
const shipmentColours: Record<string, string> = { shipped: 'processing', in_transit: 'processing', out_for_delivery: 'processing', delivered: 'success', exception: 'error' };

interface TrackingValues {
  status: (typeof trackingStatuses)[number];
  at: Dayjs;
  location?: string;
  note?: string;
}

/** A carrier's tracking event; "delivered" closes the shipment and, with every shipment delivered, moves the order on. */
function TrackingForm({ shipment, onRecorded }: { shipment: Shipment; onRecorded: (shipment: Shipment) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TrackingValues>();
  const { busy, problem, send } = useServerForm(form, ['status', 'at', 'location', 'note']);

  const submit = (values: TrackingValues) =>
    send(async () => {
      const body = { status: values.status, at: values.at.toISOString(), ...(values.location?.trim() ? { location: values.location.trim() } : {}), ...(values.note?.trim() ? { note: values.note.trim() } : {}) };
      onRecorded(await recordTrackingEvent(shipment.id, body));
    });

  return (
    <Form<TrackingValues> form={form} layout="vertical" size="small" onFinish={(values) => void submit(values)} initialValues={{ status: 'in_transit', at: dayjs() }} data-testid="tracking-form">
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
      <Space wrap align="start">
        <Form.Item name="status" label={t('shipping.eventStatus')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <Select style={{ width: 130 }} options={trackingStatuses.map((s) => ({ value: s, label: t(`portal.shipmentStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="at" label={t('shipping.eventAt')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <DatePicker showTime style={{ width: 190 }} />
        </Form.Item>
        <Form.Item name="location" label={t('shipping.location')} rules={[{ max: 200, message: t('fieldErrors.maxLength') }]}>
          <Input maxLength={200} style={{ width: 150 }} />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={t('shipping.note')} rules={[{ max: 2000, message: t('fieldErrors.maxLength') }]}>
        <Input maxLength={2000} />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={busy}>
        {t('shipping.addEvent')}
      </Button>
    </Form>
  );
}

/** The order's shipments (SPEC §7) with carrier, tracking number and tracking timeline; the warehouse and logistics ship and track here. */
export function Shipments({ order, me }: { order: Order; me: Me }) {
  const { t } = useTranslation();
  const units = useUnits();
  const format = useFormat();
  const queryClient = useQueryClient();
  const shipments = useShipments(order.id);
  const [creating, setCreating] = useState(false);
  const [tracking, setTracking] = useState<string>();
  const [packing, setPacking] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<unknown>();
  const mayShip = can(me, 'fulfilment:write');
  const servicesOnly = order.lines.every((l) => l.kind === 'service');
  const canShip = ['ready_to_ship', 'partially_shipped'].includes(order.status);
  const canReady = order.status === 'in_progress' && !servicesOnly;
  const canStartService = order.status === 'in_progress' && servicesOnly;
  const canCompleteService = order.status === 'in_service';

  const refresh = () => {
    for (const queryKey of [orderKeys.order(order.id), orderKeys.all]) void queryClient.invalidateQueries({ queryKey });
  };
  const move = async (key: string, send: () => Promise<unknown>) => {
    setBusy(key);
    setProblem(undefined);
    try {
      await send();
      refresh();
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(undefined);
    }
  };

  const items = shipments.data?.items ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="shipments">
      {mayShip && (canShip || canReady || canStartService || canCompleteService) && (
        <Space wrap>
          {canShip && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="new-shipment">
              {t('shipping.newShipment')}
            </Button>
          )}
          {canReady && (
            <Button loading={busy === 'ready'} onClick={() => void move('ready', () => markReadyToShip(order.id))}>
              {t('shipping.markReady')}
            </Button>
          )}
          {canStartService && (
            <Button loading={busy === 'start'} onClick={() => void move('start', () => startService(order.id, {}))}>
              {t('shipping.startService')}
            </Button>
          )}
          {canCompleteService && (
            <Button type="primary" loading={busy === 'complete'} onClick={() => void move('complete', () => completeService(order.id, {}))}>
              {t('shipping.completeService')}
            </Button>
          )}
        </Space>
      )}
      {problem !== undefined && <Alert type="error" showIcon closable={{ onClose: () => setProblem(undefined) }} title={problemMessage(t, problem)} />}
      {shipments.isError && <Alert type="error" showIcon title={problemMessage(t, shipments.error)} />}
      {shipments.isPending ? (
        <Card size="small" loading />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.noShipments')} />
      ) : (
        <Row gutter={[12, 12]}>
          {items.map((s) => (
            <Col xs={24} lg={12} key={s.id}>
              <Card
                size="small"
                data-testid="shipment"
                title={
                  <Space wrap size={4}>
                    <span>{`${s.carrier.name} · ${t(`shipping.kind.${s.carrier.kind}`, { defaultValue: s.carrier.kind })}`}</span>
                    <Tag color={shipmentColours[s.status]} data-status={s.status}>
                      {t(`portal.shipmentStatus.${s.status}`, { defaultValue: s.status })}
                    </Tag>
                  </Space>
                }
                extra={
                  <Space size={4}>
                    <Typography.Text copyable data-testid="tracking-number">
                      {s.trackingNumber}
                    </Typography.Text>
                    <Button size="small" type="link" onClick={() => setPacking(s.id)}>
                      {t('shipping.packList')}
                    </Button>
                  </Space>
                }
              >
                <Space wrap size={4} style={{ marginBottom: 8 }}>
                  {s.carrier.trackingUrl && (
                    <Button size="small" icon={<LinkOutlined />} href={s.carrier.trackingUrl} target="_blank" rel="noopener noreferrer" data-testid="tracking-link">
                      {t('documents.trackAt', { carrier: s.carrier.name })}
                    </Button>
                  )}
                  <Button size="small" icon={<PrinterOutlined />} href={printedDocumentUrl.deliveryNote(s.id)} target="_blank" rel="noopener" data-testid="print-delivery-note">
                    {t('documents.printDeliveryNote')}
                  </Button>
                  <Button size="small" icon={<PrinterOutlined />} href={printedDocumentUrl.packList(s.id)} target="_blank" rel="noopener" data-testid="print-pack-list">
                    {t('documents.printPackList')}
                  </Button>
                </Space>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  {s.lines.map((l) => `${l.lineNo}. ${l.sku} · ${l.name} × ${units.quantity(l.quantity, l.unit)}`).join('；')}
                  {` · ${t('shipping.costShown', { cost: format.money(s.costMinor, s.currency) })}`}
                </Typography.Paragraph>
                <Timeline
                  items={[
                    { key: 'shipped', color: 'blue', content: `${t('portal.shipmentStatus.shipped')} · ${format.dateTime(s.shippedAt)}` },
                    ...s.events.map((e, i) => ({
                      key: i,
                      color: e.status === 'delivered' ? 'green' : e.status === 'exception' ? 'red' : 'blue',
                      content: (
                        <Space orientation="vertical" size={0}>
                          <span>{`${t(`portal.shipmentStatus.${e.status}`, { defaultValue: e.status })} · ${format.dateTime(e.at)}${e.location ? ` · ${e.location}` : ''}`}</span>
                          {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
                        </Space>
                      ),
                    })),
                  ]}
                />
                {mayShip && s.status !== 'delivered' && (tracking === s.id ? (
                  <TrackingForm
                    shipment={s}
                    onRecorded={() => {
                      setTracking(undefined);
                      refresh();
                    }}
                  />
                ) : (
                  <Button size="small" onClick={() => setTracking(s.id)}>
                    {t('shipping.addEvent')}
                  </Button>
                ))}
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {packing && <PackList shipmentId={packing} onClose={() => setPacking(undefined)} />}
      {creating && (
        <ShipmentForm
          order={order}
          onClose={() => setCreating(false)}
          onShipped={() => {
            setCreating(false);
            refresh();
          }}
        />
      )}
    </Space>
  );
}
