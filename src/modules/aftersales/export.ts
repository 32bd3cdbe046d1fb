import type { Readable } from 'node:stream';
import type { Executor } from '../../platform/db/connect.js';
import { exportLabels } from '../../platform/export/labels.js';
import { type Cell, decimalAmount, type ExportFormat, type ExportLanguage, listFileStream, localTime } from '../../platform/export/table-file.js';
import type { CaseExportColumn, CaseView } from './contract.js';
import { type CaseQuery, listCases } from './service.js';

/* The after-sales case list as a file: every case the filters select, in the list's sort. */

const words = exportLabels.cases;

function cellOf(view: CaseView, column: CaseExportColumn, language: ExportLanguage, timeZone: string): Cell {
  switch (column) {
    case 'opened':
      return localTime(view.openedAt, timeZone);
    case 'type':
      return words.type[view.type][language];
    case 'status':
      return words.status[view.status][language];
    case 'customer':
      return view.customerName;
    case 'order':
      return view.orderNumber ?? '';
    case 'summary':
      return view.summary;
    case 'owner':
      return view.owner?.label ?? '';
    case 'contactDue':
      return localTime(view.contactDueAt, timeZone);
    case 'contacted':
      return view.contactedAt ? localTime(view.contactedAt, timeZone) : '';
    case 'refunded':
      return view.currency ? decimalAmount(view.refundedMinor, view.currency) : '';
    case 'currency':
      return view.currency ?? '';
  }
}

export interface CaseExport {
  query: Omit<CaseQuery, 'limit' | 'cursor'>;
  columns: CaseExportColumn[];
  language: ExportLanguage;
  format: ExportFormat;
  timeZone: string;
  onRows?: (written: number) => void;
}

export function exportCases(db: Executor, request: CaseExport): Readable {
  return listFileStream({
    ...request,
    labels: words,
    page: (cursor) => listCases(db, { ...request.query, limit: 500, cursor }),
    cell: (view, column) => cellOf(view, column, request.language, request.timeZone),
  });
}
