import { Col, Divider, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/client';
import { createProduct, recordStockMovement, updateProduct, type NewProduct, type Product, type StockLevel } from '../api/products';
import { FormModal } from './FormModal';
import { bookedMovementKinds, leadTimeStages, productKinds, toMajor, toMinor } from './master-data-options';
import { productUnits, useUnits } from '../units';
import { useServerForm } from './server-form';

interface ProductValues {
  sku: string;
  name: string;
  model?: string;
  unit: NewProduct['unit'];
  price?: number | null;
  kind: (typeof productKinds)[number];
  category?: string;
  leadTimes: Partial<Record<(typeof leadTimeStages)[number], number | null>>;
  onSale: boolean;
}

const fields = ['sku', 'name', 'model', 'unit', 'price', 'kind', 'category', 'onSale', ...leadTimeStages.map((s) => `leadTimes.${s}`)];

function place(problems: FieldProblem[]): FieldProblem[] {
  const renamed: Record<string, string> = { '/priceMinor': '/price', '/active': '/onSale' };
  return problems.map((p) => ({ ...p, path: renamed[p.path] ?? p.path }));
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

function toBody(values: ProductValues): NewProduct {
  const leadTimes = Object.fromEntries(Object.entries(values.leadTimes ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
  return {
    sku: values.sku?.trim(),
    name: values.name?.trim(),
    model: text(values.model),
    unit: values.unit,
    priceMinor: toMinor(values.price) as number,
    kind: values.kind,
    category: text(values.category),
    leadTimes,
    active: values.onSale,
  };
}

function toValues(p: Product): ProductValues {
  return {
    sku: p.sku,
    name: p.name,
    model: p.model ?? undefined,
    // A unit typed before the list existed is not offered; the editor picks one from the list.
    unit: productUnits.includes(p.unit) ? (p.unit as NewProduct['unit']) : undefined,
    price: toMajor(p.priceMinor),
    kind: p.kind,
    category: p.category ?? undefined,
    leadTimes: p.leadTimes,
    onSale: p.active,
  };
}

/** Creates a product, or edits one against the version on screen (its kind stays as it was made). */
export function ProductForm({ product, onClose, onSaved }: { product?: Product; onClose: () => void; onSaved: (product: Product) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProductValues>();
  const { busy, problem, send } = useServerForm(form, fields, place);
  const required = { required: true, whitespace: true, message: t('fieldErrors.required') };
  const units = useUnits();

  const submit = (values: ProductValues) =>
    send(async () => {
      const body = toBody(values);
      if (product) {
        const { kind: _kind, ...changes } = body;
        onSaved(await updateProduct(product, changes));
      } else {
        onSaved(await createProduct(body));
      }
    });

  return (
    <FormModal width={720} title={product ? t('masterData.product.editTitle', { sku: product.sku }) : t('masterData.product.newTitle')} busy={busy} problem={problem} onOk={() => form.submit()} onClose={onClose}>
      <Form<ProductValues> form={form} name="product" layout="vertical" initialValues={product ? toValues(product) : { kind: 'stock', unit: '件', leadTimes: {}, onSale: true }} onFinish={(values) => void submit(values)} data-testid="product-form">
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item name="sku" label="SKU" rules={[required, { max: 64, message: t('fieldErrors.maxLength') }]}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={12} md={16}>
            <Form.Item name="name" label={t('products.name')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="kind" label={t('products.kind')} extra={product ? t('masterData.product.kindFixed') : undefined}>
              <Select disabled={!!product} options={productKinds.map((v) => ({ value: v, label: t(`productKind.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="price" label={t('masterData.product.price')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="unit" label={t('masterData.product.unit')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
              <Select showSearch optionFilterProp="label" placeholder={t('units.placeholder')} options={units.options} data-testid="product-unit" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="model" label={t('products.model')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="category" label={t('products.category')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="onSale" label={t('products.active')} valuePropName="checked">
              <Switch checkedChildren={t('products.onSale')} unCheckedChildren={t('products.discontinued')} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('masterData.product.leadTimes')}</Divider>
        <Typography.Paragraph type="secondary">{t('masterData.product.leadTimesHint')}</Typography.Paragraph>
        <Row gutter={12}>
          {leadTimeStages.map((stage) => (
            <Col xs={8} md={4} key={stage}>
              <Form.Item name={['leadTimes', stage]} label={t(`masterData.product.stage.${stage}`)}>
                <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </FormModal>
  );
}

interface MovementValues {
  kind: (typeof bookedMovementKinds)[number];
  quantity?: number | null;
  reason?: string;
}

/** A goods receipt or a stock adjustment (a signed correction with its reason) for one product. */
export function StockMovementForm({ product, onClose, onSaved }: { product: Pick<Product, 'id' | 'sku' | 'name' | 'unit'>; onClose: () => void; onSaved: (level: StockLevel) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MovementValues>();
  const units = useUnits();
  const { busy, problem, send } = useServerForm(form, ['kind', 'quantity', 'reason']);
  const kind = Form.useWatch('kind', form);

  const submit = (values: MovementValues) =>
    send(async () => {
      const recorded = await recordStockMovement({ productId: product.id, kind: values.kind, quantity: values.quantity ?? 0, ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}) });
      onSaved(recorded.level);
    });

  return (
    <FormModal title={t('masterData.stock.bookTitle', { product: `${product.sku} · ${product.name}` })} okText={t('masterData.stock.book')} busy={busy} problem={problem} onOk={() => form.submit()} onClose={onClose}>
      <Form<MovementValues> form={form} name="movement" layout="vertical" initialValues={{ kind: 'receipt' }} onFinish={(values) => void submit(values)} data-testid="movement-form">
        <Form.Item name="kind" label={t('products.movementKind')}>
          <Select options={bookedMovementKinds.map((v) => ({ value: v, label: t(`movement.${v}`) }))} />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={`${t('masterData.stock.quantity')} (${units.name(product.unit, 2)})`}
          extra={kind === 'adjustment' ? t('masterData.stock.adjustmentHint') : undefined}
          rules={[
            { required: true, message: t('fieldErrors.required') },
            {
              validator: (_, value: number | null | undefined) =>
                value === 0 || (kind === 'receipt' && typeof value === 'number' && value < 0) ? Promise.reject(new Error(t('masterData.stock.quantityRule'))) : Promise.resolve(),
            },
          ]}
        >
          <InputNumber precision={0} min={kind === 'receipt' ? 1 : -1_000_000} max={1_000_000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('masterData.stock.reason')} rules={kind === 'adjustment' ? [{ required: true, whitespace: true, message: t('fieldErrors.required') }] : []}>
          <Input maxLength={500} placeholder={t('masterData.stock.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
