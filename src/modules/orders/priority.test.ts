import { describe, expect, test } from 'vitest';
import { activeCalendar, defaultCalendarSetting } from '../../platform/time/calendar-setting.js';
import { computePriority, deadlinesFor } from './priority.js';
import { defaultPrioritySettings, defaultSlaSettings, type PrioritySettings } from './settings.js';

describe('the seed examples (SPEC §4)', () => {
  test('202405-001: VIP, 150,000 CNY, delivery in 3 days → high', () => {
    const p = computePriority({ customerTier: 'vip', totalMinor: 150_000_00, currency: 'CNY', daysToDelivery: 3, orderType: 'standard' }, defaultPrioritySettings);
    expect(p.level).toBe('high');
    expect(p.score).toBe(9);
    expect(p.factors.map((f) => [f.dimension, f.level])).toEqual([
      ['customer_tier', 'high'],
      ['order_amount', 'high'],
      ['delivery_urgency', 'high'],
    ]);
  });

  test('202405-002: normal, 8,000 CNY, delivery in 5 days → low', () => {
    const p = computePriority({ customerTier: 'normal', totalMinor: 8_000_00, currency: 'CNY', daysToDelivery: 5, orderType: 'standard' }, defaultPrioritySettings);
    expect(p.level).toBe('low');
    expect(p.score).toBe(5);
    expect(p.factors.map((f) => f.level)).toEqual(['medium', 'low', 'medium']);
    expect(p.factors[1]!.explanation).toBe('8,000.00 CNY < 10,000.00 CNY → low');
  });
});

describe('the default rule', () => {
  const base = { customerTier: 'normal' as const, totalMinor: 50_000_00, currency: 'CNY', daysToDelivery: 5, orderType: 'standard' as const };

  test('6–7 points are medium', () => {
    expect(computePriority(base, defaultPrioritySettings)).toMatchObject({ level: 'medium', score: 6 });
    expect(computePriority({ ...base, customerTier: 'vip' }, defaultPrioritySettings)).toMatchObject({ level: 'medium', score: 7 });
  });

  test('amount boundaries: 100,000 is high, 10,000 is medium, 9,999.99 is low', () => {
    const level = (totalMinor: number) => computePriority({ ...base, totalMinor }, defaultPrioritySettings).factors[1]!.level;
    expect(level(100_000_00)).toBe('high');
    expect(level(99_999_99)).toBe('medium');
    expect(level(10_000_00)).toBe('medium');
    expect(level(9_999_99)).toBe('low');
  });

  test('urgency boundaries: ≤ 3 days high, 4–7 medium, ≥ 8 low, none low', () => {
    const level = (daysToDelivery: number | null) => computePriority({ ...base, daysToDelivery }, defaultPrioritySettings).factors[2]!.level;
    expect([0, 3, 4, 7, 8, null].map(level)).toEqual(['high', 'high', 'medium', 'medium', 'low', 'low']);
  });

  test('an urgent order is high whatever it scores, and says why', () => {
    const p = computePriority({ ...base, customerTier: 'new', totalMinor: 100_00, daysToDelivery: 20, orderType: 'urgent' }, defaultPrioritySettings);
    expect(p).toMatchObject({ level: 'high', scoredLevel: 'low', score: 3 });
    expect(p.rules.map((r) => r.code)).toEqual(['urgent_order']);
  });

  test('a currency without thresholds scores the amount medium and explains it', () => {
    const f = computePriority({ ...base, currency: 'USD' }, defaultPrioritySettings).factors[1]!;
    expect(f.level).toBe('medium');
    expect(f.explanation).toContain('no amount thresholds are set for USD');
  });
});

test('weights and thresholds are settings', () => {
  const amountCounts: PrioritySettings = { ...defaultPrioritySettings, weights: { customerTier: 1, orderAmount: 3, deliveryUrgency: 1 }, thresholds: { high: 10, medium: 7 } };
  const p = computePriority({ customerTier: 'new', totalMinor: 200_000_00, currency: 'CNY', daysToDelivery: 10, orderType: 'standard' }, amountCounts);
  expect(p.score).toBe(1 + 9 + 1);
  expect(p.level).toBe('high');
  expect(computePriority({ customerTier: 'new', totalMinor: 200_000_00, currency: 'CNY', daysToDelivery: 10, orderType: 'standard' }, defaultPrioritySettings).level).toBe('low');
});

test('deadlines count from receipt by level, with the warning when the configured minutes are left', () => {
  const received = new Date('2024-05-10T01:00:00Z');
  expect(deadlinesFor('high', received, defaultSlaSettings, null)).toEqual({
    response: { dueAt: new Date('2024-05-10T02:00:00Z'), warnAt: new Date('2024-05-10T01:45:00Z') },
    plan: { dueAt: new Date('2024-05-10T03:00:00Z'), warnAt: new Date('2024-05-10T02:45:00Z') },
  });
  expect(deadlinesFor('medium', received, defaultSlaSettings, null).response.dueAt).toEqual(new Date('2024-05-10T05:00:00Z'));
  expect(deadlinesFor('low', received, defaultSlaSettings, null).response.dueAt).toEqual(new Date('2024-05-10T09:00:00Z'));
});

test('on a business calendar, deadlines and warnings count working minutes', () => {
  const calendar = activeCalendar({ ...defaultCalendarSetting, enabled: true })!;
  // Friday 17:30 in Shanghai, high: response due Monday 09:30 (warned at 09:15), plan Monday 10:30.
  const friday = new Date('2024-05-10T09:30:00Z');
  expect(deadlinesFor('high', friday, defaultSlaSettings, calendar)).toEqual({
    response: { dueAt: new Date('2024-05-13T01:30:00Z'), warnAt: new Date('2024-05-13T01:15:00Z') },
    plan: { dueAt: new Date('2024-05-13T02:30:00Z'), warnAt: new Date('2024-05-13T02:15:00Z') },
  });
});
