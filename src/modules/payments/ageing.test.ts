import { describe, expect, test } from 'vitest';
import { bucketOf, dueDateOf } from './ageing.js';

describe('due dates by payment terms', () => {
  test('prepaid is due on the order day, cash on delivery on the delivery day, net N days after it', () => {
    expect(dueDateOf({ kind: 'prepaid' }, '2024-05-10', '2024-05-20')).toBe('2024-05-10');
    expect(dueDateOf({ kind: 'cash_on_delivery' }, '2024-05-10', '2024-05-20')).toBe('2024-05-20');
    expect(dueDateOf({ kind: 'net', netDays: 30 }, '2024-05-10', '2024-05-20')).toBe('2024-06-19');
    expect(dueDateOf({ kind: 'net', netDays: 30 }, '2024-05-10', null)).toBe('2024-06-09');
  });
});

describe('ageing buckets', () => {
  test('the edges of each bucket', () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91].map(bucketOf)).toEqual(['current', 'days_1_30', 'days_1_30', 'days_31_60', 'days_31_60', 'days_61_90', 'days_61_90', 'days_over_90']);
  });
});
