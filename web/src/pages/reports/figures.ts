import type { TFunction } from 'i18next';
import type { Figure } from '../../api/monthly-report';
import type { useFormat } from '../../format';

type FigureShape = Pick<Figure, 'metric' | 'dimension' | 'currency'> & { label?: string | null };

/** A dimension in words: channels, types, priorities, SLA clocks and satisfaction by their labels; SKUs and carriers as they are. */
export function dimensionName(t: TFunction, f: FigureShape): string {
  if (f.dimension === null) return f.currency ?? '';
  const part = (word: string) => t(`monthlyReport.dimension.${word}`, { defaultValue: word });
  const words = f.dimension.split('.').map(part).join(' · ');
  return f.label ? `${words} ${f.label}` : words;
}

/** A figure's name: its metric, with its dimension when it has one. */
export function figureName(t: TFunction, f: FigureShape): string {
  const metric = t(`monthlyReport.metric.${f.metric}`);
  return f.dimension === null && f.currency === null ? metric : `${metric} · ${dimensionName(t, f)}`;
}

/** A figure's value as people read it: ratios in percent, money in its currency. */
export function figureValue(format: ReturnType<typeof useFormat>, f: Pick<Figure, 'unit' | 'currency'>, value: number | null, signed = false): string {
  if (value === null) return '—';
  const sign = signed && value > 0 ? '+' : '';
  if (f.unit === 'ratio') return `${sign}${(value * 100).toFixed(1)}%`;
  if (f.unit === 'money' && f.currency) return `${sign}${format.money(value, f.currency)}`;
  return `${sign}${format.number(value)}`;
}
