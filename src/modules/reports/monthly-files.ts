/*
 * The monthly report as files: XLSX and CSV carry the figures as numbers a spreadsheet can
 * work with (money in the currency's main unit, ratios as 0–1 with a percent format in XLSX),
 * the PDF prints them for people, set in the CJK font of the printed documents.
 */
import ExcelJS from 'exceljs';
import type { Executor } from '../../platform/db/connect.js';
import { PrintedDocument, type TableColumn } from '../../platform/documents/printed-document.js';
import { readSettings } from '../../platform/settings/service.js';
import { defaultLetterhead, letterheadKey, type LetterheadSettings } from '../documents/service.js';
import type { ActionInMonth, Figure, MonthlyReport, ReportFormat } from './monthly-contract.js';
import { actionWords, dimensionText, fileWords, metricNames, unitWords, type ReportLanguage } from './monthly-labels.js';

function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** A figure's number as a file carries it: money in the main unit, everything else as the report has it. */
function fileNumber(figure: Figure, value: number | null): number | null {
  if (value === null) return null;
  return figure.unit === 'money' && figure.currency ? value / 10 ** minorDigits(figure.currency) : value;
}

function rowsOf(report: MonthlyReport, language: ReportLanguage) {
  return report.figures.map((f) => ({
    key: f.key,
    figure: metricNames[f.metric][language],
    dimension: dimensionText(f, language),
    unit: f.unit === 'money' && f.currency ? f.currency : unitWords[f.unit][language],
    value: fileNumber(f, f.value),
    previous: fileNumber(f, f.previous),
    change: fileNumber(f, f.change),
    orders: f.orders,
  }));
}

const columns = ['key', 'figure', 'dimension', 'unit', 'value', 'previous', 'change', 'orders'] as const;

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The media type of each report file. */
export const fileTypes: Record<Exclude<ReportFormat, 'json'>, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

