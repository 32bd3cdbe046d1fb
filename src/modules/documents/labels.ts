/*
 * Every word the printed documents say, in each language a reader may have. A document is
 * printed in its reader's language only: a Chinese document carries no English label.
 */

export const documentLanguages = ['zh-CN', 'en'] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];

export function documentLanguage(locale: string | undefined): DocumentLanguage {
  return locale === 'en' ? 'en' : 'zh-CN';
}

export interface DocumentLabels {
  title: { orderConfirmation: string; deliveryNote: string; packList: string };
  numberLine(number: string): string;
  pageLabel(page: number, pages: number): string;
  printedAt(when: string): string;
  letterhead: { phone(phone: string): string; taxId(taxId: string): string };
  field: {
    orderNumber: string;
    externalRef: string;
    customer: string;
    contact: string;
    phone: string;
    address: string;
    recipient: string;
    orderDate: string;
    requestedDate: string;
    promisedDate: string;
    deliveryMethod: string;
    shipDate: string;
    carrier: string;
    carrierKind: string;
    trackingNumber: string;
    trackingUrl: string;
    specialist: string;
  };
  column: { lineNo: string; sku: string; name: string; unit: string; quantity: string; unitPrice: string; amount: string; checked: string; remark: string };
  total: { subtotal: string; discount: string; total: string; totalInWords: string; quantity: string };
  deliveryMethod: { ship: string; pickup: string };
  carrierKind: { express: string; freight: string };
  signature: { supplier: string; buyer: string; shipper: string; carrier: string; receiver: string; packer: string; checker: string; date: string };
  note: { orderConfirmation: string; deliveryNote: string; packList: string };
  /** Shown for a field with nothing recorded. */
  none: string;
  /** Joins the parts of an address in this language's order. */
  address(parts: { region?: string; city?: string; district?: string; line1: string; postalCode?: string }): string;
}

export const documentLabels: Record<DocumentLanguage, DocumentLabels> = {
  'zh-CN': {
    title: { orderConfirmation: '订单确认单', deliveryNote: '发货单', packList: '装箱单' },
    numberLine: (number) => `单号：${number}`,
    pageLabel: (page, pages) => `第 ${page} 页 / 共 ${pages} 页`,
    printedAt: (when) => `打印时间：${when}`,
    letterhead: { phone: (phone) => `电话：${phone}`, taxId: (taxId) => `税号：${taxId}` },
    field: {
      orderNumber: '订单号',
      externalRef: '客户单号',
      customer: '客户',
      contact: '联系人',
      phone: '联系电话',
      address: '收货地址',
      recipient: '收货人',
      orderDate: '下单日期',
      requestedDate: '要求交期',
      promisedDate: '承诺交期',
      deliveryMethod: '交付方式',
      shipDate: '发货日期',
      carrier: '承运商',
      carrierKind: '运输方式',
      trackingNumber: '运单号',
      trackingUrl: '物流查询',
      specialist: '跟单员',
    },
    column: { lineNo: '序号', sku: '物料编码', name: '品名', unit: '单位', quantity: '数量', unitPrice: '单价', amount: '金额', checked: '核对', remark: '备注' },
    total: { subtotal: '小计', discount: '优惠', total: '合计', totalInWords: '合计金额（大写）', quantity: '合计数量' },
    deliveryMethod: { ship: '送货上门', pickup: '客户自提' },
    carrierKind: { express: '快递', freight: '物流货运' },
    signature: { supplier: '供方（签字盖章）', buyer: '需方（签字盖章）', shipper: '发货人', carrier: '承运人', receiver: '收货人签收', packer: '装箱人', checker: '复核人', date: '日期：' },
    note: {
      orderConfirmation: '请核对以上品名、数量、金额及交期，确认无误后签字盖章回传。',
      deliveryNote: '收货时请当面清点数量并检查外包装；如有破损或短缺，请在签收时注明。',
      packList: '装箱完毕请逐项核对并签字；本单随货同行。',
    },
    none: '—',
    address: ({ region, city, district, line1, postalCode }) => [region, city, district, line1].filter(Boolean).join('') + (postalCode ? `（邮编 ${postalCode}）` : ''),
  },
  en: {
    title: { orderConfirmation: 'Order Confirmation', deliveryNote: 'Delivery Note', packList: 'Packing List' },
    numberLine: (number) => `No.: ${number}`,
    pageLabel: (page, pages) => `Page ${page} of ${pages}`,
    printedAt: (when) => `Printed: ${when}`,
    letterhead: { phone: (phone) => `Tel: ${phone}`, taxId: (taxId) => `Tax ID: ${taxId}` },
    field: {
      orderNumber: 'Order no.',
      externalRef: 'Customer ref.',
      customer: 'Customer',
      contact: 'Contact',
      phone: 'Phone',
      address: 'Ship to',
      recipient: 'Recipient',
      orderDate: 'Order date',
      requestedDate: 'Requested by',
      promisedDate: 'Promised by',
      deliveryMethod: 'Delivery',
      shipDate: 'Ship date',
      carrier: 'Carrier',
      carrierKind: 'Mode',
      trackingNumber: 'Tracking no.',
      trackingUrl: 'Track at',
      specialist: 'Handled by',
    },
    column: { lineNo: 'No.', sku: 'SKU', name: 'Description', unit: 'Unit', quantity: 'Qty', unitPrice: 'Unit price', amount: 'Amount', checked: 'Checked', remark: 'Remarks' },
    total: { subtotal: 'Subtotal', discount: 'Discount', total: 'Total', totalInWords: 'Amount in words', quantity: 'Total quantity' },
    deliveryMethod: { ship: 'Delivered', pickup: 'Customer pickup' },
    carrierKind: { express: 'Express', freight: 'Freight' },
    signature: { supplier: 'Supplier (signature and seal)', buyer: 'Customer (signature and seal)', shipper: 'Shipped by', carrier: 'Carrier', receiver: 'Received by', packer: 'Packed by', checker: 'Checked by', date: 'Date:' },
    note: {
      orderConfirmation: 'Please check the items, quantities, amounts and dates above, then sign, seal and return this confirmation.',
      deliveryNote: 'Please count the goods and check the packaging on receipt; note any damage or shortage when signing.',
      packList: 'Check every line when packing and sign; this list travels with the goods.',
    },
    none: '—',
    address: ({ region, city, district, line1, postalCode }) => [line1, district, city, region, postalCode].filter(Boolean).join(', '),
  },
};
