import type { Executor } from '../../platform/db/connect.js';
import { queryRows } from '../../platform/db/sql.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { localDate } from '../../platform/time/zone.js';
import { sql } from 'drizzle-orm';
import { productsFromLookup, productsLookup } from '../catalog/service.js';
import { getCustomer } from '../customers/service.js';
import { availableStock } from '../inventory/service.js';
import { planningCalendar } from './schedule.js';
import type { Quote, QuoteInput } from './contract.js';
import { promiseFor } from './promise.js';

/* The promise date while an order is being entered (SPEC "Beyond the seeds"): answered, with its reasons, before anything is written. */


/**
 * The earliest delivery date Ordo can honour for these lines and customer, today: from the
 * stock available now, the stage durations of the order type's template (and the
 * products' lead times), and the capacity calendar for made-to-order units.
 */
export async function quotePromiseDate(db: Executor, now: Date, timeZone: string, input: QuoteInput): Promise<Quote> {
  if (!(await getCustomer(db, input.customerId))) {
    throw new DomainError('unknown_reference', `No customer ${input.customerId}`, { errors: [{ path: '/customerId', in: 'body', code: 'unknown', message: 'is not a known customer' }] });
  }
  const ids = [...new Set(input.lines.map((l) => l.productId))];
  const [row] = await queryRows<{ products: unknown }>(db, sql`SELECT ${productsLookup(ids)} AS products`);
  const products = productsFromLookup(row!.products);
  const missing: FieldError[] = input.lines.flatMap((l, i) => (products.has(l.productId) ? [] : [{ path: `/lines/${i}/productId`, in: 'body' as const, code: 'unknown', message: 'is not a known product' }]));
  if (missing.length > 0) throw new DomainError('unknown_reference', `${missing.length} line(s) name a product that does not exist`, { errors: missing });
  const available = await availableStock(db, ids);
  // Lines of one product share what is on the shelf, first line first, as intake reserves it.
  const lines = input.lines.map((l) => {
    const product = products.get(l.productId)!;
    const inStock = product.kind === 'stock' ? Math.min(available.get(product.id) ?? 0, l.quantity) : 0;
    if (product.kind === 'stock') available.set(product.id, (available.get(product.id) ?? 0) - inStock);
    return { sku: product.sku, kind: product.kind, quantity: l.quantity, inStock, leadTimes: product.leadTimes };
  });
  const orderType = input.type ?? 'standard';
  const schedule = await promiseFor(db, { orderType, lines, start: localDate(now, timeZone), calendar: await planningCalendar(db) });
  return { promiseDate: schedule.promiseDate, orderType, template: { orderType, version: schedule.template.version }, reasoning: schedule.reasoning };
}
