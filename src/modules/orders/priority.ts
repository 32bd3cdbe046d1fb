import { addWorkingMinutes, type BusinessCalendar } from '../../platform/time/calendar.js';
import type { Level, Priority, PriorityFactor, PriorityRule } from './contract.js';
import type { PrioritySettings, SlaSettings } from './settings.js';

export interface PriorityInput {
  customerTier: 'vip' | 'normal' | 'new';
  totalMinor: number;
  currency: string;
  /** Whole days from the day of receipt to the wanted delivery date, or null when none was given. */
  daysToDelivery: number | null;
  orderType: 'standard' | 'custom' | 'urgent';
}

const tierNames = { vip: 'VIP customer', normal: 'normal customer', new: 'new or small customer' } as const;

// Made once: toLocaleString with options builds a new formatter on every call, three per order at intake.
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function formatAmount(minor: number, currency: string): string {
  return `${twoDecimals.format(minor / 100)} ${currency}`;
}

/**
 * SPEC §4's default rule, with every factor explained: customer tier, order amount and
 * delivery urgency each score high/medium/low; the weighted points against thresholds
 * give the level. An urgent (after-sales) order is high whatever it scores.
 */
export function computePriority(input: PriorityInput, settings: PrioritySettings): Priority {
  const factor = (dimension: PriorityFactor['dimension'], value: PriorityFactor['value'], level: Level, explanation: string): PriorityFactor => {
    const weight = settings.weights[dimension === 'customer_tier' ? 'customerTier' : dimension === 'order_amount' ? 'orderAmount' : 'deliveryUrgency'];
    const points = settings.points[level];
    return { dimension, value, level, points, weight, score: points * weight, explanation };
  };

  const tierLevel = settings.tierLevels[input.customerTier];
  const tier = factor('customer_tier', input.customerTier, tierLevel, `${tierNames[input.customerTier]} → ${tierLevel}`);

  const thresholds = settings.amountThresholds[input.currency];
  const amountText = formatAmount(input.totalMinor, input.currency);
  const amount = !thresholds
    ? factor('order_amount', input.totalMinor, 'medium', `${amountText}: no amount thresholds are set for ${input.currency} → medium`)
    : input.totalMinor >= thresholds.highFromMinor
      ? factor('order_amount', input.totalMinor, 'high', `${amountText} ≥ ${formatAmount(thresholds.highFromMinor, input.currency)} → high`)
      : input.totalMinor >= thresholds.mediumFromMinor
        ? factor('order_amount', input.totalMinor, 'medium', `${amountText} ≥ ${formatAmount(thresholds.mediumFromMinor, input.currency)} → medium`)
        : factor('order_amount', input.totalMinor, 'low', `${amountText} < ${formatAmount(thresholds.mediumFromMinor, input.currency)} → low`);

  const days = input.daysToDelivery;
  const { highWithinDays, mediumWithinDays } = settings.urgency;
  const urgency =
    days === null
      ? factor('delivery_urgency', null, 'low', 'no delivery date given → low')
      : days <= highWithinDays
        ? factor('delivery_urgency', days, 'high', `delivery in ${days} day(s) ≤ ${highWithinDays} → high`)
        : days <= mediumWithinDays
          ? factor('delivery_urgency', days, 'medium', `delivery in ${days} days ≤ ${mediumWithinDays} → medium`)
          : factor('delivery_urgency', days, 'low', `delivery in ${days} days > ${mediumWithinDays} → low`);

  const factors = [tier, amount, urgency];
  const score = factors.reduce((sum, f) => sum + f.score, 0);
  const scoredLevel: Level = score >= settings.thresholds.high ? 'high' : score >= settings.thresholds.medium ? 'medium' : 'low';
  const rules: PriorityRule[] =
    input.orderType === 'urgent' ? [{ code: 'urgent_order', level: 'high', explanation: 'urgent order (e.g. after-sales reorder): green channel → high' }] : [];
  const level = rules.length > 0 ? 'high' : scoredLevel;
  return { level, score, scoredLevel, factors, rules, override: null };
}

export interface Deadline {
  dueAt: Date;
  /** When the owner is warned that the deadline is near. */
  warnAt: Date;
}

/**
 * Response and plan deadlines counted from receipt: in working minutes on the business
 * calendar when one is switched on, else in clock minutes. The warning comes when the
 * configured minutes are left (so on a calendar it too falls in working time).
 */
export function deadlinesFor(level: Level, receivedAt: Date, sla: SlaSettings, calendar: BusinessCalendar | null): { response: Deadline; plan: Deadline } {
  const { responseMinutes, planMinutes, warnBeforeMinutes } = sla[level];
  const after = (minutes: number) => (calendar ? addWorkingMinutes(calendar, receivedAt, minutes) : new Date(receivedAt.getTime() + minutes * 60_000));
  return {
    response: { dueAt: after(responseMinutes), warnAt: after(responseMinutes - warnBeforeMinutes) },
    plan: { dueAt: after(planMinutes), warnAt: after(planMinutes - warnBeforeMinutes) },
  };
}
