import { Type, type Static } from '@sinclair/typebox';
import { Currency, IsoDate, Nullable, StrictObject, StringEnum, Text } from '../../platform/http/schemas.js';
import { orderStatuses, paymentStates } from '../orders/contract.js';

/* Payments and refunds against orders, open receivables and their ageing, as the API shows them. */

export const paymentKinds = ['payment', 'refund'] as const;
export type PaymentKind = (typeof paymentKinds)[number];

export const paymentMethods = ['bank_transfer', 'cash', 'card', 'alipay', 'wechat_pay', 'other'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** The ageing buckets: not yet overdue, then days past the due date. */
export const ageingBuckets = ['current', 'days_1_30', 'days_31_60', 'days_61_90', 'days_over_90'] as const;
export type AgeingBucket = (typeof ageingBuckets)[number];

export const PaymentInput = StrictObject({
  kind: Type.Optional(StringEnum(paymentKinds, { description: 'payment (default) or refund' })),
  amountMinor: Type.Integer({ minimum: 1, maximum: 1e13, description: 'Positive, in minor units of the order currency' }),
  currency: Currency,
  method: StringEnum(paymentMethods),
  reference: Type.Optional(Text(100)),
  paidOn: IsoDate,
  note: Type.Optional(Text(500)),
});
export type PaymentInput = Static<typeof PaymentInput>;

export const Payment = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  kind: StringEnum(paymentKinds),
  amountMinor: Type.Integer(),
  currency: Type.String(),
  method: StringEnum(paymentMethods),
  reference: Nullable(Type.String()),
  paidOn: Type.String(),
  note: Nullable(Type.String()),
  recordedBy: Nullable(Type.String()),
  recordedByLabel: Type.String(),
  recordedAt: Type.String(),
});
export type Payment = Static<typeof Payment>;

/** Where the order stands: what it costs, what came in and went back, what is still due. */
export const PaymentBalance = Type.Object({
  currency: Type.String(),
  totalMinor: Type.Integer(),
  receivedMinor: Type.Integer({ description: 'Sum of the payments' }),
  refundedMinor: Type.Integer({ description: 'Sum of the refunds' }),
  paidMinor: Type.Integer({ description: 'Received less refunded' }),
  dueMinor: Type.Integer({ description: 'What the order still owes' }),
  paymentStatus: StringEnum(paymentStates),
  version: Type.Integer({ description: "The order's version" }),
});
export type PaymentBalance = Static<typeof PaymentBalance>;

export const OrderPayments = Type.Object({ items: Type.Array(Payment), balance: PaymentBalance });
export type OrderPayments = Static<typeof OrderPayments>;
export const RecordedPayment = Type.Object({ payment: Payment, balance: PaymentBalance });
export type RecordedPayment = Static<typeof RecordedPayment>;

export const Receivable = Type.Object({
  orderId: Type.String(),
  number: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  status: StringEnum(orderStatuses),
  paymentStatus: StringEnum(paymentStates),
  currency: Type.String(),
  totalMinor: Type.Integer(),
  paidMinor: Type.Integer(),
  outstandingMinor: Type.Integer(),
  orderDate: Type.String({ description: 'The day the order was received (company time zone)' }),
  dueDate: Type.String({ description: 'When the payment terms make it due' }),
  daysOverdue: Type.Integer({ description: 'Days past the due date; 0 when not yet due' }),
  bucket: StringEnum(ageingBuckets),
});
export type Receivable = Static<typeof Receivable>;

export const CurrencyAmount = Type.Object({ currency: Type.String(), amountMinor: Type.Integer() });

export const CustomerReceivables = Type.Object({
  customerId: Type.String(),
  items: Type.Array(Receivable),
  outstanding: Type.Array(CurrencyAmount, { description: 'What the customer owes, per currency' }),
  overdue: Type.Array(CurrencyAmount, { description: 'The part of it past due, per currency' }),
});
export type CustomerReceivables = Static<typeof CustomerReceivables>;

const BucketAmounts = Type.Object(Object.fromEntries(ageingBuckets.map((b) => [b, Type.Integer()])) as Record<AgeingBucket, ReturnType<typeof Type.Integer>>);

export const AgeingRow = Type.Object({
  customerId: Type.String(),
  customerName: Type.String(),
  currency: Type.String(),
  buckets: BucketAmounts,
  totalMinor: Type.Integer(),
  orders: Type.Integer(),
});

export const ReceivablesAgeing = Type.Object({
  asOf: Type.String({ description: 'The day the ageing is counted to (company time zone)' }),
  rows: Type.Array(AgeingRow),
  totals: Type.Array(Type.Object({ currency: Type.String(), buckets: BucketAmounts, totalMinor: Type.Integer() })),
});
export type ReceivablesAgeing = Static<typeof ReceivablesAgeing>;
export type AgeingRow = Static<typeof AgeingRow>;
