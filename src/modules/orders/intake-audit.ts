import type { MessageParams } from '../../platform/messages.js';
import type { Finding, SpecialRequirements, StoredFinding } from './contract.js';

export interface AuditedLine {
  sku: string;
  kind: 'stock' | 'made_to_order' | 'service';
  active: boolean;
  quantity: number;
  reserved: number;
  listPriceMinor: number;
  unitPriceMinor: number;
}

export interface AuditInput {
  type: 'standard' | 'custom' | 'urgent';
  paymentStatus: 'unpaid' | 'partial' | 'paid';
  requestedDeliveryDate: string | null;
  /** The day of receipt in the company's time zone. */
  receivedDate: string;
  specialRequirements: SpecialRequirements | null;
  hasContact: boolean;
  needsDelivery: boolean;
  hasDeliveryTarget: boolean;
  lines: AuditedLine[];
  duplicateOf: { number: string; receivedAt: Date } | null;
}

/** Words that say a requirement is not settled yet (zh-CN and en). */
const vagueMarkers = ['待定', '待确认', '未定', '再说', '看情况', '不确定', '差不多', '随便', '?', '？', 'tbd', 'to be confirmed', 'to be decided', 'not sure'];
/** Words that announce a customisation, which then needs its parameters. */
const customisationWords = ['定制', '定做', '订制', '刻字', '印字', '丝印', 'logo', 'custom', 'engrav', 'emboss', 'print'];

function vagueMarkerIn(text: string): string | undefined {
  const lower = text.toLowerCase();
  return vagueMarkers.find((m) => lower.includes(m));
}

/** Why special requirements are unclear: the `reason` parameter of `special_requirements_unclear`. */
export const unclearReasons = ['custom_without_parameters', 'parameter_empty', 'parameter_unsettled', 'requirements_unsettled', 'announced_without_parameters'] as const;
type UnclearReason = (typeof unclearReasons)[number];

function unclearRequirements(type: AuditInput['type'], req: SpecialRequirements | null): { reason: UnclearReason; name?: string; marker?: string; word?: string } | undefined {
  const params = Object.entries(req?.customization ?? {});
  if (type === 'custom' && params.length === 0) return { reason: 'custom_without_parameters' };
  for (const [name, value] of params) {
    if (!value.trim()) return { reason: 'parameter_empty', name };
    const marker = vagueMarkerIn(value);
    if (marker) return { reason: 'parameter_unsettled', name, marker };
  }
  const text = req?.text ?? '';
  const marker = vagueMarkerIn(text) ?? vagueMarkerIn(req?.packaging ?? '');
  if (marker) return { reason: 'requirements_unsettled', marker };
  const announced = customisationWords.find((w) => text.toLowerCase().includes(w));
  if (announced && params.length === 0) return { reason: 'announced_without_parameters', word: announced };
  return undefined;
}

const unclearSentences: Record<UnclearReason, (p: MessageParams) => string> = {
  custom_without_parameters: () => 'a custom order without customisation parameters',
  parameter_empty: (p) => `customisation parameter "${p.name}" is empty`,
  parameter_unsettled: (p) => `customisation parameter "${p.name}" is not settled ("${p.marker}")`,
  requirements_unsettled: (p) => `the requirements are not settled ("${p.marker}")`,
  announced_without_parameters: (p) => `"${p.word}" is asked for but no customisation parameters are given`,
};

/**
 * The codes the audit finds, each with the English sentence API clients read in `message`.
 * The console renders the code and its parameters from its locale files (`messages.finding.<code>`).
 */
