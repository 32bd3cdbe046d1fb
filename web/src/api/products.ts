/* Products and their stock. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf } from './openapi';
import { useCursorPages } from './paging';

export type Product = Answer<'/api/v1/products/{id}', 'get'>;
export type ProductSummary = ItemOf<'/api/v1/products'>;
export type StockLevel = Answer<'/api/v1/products/{id}/stock', 'get'>;
export type StockMovement = ItemOf<'/api/v1/products/{id}/stock/movements'>;

export const productKeys = {
  list: (q: string | undefined) => ['products', q],
  product: (id: string) => ['product', id],
  stock: (id: string) => ['product', id, 'stock'],
  movements: (id: string) => ['product', id, 'movements'],
} as const;

/** Products whose name or SKU matches `q`, a page at a time. */
export function useProductPages(q: string | undefined) {
  return useCursorPages(productKeys.list(q), (cursor) =>
    api<Answer<'/api/v1/products', 'get'>>('/api/v1/products', { query: { q, limit: 50, cursor } }),
  );
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
