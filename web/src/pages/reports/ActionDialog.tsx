import { Alert, DatePicker, Descriptions, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createImprovementAction, improvementActionKeys, type ImprovementActionInput } from '../../api/improvement-actions';
import { useMonthlyReport, type Figure } from '../../api/monthly-report';
import { useAssignees } from '../../api/tasks';
import { FormModal } from '../../components/FormModal';
import { useServerForm } from '../../components/server-form';
import { useFormat } from '../../format';
import { figureName, figureValue } from './figures';

/** What the dialog starts from: a figure of a month (a KPI card, a bottleneck row) and a title to edit. */
export interface ActionSeed {
  fromMonth: string;
  metric: Figure['metric'];
  dimension: string | null;
  currency: string | null;
  title: string;
}

/** Figures that get better as they fall; the rest (orders, rates met, satisfaction) as they rise. */
const betterLower: readonly Figure['metric'][] = [
  'response.averageHours',
  'response.medianHours',
  'deliveryCycle.averageDays',
  'exceptions.count',
  'exceptions.rate',
  'onTime.lateCount',
  'complaints.byProduct',
  'logistics.costByCarrier',
  'logistics.costPerOrderByCarrier',
  'logistics.costPerOrder',
];

/** People type ratios in percent and money in the currency's main unit; the API keeps 0–1 and minor units. */
const entryScale = (unit: Figure['unit']) => (unit === 'ratio' ? 100 : unit === 'money' ? 0.01 : 1);

interface Values {
  title: string;
  ownerId: string;
  direction: 'up' | 'down';
  target: number;
  dueDate: Dayjs;
  note?: string;
}

const fields = ['title', 'ownerId', 'direction', 'target', 'dueDate', 'note'];

/** Creates an improvement action from a figure: its baseline is the figure's value in the month it came from. */
export function ActionDialog({ seed, onClose }: { seed: ActionSeed; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { busy, problem, send } = useServerForm(form, fields);
  const report = useMonthlyReport(seed.fromMonth);
  const staff = useAssignees();
  const key = [seed.metric, seed.dimension, seed.currency].filter((part) => part !== null).join(':');
  const figure = report.data?.figures.find((f) => f.key === key);
  const unit = figure?.unit ?? 'count';

  const submit = (values: Values) =>
    send(async () => {
      const body: ImprovementActionInput = {
        title: values.title,
        metric: seed.metric,
        ...(seed.dimension !== null ? { dimension: seed.dimension } : {}),
        ...(seed.currency !== null ? { currency: seed.currency } : {}),
        fromMonth: seed.fromMonth,
        target: Math.round((values.target / entryScale(unit)) * 10_000) / 10_000,
        direction: values.direction,
        ownerId: values.ownerId,
        dueDate: values.dueDate.format('YYYY-MM-DD'),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      };
      await createImprovementAction(body);
      await queryClient.invalidateQueries({ queryKey: improvementActionKeys.all });
      onClose();
    });

  return (
    <FormModal title={t('improvementActions.create')} okText={t('improvementActions.createOk')} busy={busy} problem={problem} onOk={() => form.submit()} onClose={onClose}>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} data-testid="action-figure">
        <Descriptions.Item label={t('improvementActions.figure')}>{figureName(t, { metric: seed.metric, dimension: seed.dimension, currency: seed.currency, label: figure?.label })}</Descriptions.Item>
        <Descriptions.Item label={t('improvementActions.fromMonth')}>{seed.fromMonth}</Descriptions.Item>
        <Descriptions.Item label={t('improvementActions.baseline')}>{figure ? figureValue(format, figure, figure.value) : '—'}</Descriptions.Item>
      </Descriptions>
      {report.data && !figure && <Alert type="warning" showIcon title={t('improvementActions.noFigure', { month: seed.fromMonth })} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        name="improvement-action"
        layout="vertical"
        initialValues={{ title: seed.title, direction: betterLower.includes(seed.metric) ? 'down' : 'up', dueDate: dayjs().add(1, 'month') }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="title" label={t('improvementActions.title')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="ownerId" label={t('improvementActions.owner')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={staff.isPending} options={(staff.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))} />
        </Form.Item>
        <Form.Item name="direction" label={t('improvementActions.direction')}>
          <Radio.Group options={(['up', 'down'] as const).map((d) => ({ value: d, label: t(`improvementActions.directions.${d}`) }))} />
        </Form.Item>
        <Form.Item name="target" label={t(`improvementActions.targetIn.${unit}`, { currency: figure?.currency ?? '' })} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('improvementActions.dueDate')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d: Dayjs) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="note" label={t('improvementActions.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
