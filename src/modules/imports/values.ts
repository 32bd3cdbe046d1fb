/*
 * Cell values as people type them in Chinese and English spreadsheets: numbers with thousands
 * separators or full-width digits, dates as 2026/12/4, 2026-12-04, 2026年12月4日 or an Excel
 * serial date. Each parser answers the value or the code of why it is not one.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: 'invalid_number' | 'invalid_date' | 'invalid_value' };

/** Full-width digits, signs and separators (０-９，．－) as their ASCII forms; the ideographic space as a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A decimal as typed: `1,234.5`, `１２３４`, ` 12 ` (thousands separators only between groups of three). */
function decimal(text: string): number | undefined {
  const plain = toHalfWidth(text).trim().replace(/^[¥￥$]/, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(plain)) return undefined;
  return Number(plain.replace(/,/g, ''));
}

export function parseQuantity(text: string): Parsed<number> {
  const value = decimal(text);
  return value !== undefined && Number.isInteger(value) && value > 0 && value <= 1_000_000 ? { ok: true, value } : { ok: false, code: 'invalid_number' };
}

/** An amount in major units (yuan) as minor units (fen): at most two decimals, never negative. */
export function parseMoney(text: string): Parsed<number> {
  const value = decimal(text);
  if (value === undefined || value < 0) return { ok: false, code: 'invalid_number' };
  const minor = Math.round(value * 100);
  return Math.abs(minor - value * 100) < 1e-6 && minor <= 1e13 ? { ok: true, value: minor } : { ok: false, code: 'invalid_number' };
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); serials from 1990 to 2100 are dates people import. */
const excelEpochMs = Date.UTC(1899, 11, 30);
const plausibleSerials = { from: 32_874, to: 73_051 };

export function parseDate(text: string): Parsed<string> {
  const plain = toHalfWidth(text).trim();
  const written = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(plain);
  if (written) {
    const value = isoDate(Number(written[1]), Number(written[2]), Number(written[3]));
    return value ? { ok: true, value } : { ok: false, code: 'invalid_date' };
  }
  if (/^\d+(\.\d+)?$/.test(plain)) {
    const serial = Math.floor(Number(plain));
    if (serial >= plausibleSerials.from && serial <= plausibleSerials.to) return { ok: true, value: new Date(excelEpochMs + serial * 86_400_000).toISOString().slice(0, 10) };
  }
  return { ok: false, code: 'invalid_date' };
}

/** One of `choices`, by its code or any of the words people use for it (`已付`, `paid`). */
export function parseChoice<T extends string>(text: string, choices: Record<T, readonly string[]>): Parsed<T> {
  const wanted = toHalfWidth(text).trim().toLowerCase();
  for (const [code, words] of Object.entries(choices) as [T, readonly string[]][]) {
    if (code === wanted || words.some((w) => w.toLowerCase() === wanted)) return { ok: true, value: code };
  }
  return { ok: false, code: 'invalid_value' };
}

/** A list typed in one cell: `a, b`, `a，b`, `a、b`, `a;b`. */
export function parseList(text: string): string[] {
  return text
    .split(/[,，、;；]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
