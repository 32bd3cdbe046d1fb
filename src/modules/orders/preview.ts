import type { Db } from '../../platform/db/connect.js';
import { DomainError } from '../../platform/http/errors.js';
import { assertCustomerTakesOrders } from '../customers/service.js';
import { availableStock } from '../inventory/service.js';
import { promiseFor } from '../planning/service.js';
import type { OrderInput, OrderPreview, PreviewLine } from './contract.js';
import { findingView } from './intake-audit.js';
import { assessOrder, linesFingerprint, lookUpIntake, priceLines } from './intake.js';

/**
 * What intake would make of an order, without taking it (SPEC §3, §4): the same pricing,
 * preliminary audit, priority and deadlines as `createOrder`, read-only. Stock is not
 * reserved: each stock line is covered from what is available now, in line order, as the
 * reservation would do it.
 */
export async function previewOrder(db: Db, now: Date, timeZone: string, input: OrderInput): Promise<OrderPreview> {
  const { customer, products, settings, duplicateOf, template } = await lookUpIntake(db, input, linesFingerprint(input.lines), now);
  if (!customer) {
    throw new DomainError('unknown_reference', `No customer ${input.customerId}`, {
      errors: [{ path: '/customerId', in: 'body', code: 'unknown', message: 'is not a known customer' }],
    });
  }
  assertCustomerTakesOrders(customer);
  const { lines, currency } = priceLines(input, products);
  const stocked = [...new Set(lines.filter((l) => l.product.kind === 'stock').map((l) => l.product.id))];
  const available = await availableStock(db, stocked);
  const left = new Map(available);
  const previewLines = lines.map((l): PreviewLine => {
    const stock = l.product.kind === 'stock';
    const covered = stock ? Math.min(l.input.quantity, Math.max(left.get(l.product.id) ?? 0, 0)) : null;
    if (covered !== null) left.set(l.product.id, (left.get(l.product.id) ?? 0) - covered);
    return {
      productId: l.product.id,
      sku: l.product.sku,
      name: l.product.name,
      unit: l.product.unit,
      kind: l.product.kind,
      quantity: l.input.quantity,
      listPriceMinor: l.product.priceMinor,
      unitPriceMinor: l.unitPriceMinor,
      discountMinor: l.discountMinor,
      totalMinor: l.totalMinor,
      coveredQuantity: covered,
      available: stock ? (available.get(l.product.id) ?? 0) : null,
    };
  });
  const covered = (index: number) => previewLines[index]!.coveredQuantity ?? 0;
  const { totals, exceptions, warnings, priority, deadlines, type, receivedDate } = assessOrder(input, { now, timeZone, customer, settings, duplicateOf }, lines, (_line, index) => covered(index));
  const promise = await promiseFor(db, {
    orderType: type,
    template,
    calendar: settings.calendar,
    start: receivedDate,
    lines: lines.map((l, index) => ({ sku: l.product.sku, kind: l.product.kind, quantity: l.input.quantity, inStock: covered(index), leadTimes: l.product.leadTimes })),
  });
  return {
    lines: previewLines,
    totals: { currency, ...totals },
    exceptions: exceptions.map(findingView),
    warnings: warnings.map(findingView),
    priority,
    responseDueAt: deadlines.response.dueAt.toISOString(),
    planDueAt: deadlines.plan.dueAt.toISOString(),
    entryCheckRequired: (settings.intake.entryCheckChannels as string[]).includes(input.channel),
    promise: { date: promise.promiseDate, reasoning: promise.reasoning },
  };
}
