import type { Readable } from 'node:stream';
import type { Executor } from '../../platform/db/connect.js';
import { exportLabels } from '../../platform/export/labels.js';
import { type Cell, decimalAmount, type ExportFormat, type ExportLanguage, listFileStream, localTime } from '../../platform/export/table-file.js';
import type { SegmentExportColumn, SegmentFilter, SegmentMember } from './contract.js';
import { pageOfMembers } from './members.js';

/* A segment's members as a file, with the figures that put them in it. */

function cellOf(member: SegmentMember, column: SegmentExportColumn, language: ExportLanguage, timeZone: string): Cell {
  switch (column) {
    case 'name':
      return member.name;
    case 'tier':
      return exportLabels.customers.tier[member.tier][language];
    case 'province':
      return member.province ?? '';
    case 'city':
      return member.city ?? '';
    case 'tags':
      return member.tags.join(', ');
    case 'lastOrder':
      return member.lastOrderAt ? localTime(member.lastOrderAt, timeZone) : '';
    case 'daysSinceLastOrder':
      return member.daysSinceLastOrder ?? '';
    case 'orders':
      return member.ordersInWindow;
    case 'amount':
      return decimalAmount(member.amountInWindowMinor, member.currency);
    case 'currency':
      return member.currency;
    case 'lastContact':
      return member.lastContactAt ? localTime(member.lastContactAt, timeZone) : '';
    case 'openCases':
      return member.openCases;
    case 'averageScore':
      return member.averageScore ?? '';
  }
}

export interface SegmentExport {
  filter: SegmentFilter;
  now: Date;
  columns: SegmentExportColumn[];
  language: ExportLanguage;
  format: ExportFormat;
  timeZone: string;
}

export function exportMembers(db: Executor, request: SegmentExport): Readable {
  return listFileStream({
    ...request,
    labels: exportLabels.segments,
    page: (cursor) => pageOfMembers(db, request.filter, request.now, { limit: 500, cursor }),
    cell: (member, column) => cellOf(member, column, request.language, request.timeZone),
  });
}
