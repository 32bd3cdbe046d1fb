/*
 * Units of measure a product is sold in. The code is the Chinese word people already write on
 * orders (台, 件 …), so existing documents read the same; every code has an English name so a
 * reader in English sees "3 units" rather than "3 台". The console's names live in its locales
 * under `units.name`, kept equal to these by a test.
 */
export const productUnits = [
  '件', '台', '套', '个', '箱', '包', '盒', '袋', '瓶', '桶', '卷', '张', '条', '根', '对', '批',
  '米', '平方米', '千克', '吨', '升', '次', '小时', '天', '月', '年',
] as const;
export type ProductUnit = (typeof productUnits)[number];

/** What a new product is counted in unless someone says otherwise. */
export const defaultProductUnit: ProductUnit = '件';

/** English names: `one` for a single item and a table's unit column, `other` after any other count. */
export const englishUnitNames: Record<ProductUnit, { one: string; other: string }> = {
  件: { one: 'piece', other: 'pieces' },
  台: { one: 'unit', other: 'units' },
  套: { one: 'set', other: 'sets' },
  个: { one: 'item', other: 'items' },
  箱: { one: 'carton', other: 'cartons' },
  包: { one: 'pack', other: 'packs' },
  盒: { one: 'box', other: 'boxes' },
  袋: { one: 'bag', other: 'bags' },
  瓶: { one: 'bottle', other: 'bottles' },
  桶: { one: 'drum', other: 'drums' },
  卷: { one: 'roll', other: 'rolls' },
  张: { one: 'sheet', other: 'sheets' },
  条: { one: 'strip', other: 'strips' },
  根: { one: 'length', other: 'lengths' },
  对: { one: 'pair', other: 'pairs' },
  批: { one: 'batch', other: 'batches' },
  米: { one: 'metre', other: 'metres' },
  平方米: { one: 'square metre', other: 'square metres' },
  千克: { one: 'kg', other: 'kg' },
  吨: { one: 'tonne', other: 'tonnes' },
  升: { one: 'litre', other: 'litres' },
  次: { one: 'visit', other: 'visits' },
  小时: { one: 'hour', other: 'hours' },
  天: { one: 'day', other: 'days' },
  月: { one: 'month', other: 'months' },
  年: { one: 'year', other: 'years' },
};

function isProductUnit(unit: string): unit is ProductUnit {
  return (productUnits as readonly string[]).includes(unit);
}

/**
 * A unit's name in the reader's language, for a count (`one` when omitted, as in a unit column).
 * A unit written before the list existed is shown as it was typed.
 */
export function unitName(unit: string, language: 'zh-CN' | 'en', count = 1): string {
  if (language === 'zh-CN' || !isProductUnit(unit)) return unit;
  return count === 1 ? englishUnitNames[unit].one : englishUnitNames[unit].other;
}
