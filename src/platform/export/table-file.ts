import { PassThrough, Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import ExcelJS from 'exceljs';
import { Type } from '@sinclair/typebox';
import { StringEnum } from '../http/schemas.js';
import { localDate } from '../time/zone.js';

/*
 * A list as a file (XLSX or CSV): every row the list's filters and sort select, not just the
 * page on screen. Rows come in batches from the database and are written as they come, so a
 * long list never sits in memory whole. Headers are in the reader's language; a cell a
 * spreadsheet would run as a formula is written as text.
 */

export const exportFormats = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportLanguages = ['zh-CN', 'en'] as const;
export type ExportLanguage = (typeof exportLanguages)[number];

/** A word or header in both languages. */
export type Words = Record<ExportLanguage, string>;

/** A cell: text, or a number a spreadsheet can add up. */
export type Cell = string | number;

/** The query parameters every export takes besides the list's own filters and sort. */
export function exportParameters<const Columns extends readonly string[]>(columns: Columns) {
  const one = `(?:${columns.join('|')})`;
  return {
    format: StringEnum(exportFormats),
    columns: Type.Optional(
      Type.String({
        pattern: `^${one}(?:,${one})*$`,
        maxLength: 500,
        description: `Comma-separated columns in the order wanted (the view's visible columns); all when left out: ${columns.join(', ')}`,
      }),
    ),
    lang: Type.Optional(StringEnum(exportLanguages, { description: "The language of headers and cells; by default the reader's chosen language, else the browser's (Accept-Language)" })),
  };
}

/** The columns asked for, each once, in the order asked; all of them when none were named. */
export function chosenColumns<Column extends string>(asked: string | undefined, all: readonly Column[]): Column[] {
  return asked ? ([...new Set(asked.split(','))] as Column[]) : [...all];
}

/**
 * The language a file is written in: the one asked for, else the language the reader picked
 * in their profile, else their browser's, else the profile's default.
 */
export function readerLanguage(asked: ExportLanguage | undefined, reader: { locale?: string; localeChosen?: boolean }, acceptLanguage: string | undefined): ExportLanguage {
  if (asked) return asked;
  const profile: ExportLanguage = reader.locale === 'en' ? 'en' : 'zh-CN';
  if (reader.localeChosen || !acceptLanguage) return profile;
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('zh')) return 'zh-CN';
  if (first.startsWith('en')) return 'en';
  return profile;
}

/** An instant as the business's local `YYYY-MM-DD HH:mm`, which both Excel and people read. */
export function localTime(instant: string | Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Minor units as the amount in the currency's own unit (2 decimals for CNY, none for JPY). */
export function decimalAmount(minor: number, currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return minor / 10 ** digits;
}

/** Text a spreadsheet would take for a formula (=, +, -, @, tab or CR first) gets a leading apostrophe. */
export function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A CSV field, quoted when it must be. */
function csvField(value: Cell): string {
  if (typeof value === 'number') return String(value);
  const safe = neutralised(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface TableFile {
  format: ExportFormat;
  /** The sheet's name. */
  title: string;
  headers: string[];
  /** The rows, a batch at a time, each already cut to the headers' columns. */
  batches: AsyncIterable<Cell[][]>;
  /** Told the number of rows written so far after each batch (the command line's progress). */
  onRows?: (written: number) => void;
}

/** The CSV as a stream: UTF-8 with a byte-order mark, so Excel in Chinese opens it as UTF-8. */
function csvStream(file: TableFile): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield '\uFEFF' + file.headers.map(csvField).join(',') + '\r\n';
    let written = 0;
    for await (const batch of file.batches) {
      if (batch.length > 0) yield batch.map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
      written += batch.length;
      file.onRows?.(written);
    }
  }
  return Readable.from(lines());
}

/** The workbook as a stream: one sheet, each row written and let go as it is read. */
function xlsxStream(file: TableFile): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(file.title);
  void (async () => {
    sheet.addRow(file.headers).commit();
    let written = 0;
    for await (const batch of file.batches) {
      for (const cells of batch) sheet.addRow(cells.map((c) => (typeof c === 'string' ? neutralised(c) : c))).commit();
      written += batch.length;
      file.onRows?.(written);
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

export function tableFileStream(file: TableFile): Readable {
  return file.format === 'csv' ? csvStream(file) : xlsxStream(file);
}

/** Sends a table file's stream as a download named `<name>-<local date>.<format>`. */
export function sendFile(reply: FastifyReply, stream: Readable, file: { format: ExportFormat; name: string; now: Date; timeZone: string }): FastifyReply {
  const stamp = localDate(file.now, file.timeZone).replace(/-/g, '');
  return reply
    .type(file.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${file.name}-${stamp}.${file.format}"`)
    .header('cache-control', 'no-store')
    .send(stream);
}

/** Every row of a keyset-paged list, a page at a time, in the list's sort. */
export async function* allPages<Item>(page: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>): AsyncGenerator<Item[]> {
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    yield next.items;
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
}

/** The batches of a list as cells of the chosen columns. */
export async function* cellsOf<Item, Column extends string>(batches: AsyncIterable<Item[]>, columns: readonly Column[], cell: (item: Item, column: Column) => Cell): AsyncGenerator<Cell[][]> {
  for await (const batch of batches) yield batch.map((item) => columns.map((column) => cell(item, column)));
}

/** The sheet title and headers of a list in a language. */
export function headersIn<Column extends string>(headers: Record<Column, Words>, columns: readonly Column[], language: ExportLanguage): string[] {
  return columns.map((c) => headers[c][language]);
}

export interface ListFile<Item, Column extends string> {
  format: ExportFormat;
  language: ExportLanguage;
  labels: { title: Words; headers: Record<Column, Words> };
  columns: readonly Column[];
  /** One page of the list in its sort, after the cursor. */
  page: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>;
  cell: (item: Item, column: Column) => Cell;
  onRows?: (written: number) => void;
}

/** A keyset-paged list as a file, read a page at a time. */
export function listFileStream<Item, Column extends string>(file: ListFile<Item, Column>): Readable {
  return tableFileStream({
    format: file.format,
    title: file.labels.title[file.language],
    headers: headersIn(file.labels.headers, file.columns, file.language),
    batches: cellsOf(allPages(file.page), file.columns, file.cell),
    onRows: file.onRows,
  });
}
