import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ordoCommand, serverDatabase } from '../support/process.js';
import { pdfText } from '../support/pdf-text.js';

// `ordo export` as a user runs it, on the demo data in a database of its own.
let env: Record<string, string>;
let cleanup: () => Promise<void>;
let out: string;

beforeAll(async () => {
  ({ env, cleanup } = await serverDatabase('ordo-export-cli'));
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-export-out-'));
  const seeded = await ordoCommand(['seed', 'demo'], env);
  expect(seeded.code).toBe(0);
}, 300_000);
afterAll(async () => {
  await cleanup?.();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const file = (name: string) => path.join(out, name);

test('each list as CSV or XLSX, counted as written, quiet when not on a terminal', { timeout: 180_000 }, async () => {
  const orders = await ordoCommand(['export', 'orders', '--format', 'csv', '--out', file('orders.csv')], env);
  expect(orders.code).toBe(0);
  expect(orders.stderr).toBe('');
  const rows = parse(fs.readFileSync(file('orders.csv'), 'utf8').replace(/^\uFEFF/, '')) as string[][];
  expect(rows[0]!.slice(0, 3)).toEqual(['订单号', '客户', '状态']);
  expect(orders.stdout).toBe(`Wrote the orders list (${rows.length - 1} rows) to ${file('orders.csv')}.\n`);
  expect(rows.length - 1).toBeGreaterThan(10);

  const customers = await ordoCommand(['export', 'customers', '--out', file('customers.xlsx'), '--language', 'en'], env);
  expect(customers.code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file('customers.xlsx'));
  const sheet = workbook.worksheets[0]!;
  expect(sheet.name).toBe('Customers');
  expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Name', 'Type', 'Tier']);
  expect(customers.stdout).toBe(`Wrote the customers list (${sheet.rowCount - 1} rows) to ${file('customers.xlsx')}.\n`);

  for (const list of ['cases', 'feedback']) {
    const written = await ordoCommand(['export', list, '--format', 'csv', '--out', file(`${list}.csv`)], env);
    expect(written.code).toBe(0);
    const lines = parse(fs.readFileSync(file(`${list}.csv`), 'utf8').replace(/^\uFEFF/, '')) as string[][];
    expect(written.stdout).toContain(`(${lines.length - 1} rows)`);
    expect(lines.length).toBeGreaterThan(1);
  }
  const feedback = parse(fs.readFileSync(file('feedback.csv'), 'utf8').replace(/^\uFEFF/, '')) as string[][];
  expect(feedback[0]).toEqual(['时间', '订单号', '客户', '响应速度', '产品质量', '交付及时性', '服务态度', '综合', '来源', '登记人', '意见', '改进建议']);
});

test("one order's dossier as a PDF in Chinese and as JSON, each export recorded", { timeout: 180_000 }, async () => {
  const rows = parse(fs.readFileSync(file('feedback.csv'), 'utf8').replace(/^\uFEFF/, '')) as string[][];
  const number = rows[1]![1]!;
  const pdf = await ordoCommand(['export', 'dossier', number, '--out', file('dossier.pdf')], env);
  expect(pdf.code).toBe(0);
  expect(pdf.stdout).toMatch(new RegExp(`^Wrote the dossier of ${number} \\(\\d+ events, chain intact\\) to `));
  const text = pdfText(fs.readFileSync(file('dossier.pdf'))).join('\n');
  for (const words of ['订单档案', number, '满意度调查与反馈', '审计事件', '完好']) expect(text).toContain(words);

  const json = await ordoCommand(['export', 'dossier', number, '--format', 'json', '--out', file('dossier.json')], env);
  expect(json.code).toBe(0);
  const dossier = JSON.parse(fs.readFileSync(file('dossier.json'), 'utf8'));
  expect(dossier.order.number).toBe(number);
  expect(dossier.feedback).toHaveLength(1);
  expect(dossier.verification.ok).toBe(true);
  // The PDF export before it is in the record, as the command line's.
  expect(dossier.events.filter((e: any) => e.action === 'order.dossier_exported')).toMatchObject([{ actorLabel: 'cli:export', after: { format: 'pdf', language: 'zh-CN' } }]);
});

test('bad arguments are refused with a message saying what is wrong', { timeout: 120_000 }, async () => {
  const unknownList = await ordoCommand(['export', 'invoices', '--out', file('x')], env);
  expect(unknownList.code).toBe(1);
  expect(unknownList.stderr).toContain("argument 'what'. Allowed choices are orders, customers, cases, feedback, dossier.");

  const unknownOrder = await ordoCommand(['export', 'dossier', '199901-999', '--out', file('x')], env);
  expect(unknownOrder.code).toBe(1);
  expect(unknownOrder.stderr).toBe('ordo: No order has the number 199901-999\n');

  const wrongFormat = await ordoCommand(['export', 'orders', '--format', 'pdf', '--out', file('x')], env);
  expect(wrongFormat.code).toBe(1);
  expect(wrongFormat.stderr).toContain('--format pdf is not one for orders: choose xlsx or csv');

  const noNumber = await ordoCommand(['export', 'dossier', '--out', file('x')], env);
  expect(noNumber.code).toBe(1);
  expect(noNumber.stderr).toContain('ordo export dossier needs the order number');
  expect(fs.existsSync(file('x'))).toBe(false);
});
