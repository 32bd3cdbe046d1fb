import type { Readable } from 'node:stream';
import type { Executor } from '../../platform/db/connect.js';
import { exportLabels } from '../../platform/export/labels.js';
import { type Cell, decimalAmount, type ExportFormat, type ExportLanguage, listFileStream, localTime } from '../../platform/export/table-file.js';
import type { ProductExportColumn, ProductView } from './contract.js';
import { listProducts, type ProductFilters, type ProductQuery } from './service.js';

/* The product list as a file: every product the filters select, in the list's sort. */

const words = exportLabels.products;

function cellOf(product: ProductView, column: ProductExportColumn, language: ExportLanguage, timeZone: string): Cell {
  switch (column) {
    case 'sku':
      return product.sku;
    case 'name':
      return product.name;
    case 'model':
      return product.model ?? '';
    case 'kind':
      return words.kind[product.kind][language];
    case 'category':
      return product.category ?? '';
    case 'price':
      return decimalAmount(product.priceMinor, product.currency);
    case 'currency':
      return product.currency;
    case 'unit':
      return product.unit;
    case 'active':
      return words.active[product.active ? 'active' : 'inactive'][language];
    case 'created':
      return localTime(product.createdAt, timeZone);
  }
}

export interface ProductExport {
  query: ProductFilters & Pick<ProductQuery, 'sort' | 'order'>;
  columns: ProductExportColumn[];
  language: ExportLanguage;
  format: ExportFormat;
  timeZone: string;
}

export function exportProducts(db: Executor, request: ProductExport): Readable {
  return listFileStream({
    ...request,
    labels: words,
    page: (cursor) => listProducts(db, { ...request.query, limit: 500, cursor }),
    cell: (product, column) => cellOf(product, column, request.language, request.timeZone),
  });
}
