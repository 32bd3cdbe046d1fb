import type { Readable } from 'node:stream';
import type { Executor } from '../../platform/db/connect.js';
import { exportLabels } from '../../platform/export/labels.js';
import { type Cell, type ExportFormat, type ExportLanguage, listFileStream, localTime } from '../../platform/export/table-file.js';
import type { FeedbackExportColumn, FeedbackFilters, FeedbackView } from './contract.js';
import { listFeedback } from './service.js';

/* The feedback list as a file: every answer the filters select, newest first, as the list shows them. */

const words = exportLabels.feedback;

function cellOf(view: FeedbackView, column: FeedbackExportColumn, language: ExportLanguage, timeZone: string): Cell {
  switch (column) {
    case 'recorded':
      return localTime(view.recordedAt, timeZone);
    case 'order':
      return view.orderNumber;
    case 'customer':
      return view.customerName;
    case 'responseSpeed':
    case 'productQuality':
    case 'deliveryTimeliness':
    case 'serviceAttitude':
    case 'overall':
      return view[column];
    case 'channel':
      return words.channel[view.channel][language];
    case 'recordedBy':
      // A survey-link answer has no person behind it on our side: the customer answered.
      return view.channel === 'link' ? words.byLink[language] : view.recordedByLabel;
    case 'comments':
      return view.comments ?? '';
    case 'suggestions':
      return view.suggestions ?? '';
  }
}

export interface FeedbackExport {
  query: FeedbackFilters;
  columns: FeedbackExportColumn[];
  language: ExportLanguage;
  format: ExportFormat;
  timeZone: string;
  onRows?: (written: number) => void;
}

export function exportFeedback(db: Executor, request: FeedbackExport): Readable {
  return listFileStream({
    ...request,
    labels: words,
    page: (cursor) => listFeedback(db, { ...request.query, limit: 500, cursor }),
    cell: (view, column) => cellOf(view, column, request.language, request.timeZone),
  });
}
