import { Col, Form, InputNumber, Select, Switch, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { planTemplateSource } from '../../api/plans';
import { orderTypes } from '../../components/options';
import { OrderedRows, RoleSelect } from './fields';
import { VersionedForm } from './VersionedForm';

const stageConditions = ['always', 'goods', 'made_to_order', 'stock_short'] as const;

/** The stages of one order type's plan, in order: owner department, working days, when it applies (SPEC §6). */
function TemplateEditor({ orderType }: { orderType: string }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('fieldErrors.required') };
  return (
    <VersionedForm
      source={planTemplateSource(orderType)}
      title={t('settings.plans.templateTitle', { type: t(`orderType.${orderType}`) })}
      toForm={(stages) => ({ stages })}
      fromForm={(values) => values.stages}
      testId={`template-${orderType}`}
    >
      {(_form, editable) => (
        <OrderedRows
          name="stages"
          editable={editable}
          max={30}
          newRow={{ key: '', name: { 'zh-CN': '', en: '' }, ownerRole: 'production', days: 1, when: 'always', delivery: false }}
          addLabel={t('settings.plans.addStage')}
          addHint={t('settings.plans.sequenceHint')}
        >
          {(row) => (
            <>
              <Col xs={12} sm={6}>
                <Form.Item name={[row, 'ownerRole']} label={t('settings.plans.owner')} rules={[required]}>
                  <RoleSelect />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name={[row, 'days']} label={t('settings.plans.days')} rules={[required]}>
                  <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name={[row, 'when']} label={t('settings.plans.when')}>
                  <Select options={stageConditions.map((c) => ({ value: c, label: t(`settings.plans.conditions.${c}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name={[row, 'delivery']} label={t('settings.plans.delivery')} valuePropName="checked" tooltip={t('settings.plans.deliveryHint')}>
                  <Switch />
                </Form.Item>
              </Col>
            </>
          )}
        </OrderedRows>
      )}
    </VersionedForm>
  );
}

/** Plan templates per order type, versioned: plans already made keep theirs. */
export function PlanTemplatesSection() {
  const { t } = useTranslation();
  return <Tabs items={orderTypes.map((type) => ({ key: type, label: t(`orderType.${type}`), children: <TemplateEditor orderType={type} /> }))} />;
}
