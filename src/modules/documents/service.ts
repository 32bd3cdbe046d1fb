/*
 * Printable documents (SPEC §7): the order confirmation (订单确认单), the delivery note (发货单)
 * and the packing list (装箱单), as PDFs in the reader's language with dates in the company's
 * time zone. They read orders and shipments through those modules' doors and own no table.
 */
import type { Executor } from '../../platform/db/connect.js';
import { PrintedDocument, type Letterhead, type TableColumn } from '../../platform/documents/printed-document.js';
import { readSettings } from '../../platform/settings/service.js';
import { unitName } from '../catalog/service.js';
import { getShipment } from '../fulfilment/service.js';
import { getOrder, type OrderView } from '../orders/service.js';
import { documentLabels, type DocumentLabels, type DocumentLanguage } from './labels.js';
import { amountInWords } from './amount-in-words.js';
import { defaultLetterhead, letterheadKey, type LetterheadSettings } from './settings.js';

export { documentLanguage } from './labels.js';
export { defaultLetterhead, letterheadKey, LetterheadSettings } from './settings.js';

/** Who the document is printed for: their language, and the company's zone and clock. */
export interface Reader {
  language: DocumentLanguage;
  timeZone: string;
  now: Date;
}

export interface Formatters {
  labels: DocumentLabels;
  money(minor: number, currency: string): string;
  date(iso: string): string;
  dateTime(iso: Date): string;
  /** A calendar date (YYYY-MM-DD) has no zone; it prints as the reader writes dates. */
  calendarDate(date: string | null): string;
  /** A unit column's word: 台 in Chinese, "unit" in English. */
  unit(code: string): string;
}