const findingSentences = {
  missing_delivery_date: () => 'No delivery date was given',
  delivery_date_in_past: (p: MessageParams) => `The delivery date ${p.date} is before the day the order was received (${p.receivedDate})`,
  missing_contact: () => 'Neither the order nor the customer gives a contact with a phone or email',
  missing_delivery_address: () => 'No delivery address: give one, choose pickup, or add one to the customer',
  inactive_product: (p: MessageParams) => `${p.sku} is no longer sold`,
  backordered: (p: MessageParams) => `${p.sku}: ${p.short} of ${p.quantity} are not in stock and are backordered`,
  stock_shortage_unpaid: (p: MessageParams) => `${p.sku}: ${p.short} of ${p.quantity} are not in stock and the order is not prepaid`,
  price_differs_from_list: (p: MessageParams) => `${p.sku}: unit price ${p.unitPriceMinor} differs from the list price ${p.listPriceMinor} (minor units)`,
  special_requirements_unclear: (p: MessageParams) => `Special requirements are unclear: ${unclearSentences[p.reason as UnclearReason]?.(p) ?? String(p.reason)}`,
  possible_duplicate: (p: MessageParams) => `Same customer and lines as order ${p.number}, received ${p.receivedAt}`,
} satisfies Record<string, (p: MessageParams) => string>;
export type FindingCode = keyof typeof findingSentences;
export const findingCodes = Object.keys(findingSentences) as FindingCode[];

/** A stored finding as the API answers it: with its English sentence (rows from before codes keep theirs). */
export function findingView(f: StoredFinding): Finding {
  const sentence = findingSentences[f.code as FindingCode];
  const params = f.params ?? {};
  return { code: f.code, params, message: f.message ?? (sentence ? sentence(params) : f.code), ...(f.path ? { path: f.path } : {}) };
}

function finding(code: FindingCode, params: MessageParams, path?: string): StoredFinding {
  return { code, params, ...(path ? { path } : {}) };
}

/**
 * The preliminary audit of SPEC §3. Exceptions stop the order until a specialist has
 * clarified them with the customer; warnings travel with it to review.
 */
export function auditIntake(input: AuditInput): { exceptions: StoredFinding[]; warnings: StoredFinding[] } {
  const exceptions: StoredFinding[] = [];
  const warnings: StoredFinding[] = [];

  if (!input.requestedDeliveryDate) {
    exceptions.push(finding('missing_delivery_date', {}, '/requestedDeliveryDate'));
  } else if (input.requestedDeliveryDate < input.receivedDate) {
    exceptions.push(finding('delivery_date_in_past', { date: input.requestedDeliveryDate, receivedDate: input.receivedDate }, '/requestedDeliveryDate'));
  }
  if (!input.hasContact) {
    exceptions.push(finding('missing_contact', {}, '/contact'));
  }
  if (input.needsDelivery && !input.hasDeliveryTarget) {
    exceptions.push(finding('missing_delivery_address', {}, '/delivery'));
  }

  input.lines.forEach((line, index) => {
    const path = `/lines/${index}`;
    if (!line.active) {
      exceptions.push(finding('inactive_product', { sku: line.sku }, `${path}/productId`));
    }
    const short = line.kind === 'stock' ? line.quantity - line.reserved : 0;
    if (short > 0) {
      const params = { sku: line.sku, short, quantity: line.quantity };
      if (input.paymentStatus === 'paid') warnings.push(finding('backordered', params, `${path}/quantity`));
      else exceptions.push(finding('stock_shortage_unpaid', params, `${path}/quantity`));
    }
    if (line.unitPriceMinor !== line.listPriceMinor) {
      warnings.push(finding('price_differs_from_list', { sku: line.sku, unitPriceMinor: line.unitPriceMinor, listPriceMinor: line.listPriceMinor }, `${path}/unitPriceMinor`));
    }
  });

  const unclear = unclearRequirements(input.type, input.specialRequirements);
  if (unclear) {
    exceptions.push(finding('special_requirements_unclear', unclear, '/specialRequirements'));
  }

  if (input.duplicateOf) {
    warnings.push(finding('possible_duplicate', { number: input.duplicateOf.number, receivedAt: input.duplicateOf.receivedAt.toISOString() }));
  }
  return { exceptions, warnings };
}
