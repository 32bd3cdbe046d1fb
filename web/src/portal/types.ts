/* What the portal API answers (src/modules/portal/routes.ts). */

export interface LocalisedName {
  'zh-CN': string;
  en: string;
}

export interface PortalAddress {
  label?: string;
  recipient?: string;
  phone?: string;
  city?: string;
  district?: string;
  line1: string;
  isDefault?: boolean;
}

export interface PortalCustomer {
  id: string;
  name: string;
  addresses: PortalAddress[];
}

export interface PortalOrderSummary {
  id: string;
  number: string;
  status: string;
  requestedDeliveryDate: string | null;
  promisedDeliveryDate: string | null;
  totals: { currency: string; subtotalMinor: number; discountMinor: number; totalMinor: number };
  receivedAt: string;
}

export interface PortalOrderLine {
  id: string;
  lineNo: number;
  sku: string;
  name: string;
  unit: string;
  kind: string;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
  shippedQuantity: number;
}

export interface PortalOrder extends PortalOrderSummary {
  delivery: { method: string; address: PortalAddress | null };
  lines: PortalOrderLine[];
  review: { status: string; steps: { name: LocalisedName; status: string; decidedAt: string | null }[] } | null;
  plan: {
    promiseDate: string | null;
    stages: { key: string; name: LocalisedName; status: string; plannedStart: string; plannedEnd: string; actualStart: string | null; actualEnd: string | null }[];
  } | null;
  shipments: {
    id: string;
    carrier: string;
    trackingNumber: string;
    status: string;
    shippedAt: string;
    deliveredAt: string | null;
    lines: { lineNo: number; sku: string; name: string; quantity: number }[];
    events: { status: string; at: string; location: string | null }[];
  }[];
  acceptance: {
    result: string;
    lines: { lineId: string; lineNo: number; sku: string; deliveredQuantity: number; result: string; acceptedQuantity: number; comment: string | null }[];
    comment: string | null;
    recordedAt: string;
  } | null;
  cases: { id: string; type: string; status: string; summary: string; openedAt: string; closedAt: string | null }[];
  survey: { status: 'open' | 'answered' | 'expired'; expiresAt: string; questions: string[] } | null;
}

export interface PortalProduct {
  id: string;
  sku: string;
  name: string;
  model: string | null;
  unit: string;
  priceMinor: number;
  currency: string;
  kind: string;
}

/** The after-sales case types a customer may open (the server's list). */
export const portalCaseTypes = ['consultation', 'return', 'exchange', 'repair', 'reshipment', 'refund', 'complaint', 'quality', 'damage', 'wrong_item', 'missing', 'installation'] as const;

export interface PasswordStatus {
  set: boolean;
  /** Until when this session, opened by a sign-in link, may set a password without the current one. */
  withoutCurrentUntil: string | null;
}

/** The length part of the server's password policy (identity password-policy.ts), checked as the user types. */
export const passwordLength = { min: 12, max: 256 } as const;
