import { Alert, Button, Col, Form, Input, InputNumber, Row, Select, Space, Typography, type FormInstance } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { settingSource, type Level, type PrioritySettings } from '../../api/settings';
import { priorityLevels } from '../../components/options';
import { useFormat } from '../../format';
import { currencyRowName, minorFactor, RoleSelect } from './fields';
import { VersionedForm } from './VersionedForm';

interface AmountRow {
  currency?: string;
  high?: number;
  medium?: number;
}

type PriorityForm = Omit<PrioritySettings, 'amountThresholds'> & { amountThresholds: AmountRow[] };

const source = settingSource('order-priority');
const dimensions = ['customerTier', 'orderAmount', 'deliveryUrgency'] as const;
const tiers = ['vip', 'normal', 'new'] as const;

function toForm(value: PrioritySettings): PriorityForm {
  return {
    ...value,
    amountThresholds: Object.entries(value.amountThresholds).map(([currency, t]) => ({
      currency,
      high: t.highFromMinor / minorFactor(currency),
      medium: t.mediumFromMinor / minorFactor(currency),
    })),
  };
}

function fromForm(values: PriorityForm): PrioritySettings {
  const toMinor = (amount: number | undefined, currency: string) => Math.round((amount ?? 0) * minorFactor(currency));
  return {
    ...values,
    amountThresholds: Object.fromEntries(
      values.amountThresholds.map((row) => {
        const currency = row.currency ?? '';
        return [currency, { highFromMinor: toMinor(row.high, currency), mediumFromMinor: toMinor(row.medium, currency) }];
      }),
    ),
  };
}

const amountKeys: Record<string, string> = { highFromMinor: 'high', mediumFromMinor: 'medium' };

const example = { tier: 'vip' as const, currency: 'CNY', amount: 120_000, days: 2 };

/** How SPEC §4's scoring would rank a sample order under the rules as they stand in the form. */
function ExampleScore({ form }: { form: FormInstance<PriorityForm> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = Form.useWatch([], form) as PriorityForm | undefined;
  if (!values?.points || !values.weights || !values.thresholds || !values.tierLevels || !values.urgency) return null;
  const amounts = values.amountThresholds?.find((row) => row.currency === example.currency);
  const amountLevel: Level = !amounts ? 'medium' : example.amount >= (amounts.high ?? Infinity) ? 'high' : example.amount >= (amounts.medium ?? Infinity) ? 'medium' : 'low';
  const urgencyLevel: Level = example.days <= values.urgency.highWithinDays ? 'high' : example.days <= values.urgency.mediumWithinDays ? 'medium' : 'low';
  const levels: Record<(typeof dimensions)[number], Level> = { customerTier: values.tierLevels[example.tier], orderAmount: amountLevel, deliveryUrgency: urgencyLevel };
  const score = dimensions.reduce((sum, d) => sum + (values.points[levels[d]] ?? 0) * (values.weights[d] ?? 0), 0);
  const level: Level = score >= values.thresholds.high ? 'high' : score >= values.thresholds.medium ? 'medium' : 'low';
  return (
    <Alert
      type="info"
      data-testid="priority-example"
      title={t('settings.priority.example', {
        amount: format.money(example.amount * minorFactor(example.currency), example.currency),
        days: example.days,
        score: format.number(score),
        level: t(`priority.${level}`),
      })}
    />
  );
}

/** Priority rules (SPEC §4): points, weights, thresholds and how each dimension is scored. */
export function PrioritySection() {
  const { t } = useTranslation();
  const levelOptions = priorityLevels.map((level) => ({ value: level, label: t(`priority.${level}`) }));
  const required = { required: true, message: t('fieldErrors.required') };
  return (
    <VersionedForm
      source={source}
      title={t('settings.section.priority')}
      toForm={toForm}
      fromForm={fromForm}
      nameOf={(pointer, values) => currencyRowName(pointer, 'amountThresholds', values.amountThresholds, (key) => (key === undefined ? 'currency' : (amountKeys[key] ?? key)))}
      testId="priority-form"
    >
      {(form, editable) => (
        <>
          <ExampleScore form={form} />
          <Typography.Title level={5}>{t('settings.priority.points')}</Typography.Title>
          <Row gutter={12}>
            {priorityLevels.map((level) => (
              <Col xs={8} key={level}>
                <Form.Item name={['points', level]} label={t(`priority.${level}`)} rules={[required]}>
                  <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Title level={5}>{t('settings.priority.weights')}</Typography.Title>
          <Row gutter={12}>
            {dimensions.map((dimension) => (
              <Col xs={24} sm={8} key={dimension}>
                <Form.Item name={['weights', dimension]} label={t(`settings.priority.${dimension}`)} rules={[required]}>
                  <InputNumber min={0} max={10} step={0.1} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Title level={5}>{t('settings.priority.thresholds')}</Typography.Title>
          <Row gutter={12}>
            {(['high', 'medium'] as const).map((level) => (
              <Col xs={12} key={level}>
                <Form.Item name={['thresholds', level]} label={t('settings.priority.scoreFrom', { level: t(`priority.${level}`) })} rules={[required]}>
                  <InputNumber min={0} style={{ width: '100%' }} data-testid={`threshold-${level}`} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Title level={5}>{t('settings.priority.tierLevels')}</Typography.Title>
          <Row gutter={12}>
            {tiers.map((tier) => (
              <Col xs={8} key={tier}>
                <Form.Item name={['tierLevels', tier]} label={t(`tier.${tier}`)}>
                  <Select options={levelOptions} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Title level={5}>{t('settings.priority.amounts')}</Typography.Title>
          <Form.List name="amountThresholds">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Space key={row.key} wrap align="start">
                    <Form.Item name={[row.name, 'currency']} label={t('settings.currency')} rules={[required, { pattern: /^[A-Z]{3}$/, message: t('settings.problems.currency_code') }]}>
                      <Input maxLength={3} style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'high']} label={t('settings.priority.amountFrom', { level: t('priority.high') })} rules={[required]}>
                      <InputNumber min={0} style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'medium']} label={t('settings.priority.amountFrom', { level: t('priority.medium') })} rules={[required]}>
                      <InputNumber min={0} style={{ width: 160 }} />
                    </Form.Item>
                    {editable && (
                      <Form.Item label=" ">
                        <Button onClick={() => remove(row.name)}>{t('settings.remove')}</Button>
                      </Form.Item>
                    )}
                  </Space>
                ))}
                {editable && (
                  <Form.Item>
                    <Button icon={<PlusOutlined />} onClick={() => add({ currency: '', high: undefined, medium: undefined })}>
                      {t('settings.addCurrency')}
                    </Button>
                  </Form.Item>
                )}
              </>
            )}
          </Form.List>
          <Typography.Title level={5}>{t('settings.priority.urgency')}</Typography.Title>
          <Row gutter={12}>
            {(['high', 'medium'] as const).map((level) => (
              <Col xs={12} key={level}>
                <Form.Item name={['urgency', `${level}WithinDays`]} label={t('settings.priority.withinDays', { level: t(`priority.${level}`) })} rules={[required]}>
                  <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Form.Item name="informRoles" label={t('settings.priority.informRoles')}>
            <RoleSelect multiple />
          </Form.Item>
        </>
      )}
    </VersionedForm>
  );
}
