import { Button, Card, Col, Form, InputNumber, Row, Select, Switch, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { PlanTemplateVersion, TemplateStage } from '../../api/types';
import { orderTypes } from '../../components/options';
import { KeyAndNames, RoleSelect, RowMoves } from './fields';
import { VersionedForm, type VersionedSource } from './VersionedForm';

const stageConditions = ['always', 'goods', 'made_to_order', 'stock_short'] as const;

function templateSource(orderType: string): VersionedSource<TemplateStage[]> {
  return {
    queryKey: ['settings', 'plan-template', orderType],
    load: async () => {
      const template = await api<PlanTemplateVersion>(`/api/v1/planning/templates/${orderType}`);
      return { value: template.stages, version: template.version, changedAt: template.createdAt, changedBy: template.createdBy };
    },
    save: (stages, version) => api(`/api/v1/planning/templates/${orderType}`, { method: 'PUT', body: { stages }, headers: { 'if-match': `"${version}"` } }),
  };
}

/** The stages of one order type's plan, in order: owner department, working days, when it applies (SPEC §6). */
function TemplateEditor({ orderType }: { orderType: string }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('fieldErrors.required') };
  return (
    <VersionedForm
      source={templateSource(orderType)}
      title={t('settings.plans.templateTitle', { type: t(`orderType.${orderType}`) })}
      toForm={(stages) => ({ stages })}
      fromForm={(values) => values.stages}
      testId={`template-${orderType}`}
    >
      {(_form, editable) => (
        <Form.List name="stages">
          {(stages, { add, remove, move }) => (
            <>
              {stages.map((stage, index) => (
                <Card key={stage.key} size="small" style={{ marginBottom: 8 }} title={`${index + 1}`} extra={editable && <RowMoves index={index} count={stages.length} move={move} remove={remove} disabled={!editable} />}>
                  <Row gutter={8}>
                    <KeyAndNames row={stage.name} />
                    <Col xs={12} sm={6}>
                      <Form.Item name={[stage.name, 'ownerRole']} label={t('settings.plans.owner')} rules={[required]}>
                        <RoleSelect />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6}>
                      <Form.Item name={[stage.name, 'days']} label={t('settings.plans.days')} rules={[required]}>
                        <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6}>
                      <Form.Item name={[stage.name, 'when']} label={t('settings.plans.when')}>
                        <Select options={stageConditions.map((c) => ({ value: c, label: t(`settings.plans.conditions.${c}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6}>
                      <Form.Item name={[stage.name, 'delivery']} label={t('settings.plans.delivery')} valuePropName="checked" tooltip={t('settings.plans.deliveryHint')}>
                        <Switch />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              {editable && (
                <Form.Item extra={t('settings.plans.sequenceHint')}>
                  <Button icon={<PlusOutlined />} disabled={stages.length >= 30} onClick={() => add({ key: '', name: { 'zh-CN': '', en: '' }, ownerRole: 'production', days: 1, when: 'always', delivery: false })}>
                    {t('settings.plans.addStage')}
                  </Button>
                </Form.Item>
              )}
            </>
          )}
        </Form.List>
      )}
    </VersionedForm>
  );
}

/** Plan templates per order type, versioned: plans already made keep theirs. */
export function PlanTemplatesSection() {
  const { t } = useTranslation();
  return <Tabs items={orderTypes.map((type) => ({ key: type, label: t(`orderType.${type}`), children: <TemplateEditor orderType={type} /> }))} />;
}
