import { Form, InputNumber, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { settingSource, type SettingValue } from '../../api/settings';
import { VersionedForm } from './VersionedForm';

type ReturnVisits = SettingValue<'relationship-return-visits'>;
const tiers = ['vip', 'normal', 'new'] as const;
type Tier = (typeof tiers)[number];
/** Each tier as a switch and a number of days, so switching a tier off keeps the days typed. */
type ReturnVisitsForm = { tiers: Record<Tier, { on: boolean; days: number }>; dueDays: number };

const source = settingSource('relationship-return-visits');

function toForm(value: ReturnVisits): ReturnVisitsForm {
  const rows = Object.fromEntries(tiers.map((tier) => [tier, { on: value.everyDays[tier] !== null, days: value.everyDays[tier] ?? 30 }])) as ReturnVisitsForm['tiers'];
  return { tiers: rows, dueDays: value.dueDays };
}

function fromForm(values: ReturnVisitsForm): ReturnVisits {
  const everyDays = Object.fromEntries(tiers.map((tier) => [tier, values.tiers[tier].on ? values.tiers[tier].days : null])) as ReturnVisits['everyDays'];
  return { everyDays, dueDays: values.dueDays };
}

/** A problem at /everyDays/vip belongs to the days field of the VIP row. */
function nameOf(pointer: string): (string | number)[] {
  const [, field, tier] = pointer.split('/');
  return field === 'everyDays' && tier ? ['tiers', tier, 'days'] : [field ?? ''];
}

/** Seed 003: how often each tier of customer is visited; the morning planner gives the visits to the customers' owners. */
export function ReturnVisitsSection() {
  const { t } = useTranslation();
  return (
    <VersionedForm source={source} title={t('relationship.settings.title')} toForm={toForm} fromForm={fromForm} nameOf={nameOf} testId="return-visits-form">
      {(form) => (
        <>
          <Typography.Paragraph type="secondary">{t('relationship.settings.intro')}</Typography.Paragraph>
          {tiers.map((tier) => (
            <Space key={tier} align="baseline" wrap>
              <Form.Item name={['tiers', tier, 'on']} valuePropName="checked" label={t(`tier.${tier}`)}>
                <Switch aria-label={t('relationship.settings.visitTier', { tier: t(`tier.${tier}`) })} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {() => (
                  <Form.Item name={['tiers', tier, 'days']} label={t('relationship.settings.everyDays')} rules={[{ required: true }]}>
                    <InputNumber min={1} max={730} precision={0} disabled={!form.getFieldValue(['tiers', tier, 'on'])} suffix={t('relationship.settings.days')} />
                  </Form.Item>
                )}
              </Form.Item>
            </Space>
          ))}
          <Form.Item name="dueDays" label={t('relationship.settings.dueDays')} rules={[{ required: true }]} extra={t('relationship.settings.dueDaysHint')}>
            <InputNumber min={1} max={60} precision={0} suffix={t('relationship.settings.days')} />
          </Form.Item>
        </>
      )}
    </VersionedForm>
  );
}
