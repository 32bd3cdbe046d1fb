/**
 * `ordo seed demo`: loads the demo company of demo-data.ts through the module services
 * (never into tables directly), so every record carries its audit event. The orders' stories
 * (review, plan, shipment, acceptance, after-sales, survey) replay on a clock of their own,
 * with the job worker running what falls due in between — plans, surveys, SLA scans — so
 * the company ends "now" with orders in every stage. Deterministic: the same clock gives the
 * same data. A second run finds the demo loaded and creates nothing.
 */
import type { Config } from '../config.js';
import type { Db } from '../platform/db/connect.js';
import { ManualClock, type Clock } from '../platform/time/clock.js';
import { createWorker } from '../worker.js';
import { DomainError } from '../platform/http/errors.js';
import { localDate, zonedParts } from '../platform/time/zone.js';
import { roles, type Role } from '../modules/identity/permissions.js';
import { createUser, listUsers } from '../modules/identity/service.js';
import { createCustomer, listCustomers, type CustomerView } from '../modules/customers/service.js';
import { createProduct, type ProductView } from '../modules/catalog/service.js';
import { createProductionLine, recordStockMovement } from '../modules/inventory/service.js';
import { confirmEntry, createOrder, getOrder, type OrderView } from '../modules/orders/service.js';
import { runStoryStep, type Staff, type StoryState } from './demo-story.js';
import {
  demoCompany,
  demoCustomers,
  demoEmail,
  demoOrders,
  demoPassword,
  demoProductionLines,
  demoProducts,
  demoUsers,
  openingStock,
  type DemoOrder,
} from './demo-data.js';

const minute = 60_000;

/** `YYYY-MM-DD` shifted by whole days. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant a wall clock in `timeZone` shows `date` at `hh:mm`. */
function localInstant(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wall;
  for (let i = 0; i < 2; i++) {
    const p = zonedParts(new Date(instant), timeZone);
    instant += wall - Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  }
  return new Date(instant);
}

function receivedAt(order: DemoOrder, now: Date, today: string, timeZone: string): Date {
  return 'minutesAgo' in order.when
    ? new Date(now.getTime() - order.when.minutesAgo * minute)
    : localInstant(addDays(today, -order.when.daysAgo), order.when.at, timeZone);
}

function userList(): string[] {
  return roles.map((role) => `    ${demoEmail(role).padEnd(28)} ${demoUsers[role].name}（${demoUsers[role].title}）`);
}

/** The demo's notifications stay inside Ordo: its customers' addresses are made up. */
function inAppOnly(config: Config): Config {
  return { ...config, notifications: { ...config.notifications, smtpUrl: undefined, smsUrl: undefined } };
}

