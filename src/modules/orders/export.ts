import type { Readable } from 'node:stream';
import type { Executor } from '../../platform/db/connect.js';
import { exportLabels } from '../../platform/export/labels.js';
import { type Cell, cellsOf, decimalAmount, type ExportFormat, type ExportLanguage, headersIn, localTime, tableFileStream } from '../../platform/export/table-file.js';
import type { HealthClock } from './health.js';
import type { ExportColumn, OrderListItem } from './contract.js';
import { allListedOrders, type OrderQuery } from './service.js';

/*
 * The order list as a file (XLSX or CSV): every order the filters and sort select, not just
 * the page on screen, written as it is read by the shared table-file machinery. Headers and
 * the words in cells are in the reader's language.
 */

const words = exportLabels.orders;

function cellOf(order: OrderListItem, column: ExportColumn, language: ExportLanguage, timeZone: string): Cell {
  switch (column) {
    case 'number':
      return order.number;
    case 'customer':
      return order.customer.name;
    case 'status':
      return words.status[order.status][language];
    case 'health':
      return words.health[order.health][language];
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
      return words.priority[order.priority.level][language];
    case 'total':
      return decimalAmount(order.totals.totalMinor, order.totals.currency);
    case 'currency':
      return order.totals.currency;
    case 'channel':
      return words.channel[order.channel][language];
    case 'received':
      return localTime(order.receivedAt, timeZone);
  }
}

export interface ExportRequest {
  query: Omit<OrderQuery, 'limit' | 'cursor'>;
  columns: ExportColumn[];
  language: ExportLanguage;
  format: ExportFormat;
  onRows?: (written: number) => void;
}

export function exportOrders(db: Executor, clock: HealthClock, request: ExportRequest): Readable {
  const { columns, language } = request;
  return tableFileStream({
    format: request.format,
    title: words.title[language],
    headers: headersIn(words.headers, columns, language),
    batches: cellsOf(allListedOrders(db, clock, request.query), columns, (order, column) => cellOf(order, column, language, clock.timeZone)),
    onRows: request.onRows,
  });
}
