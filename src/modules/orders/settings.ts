import { type Static, Type } from '@sinclair/typebox';
import type { Executor } from '../../platform/db/connect.js';
import { DomainError } from '../../platform/http/errors.js';
import { StrictObject, StrictRecord, StringEnum } from '../../platform/http/schemas.js';
import { readSettings, settingsLookup, type StoredSetting } from '../../platform/settings/service.js';
import type { BusinessCalendar } from '../../platform/time/calendar.js';
import { activeCalendar, CalendarSetting, calendarSettingProblems, defaultCalendarSetting } from '../../platform/time/calendar-setting.js';
import { roles } from '../identity/service.js';
import { channels } from './contract.js';
import type { SQL } from 'drizzle-orm';

const Level = StringEnum(['high', 'medium', 'low'] as const);
const Points = Type.Integer({ minimum: 0, maximum: 100 });
const Weight = Type.Number({ minimum: 0, maximum: 10 });

/** SPEC §4: three dimensions scored high/medium/low, points summed against thresholds. */
export const PrioritySettings = StrictObject({
  points: StrictObject({ high: Points, medium: Points, low: Points }),
  weights: StrictObject({ customerTier: Weight, orderAmount: Weight, deliveryUrgency: Weight }),
  thresholds: StrictObject({ high: Type.Number({ minimum: 0 }), medium: Type.Number({ minimum: 0 }) }),
  tierLevels: StrictObject({ vip: Level, normal: Level, new: Level }),
  amountThresholds: StrictRecord(
    '^[A-Z]{3}$',
    StrictObject({ highFromMinor: Type.Integer({ minimum: 0 }), mediumFromMinor: Type.Integer({ minimum: 0 }) }),
    { description: 'Per currency: an order total at or above highFromMinor scores high, at or above mediumFromMinor medium' },
  ),
  urgency: StrictObject({
    highWithinDays: Type.Integer({ minimum: 0, maximum: 365 }),
    mediumWithinDays: Type.Integer({ minimum: 0, maximum: 365 }),
  }),
  informRoles: Type.Array(StringEnum(roles), { uniqueItems: true, description: 'The departments told of every new order\'s priority (SPEC §4)' }),
});
export type PrioritySettings = Static<typeof PrioritySettings>;

const Minutes = Type.Integer({ minimum: 1, maximum: 60 * 24 * 30 });
const Deadline = StrictObject({
  responseMinutes: Minutes,
  planMinutes: Minutes,
  warnBeforeMinutes: Type.Integer({ minimum: 1, maximum: 60 * 24 * 30, description: 'Warn the owner when this many minutes are left' }),
});
/** SPEC §4: how long after receipt an order of each priority must be responded to and planned, and when to warn. */
export const SlaSettings = StrictObject({ high: Deadline, medium: Deadline, low: Deadline });
export type SlaSettings = Static<typeof SlaSettings>;

export const maxDuplicateWindowHours = 24 * 30;

/** SPEC §3: which channels need a second person to confirm the entry; the duplicate window. */
export const IntakeSettings = StrictObject({
  entryCheckChannels: Type.Array(StringEnum(channels), { uniqueItems: true }),
  duplicateWindowHours: Type.Integer({ minimum: 0, maximum: maxDuplicateWindowHours }),
});
export type IntakeSettings = Static<typeof IntakeSettings>;

/** Which changes after intake are material: they restart the review chain (issue 13); the others leave it where it is. */
export const ChangeSettings = StrictObject({
  materialWhen: StrictObject({
    amountChanged: Type.Boolean({ description: "The order's total changes" }),
    linesAddedOrRemoved: Type.Boolean({ description: 'A line is added or removed' }),
    customisationChanged: Type.Boolean({ description: 'The customisation parameters of the special requirements change' }),
  }),
});
export type ChangeSettings = Static<typeof ChangeSettings>;

export const defaultChangeSettings: ChangeSettings = {
  materialWhen: { amountChanged: true, linesAddedOrRemoved: true, customisationChanged: true },
};

export const defaultPrioritySettings: PrioritySettings = {
  points: { high: 3, medium: 2, low: 1 },
  weights: { customerTier: 1, orderAmount: 1, deliveryUrgency: 1 },
  thresholds: { high: 8, medium: 6 },
  tierLevels: { vip: 'high', normal: 'medium', new: 'low' },
  // ≥ 100,000 CNY high; 10,000–100,000 medium; below low (in fen).
  amountThresholds: { CNY: { highFromMinor: 10_000_000, mediumFromMinor: 1_000_000 } },
  urgency: { highWithinDays: 3, mediumWithinDays: 7 },
  informRoles: ['production', 'procurement', 'logistics'],
};

export const defaultSlaSettings: SlaSettings = {
  high: { responseMinutes: 60, planMinutes: 120, warnBeforeMinutes: 15 },
  medium: { responseMinutes: 240, planMinutes: 480, warnBeforeMinutes: 30 },
  low: { responseMinutes: 480, planMinutes: 960, warnBeforeMinutes: 60 },
};

