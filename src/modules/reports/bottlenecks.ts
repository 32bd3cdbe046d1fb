/*
 * Bottlenecks (SPEC §11): where orders spend their time — plan stages, review steps, role
 * inboxes, delays — and what each person carried, for appraisal. Read-only; every figure
 * comes through the owning module's door or the audit trail.
 */
import type { Executor } from '../../platform/db/connect.js';
import { entitiesTouchedByActor } from '../../platform/audit/query.js';
import { localDate } from '../../platform/time/zone.js';
import { casesOpenedBetween } from '../aftersales/service.js';
import { productCategories } from '../catalog/service.js';
import { productsOfOrders } from '../orders/service.js';
import { delayFactsBetween, lateStageOrdersBetween, stageFiguresBetween, type DelayFact } from '../planning/service.js';
import { stepFactsBetween } from '../review/service.js';
import { settledClocksDueBetween } from '../sla/service.js';
import { decodeCursor, pageOf } from '../../platform/http/pagination.js';
import type { BottleneckReport } from './bottlenecks-contract.js';
import { reportOrdersPageSize, type ReportOrders, type ReportOrdersQuery } from './process-contract.js';
import { figureUnknown, spread, type ReportPeriod } from './process-range.js';

const seconds = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** A group of delays with the distinct orders they held up. */
interface DelayGroup {
  key: string;
  delays: number;
  days: number;
  orderIds: string[];
}

function delayGroups(delays: DelayFact[], keyOf: (d: DelayFact) => string): DelayGroup[] {
  return groups([...groupBy(delays, keyOf)]);
}

function groups(grouped: [string, DelayFact[]][]): DelayGroup[] {
  return grouped
    .map(([key, ds]) => ({ key, delays: ds.length, days: ds.reduce((sum, d) => sum + d.days, 0), orderIds: [...new Set(ds.map((d) => d.orderId))] }))
    .sort((a, b) => b.days - a.days || b.delays - a.delays || a.key.localeCompare(b.key));
}

/**
 * Delays by the category of the products on the delayed order: an order of two categories
 * counts under both. Products without a category fall under the empty key.
 */
async function delaysByCategory(db: Executor, delays: DelayFact[]): Promise<DelayGroup[]> {
  const productsByOrder = await productsOfOrders(db, [...new Set(delays.map((d) => d.orderId))]);
  const categories = await productCategories(db, [...new Set([...productsByOrder.values()].flat())]);
  const byCategory = new Map<string, DelayFact[]>();
  for (const delay of delays) {
    const keys = new Set((productsByOrder.get(delay.orderId) ?? []).map((p) => categories.get(p) ?? ''));
    for (const key of keys) {
      const group = byCategory.get(key);
      if (group) group.push(delay);
      else byCategory.set(key, [delay]);
    }
  }
  return groups([...byCategory]);
}

type DelayGrouping = keyof BottleneckReport['delays'];

/** The delays by stage, by cause (the reason given), by department (the stage's owner role) and by product category. */
async function delaysGrouped(db: Executor, delays: DelayFact[]): Promise<Record<DelayGrouping, DelayGroup[]>> {
  return {
    byStage: delayGroups(delays, (d) => d.stageKey),
    byCause: delayGroups(delays, (d) => d.reason),
    byDepartment: delayGroups(delays, (d) => d.ownerRole),
    byCategory: await delaysByCategory(db, delays),
  };
}

interface Person {
  userId: string;
  name: string;
  ordersHandled: number;
  responses: number[];
  slaDue: number;
  slaMet: number;
  casesOwned: number;
  resolutions: number[];
}

