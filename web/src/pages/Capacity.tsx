import { useState } from 'react';
import { Button, Calendar, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { capacityKeys, createProductionLine, setLineCapacity, updateProductionLine, useCapacityCalendar, useProductionLines, type CapacityDay, type ProductionLine } from '../api/capacity';
import { can, useMe } from '../api/session';
import { FormModal } from '../components/FormModal';
import { capacityUnits, isoWeekdays } from '../components/master-data-options';
import { problemMessage } from '../components/problems';
import { useServerForm } from '../components/server-form';

interface LineValues {
  code: string;
  name: string;
  defaultDailyCapacity?: number | null;
  capacityUnit: (typeof capacityUnits)[number];
  workingWeekdays: number[];
  active: boolean;
}

/** Creates a production line or edits one against the version on screen. */
function LineForm({ line, onClose, onSaved }: { line?: ProductionLine; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LineValues>();
  const { busy, problem, send } = useServerForm(form, ['code', 'name', 'defaultDailyCapacity', 'capacityUnit', 'workingWeekdays', 'active']);
  const required = { required: true, whitespace: true, message: t('fieldErrors.required') };
  const submit = (values: LineValues) =>
    send(async () => {
      const body = { code: values.code?.trim(), name: values.name?.trim(), defaultDailyCapacity: values.defaultDailyCapacity ?? 0, capacityUnit: values.capacityUnit, workingWeekdays: values.workingWeekdays, active: values.active };
      if (line) await updateProductionLine(line, body);
      else await createProductionLine(body);
      onSaved();
    });
  return (
    <FormModal title={line ? t('masterData.capacity.editLine', { code: line.code }) : t('masterData.capacity.newLine')} busy={busy} problem={problem} onOk={() => form.submit()} onClose={onClose}>
      <Form<LineValues>
        form={form}
        name="line"
        layout="vertical"
        initialValues={line ? { ...line } : { capacityUnit: 'units', workingWeekdays: [1, 2, 3, 4, 5], active: true }}
        onFinish={(values) => void submit(values)}
        data-testid="line-form"
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('masterData.capacity.code')} rules={[required]}>
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={t('masterData.capacity.name')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="defaultDailyCapacity" label={t('masterData.capacity.defaultDaily')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="capacityUnit" label={t('masterData.capacity.unit')}>
              <Select options={capacityUnits.map((u) => ({ value: u, label: t(`masterData.capacity.units.${u}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="workingWeekdays" label={t('masterData.capacity.weekdays')}>
          <Checkbox.Group options={isoWeekdays.map((d) => ({ value: d, label: t(`masterData.capacity.weekday.${d}`) }))} />
        </Form.Item>
        <Form.Item name="active" label={t('masterData.capacity.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Sets one day's capacity of a line (a holiday: 0; an extra shift: more). */
function DayForm({ day, onClose, onSaved }: { day: CapacityDay; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ capacityUnits: number }>();
  const { busy, problem, send } = useServerForm(form, ['capacityUnits']);
  const submit = (values: { capacityUnits: number }) =>
    send(async () => {
      await setLineCapacity(day.lineId, { from: day.date, to: day.date, capacityUnits: values.capacityUnits });
      onSaved();
    });
  return (
    <FormModal title={t('masterData.capacity.dayTitle', { line: day.lineCode, date: day.date })} busy={busy} problem={problem} onOk={() => form.submit()} onClose={onClose}>
      <Form form={form} name="day" layout="vertical" initialValues={{ capacityUnits: day.capacityUnits }} onFinish={(values) => void submit(values)} data-testid="day-form">
        <Typography.Paragraph type="secondary">{t('masterData.capacity.booked', { booked: day.bookedUnits, unit: t(`masterData.capacity.units.${day.capacityUnit}`) })}</Typography.Paragraph>
        <Form.Item name="capacityUnits" label={t('masterData.capacity.capacityFor', { unit: t(`masterData.capacity.units.${day.capacityUnit}`) })} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Production lines and a month of their capacity calendar, editable per day. */
export default function Capacity() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const mayWrite = can(me.data, 'production_lines:write');
  const lines = useProductionLines();
  const [month, setMonth] = useState<Dayjs>(() => dayjs().startOf('month'));
  const [lineId, setLineId] = useState<string>();
  const [editing, setEditing] = useState<ProductionLine | 'new'>();
  const [day, setDay] = useState<CapacityDay>();
  const from = month.startOf('month').format('YYYY-MM-DD');
  const to = month.endOf('month').format('YYYY-MM-DD');
  const calendar = useCapacityCalendar(from, to);
  const active = (lines.data?.items ?? []).filter((l) => l.active);
  const shownLine = lineId ?? active[0]?.id;
  const days = new Map((calendar.data?.items ?? []).filter((d) => d.lineId === shownLine).map((d) => [d.date, d]));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: capacityKeys.lines });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('masterData.capacity.title')}
        </Typography.Title>
        {mayWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('masterData.capacity.newLine')}
          </Button>
        )}
      </Space>
      {lines.isError && <Typography.Text type="danger">{problemMessage(t, lines.error)}</Typography.Text>}
      <Table<ProductionLine>
        rowKey="id"
        size="small"
        loading={lines.isPending}
        dataSource={lines.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('masterData.capacity.code'), dataIndex: 'code' },
          { title: t('masterData.capacity.name'), dataIndex: 'name' },
          { title: t('masterData.capacity.defaultDaily'), align: 'right', render: (_, l) => `${l.defaultDailyCapacity} ${t(`masterData.capacity.units.${l.capacityUnit}`)}` },
          { title: t('masterData.capacity.weekdays'), render: (_, l) => l.workingWeekdays.map((d) => t(`masterData.capacity.weekday.${d}`)).join(' ') },
          { title: t('masterData.capacity.active'), render: (_, l) => (l.active ? <Tag color="success">{t('masterData.capacity.running')}</Tag> : <Tag>{t('masterData.capacity.stopped')}</Tag>) },
          ...(mayWrite ? [{ key: 'edit', render: (_: unknown, l: ProductionLine) => <Button size="small" icon={<EditOutlined />} aria-label={t('masterData.edit')} onClick={() => setEditing(l)} /> }] : []),
        ]}
      />
      <Card
        size="small"
        title={t('masterData.capacity.calendar')}
        extra={
          <Select
            style={{ width: 220 }}
            value={shownLine}
            onChange={setLineId}
            aria-label={t('masterData.capacity.line')}
            options={active.map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
          />
        }
      >
        {calendar.isError && <Typography.Text type="danger">{problemMessage(t, calendar.error)}</Typography.Text>}
        <Calendar
          value={month}
          onPanelChange={(value) => setMonth(value.startOf('month'))}
          // One labelled month picker instead of the default header's unlabelled year and month selects.
          headerRender={({ value, onChange }) => (
            <div style={{ display: 'flex', justifyContent: 'flex-end', padding: '8px 0' }}>
              <DatePicker picker="month" allowClear={false} value={value} onChange={(next) => next && onChange(next)} aria-label={t('uiQuality.month')} data-testid="capacity-month" />
            </div>
          )}
          onSelect={(value, info) => {
            if (info.source !== 'date') return;
            const found = days.get(value.format('YYYY-MM-DD'));
            if (found && mayWrite) setDay(found);
          }}
          cellRender={(value, info) => {
            if (info.type !== 'date') return info.originNode;
            const d = days.get(value.format('YYYY-MM-DD'));
            if (!d) return null;
            return (
              <div data-testid={`capacity-${d.date}`} style={{ fontSize: 12 }}>
                <div>
                  <Typography.Text strong type={d.capacityUnits === 0 ? 'secondary' : undefined}>
                    {t('masterData.capacity.cell', { capacity: d.capacityUnits, unit: t(`masterData.capacity.units.${d.capacityUnit}`) })}
                  </Typography.Text>
                  {d.source === 'set' && <Tag color="blue" style={{ marginLeft: 4 }}>{t('masterData.capacity.setForDay')}</Tag>}
                </div>
                {d.bookedUnits > 0 && <Typography.Text type="secondary">{t('masterData.capacity.bookedShort', { booked: d.bookedUnits })}</Typography.Text>}
              </div>
            );
          }}
        />
      </Card>
      {editing && (
        <LineForm
          line={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            refresh();
          }}
        />
      )}
      {day && (
        <DayForm
          day={day}
          onClose={() => setDay(undefined)}
          onSaved={() => {
            setDay(undefined);
            refresh();
          }}
        />
      )}
    </Space>
  );
}
