import { Button, Col, Form, Input, InputNumber, Select, Space, Switch, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { reviewChainSource, type ChainStep } from '../../api/review';
import { settingSource, type AutoApprovalSettings } from '../../api/settings';
import { orderTypes } from '../../components/options';
import { currencyRowName, minorFactor, OrderedRows, RoleSelect } from './fields';
import { VersionedForm } from './VersionedForm';

const reviewChecks = ['basic', 'credit', 'capacity', 'materials'] as const;

type StepRow = Omit<ChainStep, 'check'> & { check: (typeof reviewChecks)[number] | '' };

/** The review steps in order, each with its deciding role and automatic check (SPEC §5). */
function ChainEditor({ orderType }: { orderType: string }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('fieldErrors.required') };
  return (
    <VersionedForm
      source={reviewChainSource(orderType)}
      title={t('settings.review.chainTitle', { type: t(`orderType.${orderType}`) })}
      toForm={(steps): { steps: StepRow[] } => ({ steps: steps.map((s) => ({ ...s, check: s.check ?? '' })) })}
      fromForm={(values) => values.steps.map(({ check, ...step }) => ({ ...step, ...(check ? { check } : {}) }))}
      testId={`chain-${orderType}`}
    >
      {(_form, editable) => (
        <OrderedRows
          name="steps"
          editable={editable}
          max={20}
          newRow={{ key: '', name: { 'zh-CN': '', en: '' }, role: 'specialist', check: '' }}
          insertAt={(count) => Math.max(count - 1, 0)}
          addLabel={t('settings.review.addStep')}
          addHint={t('settings.review.finalLast')}
        >
          {(row) => (
            <>
              <Col xs={12} sm={6}>
                <Form.Item name={[row, 'role']} label={t('settings.review.role')} rules={[required]}>
                  <RoleSelect />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name={[row, 'check']} label={t('settings.review.check')}>
                  <Select options={[{ value: '', label: t('settings.review.humanOnly') }, ...reviewChecks.map((c) => ({ value: c, label: t(`settings.review.checks.${c}`) }))]} />
                </Form.Item>
              </Col>
            </>
          )}
        </OrderedRows>
      )}
    </VersionedForm>
  );
}

interface AutoApprovalForm extends Omit<AutoApprovalSettings, 'maxAmountMinor'> {
  maxAmounts: { currency?: string; amount?: number }[];
}

const autoApprovalSource = settingSource('review-auto-approval');

/** Which orders are approved without people when every automatic check passes. */
function AutoApproval() {
  const { t } = useTranslation();
  const required = { required: true, message: t('fieldErrors.required') };
  return (
    <VersionedForm
      source={autoApprovalSource}
      title={t('settings.review.autoApproval')}
      toForm={({ maxAmountMinor, ...rest }): AutoApprovalForm => ({ ...rest, maxAmounts: Object.entries(maxAmountMinor).map(([currency, minor]) => ({ currency, amount: minor / minorFactor(currency) })) })}
      fromForm={({ maxAmounts, ...rest }) => ({
        ...rest,
        maxAmountMinor: Object.fromEntries(maxAmounts.map((row) => [row.currency ?? '', Math.round((row.amount ?? 0) * minorFactor(row.currency ?? ''))])),
      })}
      nameOf={(pointer, values) => currencyRowName(pointer.replace('/maxAmountMinor', '/maxAmounts'), 'maxAmounts', values.maxAmounts, () => 'amount')}
      testId="auto-approval-form"
    >
      {(_form, editable) => (
        <>
          <Form.Item name="enabled" label={t('settings.review.autoEnabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Typography.Paragraph strong>{t('settings.review.maxAmounts')}</Typography.Paragraph>
          <Form.List name="maxAmounts">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Space key={row.key} align="start" wrap>
                    <Form.Item name={[row.name, 'currency']} rules={[required, { pattern: /^[A-Z]{3}$/, message: t('settings.problems.currency_code') }]}>
                      <Input maxLength={3} style={{ width: 90 }} aria-label={t('settings.currency')} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'amount']} rules={[required]}>
                      <InputNumber min={0} style={{ width: 160 }} aria-label={t('settings.review.maxAmounts')} />
                    </Form.Item>
                    {editable && <Button onClick={() => remove(row.name)}>{t('settings.remove')}</Button>}
                  </Space>
                ))}
                {editable && (
                  <Form.Item>
                    <Button icon={<PlusOutlined />} onClick={() => add({ currency: '' })}>
                      {t('settings.addCurrency')}
                    </Button>
                  </Form.Item>
                )}
              </>
            )}
          </Form.List>
          <Form.Item name="customerTiers" label={t('settings.review.customerTiers')}>
            <Select mode="multiple" options={(['vip', 'normal', 'new'] as const).map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))} />
          </Form.Item>
          <Form.Item name="orderTypes" label={t('settings.review.orderTypes')}>
            <Select mode="multiple" options={orderTypes.map((type) => ({ value: type, label: t(`orderType.${type}`) }))} />
          </Form.Item>
        </>
      )}
    </VersionedForm>
  );
}

const signedConfirmationSource = settingSource('review-signed-confirmation');

/** Which order types are approved only once the customer's signed confirmation is attached. */
function SignedConfirmation() {
  const { t } = useTranslation();
  return (
    <VersionedForm
      source={signedConfirmationSource}
      title={t('attachments.settings.title')}
      toForm={(value) => value}
      fromForm={(values) => values}
      testId="signed-confirmation-form"
    >
      {() => (
        <Form.Item name="orderTypes" label={t('attachments.settings.orderTypes')} extra={t('attachments.settings.hint')}>
          <Select mode="multiple" options={orderTypes.map((type) => ({ value: type, label: t(`orderType.${type}`) }))} />
        </Form.Item>
      )}
    </VersionedForm>
  );
}

/** Review chains per order type, versioned, and the automatic approval rule. */
export function ReviewSection() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Tabs items={orderTypes.map((type) => ({ key: type, label: t(`orderType.${type}`), children: <ChainEditor orderType={type} /> }))} />
      <AutoApproval />
      <SignedConfirmation />
    </Space>
  );
}
