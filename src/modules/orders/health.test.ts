import { describe, expect, test } from 'vitest';
import { deliveryRecord } from './fulfilment.js';
import { healthFilter, scheduleDoneStatuses } from './health.js';
import type { OrderRow } from './views.js';

const order = (promisedDeliveryDate: string | null) => ({ promisedDeliveryDate }) as OrderRow;

describe('delivery against the promise date', () => {
  test('late only after the promise day has ended in the business time zone', () => {
    // 16:00 UTC on the 10th is already the 11th in Shanghai, still the 10th in UTC.
    expect(deliveryRecord(order('2024-05-10'), new Date('2024-05-10T15:59:00Z'), 'Asia/Shanghai')).toMatchObject({ deliveredLate: false, promisedAtDelivery: '2024-05-10' });
    expect(deliveryRecord(order('2024-05-10'), new Date('2024-05-10T16:00:00Z'), 'Asia/Shanghai')).toMatchObject({ deliveredLate: true });
    expect(deliveryRecord(order('2024-05-10'), new Date('2024-05-10T16:00:00Z'), 'UTC')).toMatchObject({ deliveredLate: false });
  });

  test('without a promise date lateness is unknown, not on time', () => {
    expect(deliveryRecord(order(null), new Date('2024-05-10T00:00:00Z'), 'Asia/Shanghai')).toEqual({ deliveredAt: new Date('2024-05-10T00:00:00Z'), promisedAtDelivery: null, deliveredLate: null });
  });
});

describe('which orders are done', () => {
  test('from delivery on, and cancelled; everything before delivery still has a schedule', () => {
    expect([...scheduleDoneStatuses].sort()).toEqual(['acceptance_failed', 'accepted', 'after_sales', 'cancelled', 'completed', 'delivered']);
  });

  test('the health filter takes each health once', () => {
    expect(healthFilter('late,at_risk,late')).toEqual(['late', 'at_risk']);
    expect(healthFilter(undefined)).toBeUndefined();
  });
});
