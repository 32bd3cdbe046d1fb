import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Executor } from '../../platform/db/connect.js';
import type { HealthClock } from './health.js';
import type { Channel, ExportColumn, ExportFormat, ExportLanguage, Health, Level, OrderListItem } from './contract.js';
import type { OrderStatus } from './states.js';
import { allListedOrders, type OrderQuery } from './service.js';

/*
 * The order list as a file (XLSX or CSV): every order the filters and sort select, not just
 * the page on screen, read a batch at a time and written as it comes, so a long list never
 * sits in memory whole. Headers and the words in cells are in the reader's language.
 */

type Words = Record<ExportLanguage, string>;

const headers: Record<ExportColumn, Words> = {
  number: { 'zh-CN': '订单号', en: 'Number' },
  customer: { 'zh-CN': '客户', en: 'Customer' },
  status: { 'zh-CN': '状态', en: 'Status' },
  health: { 'zh-CN': '进度健康', en: 'Schedule' },
  currentStage: { 'zh-CN': '当前阶段', en: 'Current stage' },
  owner: { 'zh-CN': '负责人', en: 'Owner' },
  requestedDate: { 'zh-CN': '要求交期', en: 'Requested' },
  promiseDate: { 'zh-CN': '承诺交期', en: 'Promised' },
  nextDeadline: { 'zh-CN': '下一时限', en: 'Next deadline' },
  priority: { 'zh-CN': '优先级', en: 'Priority' },
  total: { 'zh-CN': '金额', en: 'Total' },
  currency: { 'zh-CN': '币种', en: 'Currency' },
  channel: { 'zh-CN': '渠道', en: 'Channel' },
  received: { 'zh-CN': '接单时间', en: 'Received' },
};

const statusWords: Record<OrderStatus, Words> = {
  received: { 'zh-CN': '已接收', en: 'Received' },
  awaiting_entry_check: { 'zh-CN': '待录入复核', en: 'Awaiting entry check' },
  exception: { 'zh-CN': '异常', en: 'Exception' },
  under_review: { 'zh-CN': '评审中', en: 'Under review' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  planned: { 'zh-CN': '已计划', en: 'Planned' },
  in_progress: { 'zh-CN': '执行中', en: 'In progress' },
  ready_to_ship: { 'zh-CN': '待发货', en: 'Ready to ship' },
  partially_shipped: { 'zh-CN': '部分发货', en: 'Partially shipped' },
  shipped: { 'zh-CN': '已发货', en: 'Shipped' },
  in_service: { 'zh-CN': '服务中', en: 'In service' },
  delivered: { 'zh-CN': '已送达', en: 'Delivered' },
  accepted: { 'zh-CN': '已验收', en: 'Accepted' },
  acceptance_failed: { 'zh-CN': '验收未通过', en: 'Acceptance failed' },
  after_sales: { 'zh-CN': '售后中', en: 'After-sales' },
  completed: { 'zh-CN': '已完成', en: 'Completed' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
};

const healthWords: Record<Health, Words> = {
  on_track: { 'zh-CN': '正常', en: 'On track' },
  at_risk: { 'zh-CN': '有风险', en: 'At risk' },
  late: { 'zh-CN': '已延误', en: 'Late' },
  done: { 'zh-CN': '已结束', en: 'Done' },
};

const priorityWords: Record<Level, Words> = {
  high: { 'zh-CN': '高', en: 'High' },
  medium: { 'zh-CN': '中', en: 'Medium' },
  low: { 'zh-CN': '低', en: 'Low' },
};

const channelWords: Record<Channel, Words> = {
  online_store: { 'zh-CN': '网店', en: 'Online store' },
  marketplace: { 'zh-CN': '电商平台', en: 'Marketplace' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  email: { 'zh-CN': '邮件', en: 'Email' },
  in_person: { 'zh-CN': '到店', en: 'In person' },
  b2b_direct: { 'zh-CN': '企业直采', en: 'B2B direct' },
  portal: { 'zh-CN': '客户门户', en: 'Customer portal' },
  api: { 'zh-CN': '接口', en: 'API' },
  file_import: { 'zh-CN': '文件导入', en: 'File import' },
};

/** A cell: text, or a number a spreadsheet can add up. */
type Cell = string | number;

/** An instant as the business's local `YYYY-MM-DD HH:mm`, which both Excel and people read. */
function localTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Minor units as the amount in the currency's own unit (2 decimals for CNY, none for JPY). */
function amount(minor: number, currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return minor / 10 ** digits;
}

function cellOf(order: OrderListItem, column: ExportColumn, language: ExportLanguage, timeZone: string): Cell {
  switch (column) {
    case 'number':
      return order.number;
    case 'customer':
      return order.customer.name;
    case 'status':
      return statusWords[order.status][language];
    case 'health':
      return healthWords[order.health][language];
    case 'currentStage':
      return order.currentStage?.name[language] ?? '';
    case 'owner':
      return order.owner?.name ?? '';
    case 'requestedDate':
      return order.requestedDeliveryDate ?? '';
    case 'promiseDate':
      return order.promisedDeliveryDate ?? '';
    case 'nextDeadline':
      return order.nextDeadline ? localTime(order.nextDeadline.dueAt, timeZone) : '';
    case 'priority':
      return priorityWords[order.priority.level][language];
    case 'total':
      return amount(order.totals.totalMinor, order.totals.currency);
    case 'currency':
      return order.totals.currency;
    case 'channel':
      return channelWords[order.channel][language];
    case 'received':
      return localTime(order.receivedAt, timeZone);
  }
}

/**
 * A CSV field, quoted when it must be; text that a spreadsheet would take for a formula
 * (=, +, -, @ first) gets a leading apostrophe, so an exported name cannot run as one.
 */
function csvField(value: Cell): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface ExportRequest {
  query: Omit<OrderQuery, 'limit' | 'cursor'>;
  columns: ExportColumn[];
  language: ExportLanguage;
  format: ExportFormat;
}

async function* rowsOf(db: Executor, clock: HealthClock, request: ExportRequest): AsyncGenerator<Cell[]> {
  for await (const batch of allListedOrders(db, clock, request.query)) {
    for (const order of batch) yield request.columns.map((column) => cellOf(order, column, request.language, clock.timeZone));
  }
}

/** The CSV as a stream: UTF-8 with a byte-order mark, so Excel in Chinese opens it as UTF-8. */
function csvStream(db: Executor, clock: HealthClock, request: ExportRequest): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield '\uFEFF' + request.columns.map((c) => csvField(headers[c][request.language])).join(',') + '\r\n';
    for await (const cells of rowsOf(db, clock, request)) yield cells.map(csvField).join(',') + '\r\n';
  }
  return Readable.from(lines());
}

/** The workbook as a stream: one sheet, each row written and let go as it is read. */
function xlsxStream(db: Executor, clock: HealthClock, request: ExportRequest): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(request.language === 'zh-CN' ? '订单' : 'Orders');
  void (async () => {
    sheet.addRow(request.columns.map((c) => headers[c][request.language])).commit();
    for await (const cells of rowsOf(db, clock, request)) sheet.addRow(cells).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

export function exportOrders(db: Executor, clock: HealthClock, request: ExportRequest): Readable {
  return request.format === 'csv' ? csvStream(db, clock, request) : xlsxStream(db, clock, request);
}
