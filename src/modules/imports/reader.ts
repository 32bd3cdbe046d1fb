import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { ImportFormat } from './contract.js';

/** A row of the file: its number as the spreadsheet shows it (1 = the header) and its cells as text. */
export interface FileRow {
  row: number;
  cells: string[];
}

const zipSignature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * What the file is, told by its content and agreeing with its name: an XLSX is a zip; a CSV
 * is text (no NUL bytes in its first block). Anything else is not importable.
 */
export async function detectFormat(path: string, fileName: string): Promise<ImportFormat | undefined> {
  const head = await firstBytes(path, 4096);
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsx') return head.subarray(0, 4).equals(zipSignature) ? 'xlsx' : undefined;
  if (extension === 'csv' || extension === 'txt') return head.length > 0 && !head.includes(0) ? 'csv' : undefined;
  return undefined;
}

async function firstBytes(path: string, length: number): Promise<Buffer> {
  const handle = await open(path);
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A CSV's encoding: UTF-8 when it has the BOM or its first 64 KiB are valid UTF-8 (a cut
 * character at the end of the block aside), else GB18030, which Chinese Excel writes.
 */
export async function detectEncoding(path: string): Promise<'utf-8' | 'gb18030'> {
  const head = await firstBytes(path, 65_536);
  if (head.subarray(0, 3).equals(utf8Bom)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Bytes to text in `encoding` as they stream, a character cut between chunks kept for the next. */
function decoding(encoding: string): Transform {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

async function* csvRows(path: string, encoding: string): AsyncGenerator<FileRow> {
  const parser = createReadStream(path)
    .pipe(decoding(encoding))
    .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { row: record.info.lines, cells: record.record };
  }
}

/** A cell as text: rich text joined, a formula's result, a hyperlink's text, a date as YYYY-MM-DD. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if ('text' in cell) return cellText(cell.text);
    return '';
  }
  return String(value);
}

async function* xlsxRows(path: string): AsyncGenerator<FileRow> {
  // Streamed: only the shared strings are held, never the sheet.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      yield { row: row.number, cells: Array.from(values, cellText) };
    }
    // The first sheet is the data; the others (notes, lists) are not read.
    return;
  }
}

/** The file's rows one by one, in bounded memory. */
export function readRows(path: string, format: ImportFormat, encoding: string | null): AsyncGenerator<FileRow> {
  return format === 'xlsx' ? xlsxRows(path) : csvRows(path, encoding ?? 'utf-8');
}
