import { describe, expect, test } from 'vitest';
import { auditIntake, type AuditInput } from './intake-audit.js';

const clean: AuditInput = {
  type: 'standard',
  paymentStatus: 'unpaid',
  requestedDeliveryDate: '2024-05-15',
  receivedDate: '2024-05-10',
  specialRequirements: null,
  hasContact: true,
  needsDelivery: true,
  hasDeliveryTarget: true,
  lines: [{ sku: 'A-1', kind: 'stock', active: true, quantity: 5, reserved: 5, listPriceMinor: 100, unitPriceMinor: 100 }],
  duplicateOf: null,
};
const codes = (input: Partial<AuditInput>) => {
  const result = auditIntake({ ...clean, ...input });
  return { exceptions: result.exceptions.map((f) => f.code), warnings: result.warnings.map((f) => f.code) };
};

test('a complete order passes', () => {
  expect(codes({})).toEqual({ exceptions: [], warnings: [] });
});

test('information missing: delivery date, contact, address', () => {
  expect(codes({ requestedDeliveryDate: null }).exceptions).toEqual(['missing_delivery_date']);
  expect(codes({ hasContact: false }).exceptions).toEqual(['missing_contact']);
  expect(codes({ hasDeliveryTarget: false }).exceptions).toEqual(['missing_delivery_address']);
  expect(codes({ hasDeliveryTarget: false, needsDelivery: false }).exceptions).toEqual([]);
  expect(codes({ requestedDeliveryDate: '2024-05-09' }).exceptions).toEqual(['delivery_date_in_past']);
});

describe('stock shortage', () => {
  const short = [{ ...clean.lines[0]!, reserved: 2 }];
  test('not prepaid: a demand conflict (exception)', () => {
    expect(codes({ lines: short })).toEqual({ exceptions: ['stock_shortage_unpaid'], warnings: [] });
    expect(codes({ lines: short, paymentStatus: 'partial' }).exceptions).toEqual(['stock_shortage_unpaid']);
  });
  test('prepaid: backordered, the order goes on', () => {
    expect(codes({ lines: short, paymentStatus: 'paid' })).toEqual({ exceptions: [], warnings: ['backordered'] });
  });
  test('made-to-order and service lines are never short', () => {
    expect(codes({ lines: [{ ...clean.lines[0]!, kind: 'made_to_order', reserved: 0 }] }).exceptions).toEqual([]);
  });
});

describe('special requirements', () => {
  test('the seed’s "需定制LOGO" without parameters is unclear', () => {
    expect(codes({ specialRequirements: { text: '需定制LOGO' } }).exceptions).toEqual(['special_requirements_unclear']);
  });
  test('with its parameters it is clear', () => {
    expect(codes({ specialRequirements: { text: '需定制LOGO', customization: { logo: 'AI 文件, 40mm, 正面' } } }).exceptions).toEqual([]);
  });
  test('vague words make it unclear, in Chinese and English', () => {
    expect(codes({ specialRequirements: { packaging: '包装待定' } }).exceptions).toEqual(['special_requirements_unclear']);
    expect(codes({ specialRequirements: { text: 'colour TBD' } }).exceptions).toEqual(['special_requirements_unclear']);
    expect(codes({ specialRequirements: { customization: { size: '大概 40mm' } } }).exceptions).toEqual([]);
    expect(codes({ specialRequirements: { customization: { size: '看情况' } } }).exceptions).toEqual(['special_requirements_unclear']);
  });
  test('a custom order needs customisation parameters', () => {
    expect(codes({ type: 'custom' }).exceptions).toEqual(['special_requirements_unclear']);
    expect(codes({ type: 'custom', specialRequirements: { customization: { colour: 'RAL 5015' } } }).exceptions).toEqual([]);
  });
  test('plain requirements are fine', () => {
    expect(codes({ specialRequirements: { text: '加急订单' } }).exceptions).toEqual([]);
  });
});

test('warnings: list price changed, likely duplicate, discontinued product is an exception', () => {
  expect(codes({ lines: [{ ...clean.lines[0]!, unitPriceMinor: 90 }] }).warnings).toEqual(['price_differs_from_list']);
  expect(codes({ duplicateOf: { number: '202405-001', receivedAt: new Date() } }).warnings).toEqual(['possible_duplicate']);
  expect(codes({ lines: [{ ...clean.lines[0]!, active: false }] }).exceptions).toEqual(['inactive_product']);
});
