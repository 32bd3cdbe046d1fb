/* The shapes the console reads, as the API's OpenAPI document describes them. */

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  roles: string[];
  permissions: string[];
}

export interface Finding {
  code: string;
  message: string;
  path?: string;
}

export interface PriorityFactor {
  dimension: 'customer_tier' | 'order_amount' | 'delivery_urgency';
  value: string | number | null;
  level: string;
  points: number;
  weight: number;
  score: number;
  explanation: string;
}

export interface Priority {
  level: string;
  score: number;
  scoredLevel: string;
  factors: PriorityFactor[];
  rules: { code: string; level: string; explanation: string }[];
  override: { level: string; reason: string; by: string; at: string } | null;
}

export interface Totals {
  currency: string;
  subtotalMinor: number;
  discountMinor: number;
  totalMinor: number;
}

export interface OrderSummary {
  id: string;
  number: string;
  status: string;
  type: string;
  channel: string;
  externalRef: string | null;
  customer: { id: string; name: string };
  priority: Priority;
  exceptions: Finding[];
  warnings: Finding[];
  requestedDeliveryDate: string | null;
  paymentStatus: string;
  totals: Totals;
  receivedAt: string;
  responseDueAt: string;
  planDueAt: string;
  updatedAt: string;
  version: number;
}

export interface OrderLine {
  id: string;
  lineNo: number;
  productId: string;
  sku: string;
  name: string;
  unit: string;
  kind: string;
  quantity: number;
  listPriceMinor: number;
  unitPriceMinor: number;
  discountMinor: number;
  totalMinor: number;
  reservedQuantity: number;
  backorderedQuantity: number;
}

export interface Order extends OrderSummary {
  contact: { name?: string; phone?: string; email?: string } | null;
  delivery: { method: string; address: Record<string, string> | null };
  specialRequirements: { text?: string; customization?: Record<string, string>; packaging?: string } | null;
  entry: { check: string; enteredBy: string | null; confirmedBy: string | null; confirmedAt: string | null };
  lines: OrderLine[];
  nextDeadline?: { kind: string; dueAt: string; secondsLeft: number } | null;
}

export interface OrderPreview {
  lines: (Pick<OrderLine, 'productId' | 'sku' | 'name' | 'unit' | 'kind' | 'quantity' | 'listPriceMinor' | 'unitPriceMinor' | 'discountMinor' | 'totalMinor'> & {
    coveredQuantity: number | null;
    available: number | null;
  })[];
  totals: Totals;
  exceptions: Finding[];
  warnings: Finding[];
  priority: Priority;
  responseDueAt: string;
  planDueAt: string;
  entryCheckRequired: boolean;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  before: unknown;
  after: unknown;
}

export type LocalisedName = { 'zh-CN': string; en: string };

export interface ReviewStep {
  id: string;
  round: number;
  position: number;
  key: string;
  name: LocalisedName;
  role: string;
  check: string | null;
  checkPassed: boolean | null;
  evidence: Record<string, unknown> | null;
  status: string;
  waitingSince: string | null;
  decidedBy: string | null;
  decidedByLabel: string | null;
  decidedAt: string | null;
  comment: string | null;
}

export interface Review {
  orderId: string;
  orderNumber: string | null;
  chain: { orderType: string; version: number };
  round: number;
  status: string;
  startedAt: string;
  updatedAt: string;
  rounds: { round: number; steps: ReviewStep[] }[];
}

export interface InboxItem {
  stepId: string;
  orderId: string;
  orderNumber: string | null;
  customer: { id: string; name: string };
  step: { key: string; name: LocalisedName; role: string; round: number };
  totals: { currency: string; totalMinor: number };
  priority: string;
  dueAt: string;
  waitingSince: string;
}

export interface SlaClock {
  orderId: string;
  orderNumber: string;
  customerId: string;
  kind: 'response' | 'plan';
  status: 'open' | 'met' | 'missed';
  dueAt: string;
  warnAt: string;
  secondsLeft: number | null;
  warnedAt: string | null;
  escalatedAt: string | null;
  satisfiedAt: string | null;
  lateReason: { reason: string; by: string; at: string } | null;
}

export interface Task {
  id: string;
  kind: string;
  orderId: string | null;
  customerId: string | null;
  role: string;
  assigneeId: string | null;
  summary: string;
  dueAt: string;
  status: string;
  createdAt: string;
}

export interface Contact {
  name?: string;
  phone?: string;
  email?: string;
  title?: string;
  primary?: boolean;
}

export interface Customer {
  id: string;
  name: string;
  type: string;
  tier: string;
  creditLimitMinor: number;
  currency: string;
  paymentTerms: { kind: string; netDays?: number };
  contacts: Contact[];
  addresses: Record<string, string | boolean>[];
  tags: string[];
  notes: string | null;
  version: number;
}

export interface Product {
  id: string;
  sku: string;
  name: string;
  model: string | null;
  unit: string;
  priceMinor: number;
  currency: string;
  kind: string;
  category: string | null;
  active: boolean;
}

export interface StockLevel {
  productId: string;
  onHand: number;
  reserved: number;
  available: number;
}

export interface StockMovement {
  id: string;
  kind: string;
  onHandDelta: number;
  reservedDelta: number;
  onHandAfter: number;
  reservedAfter: number;
  orderId: string | null;
  reason: string | null;
  at: string;
}

export interface OrderSummaryFigures {
  today: { date: string; received: number };
  byStatus: { status: string; count: number }[];
  monthToDate: {
    from: string;
    received: number;
    inException: number;
    byDay: { date: string; received: number }[];
    byPriority: { level: string; count: number }[];
    byChannel: { channel: string; count: number }[];
    amounts: { currency: string; totalMinor: number }[];
  };
}

/** A customer's person with access to the customer portal, as staff see them. */
export interface PortalUser {
  id: string;
  name: string;
  email: string;
  locale: string;
  active: boolean;
  invitedAt: string;
  lastSignInAt: string | null;
  passwordSet: boolean;
}
