import { useRef } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/client';
import { useCarriers } from '../api/carriers';
import { shipOrder, usePickList, type Shipment } from '../api/fulfilment';
import type { Order } from '../api/orders';
import { minorDigits } from '../format';
import { namePath, problemMessage } from './problems';
import { useServerForm } from './server-form';
import { useUnits } from '../units';

const carrierKinds = ['express', 'freight'] as const;
/** The form's own names for the fields the server names otherwise. */
const serverFields: Record<string, string> = { '/carrier/kind': '/carrierKind', '/carrier/code': '/carrierCode', '/costMinor': '/cost' };

interface ShipmentValues {
  carrierKind: (typeof carrierKinds)[number];
  carrierCode: string;
  trackingNumber: string;
  cost: number;
  lines: { quantity?: number }[];
}

/**
 * A (partial) shipment from the pick list: each line starts at what can be picked now and
 * may ship less; lines left at 0 stay for a later shipment.
 */
export function ShipmentForm({ order, onClose, onShipped }: { order: Order; onClose: () => void; onShipped: (shipment: Shipment) => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const [form] = Form.useForm<ShipmentValues>();
  // What the last request sent, to read the server's problems against (a ref: the answer arrives after the render that sent it).
  const sent = useRef<{ index: number; quantity: number }[]>([]);
  const pick = usePickList(order.id);
  const carriers = useCarriers(true);
  const digits = minorDigits(order.totals.currency);
  const lines = pick.data?.lines.filter((l) => l.open > 0) ?? [];
  // The server names lines by their place in what was sent; the form shows every open line.
  const place = (problems: FieldProblem[]) =>
    problems.map((p) => {
      const [root, position, field] = namePath(p.path);
      const formIndex = root === 'lines' && typeof position === 'number' ? sent.current[position]?.index : undefined;
      if (formIndex !== undefined) return { ...p, path: `/lines/${formIndex}/${field}` };
      return { ...p, path: serverFields[p.path] ?? p.path };
    });
  const { busy, problem, setProblem, send } = useServerForm(form, ['carrierKind', 'carrierCode', 'trackingNumber', 'cost', ...lines.map((_, i) => `lines.${i}.quantity`)], place);

  const submit = (values: ShipmentValues) => {
    const shipping = values.lines.map((l, index) => ({ index, quantity: l.quantity ?? 0 })).filter((l) => l.quantity > 0);
    if (shipping.length === 0) {
      setProblem(t('shipping.nothingChosen'));
      return;
    }
    sent.current = shipping;
    return send(async () => {
      const body = {
        carrier: { kind: values.carrierKind, code: values.carrierCode },
        trackingNumber: values.trackingNumber.trim(),
        costMinor: Math.round(values.cost * 10 ** digits),
        lines: shipping.map((l) => ({ lineId: lines[l.index]!.lineId, quantity: l.quantity })),
      };
      onShipped(await shipOrder(order.id, body));
    });
  };

  return (
    <Modal open title={t('shipping.newShipment')} okText={t('shipping.ship')} cancelText={t('plan.cancel')} confirmLoading={busy} okButtonProps={{ disabled: !pick.data }} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {pick.isPending && <Spin />}
      {pick.isError && <Alert type="error" showIcon title={problemMessage(t, pick.error)} />}
      {pick.data && (
        <Form<ShipmentValues>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          initialValues={{ carrierKind: pick.data.suggestedCarrier, cost: 0, lines: lines.map((l) => ({ quantity: l.pickNow })) }}
          data-testid="shipment-form"
        >
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
          <Space wrap align="start">
            <Form.Item name="carrierKind" label={t('shipping.carrierKind')} extra={t('shipping.suggested', { kind: t(`shipping.kind.${pick.data.suggestedCarrier}`) })} rules={[{ required: true, message: t('fieldErrors.required') }]}>
              <Select style={{ width: 140 }} options={carrierKinds.map((k) => ({ value: k, label: t(`shipping.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="carrierCode" label={t('shipping.carrier')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
              <Select
                style={{ width: 180 }}
                showSearch={{ optionFilterProp: 'label' }}
                loading={carriers.isPending}
                placeholder={t('documents.chooseCarrier')}
                notFoundContent={t('documents.noActiveCarriers')}
                options={(carriers.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
                data-testid="carrier-select"
              />
            </Form.Item>
          </Space>
          <Space wrap align="start">
            <Form.Item name="trackingNumber" label={t('shipping.trackingNumber')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 100, message: t('fieldErrors.maxLength') }]}>
              <Input maxLength={100} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="cost" label={t('shipping.cost', { currency: order.totals.currency })} rules={[{ required: true, message: t('fieldErrors.required') }, { type: 'number', min: 0, message: t('fieldErrors.minimum') }]}>
              <InputNumber min={0} precision={digits} style={{ width: 140 }} />
            </Form.Item>
          </Space>
          <Typography.Text strong>{t('shipping.linesToShip')}</Typography.Text>
          {lines.map((line, index) => (
            <Form.Item
              key={line.lineId}
              name={['lines', index, 'quantity']}
              label={`${line.lineNo}. ${line.sku} · ${line.name}`}
              extra={t('shipping.lineHint', { open: line.open, pickNow: line.pickNow, unit: units.name(line.unit, line.open) })}
              rules={[{ type: 'integer', min: 0, max: line.open, message: t('shipping.quantityRange', { max: line.open }) }]}
              style={{ marginTop: 8, marginBottom: 8 }}
            >
              <InputNumber min={0} max={line.open} precision={0} addonAfter={units.name(line.unit, 2)} style={{ width: 180 }} />
            </Form.Item>
          ))}
        </Form>
      )}
    </Modal>
  );
}