/** Loads the demo company; `progress` hears a line now and then while the history replays. */
export async function seedDemo(db: Db, clock: Clock, config: Config, progress: (line: string) => void = () => {}): Promise<string> {
  const now = clock.now();
  const { timeZone } = config;
  const firstCustomer = demoCustomers[0]!.name;
  const { items: found } = await listCustomers(db, { q: firstCustomer, limit: 10 });
  if (found.some((c) => c.name === firstCustomer)) {
    return [
      `The demo data of ${demoCompany} is already loaded (customer ${firstCustomer} exists); nothing was created.`,
      `Demo users (password ${demoPassword}, unless changed since):`,
      ...userList(),
    ].join('\n');
  }

  const today = localDate(now, timeZone);
  // The company is set up the day before the three weeks of orders begin, a minute per record.
  let clockTick = localInstant(addDays(today, -22), '08:30', timeZone).getTime();
  const tick = () => new Date((clockTick += minute));

  // Staff: one user per role; one that already exists is kept as it is.
  let usersSkipped = 0;
  for (const role of roles) {
    try {
      await createUser(db, { userId: null, label: 'cli:seed demo' }, tick(), {
        email: demoEmail(role),
        password: demoPassword,
        name: demoUsers[role].name,
        roles: [role],
        locale: 'zh-CN',
      });
    } catch (err) {
      if (!(err instanceof DomainError && err.code === 'already_exists')) throw err;
      usersSkipped += 1;
    }
  }
  const byEmail = new Map((await listUsers(db)).map((u) => [u.email, u]));
  const actor = (role: Role): Staff => {
    const user = byEmail.get(demoEmail(role));
    if (!user) throw new Error(`The demo user ${demoEmail(role)} is missing`);
    return { userId: user.id, label: user.name, roles: [role] };
  };

  const customers = new Map<string, CustomerView>();
  for (const { key, ...input } of demoCustomers) {
    customers.set(key, await createCustomer(db, actor('sales'), tick(), { ...input, ownerUserId: actor('sales').userId }));
  }
  const products = new Map<string, ProductView>();
  for (const input of demoProducts) products.set(input.sku, await createProduct(db, actor('manager'), tick(), input));
  const stocked = Object.entries(openingStock);
  for (const [sku, quantity] of stocked) {
    await recordStockMovement(db, actor('warehouse'), tick(), { productId: products.get(sku)!.id, kind: 'receipt', quantity, reason: '期初入库' });
  }
  // The capacity calendar the review's capacity check reads for made-to-order lines.
  for (const line of demoProductionLines) await createProductionLine(db, actor('production'), tick(), line);

  // Orders and the manager's entry confirmations, replayed in the order they happened.
  const events: { at: Date; run: () => Promise<void> }[] = [];
  const taken = new Map<DemoOrder, OrderView>();
  let confirmed = 0;
  let storySteps = 0;
  for (const order of demoOrders) {
    const at = receivedAt(order, now, today, timeZone);
    const day = localDate(at, timeZone);
    events.push({
      at,
      run: async () => {
        const customer = customers.get(order.customer);
        if (!customer) throw new Error(`demo order names an unknown customer "${order.customer}"`);
        const { body } = await createOrder(
          { db, now: at, timeZone, actor: actor(order.by) },
          {
            customerId: customer.id,
            channel: order.channel,
            ...(order.ref ? { externalRef: order.ref.replace('{date}', day.replaceAll('-', '')) } : {}),
            type: order.type ?? 'standard',
            requestedDeliveryDate: order.dueInDays === null ? null : addDays(day, order.dueInDays),
            lines: order.lines.map((l) => ({
              productId: products.get(l.sku)!.id,
              quantity: l.qty,
              ...(l.price !== undefined ? { unitPriceMinor: l.price } : {}),
              ...(l.discount !== undefined ? { discountMinor: l.discount } : {}),
            })),
            ...(order.delivery ? { delivery: order.delivery } : {}),
            specialRequirements: order.requirements ?? null,
            paymentStatus: order.paymentStatus,
          },
        );
        taken.set(order, body);
      },
    });
    const confirmAt = order.confirmAfter === undefined ? undefined : new Date(at.getTime() + order.confirmAfter * minute);
    if (confirmAt && confirmAt < now) {
      events.push({
        at: confirmAt,
        run: async () => {
          taken.set(order, await confirmEntry({ db, actor: actor('manager'), now: confirmAt, timeZone }, taken.get(order)!.id));
          confirmed += 1;
        },
      });
    }
    const story: StoryState = {};
    for (const step of order.story ?? []) {
      const stepAt = new Date(at.getTime() + step.after * 3_600_000);
      if (stepAt >= now) continue;
      events.push({
        at: stepAt,
        run: async () => {
          await runStoryStep({ db, now: stepAt, timeZone, staff: actor }, await getOrder(db, taken.get(order)!.id), step, story);
          storySteps += 1;
        },
      });
    }
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());

  // The worker runs on the story's clock: what falls due between two events runs before the next.
  const storyClock = new ManualClock(events[0]!.at);
  const log = { info() {}, warn() {}, error: (detail: object, msg: string) => progress(`  worker: ${msg} ${JSON.stringify(detail)}`) };
  const worker = createWorker({ db, clock: storyClock, config: inAppOnly(config), log });
  await worker.syncSchedules();
  let lastDay = '';
  for (const event of events) {
    storyClock.set(event.at);
    await worker.drain();
    const day = localDate(event.at, timeZone);
    if (day !== lastDay) progress(`  ${day}: ${taken.size} orders taken, ${storySteps} steps of their stories done`);
    lastDay = day;
    await event.run();
    await worker.drain();
  }
  storyClock.set(now);
  await worker.drain();

  const byStatus = new Map<string, number>();
  for (const { id } of taken.values()) {
    const { status } = await getOrder(db, id);
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  const statuses = [...byStatus].map(([status, n]) => `${n} ${status.replaceAll('_', ' ')}`).join(', ');
  const channelCount = new Set(demoOrders.map((o) => o.channel)).size;
  return [
    `Demo data loaded: ${demoCompany} (${timeZone}).`,
    `  users:     ${roles.length - usersSkipped} created, one per role${usersSkipped ? ` (${usersSkipped} already existed, kept)` : ''}`,
    `  customers: ${customers.size} (vip, normal and new; companies and persons)`,
    `  products:  ${products.size} (stock, made to order, service); ${stocked.length} opening stock receipts; ${demoProductionLines.length} production lines`,
    `  orders:    ${taken.size} over the last 3 weeks from ${channelCount} channels — ${statuses}; ${confirmed} entries confirmed by the manager`,
    `  history:   ${storySteps} steps replayed — reviews, plans, delays, shipments, services, acceptances, after-sales, surveys`,
    `Sign in as any demo user with the password ${demoPassword}:`,
    ...userList(),
  ].join('\n');
}
