import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';
import zhCN from './locales/zh-CN.json';

/** The units a product can be sold in, in the server's order (the locale lists them, kept equal by a test). */
export const productUnits = Object.keys(zhCN.units.name);

/**
 * A product's unit in the reader's language: "3 台" in Chinese, "3 units" in English. A unit saved
 * before the fixed list existed has no translation and is shown as it was typed.
 */
export function useUnits() {
  const { t, i18n } = useTranslation();
  const name = (unit: string, count = 1) => t(`units.name.${unit}`, { count, defaultValue: unit });
  return {
    name,
    quantity: (quantity: number, unit: string) => `${formatNumber(quantity, i18n.language)} ${name(unit, quantity)}`,
    options: productUnits.map((unit) => ({ value: unit, label: i18n.language === 'zh-CN' ? unit : `${name(unit)} (${unit})` })),
  };
}