/** How a document for this reader writes money, dates and units, with its labels. */
export function formattersFor(reader: Reader): Formatters {
  const labels = documentLabels[reader.language];
  const dateFormat = new Intl.DateTimeFormat(reader.language, { timeZone: reader.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const dateTimeFormat = new Intl.DateTimeFormat(reader.language, { timeZone: reader.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return {
    labels,
    money: (minor, currency) => {
      const format = new Intl.NumberFormat(reader.language, { style: 'currency', currency });
      return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
    },
    date: (iso) => dateFormat.format(new Date(iso)),
    dateTime: (at) => dateTimeFormat.format(at),
    calendarDate: (date) => (date ? new Intl.DateTimeFormat(reader.language, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(`${date}T00:00:00Z`)) : labels.none),
    unit: (code) => unitName(code, reader.language),
  };
}

async function letterheadFor(db: Executor, language: DocumentLanguage): Promise<Letterhead> {
  const stored = (await readSettings(db, [letterheadKey])).get(letterheadKey);
  const settings = (stored?.value as LetterheadSettings | undefined) ?? defaultLetterhead;
  const { letterhead } = documentLabels[language];
  return {
    name: settings.name[language],
    lines: [settings.address ?? '', settings.phone ? letterhead.phone(settings.phone) : '', settings.taxId ? letterhead.taxId(settings.taxId) : ''],
  };
}

/** A new document for the reader under the company's letterhead, titled and numbered, with page numbers and the time it was printed. */
export async function startDocument(db: Executor, reader: Reader, f: Formatters, title: string, number: string): Promise<PrintedDocument> {
  return new PrintedDocument({
    letterhead: await letterheadFor(db, reader.language),
    title,
    numberLine: f.labels.numberLine(number),
    language: reader.language,
    pageLabel: f.labels.pageLabel,
    printedLine: f.labels.printedAt(f.dateTime(reader.now)),
  });
}

/** The customer's side of an order as every document heads it: who, whom to call, where it goes. */
function partyFields(order: OrderView, f: Formatters): [string, string][] {
  const { field, none } = f.labels;
  const address = order.delivery.address;
  return [
    [field.customer, order.customer.name],
    [field.externalRef, order.externalRef ?? none],
    [field.contact, order.contact?.name ?? none],
    [field.phone, order.contact?.phone ?? none],
    [field.recipient, [address?.recipient, address?.phone].filter(Boolean).join('  ') || none],
    [field.deliveryMethod, f.labels.deliveryMethod[order.delivery.method]],
    [field.address, address ? f.labels.address(address) : none],
  ];
}

/** The order's priced lines and its totals, as the confirmation prints them (the dossier too). */
export function printOrderLines(doc: PrintedDocument, f: Formatters, order: OrderView): void {
  const { labels } = f;
  const currency = order.totals.currency;
  const columns: TableColumn[] = [
    { title: labels.column.lineNo, width: 0.06, align: 'center' },
    { title: labels.column.sku, width: 0.16 },
    { title: labels.column.name, width: 0.3 },
    { title: labels.column.unit, width: 0.07, align: 'center' },
    { title: labels.column.quantity, width: 0.09, align: 'right' },
    { title: labels.column.unitPrice, width: 0.15, align: 'right' },
    { title: labels.column.amount, width: 0.17, align: 'right' },
  ];
  doc.table(
    columns,
    order.lines.map((l) => [String(l.lineNo), l.sku, l.name, f.unit(l.unit), String(l.quantity), f.money(l.unitPriceMinor, currency), f.money(l.totalMinor, currency)]),
  );
  const totals: [string, string][] = [[labels.total.subtotal, f.money(order.totals.subtotalMinor, currency)]];
  if (order.totals.discountMinor !== 0) totals.push([labels.total.discount, `-${f.money(order.totals.discountMinor, currency)}`]);
  totals.push([labels.total.total, f.money(order.totals.totalMinor, currency)]);
  doc.totals(totals);
}

/** 订单确认单: the order's lines with prices and totals, for the customer to sign and return. */
export async function orderConfirmationPdf(db: Executor, reader: Reader, orderId: string): Promise<{ number: string; pdf: Buffer }> {
  const order = await getOrder(db, orderId);
  const f = formattersFor(reader);
  const { labels } = f;
  const currency = order.totals.currency;
  const doc = await startDocument(db, reader, f, labels.title.orderConfirmation, order.number);
  doc.fields([
    [labels.field.orderNumber, order.number],
    [labels.field.orderDate, f.date(order.receivedAt)],
    ...partyFields(order, f),
    [labels.field.requestedDate, f.calendarDate(order.requestedDeliveryDate)],
    [labels.field.promisedDate, f.calendarDate(order.promisedDeliveryDate)],
    [labels.field.specialist, order.owner?.name ?? labels.none],
  ]);
  printOrderLines(doc, f, order);
  // A Chinese invoice-like document states the amount in capital numerals too, against alteration.
  if (reader.language === 'zh-CN' && currency === 'CNY') doc.fields([[labels.total.totalInWords, `人民币${amountInWords(order.totals.totalMinor)}`]], 1);
  doc.note(labels.note.orderConfirmation);
  doc.signatures([labels.signature.supplier, labels.signature.buyer], labels.signature.date);
  return { number: order.number, pdf: await doc.finish() };
}

/** The order and shipment behind a delivery note or packing list. */
async function shipmentWithOrder(db: Executor, shipmentId: string) {
  const shipment = await getShipment(db, shipmentId);
  return { shipment, order: await getOrder(db, shipment.orderId) };
}

/** Shipment lines without prices: what the goods are and how many, with room to tick and remark. */
function goodsTable(doc: PrintedDocument, f: Formatters, lines: { lineNo: number; sku: string; name: string; unit: string; quantity: number }[]): void {
  const { column, total } = f.labels;
  doc.table(
    [
      { title: column.lineNo, width: 0.07, align: 'center' },
      { title: column.sku, width: 0.18 },
      { title: column.name, width: 0.35 },
      { title: column.unit, width: 0.08, align: 'center' },
      { title: column.quantity, width: 0.1, align: 'right' },
      { title: column.checked, width: 0.08, align: 'center' },
      { title: column.remark, width: 0.14 },
    ],
    lines.map((l) => [String(l.lineNo), l.sku, l.name, f.unit(l.unit), String(l.quantity), '', '']),
  );
  doc.totals([[total.quantity, String(lines.reduce((sum, l) => sum + l.quantity, 0))]]);
}

/** 发货单: what left, when, with which carrier and tracking number, for the receiver to sign. */
export async function deliveryNotePdf(db: Executor, reader: Reader, shipmentId: string): Promise<{ number: string; pdf: Buffer }> {
  const { shipment, order } = await shipmentWithOrder(db, shipmentId);
  const f = formattersFor(reader);
  const { labels } = f;
  const doc = await startDocument(db, reader, f, labels.title.deliveryNote, shipment.trackingNumber);
  doc.fields([
    [labels.field.orderNumber, order.number],
    [labels.field.shipDate, f.date(shipment.shippedAt)],
    ...partyFields(order, f),
    [labels.field.carrier, shipment.carrier.name],
    [labels.field.carrierKind, labels.carrierKind[shipment.carrier.kind]],
    [labels.field.trackingNumber, shipment.trackingNumber],
    [labels.field.orderDate, f.date(order.receivedAt)],
  ]);
  if (shipment.carrier.trackingUrl) doc.fields([[labels.field.trackingUrl, shipment.carrier.trackingUrl]], 1);
  goodsTable(doc, f, shipment.lines);
  doc.note(labels.note.deliveryNote);
  doc.signatures([labels.signature.shipper, labels.signature.carrier, labels.signature.receiver], labels.signature.date);
  return { number: order.number, pdf: await doc.finish() };
}

/** 装箱单: what goes in the consignment, checked by the packer and a second person. */
export async function packListPdf(db: Executor, reader: Reader, shipmentId: string): Promise<{ number: string; pdf: Buffer }> {
  const { shipment, order } = await shipmentWithOrder(db, shipmentId);
  const f = formattersFor(reader);
  const { labels } = f;
  const doc = await startDocument(db, reader, f, labels.title.packList, shipment.trackingNumber);
  doc.fields([
    [labels.field.orderNumber, order.number],
    [labels.field.shipDate, f.date(shipment.shippedAt)],
    ...partyFields(order, f),
    [labels.field.carrier, shipment.carrier.name],
    [labels.field.trackingNumber, shipment.trackingNumber],
  ]);
  goodsTable(doc, f, shipment.lines);
  doc.note(labels.note.packList);
  doc.signatures([labels.signature.packer, labels.signature.checker], labels.signature.date);
  return { number: order.number, pdf: await doc.finish() };
}
