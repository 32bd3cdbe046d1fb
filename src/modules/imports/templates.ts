import ExcelJS from 'exceljs';
import { columnsOf } from './columns.js';
import type { ImportFormat, ImportKind } from './contract.js';

export type TemplateLanguage = 'zh-CN' | 'en';

/** A kind's columns with both headers, for the wizard's mapping preview. */
export function templateColumns(kind: ImportKind) {
  return { kind, columns: columnsOf[kind].map(({ field, headers, required }) => ({ field, headers, required })) };
}

/** The header row in one language; a required column is marked with `*` (the import reads the header either way). */
function headerRow(kind: ImportKind, language: TemplateLanguage): string[] {
  return columnsOf[kind].map((c) => `${c.headers[language]}${c.required ? '*' : ''}`);
}

const notes: Record<TemplateLanguage, string[]> = {
  'zh-CN': [
    '带 * 的列必填；表头可用中文或英文。',
    '数字可带千位分隔符或全角数字；日期可写 2026-12-04、2026/12/4、2026年12月4日或 Excel 日期。',
    '订单：每行一个订单行，外部单号相同的相邻行属于同一订单；客户用客户编码或客户名称。',
  ],
  en: [
    'Columns marked * are required; headers may be in Chinese or English.',
    'Numbers may carry thousands separators or full-width digits; dates as 2026-12-04, 2026/12/4, 2026年12月4日 or an Excel date.',
    'Orders: one row per order line; adjacent rows with the same external reference are one order; name the customer by code or name.',
  ],
};

/** An empty file of the kind: the header row (and, in XLSX, a second sheet of notes). */
export async function templateFile(kind: ImportKind, format: ImportFormat, language: TemplateLanguage): Promise<Buffer> {
  const headers = headerRow(kind, language);
  if (format === 'csv') return Buffer.from(`\ufeff${headers.join(',')}\r\n`, 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind);
  sheet.addRow(headers).font = { bold: true };
  sheet.columns.forEach((col) => (col.width = 18));
  const help = workbook.addWorksheet(language === 'zh-CN' ? '说明' : 'Notes');
  for (const line of notes[language]) help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
