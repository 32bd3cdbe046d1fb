import type { Readable } from 'node:stream';
import type { Executor } from '../../platform/db/connect.js';
import { exportLabels } from '../../platform/export/labels.js';
import { type Cell, decimalAmount, type ExportFormat, type ExportLanguage, listFileStream, localTime } from '../../platform/export/table-file.js';
import type { CustomerExportColumn, CustomerView } from './contract.js';
import { type CustomerFilters, listCustomers, type CustomerQuery } from './service.js';

/* The customer list as a file: every customer the filters select, in the list's sort. */

const words = exportLabels.customers;

function primaryContact(customer: CustomerView) {
  return customer.contacts.find((c) => c.primary) ?? customer.contacts[0];
}

function cellOf(customer: CustomerView, column: CustomerExportColumn, language: ExportLanguage, timeZone: string): Cell {
  switch (column) {
    case 'name':
      return customer.name;
    case 'type':
      return words.type[customer.type][language];
    case 'tier':
      return words.tier[customer.tier][language];
    case 'contact':
      return primaryContact(customer)?.name ?? '';
    case 'phone':
      return primaryContact(customer)?.phone ?? '';
    case 'creditLimit':
      return decimalAmount(customer.creditLimitMinor, customer.currency);
    case 'currency':
      return customer.currency;
    case 'terms':
      return words.terms[customer.paymentTerms.kind][language].replace('{days}', String(customer.paymentTerms.netDays ?? ''));
    case 'active':
      return words.active[customer.active ? 'active' : 'inactive'][language];
    case 'created':
      return localTime(customer.createdAt, timeZone);
  }
}

export interface CustomerExport {
  query: CustomerFilters & Pick<CustomerQuery, 'sort' | 'order'>;
  columns: CustomerExportColumn[];
  language: ExportLanguage;
  format: ExportFormat;
  timeZone: string;
  onRows?: (written: number) => void;
}

export function exportCustomers(db: Executor, request: CustomerExport): Readable {
  return listFileStream({
    ...request,
    labels: words,
    page: (cursor) => listCustomers(db, { ...request.query, limit: 500, cursor }),
    cell: (customer, column) => cellOf(customer, column, request.language, request.timeZone),
  });
}
