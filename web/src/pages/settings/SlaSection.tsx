import { Button, Col, Form, Input, InputNumber, Row, Select, Space, Switch, Typography, type FormInstance } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { settingSource, type CalendarSetting, type IntakeSettings, type SlaSettings } from '../../api/settings';
import { channels, priorityLevels } from '../../components/options';
import { DurationInput } from './fields';
import { OrderChangeRules } from './OrderChangeRules';
import { VersionedForm } from './VersionedForm';
import { calendarFieldOf, dayListProblems, HolidayPicker, holidayProblemMessage, MakeUpDayPicker, type DayListProblem } from './HolidayDates';
import { HolidayScheduleImport } from './HolidayScheduleImport';
import { namePath } from '../../components/problems';

const slaSource = settingSource('order-sla');
const intakeSource = settingSource('order-intake');
const calendarSource = settingSource('business-calendar');

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const deadlines = ['responseMinutes', 'planMinutes', 'warnBeforeMinutes'] as const;
const maxMinutes = 60 * 24 * 30;
const wallTime = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;
const wallTimeOrMidnight = /^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;
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

/** The document as saved: the day lists sorted, and names kept only for the days still listed. */
function calendarFromForm(values: CalendarSetting): CalendarSetting {
  const holidays = [...values.holidays].sort();
  const makeUpDays = [...values.makeUpDays].sort((a, b) => a.date.localeCompare(b.date));
  const listed = new Set([...holidays, ...makeUpDays.map((d) => d.date)]);
  const names = Object.fromEntries(Object.entries(values.names ?? {}).filter(([date]) => listed.has(date)));
  return { ...values, holidays, makeUpDays, names };
}

function BusinessCalendar() {
  const { t } = useTranslation();
  return (
    <VersionedForm
      source={calendarSource}
      title={t('settings.calendar.title')}
      toForm={same}
      fromForm={calendarFromForm}
      nameOf={(pointer) => calendarFieldOf(pointer) ?? namePath(pointer)}
      fieldMessage={(field) => holidayProblemMessage(t, field)}
      testId="calendar-form"
    >
      {(form, editable, adopt) => (
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
          {editable && (
            <Form.Item>
              <HolidayScheduleImport source={calendarSource} unsavedEdits={() => form.isFieldsTouched()} onImported={adopt} />
            </Form.Item>
          )}
          <DayLists form={form} editable={editable} />
        </>
      )}
    </VersionedForm>
  );
}

/** The holiday and make-up day pickers, checked against each other and the week as they change. */
function DayLists({ form, editable }: { form: FormInstance<CalendarSetting>; editable: boolean }) {
  const { t } = useTranslation();
  const names = Form.useWatch('names', { form, preserve: true });
  const week = Form.useWatch('week', { form, preserve: true });
  const holidays = Form.useWatch('holidays', { form, preserve: true }) ?? [];
  const makeUpDays = Form.useWatch('makeUpDays', { form, preserve: true }) ?? [];
  const found = dayListProblems(t, { week, holidays, makeUpDays });
  const reject = (problems: DayListProblem[]) => (problems.length > 0 ? Promise.reject(new Error(problems.map((p) => p.message).join('；'))) : Promise.resolve());
  const current = () => dayListProblems(t, form.getFieldsValue(true) as CalendarSetting);
  return (
    <>
      <Form.Item name="holidays" label={t('settings.calendar.holidays')} extra={t('holidayCalendar.holidaysHint')} dependencies={['makeUpDays']} rules={[{ validator: () => reject(current().holidays) }]}>
        <HolidayPicker names={names} flagged={new Set(found.holidays.map((p) => p.date))} editable={editable} />
      </Form.Item>
      <Form.Item name="makeUpDays" label={t('settings.calendar.makeUpDays')} extra={t('settings.calendar.makeUpHint')} dependencies={['holidays']} rules={[{ validator: () => reject(current().makeUpDays) }]}>
        <MakeUpDayPicker names={names} flagged={new Set(found.makeUpDays.map((p) => p.date))} editable={editable} />
      </Form.Item>
    </>
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
