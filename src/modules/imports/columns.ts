import type { ImportKind, MappedColumn } from './contract.js';
import { toHalfWidth } from './values.js';

/** One column of a kind's file: its field, its header in each language, whether a row needs it. */
export interface ColumnSpec {
  field: string;
  headers: { 'zh-CN': string; en: string };
  required: boolean;
  /** Other headers people write for it. */
  aliases?: readonly string[];
}

const column = (field: string, zh: string, en: string, required = false, aliases: string[] = []): ColumnSpec => ({ field, headers: { 'zh-CN': zh, en }, required, aliases });

/**
 * The columns of each kind, in template order. Orders: one row per order line; consecutive
 * rows with the same channel reference are one order. A customer is named by its code (given
 * to it by an earlier customer import) or by its exact name.
 */
export const columnsOf: Record<ImportKind, readonly ColumnSpec[]> = {
  customers: [
    column('code', '客户编码', 'Customer code', false, ['编码', 'code']),
    column('name', '客户名称', 'Customer name', true, ['名称', 'name']),
    column('type', '客户类型', 'Customer type', false, ['类型', 'type']),
    column('contactName', '联系人', 'Contact', false, ['contact name']),
    column('phone', '联系电话', 'Phone', false, ['电话', '手机', 'mobile']),
    column('email', '邮箱', 'Email', false, ['电子邮箱', 'e-mail']),
    column('creditLimit', '信用额度', 'Credit limit', false),
    column('tags', '标签', 'Tags', false),
    column('notes', '备注', 'Notes', false),
  ],
  products: [
    column('sku', 'SKU', 'SKU', true, ['物料编码', '产品编码']),
    column('name', '产品名称', 'Product name', true, ['名称', 'name']),
    column('model', '型号', 'Model', false),
    column('unit', '单位', 'Unit', true),
    column('price', '单价', 'Unit price', true, ['价格', 'price']),
    column('kind', '产品类型', 'Product kind', true, ['类型', 'kind']),
    column('category', '分类', 'Category', false),
  ],
  stock: [
    column('reference', '入库单号', 'Receipt reference', true, ['单号', 'reference']),
    column('sku', 'SKU', 'SKU', true, ['物料编码', '产品编码']),
    column('quantity', '数量', 'Quantity', true, ['入库数量', 'qty']),
    column('note', '备注', 'Note', false, ['notes']),
  ],
  orders: [
    column('externalRef', '外部单号', 'External reference', true, ['订单号', '客户单号', 'reference']),
    column('channel', '渠道', 'Channel', false),
    column('customerCode', '客户编码', 'Customer code', false),
    column('customerName', '客户名称', 'Customer name', false, ['客户']),
    column('sku', 'SKU', 'SKU', true, ['物料编码', '产品编码']),
    column('quantity', '数量', 'Quantity', true, ['qty']),
    column('unitPrice', '单价', 'Unit price', false, ['价格', 'price']),
    column('requestedDeliveryDate', '要求交期', 'Requested delivery date', false, ['交期', '交货日期', 'delivery date']),
    column('paymentStatus', '付款状态', 'Payment status', false),
    column('type', '订单类型', 'Order type', false),
  ],
};

/** Headers compared as people mean them: case, spaces, full-width forms and a trailing `*` (required mark) aside. */
function headerKey(header: string): string {
  return toHalfWidth(header).replace(/\*+$/, '').replace(/\s+/g, '').toLowerCase();
}

/** Maps each header of the file to a field of the kind by its name in either language; unknown headers are ignored. */
export function mapHeaders(kind: ImportKind, headers: readonly string[]): { mapping: MappedColumn[]; missing: ColumnSpec[] } {
  const byKey = new Map<string, string>();
  for (const spec of columnsOf[kind]) {
    for (const name of [spec.headers['zh-CN'], spec.headers.en, spec.field, ...(spec.aliases ?? [])]) byKey.set(headerKey(name), spec.field);
  }
  const taken = new Set<string>();
  const mapping = headers.map((header) => {
    const field = byKey.get(headerKey(header)) ?? null;
    // The first column of a field wins; a second one of the same meaning is ignored.
    if (field === null || taken.has(field)) return { header, field: null };
    taken.add(field);
    return { header, field };
  });
  return { mapping, missing: columnsOf[kind].filter((spec) => spec.required && !taken.has(spec.field)) };
}
