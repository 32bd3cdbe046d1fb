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
  /** complete, or the sign-in step still to take: mfa_code or mfa_enrolment. */
  stage: 'complete' | 'mfa_code' | 'mfa_enrolment';
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
  promisedDeliveryDate: string | null;
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
  shippedQuantity: number;
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
  promise: { date: string | null; reasoning: PromiseReason[] };
}

/** One factor behind a promise date (src/modules/planning/schedule.ts). */
export type PromiseReason =
  | { factor: 'stock'; sku: string; quantity: number; inStock: number; shortUnits: number }
  | { factor: 'calendar'; start: string }
  | { factor: 'stage'; stage: string; stageName: LocalisedName; days: number; plannedStart: string; plannedEnd: string }
  | { factor: 'capacity'; stage: string; stageName: LocalisedName; units: number; unitsAhead: number; coveredOn: string | null };

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

/** A user's saved view of the order list (GET /api/v1/orders/saved-views). */
export interface SavedView {
  id: string;
  name: string;
  filters: { status?: string; priority?: string; channel?: string; q?: string; customerId?: string; productId?: string; layout?: 'list' | 'kanban' };
  createdAt: string;
  updatedAt: string;
}

/* Settings (issue 5 item 6) */

export interface UserAccount {
  id: string;
  email: string;
  name: string;
  roles: string[];
  locale: string;
  active: boolean;
  createdAt: string;
  customerId: string | null;
  version: number;
}

export interface RolePermissions {
  role: string;
  permissions: string[];
}

/** A settings document as GET /api/v1/settings/{key} answers it. */
export interface SettingRecord<T> {
  value: T;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type Level = 'high' | 'medium' | 'low';

export interface PrioritySettings {
  points: Record<Level, number>;
  weights: { customerTier: number; orderAmount: number; deliveryUrgency: number };
  thresholds: { high: number; medium: number };
  tierLevels: { vip: Level; normal: Level; new: Level };
  amountThresholds: Record<string, { highFromMinor: number; mediumFromMinor: number }>;
  urgency: { highWithinDays: number; mediumWithinDays: number };
  informRoles: string[];
}

export type SlaSettings = Record<Level, { responseMinutes: number; planMinutes: number; warnBeforeMinutes: number }>;

export interface IntakeSettings {
  entryCheckChannels: string[];
  duplicateWindowHours: number;
}

export interface WorkingPeriod {
  start: string;
  end: string;
}

export interface CalendarSetting {
  enabled: boolean;
  timeZone: string;
  week: Record<string, WorkingPeriod[]>;
  holidays: string[];
  makeUpDays: { date: string; periods?: WorkingPeriod[] }[];
}

export interface AutoApprovalSettings {
  enabled: boolean;
  maxAmountMinor: Record<string, number>;
  customerTiers: string[];
  orderTypes: string[];
}

export interface ChainStep {
  key: string;
  name: LocalisedName;
  role: string;
  check?: string;
}

export interface ReviewChainVersion {
  orderType: string;
  version: number;
  steps: ChainStep[];
  createdAt: string | null;
  createdBy: string | null;
}

export interface TemplateStage {
  key: string;
  name: LocalisedName;
  ownerRole: string;
  days: number;
  when: string;
  delivery: boolean;
}

export interface PlanTemplateVersion {
  orderType: string;
  version: number;
  stages: TemplateStage[];
  createdAt: string | null;
  createdBy: string | null;
}

export interface MessageTemplate {
  title: string;
  body: string;
}

export type TemplateOverrides = Record<string, Partial<Record<'zh-CN' | 'en', MessageTemplate>>>;

export interface Webhook {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One try at sending: a webhook's says how it ended as a code (and the receiver's status), never the socket's words. */
export interface DeliveryAttempt {
  at: string;
  ok: boolean;
  code?: 'http_status' | 'connection_failed' | 'timeout' | 'target_refused';
  status?: number;
  detail: string;
  durationMs: number;
}

export interface Delivery {
  id: string;
  eventId: string;
  topic: string;
  channel: string;
  recipient: string;
  subject: string;
  status: 'queued' | 'sent' | 'dead';
  attempts: DeliveryAttempt[];
  createdAt: string;
  sentAt: string | null;
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

export interface PlanStage {
  id: string;
  position: number;
  key: string;
  name: LocalisedName;
  ownerRole: string;
  days: number;
  units: number;
  delivery: boolean;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  status: string;
  delayReason: string | null;
  measure: string | null;
  note: string | null;
  updatedAt: string;
}

export interface PlanDelay {
  id: string;
  stageId: string;
  stageKey: string;
  days: number;
  reason: string;
  contingency: string;
  measure: string | null;
  knownAt: string;
  reportedAt: string;
  status: string;
  customerDecisionAt: string | null;
  customerDecisionNote: string | null;
  promiseBefore: string | null;
  promiseAfter: string | null;
}

export interface Plan {
  orderId: string;
  orderNumber: string;
  template: { orderType: string; version: number };
  greenChannel: boolean;
  promiseDate: string | null;
  createdAt: string;
  updatedAt: string;
  stages: PlanStage[];
  delays: PlanDelay[];
}

export interface TrackingEvent {
  status: string;
  at: string;
  location: string | null;
  note: string | null;
}

export interface Shipment {
  id: string;
  orderId: string;
  carrier: { kind: string; name: string };
  trackingNumber: string;
  costMinor: number;
  currency: string;
  status: string;
  shippedAt: string;
  deliveredAt: string | null;
  lines: { orderLineId: string; lineNo: number; sku: string; name: string; unit: string; quantity: number }[];
  events: TrackingEvent[];
}

export interface PackList extends Shipment {
  orderNumber: string;
  customerName: string;
  delivery: Order['delivery'];
  contact: Order['contact'];
}

export interface PickList {
  orderId: string;
  number: string;
  status: string;
  suggestedCarrier: string;
  lines: { lineId: string; lineNo: number; sku: string; name: string; unit: string; kind: string; open: number; reserved: number; backordered: number; pickNow: number }[];
}

export interface Acceptance {
  id: string;
  orderId: string;
  result: string;
  lines: { lineId: string; lineNo: number; sku: string; deliveredQuantity: number; result: string; acceptedQuantity: number; comment: string | null }[];
  comment: string | null;
  recordedBy: string | null;
  recordedByLabel: string;
  recordedAt: string;
  photos: { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; uploadedAt: string }[];
}

export interface AftersalesCase {
  id: string;
  orderId: string | null;
  customerId: string;
  type: string;
  status: string;
  summary: string;
  source: string;
  owner: { id: string; label: string } | null;
  contactDueAt: string;
  contactedAt: string | null;
  transferRequest: { by: string; label: string; note: string | null } | null;
  resolution: string | null;
  openedByLabel: string;
  openedAt: string;
  closedAt: string | null;
  version: number;
}