/** UTF-8 with a byte-order mark, so a spreadsheet opens the Chinese right. */
export function monthlyCsv(report: MonthlyReport, language: ReportLanguage): Buffer {
  const lines = [columns.map((c) => csvField(fileWords[c][language])).join(',')];
  for (const row of rowsOf(report, language)) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function monthlyXlsx(report: MonthlyReport, language: ReportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ordo';
  const sheet = workbook.addWorksheet(`${fileWords.sheet[language]} ${report.month}`);
  sheet.columns = columns.map((c) => ({ header: fileWords[c][language], key: c, width: c === 'figure' || c === 'dimension' ? 32 : 14 }));
  sheet.getRow(1).font = { bold: true };
  const rows = rowsOf(report, language);
  report.figures.forEach((figure, i) => {
    const row = sheet.addRow(rows[i]);
    if (figure.unit === 'ratio') for (const c of ['value', 'previous', 'change'] as const) row.getCell(c).numFmt = '0.0%';
    if (figure.unit === 'money') for (const c of ['value', 'previous', 'change'] as const) row.getCell(c).numFmt = '#,##0.00';
  });
  addActionsSheet(workbook, report, language);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The columns of the "improvement actions" section, in both files; widths are the PDF's share of the page. */
const actionColumns = [
  { key: 'title', width: 0.17 },
  { key: 'figure', width: 0.15 },
  { key: 'dimension', width: 0.1 },
  { key: 'owner', width: 0.09 },
  { key: 'dueDate', width: 0.1 },
  { key: 'status', width: 0.07 },
  { key: 'baseline', width: 0.08, align: 'right' },
  { key: 'target', width: 0.08, align: 'right' },
  { key: 'value', width: 0.08, align: 'right' },
  { key: 'movedRightWay', width: 0.08, align: 'right' },
] as const;
type ActionColumn = (typeof actionColumns)[number]['key'];

const actionColumnTitle = (column: ActionColumn, language: ReportLanguage) =>
  column === 'figure' || column === 'dimension' ? fileWords[column][language] : actionWords[column][language];

/** One action as a row of the section; `number` writes its figure's numbers (as numbers for XLSX, as text for the PDF). */
function actionRow<N>(action: ActionInMonth, language: ReportLanguage, number: (figure: Figure, value: number | null) => N): Record<ActionColumn, string | N> {
  const figure = actionFigure(action);
  return {
    title: action.title,
    figure: metricNames[action.metric][language],
    dimension: dimensionText(figure, language),
    owner: action.ownerName ?? '',
    dueDate: action.dueDate,
    status: actionWords[action.status][language],
    baseline: number(figure, action.baseline),
    target: number(figure, action.target),
    value: number(figure, action.value),
    movedRightWay: action.movedRightWay === null ? fileWords.none[language] : actionWords[action.movedRightWay ? 'yes' : 'no'][language],
  };
}

/** The "improvement actions" section as a second sheet: numbers as the figures have them, money in the main unit. */
function addActionsSheet(workbook: ExcelJS.Workbook, report: MonthlyReport, language: ReportLanguage): void {
  const sheet = workbook.addWorksheet(actionWords.section[language]);
  sheet.columns = actionColumns.map((c) => ({ header: actionColumnTitle(c.key, language), key: c.key, width: c.width * 160 }));
  sheet.getRow(1).font = { bold: true };
  for (const action of report.improvementActions) {
    const row = sheet.addRow(actionRow(action, language, fileNumber));
    const numFmt = action.unit === 'ratio' ? '0.0%' : action.unit === 'money' ? '#,##0.00' : undefined;
    if (numFmt) for (const c of ['baseline', 'target', 'value'] as const) row.getCell(c).numFmt = numFmt;
  }
}

/** What the number helpers need of an action's figure. */
const actionFigure = (action: ActionInMonth): Figure => ({
  key: action.figureKey,
  metric: action.metric,
  dimension: action.dimension,
  label: null,
  currency: action.currency,
  unit: action.unit,
  value: action.value,
  previous: null,
  change: null,
  orders: 0,
});

/** A figure's number as people read it in the PDF. */
function printed(figure: Figure, value: number | null, language: ReportLanguage, signed = false): string {
  if (value === null) return fileWords.none[language];
  const sign = signed && value > 0 ? '+' : '';
  if (figure.unit === 'ratio') return `${sign}${new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}`;
  if (figure.unit === 'money' && figure.currency) return `${sign}${new Intl.NumberFormat(language, { style: 'currency', currency: figure.currency }).format(fileNumber(figure, value)!)}`;
  return `${sign}${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)}`;
}

export async function monthlyPdf(db: Executor, report: MonthlyReport, language: ReportLanguage, printedAt: Date): Promise<Buffer> {
  const stored = (await readSettings(db, [letterheadKey])).get(letterheadKey);
  const letterhead = (stored?.value as LetterheadSettings | undefined) ?? defaultLetterhead;
  const dateTime = new Intl.DateTimeFormat(language, { timeZone: report.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const zh = language === 'zh-CN';
  const doc = new PrintedDocument({
    letterhead: { name: letterhead.name[language], lines: [letterhead.address ?? ''] },
    title: fileWords.title[language],
    numberLine: `${fileWords.month[language]}${zh ? '：' : ': '}${report.month}`,
    language,
    pageLabel: (page, pages) => (zh ? `第 ${page} 页 / 共 ${pages} 页` : `Page ${page} of ${pages}`),
    printedLine: `${zh ? '打印时间：' : 'Printed '}${dateTime.format(printedAt)}`,
  });
  doc.fields([
    [fileWords.month[language], report.month],
    [fileWords.previousMonth[language], report.previousMonth],
    [fileWords.timeZone[language], report.timeZone],
    [fileWords.state[language], fileWords[report.state][language]],
    [fileWords.computedAt[language], dateTime.format(new Date(report.computedAt))],
  ]);
  const table: TableColumn[] = [
    { title: fileWords.figure[language], width: 0.28 },
    { title: fileWords.dimension[language], width: 0.22 },
    { title: fileWords.value[language], width: 0.15, align: 'right' },
    { title: fileWords.previous[language], width: 0.15, align: 'right' },
    { title: fileWords.change[language], width: 0.12, align: 'right' },
    { title: fileWords.orders[language], width: 0.08, align: 'right' },
  ];
  doc.table(
    table,
    report.figures.map((f) => [metricNames[f.metric][language], dimensionText(f, language), printed(f, f.value, language), printed(f, f.previous, language), printed(f, f.change, language, true), String(f.orders)]),
  );
  doc.note(actionWords.section[language]);
  if (report.improvementActions.length === 0) doc.note(actionWords.none[language]);
  else {
    doc.table(
      actionColumns.map((c) => ({ title: actionColumnTitle(c.key, language), width: c.width, ...('align' in c ? { align: c.align } : {}) })),
      report.improvementActions.map((a) => {
        const row = actionRow(a, language, (figure, value) => printed(figure, value, language));
        return actionColumns.map((c) => row[c.key]);
      }),
    );
  }
  return doc.finish();
}
