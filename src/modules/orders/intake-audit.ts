import type { Finding, SpecialRequirements } from './contract.js';

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

function unclearRequirements(type: AuditInput['type'], req: SpecialRequirements | null): string | undefined {
  const params = Object.entries(req?.customization ?? {});
  if (type === 'custom' && params.length === 0) return 'a custom order without customisation parameters';
  for (const [name, value] of params) {
    if (!value.trim()) return `customisation parameter "${name}" is empty`;
    const marker = vagueMarkerIn(value);
    if (marker) return `customisation parameter "${name}" is not settled ("${marker}")`;
  }
  const text = req?.text ?? '';
  const marker = vagueMarkerIn(text) ?? vagueMarkerIn(req?.packaging ?? '');
  if (marker) return `the requirements are not settled ("${marker}")`;
  const announced = customisationWords.find((w) => text.toLowerCase().includes(w));
  if (announced && params.length === 0) return `"${announced}" is asked for but no customisation parameters are given`;
  return undefined;
}

/**
 * The preliminary audit of SPEC §3. Exceptions stop the order until a specialist has
 * clarified them with the customer; warnings travel with it to review.
 */
export function auditIntake(input: AuditInput): { exceptions: Finding[]; warnings: Finding[] } {
  const exceptions: Finding[] = [];
  const warnings: Finding[] = [];

  if (!input.requestedDeliveryDate) {
    exceptions.push({ code: 'missing_delivery_date', message: 'No delivery date was given', path: '/requestedDeliveryDate' });
  } else if (input.requestedDeliveryDate < input.receivedDate) {
    exceptions.push({
      code: 'delivery_date_in_past',
      message: `The delivery date ${input.requestedDeliveryDate} is before the day the order was received (${input.receivedDate})`,
      path: '/requestedDeliveryDate',
    });
  }
  if (!input.hasContact) {
    exceptions.push({ code: 'missing_contact', message: 'Neither the order nor the customer gives a contact with a phone or email', path: '/contact' });
  }
  if (input.needsDelivery && !input.hasDeliveryTarget) {
    exceptions.push({ code: 'missing_delivery_address', message: 'No delivery address: give one, choose pickup, or add one to the customer', path: '/delivery' });
  }

  input.lines.forEach((line, index) => {
    const path = `/lines/${index}`;
    if (!line.active) {
      exceptions.push({ code: 'inactive_product', message: `${line.sku} is no longer sold`, path: `${path}/productId` });
    }
    const short = line.kind === 'stock' ? line.quantity - line.reserved : 0;
    if (short > 0) {
      if (input.paymentStatus === 'paid') {
        warnings.push({ code: 'backordered', message: `${line.sku}: ${short} of ${line.quantity} are not in stock and are backordered`, path: `${path}/quantity` });
      } else {
        exceptions.push({
          code: 'stock_shortage_unpaid',
          message: `${line.sku}: ${short} of ${line.quantity} are not in stock and the order is not prepaid`,
          path: `${path}/quantity`,
        });
      }
    }
    if (line.unitPriceMinor !== line.listPriceMinor) {
      warnings.push({
        code: 'price_differs_from_list',
        message: `${line.sku}: unit price ${line.unitPriceMinor} differs from the list price ${line.listPriceMinor} (minor units)`,
        path: `${path}/unitPriceMinor`,
      });
    }
  });

  const unclear = unclearRequirements(input.type, input.specialRequirements);
  if (unclear) {
    exceptions.push({ code: 'special_requirements_unclear', message: `Special requirements are unclear: ${unclear}`, path: '/specialRequirements' });
  }

  if (input.duplicateOf) {
    warnings.push({
      code: 'possible_duplicate',
      message: `Same customer and lines as order ${input.duplicateOf.number}, received ${input.duplicateOf.receivedAt.toISOString()}`,
    });
  }
  return { exceptions, warnings };
}
