import { describe, expect, test } from 'vitest';
import { chainProblems, defaultChains } from './chains.js';
import { checkBasics, checkCapacity, checkCredit, checkMaterials, type ReviewSubject } from './checks.js';
import { autoApprovalRule, defaultAutoApproval } from './settings.js';

const line = { lineNo: 1, sku: 'XH-B10', kind: 'stock' as const, active: true, quantity: 10, listPriceMinor: 80_00, unitPriceMinor: 80_00, discountMinor: 0, totalMinor: 800_00, reservedQuantity: 10, leadTimes: {} };
const subject = (overrides: Partial<ReviewSubject> = {}): ReviewSubject => ({
  orderId: '00000000-0000-4000-8000-000000000001',
  number: '202405-001',
  orderType: 'standard',
  customerId: '00000000-0000-4000-8000-000000000002',
  customerName: '客户',
  customer: { tier: 'normal', creditLimitMinor: 1_000_00, currency: 'CNY', paymentTerms: { kind: 'net', netDays: 30 } },
  openReceivablesMinor: 0,
  currency: 'CNY',
  subtotalMinor: 800_00,
  discountMinor: 0,
  totalMinor: 800_00,
  paymentStatus: 'unpaid',
  paidMinor: 0,
  signedConfirmation: false,
  requestedDeliveryDate: '2024-05-20',
  today: '2024-05-10',
  priority: 'low',
  dueAt: new Date('2024-05-10T09:00:00Z'),
  lines: [line],
  ...overrides,
});

describe('credit', () => {
  test('receivables plus this order within the limit pass; one unit above fails with the numbers', () => {
    expect(checkCredit(subject({ openReceivablesMinor: 200_00 })).passed).toBe(true);
    const over = checkCredit(subject({ openReceivablesMinor: 200_01 }));
    expect(over).toMatchObject({ passed: false, reasons: [{ code: 'over_credit_limit' }], evidence: { exposureMinor: 1_000_01, creditLimitMinor: 1_000_00 } });
  });

  test('a partly paid order extends credit only for what it still owes', () => {
    expect(checkCredit(subject({ openReceivablesMinor: 500_00, paymentStatus: 'partial', paidMinor: 300_00 })).passed).toBe(true);
    expect(checkCredit(subject({ openReceivablesMinor: 500_00, paymentStatus: 'partial', paidMinor: 299_99 })).evidence).toMatchObject({ orderCreditMinor: 500_01, exposureMinor: 1_000_01 });
  });

  test('a paid order extends no credit; a prepaid customer’s unpaid or partial order fails', () => {
    expect(checkCredit(subject({ paymentStatus: 'paid', openReceivablesMinor: 5_000_00 })).passed).toBe(true);
    const prepaid = { ...subject().customer, paymentTerms: { kind: 'prepaid' as const }, creditLimitMinor: 10_000_00 };
    expect(checkCredit(subject({ customer: prepaid, paymentStatus: 'partial' })).reasons.map((r) => r.code)).toEqual(['prepayment_required']);
  });
});

describe('basics and materials', () => {
  test('a price off the list, a discount or totals that do not add up need a person', () => {
    expect(checkBasics(subject()).passed).toBe(true);
    const cheaper = checkBasics(subject({ lines: [{ ...line, unitPriceMinor: 75_00, totalMinor: 750_00 }], subtotalMinor: 750_00, totalMinor: 750_00 }));
    expect(cheaper.reasons.map((r) => r.code)).toEqual(['price_differs_from_list']);
    expect(checkBasics(subject({ totalMinor: 799_00 })).reasons.map((r) => r.code)).toEqual(['order_total_mismatch']);
  });

  test('a short stock line passes when its procurement lead time fits before delivery', () => {
    const short = { ...line, reservedQuantity: 4 };
    expect(checkMaterials(subject({ lines: [short] })).reasons.map((r) => r.code)).toEqual(['no_procurement_lead_time']);
    expect(checkMaterials(subject({ lines: [{ ...short, leadTimes: { procurement: 10 } }] })).passed).toBe(true);
    expect(checkMaterials(subject({ lines: [{ ...short, leadTimes: { procurement: 11 } }] })).reasons.map((r) => r.code)).toEqual(['lead_time_too_long']);
  });

  test('capacity passes trivially without made-to-order lines', () => {
    expect(checkCapacity(subject(), null)).toMatchObject({ passed: true, evidence: { neededUnits: 0 } });
    const custom = subject({ lines: [{ ...line, kind: 'made_to_order', reservedQuantity: 0 }], requestedDeliveryDate: null });
    expect(checkCapacity(custom, null).reasons.map((r) => r.code)).toEqual(['no_delivery_date']);
  });
});

test('the default chains are valid; a chain must end with a human final step', () => {
  for (const steps of Object.values(defaultChains)) expect(chainProblems(steps)).toEqual([]);
  const automaticFinal = [...defaultChains.standard.slice(0, -1), { ...defaultChains.standard.at(-1)!, check: 'basic' as const }];
  expect(chainProblems(automaticFinal)).toEqual([expect.objectContaining({ path: '/steps/4/check', code: 'final_step_human' })]);
});

describe('automatic approval and the signed confirmation', () => {
  const settings = { ...defaultAutoApproval, orderTypes: ['standard', 'custom'] as ('standard' | 'custom')[] };
  test('an order type that needs a signed confirmation is not approved at once without one', () => {
    const custom = subject({ orderType: 'custom' });
    expect(autoApprovalRule({ ...settings, signedConfirmationTypes: [] }, custom).holds).toBe(true);
    expect(autoApprovalRule({ ...settings, signedConfirmationTypes: ['custom'] }, custom)).toMatchObject({ holds: false, reasons: [expect.stringContaining('signed confirmation')] });
    expect(autoApprovalRule({ ...settings, signedConfirmationTypes: ['custom'] }, subject({ orderType: 'custom', signedConfirmation: true })).holds).toBe(true);
  });
});
