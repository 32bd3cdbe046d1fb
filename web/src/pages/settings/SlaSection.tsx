import { Button, Col, Form, Input, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { settingSource, type CalendarSetting, type IntakeSettings, type SlaSettings } from '../../api/settings';
import { channels, priorityLevels } from '../../components/options';
import { DurationInput } from './fields';
import { OrderChangeRules } from './OrderChangeRules';
import { VersionedForm } from './VersionedForm';

const slaSource = settingSource('order-sla');
const intakeSource = settingSource('order-intake');
const calendarSource = settingSource('business-calendar');

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const deadlines = ['responseMinutes', 'planMinutes', 'warnBeforeMinutes'] as const;
const maxMinutes = 60 * 24 * 30;
const wallTime = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;
const wallTimeOrMidnight = /^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const same = <T,>(value: T) => value;

function SlaTimes() {
  const { t } = useTranslation();
  const limits = { type: 'number' as const, min: 1, max: maxMinutes, message: t('settings.sla.range') };
  return (
    <VersionedForm source={slaSource} title={t('settings.sla.title')} toForm={same} fromForm={same<SlaSettings>} testId="sla-form">
      {() => (
        <Row gutter={12}>
          {priorityLevels.map((level) => (
            <Col xs={24} md={8} key={level}>
              <Typography.Title level={5}>{t(`priority.${level}`)}</Typography.Title>
              {deadlines.map((deadline) => (
                <Form.Item key={deadline} name={[level, deadline]} label={t(`settings.sla.${deadline}`)} rules={[{ required: true, message: t('fieldErrors.required') }, limits]}>
                  <DurationInput />
                </Form.Item>
              ))}
            </Col>
          ))}
        </Row>
      )}
    </VersionedForm>
  );
}

function Intake() {
  const { t } = useTranslation();
  return (
    <VersionedForm source={intakeSource} title={t('settings.intake.title')} toForm={same} fromForm={same<IntakeSettings>} testId="intake-form">
      {() => (
        <>
          <Form.Item name="entryCheckChannels" label={t('settings.intake.entryCheckChannels')} extra={t('settings.intake.entryCheckHint')}>
            <Select mode="multiple" options={channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
          </Form.Item>
          <Form.Item name="duplicateWindowHours" label={t('settings.intake.duplicateWindowHours')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
            <InputNumber min={0} max={720} precision={0} suffix={t('settings.hours')} />
          </Form.Item>
        </>
      )}
    </VersionedForm>
  );
}

/** Working periods of one day (or one make-up day) as a list of HH:MM pairs. */
function Periods({ name, editable }: { name: (string | number)[]; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(periods, { add, remove }) => (
        <Space wrap>
          {periods.length === 0 && <Typography.Text type="secondary">{t('settings.calendar.dayOff')}</Typography.Text>}
          {periods.map((period) => (
            <Space.Compact key={period.key}>
              <Form.Item name={[period.name, 'start']} noStyle rules={[{ pattern: wallTime, message: t('settings.problems.wall_time') }]}>
                <Input style={{ width: 72 }} placeholder="09:00" aria-label={t('settings.calendar.start')} />
              </Form.Item>
              <Form.Item name={[period.name, 'end']} noStyle rules={[{ pattern: wallTimeOrMidnight, message: t('settings.problems.wall_time') }]}>
                <Input style={{ width: 72 }} placeholder="18:00" aria-label={t('settings.calendar.end')} />
              </Form.Item>
              {editable && <Button onClick={() => remove(period.name)}>×</Button>}
            </Space.Compact>
          ))}
          {editable && <Button size="small" icon={<PlusOutlined />} aria-label={t('settings.calendar.addPeriod')} onClick={() => add({ start: '09:00', end: '18:00' })} />}
        </Space>
      )}
    </Form.List>
  );
}

function BusinessCalendar() {
  const { t } = useTranslation();
  return (
    <VersionedForm source={calendarSource} title={t('settings.calendar.title')} toForm={same} fromForm={same<CalendarSetting>} testId="calendar-form">
      {(_form, editable) => (
        <>
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item name="enabled" label={t('settings.calendar.enabled')} valuePropName="checked" extra={t('settings.calendar.enabledHint')}>
                <Switch />
              </Form.Item>
            </Col>
            <Col xs={24} sm={16}>
              <Form.Item name="timeZone" label={t('settings.calendar.timeZone')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
                <Select showSearch options={Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone }))} />
              </Form.Item>
            </Col>
          </Row>
          {weekdays.map((day) => (
            <Form.Item key={day} label={t(`settings.calendar.weekday.${day}`)} style={{ marginBottom: 8 }}>
              <Periods name={['week', day]} editable={editable} />
            </Form.Item>
          ))}
          <Form.Item
            name="holidays"
            label={t('settings.calendar.holidays')}
            extra={t('settings.calendar.dateHint')}
            rules={[{ validator: async (_rule, dates: string[] = []) => (dates.every((d) => isoDate.test(d)) ? undefined : Promise.reject(new Error(t('settings.problems.date')))) }]}
          >
            <Select mode="tags" tokenSeparators={[',', ' ']} open={false} />
          </Form.Item>
          <Typography.Text strong>{t('settings.calendar.makeUpDays')}</Typography.Text>
          <Typography.Paragraph type="secondary">{t('settings.calendar.makeUpHint')}</Typography.Paragraph>
          <Form.List name="makeUpDays">
            {(days, { add, remove }) => (
              <>
                {days.map((day) => (
                  <Space key={day.key} align="start" wrap>
                    <Form.Item name={[day.name, 'date']} rules={[{ required: true, message: t('fieldErrors.required') }, { pattern: isoDate, message: t('settings.problems.date') }]}>
                      <Input placeholder="2026-02-14" style={{ width: 130 }} aria-label={t('settings.calendar.makeUpDays')} />
                    </Form.Item>
                    {editable && <Button onClick={() => remove(day.name)}>{t('settings.remove')}</Button>}
                  </Space>
                ))}
                {editable && (
                  <Form.Item>
                    <Button icon={<PlusOutlined />} onClick={() => add({ date: '' })}>
                      {t('settings.calendar.addMakeUpDay')}
                    </Button>
                  </Form.Item>
                )}
              </>
            )}
          </Form.List>
        </>
      )}
    </VersionedForm>
  );
}

/** Response deadlines (SPEC §4), the business calendar they count on, and intake rules (SPEC §3). */
export function SlaSection() {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <SlaTimes />
      <BusinessCalendar />
      <Intake />
      <OrderChangeRules />
    </Space>
  );
}
