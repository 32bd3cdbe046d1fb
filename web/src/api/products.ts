/* Products and their stock. */
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { Answer, ItemOf, QueryOf, RequestBody } from './openapi';
import { useCursorPages } from './paging';
import { ifMatch } from './versioned';

export type Product = Answer<'/api/v1/products/{id}', 'get'>;
export type ProductSummary = ItemOf<'/api/v1/products'>;
export type StockLevel = Answer<'/api/v1/products/{id}/stock', 'get'>;
export type StockMovement = ItemOf<'/api/v1/products/{id}/stock/movements'>;
export type LedgerMovement = ItemOf<'/api/v1/stock/movements'>;
export type LedgerFilters = Pick<QueryOf<'/api/v1/stock/movements', 'get'>, 'productId' | 'kind'>;
export type ProductListQuery = Pick<QueryOf<'/api/v1/products', 'get'>, 'q' | 'sort' | 'order'>;
export type NewProduct = RequestBody<'/api/v1/products', 'post'>;
export type ProductChanges = RequestBody<'/api/v1/products/{id}', 'patch'>;
export type NewStockMovement = RequestBody<'/api/v1/stock/movements', 'post'>;

export const productKeys = {
  all: ['products'],
  list: (query: ProductListQuery) => ['products', query],
  count: (q: string | undefined) => ['products', 'count', q],
  ledger: (filters: LedgerFilters) => ['stock', 'ledger', filters],
  product: (id: string) => ['product', id],
  stock: (id: string) => ['product', id, 'stock'],
  movements: (id: string) => ['product', id, 'movements'],
} as const;

/** Products whose name or SKU matches `q`, in the sort asked, a page at a time. */
export function useProductPages(query: ProductListQuery) {
  return useCursorPages(productKeys.list(query), (cursor) =>
    api<Answer<'/api/v1/products', 'get'>>('/api/v1/products', { query: { ...query, limit: 50, cursor } }),
  );
}

/** How many products match `q` (the table's total). */
export function useProductCount(q: string | undefined) {
  return useQuery({ queryKey: productKeys.count(q), queryFn: () => api<Answer<'/api/v1/products/count', 'get'>>('/api/v1/products/count', { query: { q } }) });
}

/** The address of the export of the product list: the server streams the file, the browser downloads it. */
export function productExportHref(query: QueryOf<'/api/v1/products/export', 'get'>): string {
  return withQuery('/api/v1/products/export', query);
}

export function useProduct(id: string) {
  return useQuery({ queryKey: productKeys.product(id), queryFn: () => api<Product>(`/api/v1/products/${id}`) });
}

export function useStockLevel(productId: string) {
  return useQuery({ queryKey: productKeys.stock(productId), queryFn: () => api<StockLevel>(`/api/v1/products/${productId}/stock`) });
}

/** The stock ledger, newest first, a page at a time. */
export function useStockMovements(productId: string) {
  return useCursorPages(productKeys.movements(productId), (cursor) =>
    api<Answer<'/api/v1/products/{id}/stock/movements', 'get'>>(`/api/v1/products/${productId}/stock/movements`, { query: { limit: 50, cursor } }),
  );
}

/** Every product's stock movements, newest first, a page at a time. */
export function useLedger(filters: LedgerFilters) {
  return useCursorPages(productKeys.ledger(filters), (cursor) =>
    api<Answer<'/api/v1/stock/movements', 'get'>>('/api/v1/stock/movements', { query: { ...filters, limit: 50, cursor } }),
  );
}

export function createProduct(body: NewProduct) {
  return api<Answer<'/api/v1/products', 'post'>>('/api/v1/products', { method: 'POST', body });
}

/** Changes a product against the version seen (412 when someone changed it meanwhile). */
export function updateProduct(product: Pick<Product, 'id' | 'version'>, body: ProductChanges) {
  return api<Product>(`/api/v1/products/${product.id}`, { method: 'PATCH', body, headers: ifMatch(product.version) });
}

/** A goods receipt or a stock adjustment with its reason. */
export function recordStockMovement(body: NewStockMovement) {
  return api<Answer<'/api/v1/stock/movements', 'post'>>('/api/v1/stock/movements', { method: 'POST', body });
}