/** The bottleneck report for `period`. A stage is late when it ended (or, unfinished, is still open) after its planned end day. */
export async function bottleneckReport(db: Executor, period: ReportPeriod, now: Date, timeZone: string): Promise<BottleneckReport> {
  const [stages, delays, steps, clocks, cases, handled] = await Promise.all([
    stageFiguresBetween(db, period.start, period.end, localDate(now, timeZone), timeZone),
    delayFactsBetween(db, period.start, period.end),
    stepFactsBetween(db, period.start, period.end),
    settledClocksDueBetween(db, period.start, period.end),
    casesOpenedBetween(db, period.start, period.end),
    entitiesTouchedByActor(db, 'order', period.start, period.end),
  ]);

  const decided = steps.filter((s) => s.decidedAt !== null);
  const reviewSteps = [...groupBy(steps, (s) => s.key)].map(([key, rows]) => {
    const done = rows.filter((s) => s.decidedAt !== null);
    return { key, role: rows[0]!.role, steps: rows.length, decided: done.length, ...spread(done.map((s) => seconds(s.waitingSince, s.decidedAt!))) };
  });

  const inboxes = [...groupBy(steps, (s) => s.role)].map(([role, rows]) => {
    const done = rows.filter((s) => s.decidedAt !== null);
    const waiting = rows.filter((s) => s.decidedAt === null && s.status === 'waiting');
    const oldest = waiting.map((s) => s.waitingSince.getTime()).sort((a, b) => a - b)[0];
    return { role, decided: done.length, ...spread(done.map((s) => seconds(s.waitingSince, s.decidedAt!))), waiting: waiting.length, oldestWaitingSince: oldest === undefined ? null : new Date(oldest).toISOString() };
  });

  const people = new Map<string, Person>();
  const person = (userId: string, name: string | null): Person => {
    let p = people.get(userId);
    if (!p) {
      p = { userId, name: name ?? userId, ordersHandled: 0, responses: [], slaDue: 0, slaMet: 0, casesOwned: 0, resolutions: [] };
      people.set(userId, p);
    }
    if (name && p.name === userId) p.name = name;
    return p;
  };
  for (const h of handled) person(h.actorId, h.actorLabel).ordersHandled = h.entities;
  for (const s of decided) if (s.decidedBy) person(s.decidedBy, s.decidedByLabel).responses.push(seconds(s.waitingSince, s.decidedAt!));
  for (const c of clocks) {
    if (!c.ownerId) continue;
    const p = person(c.ownerId, null);
    p.slaDue += 1;
    if (c.met) p.slaMet += 1;
  }
  for (const c of cases) {
    if (!c.ownerId) continue;
    const p = person(c.ownerId, c.ownerLabel);
    p.casesOwned += 1;
    if (c.confirmedAt) p.resolutions.push(seconds(c.openedAt, c.confirmedAt));
  }

  return {
    from: period.from,
    to: period.to,
    stages,
    reviewSteps,
    delays: Object.fromEntries(
      Object.entries(await delaysGrouped(db, delays)).map(([grouping, rows]) => [grouping, rows.map(({ orderIds, ...group }) => ({ ...group, orders: orderIds.length }))]),
    ) as BottleneckReport['delays'],
    inboxes,
    people: [...people.values()]
      .map((p) => ({
        userId: p.userId,
        name: p.name,
        ordersHandled: p.ordersHandled,
        decisions: p.responses.length,
        medianResponseSeconds: spread(p.responses).medianSeconds,
        slaDue: p.slaDue,
        slaHitRate: p.slaDue > 0 ? p.slaMet / p.slaDue : null,
        casesOwned: p.casesOwned,
        casesResolved: p.resolutions.length,
        medianResolutionSeconds: spread(p.resolutions).medianSeconds,
      }))
      .sort((a, b) => b.ordersHandled - a.ordersHandled || a.name.localeCompare(b.name)),
  };
}

const figurePattern = /^(late|delays\.(?:byStage|byCause|byDepartment|byCategory)):(.*)$/s;

/**
 * The orders behind one figure of the bottleneck report for `period`, by id after the cursor:
 * `late:<stage>`, the orders with a late stage of that key; `delays.<grouping>:<key>`, the
 * orders held up by that group of delays. A figure the period does not have is refused.
 */
export async function bottleneckOrders(db: Executor, period: ReportPeriod, now: Date, timeZone: string, query: ReportOrdersQuery): Promise<ReportOrders> {
  const [, kind, key] = figurePattern.exec(query.figure) ?? [];
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, ['uuid'])[0];
  const limit = query.limit ?? reportOrdersPageSize;
  let rows: { id: string; number: string | null }[] = [];
  if (kind === 'late') {
    const late = await lateStageOrdersBetween(db, { from: period.start, to: period.end, today: localDate(now, timeZone), timeZone }, key!, after, limit + 1);
    rows = late.map((o) => ({ id: o.orderId, number: o.orderNumber }));
  } else if (kind !== undefined) {
    const delays = await delayFactsBetween(db, period.start, period.end);
    const grouping = kind.slice('delays.'.length) as DelayGrouping;
    const group = (await delaysGrouped(db, delays))[grouping].find((g) => g.key === key);
    const numbers = new Map(delays.map((d) => [d.orderId, d.orderNumber]));
    rows = (group?.orderIds ?? [])
      .filter((id) => after === null || id > after)
      .sort()
      .slice(0, limit + 1)
      .map((id) => ({ id, number: numbers.get(id) ?? null }));
  }
  if (rows.length === 0 && after === null) throw figureUnknown(query.figure);
  return { figure: query.figure, ...pageOf(rows, limit, (row) => [row.id]) };
}
