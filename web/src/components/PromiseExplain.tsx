import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localisedNameField, numberField, textField } from '../api/open-fields';
import type { PromiseReason } from '../api/orders';
import { useFormat } from '../format';

/** The delivery date Ordo would promise, with each factor that set it (SPEC §6: promise dates with their reasons). */
export function PromiseExplain({ date, reasoning }: { date: string | null; reasoning: PromiseReason[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The schema names only `factor` and `explanation`; what each factor carries is read field by field.
  const sentence = (reason: PromiseReason): string => {
    const text = (key: string) => textField(reason, key) ?? '';
    const number = (key: string) => numberField(reason, key) ?? 0;
    const date = (key: string) => format.date(text(key));
    const stageName = format.name(localisedNameField(reason, 'stageName'));
    switch (reason.factor) {
      case 'stock':
        return number('shortUnits') === 0 ? t('promise.inStock', { sku: text('sku'), count: number('quantity') }) : t('promise.short', { sku: text('sku'), short: number('shortUnits'), count: number('quantity') });
      case 'calendar':
        return t('promise.calendar', { start: date('start') });
      case 'stage':
        if (number('days') === 0) return t('promise.sameDay', { name: stageName, on: date('plannedStart') });
        return t('promise.stage', { name: stageName, count: number('days'), from: date('plannedStart'), to: date('plannedEnd') });
      case 'capacity':
        return textField(reason, 'coveredOn')
          ? t('promise.capacity', { name: stageName, units: number('units'), ahead: number('unitsAhead'), on: date('coveredOn') })
          : t('promise.noCapacity', { name: stageName, units: number('units'), ahead: number('unitsAhead') });
      default:
        // A factor this console does not know yet: the server's own sentence.
        return (reason as { explanation: string }).explanation;
    }
  };
  return (
    <Space orientation="vertical" size={2} data-testid="promise">
      <Typography.Text strong>{date ? t('promise.date', { date: format.date(date) }) : t('promise.none')}</Typography.Text>
      {reasoning.map((reason, i) => (
        <Typography.Text key={i} type="secondary">
          {sentence(reason)}
        </Typography.Text>
      ))}
    </Space>
  );
}
