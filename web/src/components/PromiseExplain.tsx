import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PromiseReason } from '../api/types';
import { useFormat } from '../format';

/** The delivery date Ordo would promise, with each factor that set it (SPEC §6: promise dates with their reasons). */
export function PromiseExplain({ date, reasoning }: { date: string | null; reasoning: PromiseReason[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence = (reason: PromiseReason): string => {
    switch (reason.factor) {
      case 'stock':
        return reason.shortUnits === 0 ? t('promise.inStock', { sku: reason.sku, count: reason.quantity }) : t('promise.short', { sku: reason.sku, short: reason.shortUnits, count: reason.quantity });
      case 'calendar':
        return t('promise.calendar', { start: format.date(reason.start) });
      case 'stage':
        if (reason.days === 0) return t('promise.sameDay', { name: format.name(reason.stageName), on: format.date(reason.plannedStart) });
        return t('promise.stage', { name: format.name(reason.stageName), count: reason.days, from: format.date(reason.plannedStart), to: format.date(reason.plannedEnd) });
      case 'capacity':
        return reason.coveredOn
          ? t('promise.capacity', { name: format.name(reason.stageName), units: reason.units, ahead: reason.unitsAhead, on: format.date(reason.coveredOn) })
          : t('promise.noCapacity', { name: format.name(reason.stageName), units: reason.units, ahead: reason.unitsAhead });
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
