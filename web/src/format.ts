import { useTranslation } from 'react-i18next';

/** Business rules and dates are in the company's zone, whatever the viewer's computer says. */
export const companyTimeZone = 'Asia/Shanghai';

/** Currencies with no minor unit (e.g. JPY) have 0 fraction digits; Intl knows which. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** minorDigits(currency));
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: companyTimeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar date (`YYYY-MM-DD`), which has no time zone of its own. */
export function formatDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${date}T00:00:00Z`));
}

/** Today in the company's zone, as `YYYY-MM-DD`. */
export function companyToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: companyTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * A span of time in words, as people say it: "21天7小时", "3小时20分钟", "45秒" in Chinese;
 * "21 d 7 h", "3 h 20 min", "45 s" in English. The two largest units, the sign dropped.
 */
export function formatDuration(seconds: number, locale: string): string {
  const total = Math.floor(Math.abs(seconds));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const units = locale === 'en' ? { d: ' d', h: ' h', m: ' min', s: ' s', gap: ' ' } : { d: '天', h: '小时', m: '分钟', s: '秒', gap: '' };
  const parts: string[] = [];
  if (days > 0) parts.push(`${days}${units.d}`, ...(hours > 0 ? [`${hours}${units.h}`] : []));
  else if (hours > 0) parts.push(`${hours}${units.h}`, ...(minutes > 0 ? [`${minutes}${units.m}`] : []));
  else if (minutes > 0) parts.push(`${minutes}${units.m}`);
  else parts.push(`${total % 60}${units.s}`);
  return parts.join(units.gap);
}

/** Formatters bound to the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    locale,
    money: (minor: number, currency: string) => formatMoney(minor, currency, locale),
    number: (value: number) => formatNumber(value, locale),
    dateTime: (iso: string) => formatDateTime(iso, locale),
    date: (date: string) => formatDate(date, locale),
    duration: (seconds: number) => formatDuration(seconds, locale),
    /** A name kept in both languages (stage and review step names), in the one shown. */
    name: (name: { 'zh-CN': string; en: string }) => (locale === 'en' ? name.en : name['zh-CN']),
  };
}