export const defaultIntakeSettings: IntakeSettings = {
  entryCheckChannels: ['phone', 'email', 'in_person'],
  duplicateWindowHours: 24,
};

/**
 * The order settings documents, by key, with their schema, defaults and cross-field rules.
 * A rule broken is refused as `refusedAs`: contradicting numbers are 422, a calendar that
 * cannot be read (unknown zone, overlapping hours) is malformed input, 400.
 */
export const orderSettings = {
  'order-priority': { schema: PrioritySettings, defaults: defaultPrioritySettings, check: checkPriority, refusedAs: 'invalid_setting' },
  'order-sla': { schema: SlaSettings, defaults: defaultSlaSettings, check: checkSla, refusedAs: 'invalid_setting' },
  'order-intake': { schema: IntakeSettings, defaults: defaultIntakeSettings, check: () => [], refusedAs: 'invalid_setting' },
  'order-changes': { schema: ChangeSettings, defaults: defaultChangeSettings, check: () => [], refusedAs: 'invalid_setting' },
  'business-calendar': { schema: CalendarSetting, defaults: defaultCalendarSetting, check: calendarSettingProblems, refusedAs: 'validation_failed' },
} as const;
export type OrderSettingKey = keyof typeof orderSettings;

interface Problem {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

function checkPriority(s: PrioritySettings): Problem[] {
  const problems: Problem[] = [];
  if (s.thresholds.high <= s.thresholds.medium) problems.push({ path: '/thresholds/high', code: 'above_medium', message: 'must be above thresholds.medium' });
  if (!(s.points.high >= s.points.medium && s.points.medium >= s.points.low)) {
    problems.push({ path: '/points', code: 'points_ranked', message: 'must not rank low above medium or medium above high' });
  }
  for (const [currency, t] of Object.entries(s.amountThresholds)) {
    if (t.highFromMinor <= t.mediumFromMinor) problems.push({ path: `/amountThresholds/${currency}/highFromMinor`, code: 'above_medium', message: 'must be above mediumFromMinor' });
  }
  if (s.urgency.highWithinDays >= s.urgency.mediumWithinDays) problems.push({ path: '/urgency/highWithinDays', code: 'below_medium', message: 'must be below mediumWithinDays' });
  return problems;
}

function checkSla(s: SlaSettings): Problem[] {
  return (['high', 'medium', 'low'] as const).flatMap((level) => [
    ...(s[level].planMinutes < s[level].responseMinutes ? [{ path: `/${level}/planMinutes`, code: 'plan_before_response', message: 'cannot be due before the response' }] : []),
    ...(s[level].warnBeforeMinutes >= s[level].responseMinutes ? [{ path: `/${level}/warnBeforeMinutes`, code: 'warn_after_response', message: 'must leave time after receipt: below responseMinutes' }] : []),
  ]);
}

/** Refuses a settings document whose parts contradict each other. */
export function assertConsistentSetting(key: OrderSettingKey, value: unknown): void {
  const { check, refusedAs } = orderSettings[key];
  const problems = (check as (v: unknown) => Problem[])(value);
  if (problems.length > 0) {
    throw new DomainError(refusedAs, `The ${key} settings are not valid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, {
      errors: problems.map((p) => ({ path: p.path, in: 'body', code: p.code ?? refusedAs, message: p.message, ...(p.params && { params: p.params }) })),
    });
  }
}

export interface OrderSettings {
  priority: PrioritySettings;
  sla: SlaSettings;
  intake: IntakeSettings;
  changes: ChangeSettings;
  /** The calendar deadlines count on; null when none is switched on. */
  calendar: BusinessCalendar | null;
}

const orderSettingKeys = Object.keys(orderSettings);

/** The settings an order is taken with: stored documents, or the defaults where none was saved. */
export async function loadOrderSettings(db: Executor): Promise<OrderSettings> {
  return orderSettingsFrom(await readSettings(db, orderSettingKeys));
}

export function orderSettingsLookup(): SQL {
  return settingsLookup(orderSettingKeys);
}

export function orderSettingsFrom(stored: Map<string, StoredSetting>): OrderSettings {
  // Documents saved before a field existed get that field's default.
  const priority = stored.get('order-priority')?.value as Partial<PrioritySettings> | undefined;
  const sla = stored.get('order-sla')?.value as SlaSettings | undefined;
  return {
    priority: { ...defaultPrioritySettings, ...priority },
    sla: sla ? { high: { ...defaultSlaSettings.high, ...sla.high }, medium: { ...defaultSlaSettings.medium, ...sla.medium }, low: { ...defaultSlaSettings.low, ...sla.low } } : defaultSlaSettings,
    intake: (stored.get('order-intake')?.value as IntakeSettings | undefined) ?? defaultIntakeSettings,
    changes: (stored.get('order-changes')?.value as ChangeSettings | undefined) ?? defaultChangeSettings,
    calendar: activeCalendar(stored.get('business-calendar')?.value as CalendarSetting | undefined),
  };
}
