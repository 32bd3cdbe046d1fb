import { Type, type Static } from '@sinclair/typebox';
import type { Executor } from '../../platform/db/connect.js';
import type { SQL } from 'drizzle-orm';
import { readSettings, settingsFromLookup, settingsLookup } from '../../platform/settings/service.js';
import { StrictObject, StrictRecord, StringEnum } from '../../platform/http/schemas.js';
import type { ReviewSubject } from './checks.js';
import { reviewOrderTypes } from './contract.js';

export const autoApprovalKey = 'review-auto-approval';

/** SPEC §5: which orders the system approves at once when every automatic check passes. */
export const AutoApprovalSettings = StrictObject({
  enabled: Type.Boolean(),
  maxAmountMinor: StrictRecord('^[A-Z]{3}$', Type.Integer({ minimum: 0 }), {
    description: 'Per currency: the largest order total (minor units) approved automatically; a currency not listed is never auto-approved',
  }),
  customerTiers: Type.Array(StringEnum(['vip', 'normal', 'new'] as const), { uniqueItems: true, description: 'Known customers: new ones wait for people' }),
  orderTypes: Type.Array(StringEnum(reviewOrderTypes), { uniqueItems: true }),
});
export type AutoApprovalSettings = Static<typeof AutoApprovalSettings>;

/** Below 10,000 CNY (the low amount band of SPEC §4), standard orders of known customers. */
export const defaultAutoApproval: AutoApprovalSettings = {
  enabled: true,
  maxAmountMinor: { CNY: 1_000_000 },
  customerTiers: ['vip', 'normal'],
  orderTypes: ['standard'],
};

export type AutoApprovalRuleSettings = AutoApprovalSettings & { signedConfirmationTypes: SignedConfirmationSettings['orderTypes'] };

/** The rule for approving at once, with the types that wait for a signed confirmation: one read. */
export async function loadAutoApproval(db: Executor): Promise<AutoApprovalRuleSettings> {
  return autoApprovalFrom(await readSettings(db, [autoApprovalKey, signedConfirmationKey]));
}

/** The same settings as a jsonb expression for a caller's batched read (`autoApprovalFromLookup`). */
export function autoApprovalLookup(): SQL {
  return settingsLookup([autoApprovalKey, signedConfirmationKey]);
}

export function autoApprovalFromLookup(json: unknown): AutoApprovalRuleSettings {
  return autoApprovalFrom(settingsFromLookup(json));
}

function autoApprovalFrom(stored: Map<string, { value: unknown }>): AutoApprovalRuleSettings {
  const signed = (stored.get(signedConfirmationKey)?.value as SignedConfirmationSettings | undefined) ?? defaultSignedConfirmation;
  return { ...((stored.get(autoApprovalKey)?.value as AutoApprovalSettings | undefined) ?? defaultAutoApproval), signedConfirmationTypes: signed.orderTypes };
}

/** Why the rule does or does not let the system approve this order (the checks aside). */
export function autoApprovalRule(
  settings: AutoApprovalSettings & { signedConfirmationTypes?: readonly string[] },
  subject: ReviewSubject,
): { holds: boolean; reasons: string[]; maxAmountMinor: number | null } {
  const reasons: string[] = [];
  const maxAmountMinor = settings.maxAmountMinor[subject.currency] ?? null;
  if (!settings.enabled) reasons.push('automatic approval is switched off');
  if (maxAmountMinor === null) reasons.push(`no automatic approval amount is set for ${subject.currency}`);
  else if (subject.totalMinor > maxAmountMinor) reasons.push(`the total ${subject.totalMinor} is above ${maxAmountMinor}`);
  if (!settings.customerTiers.includes(subject.customer.tier)) reasons.push(`${subject.customer.tier} customers are not approved automatically`);
  if (!settings.orderTypes.includes(subject.orderType)) reasons.push(`${subject.orderType} orders are not approved automatically`);
  if (settings.signedConfirmationTypes?.includes(subject.orderType) && !subject.signedConfirmation) reasons.push(`${subject.orderType} orders wait for the customer's signed confirmation`);
  return { holds: reasons.length === 0, reasons, maxAmountMinor };
}

export const signedConfirmationKey = 'review-signed-confirmation';

/**
 * Which order types need the customer's signed confirmation (an attachment of kind
 * signed_confirmation) before their review can approve them; none by default.
 */
export const SignedConfirmationSettings = StrictObject({
  orderTypes: Type.Array(StringEnum(reviewOrderTypes), { uniqueItems: true, description: 'Order types approved only once a signed confirmation is attached' }),
});
export type SignedConfirmationSettings = Static<typeof SignedConfirmationSettings>;

export const defaultSignedConfirmation: SignedConfirmationSettings = { orderTypes: [] };

export async function loadSignedConfirmation(db: Executor): Promise<SignedConfirmationSettings> {
  const stored = (await readSettings(db, [signedConfirmationKey])).get(signedConfirmationKey);
  return (stored?.value as SignedConfirmationSettings | undefined) ?? defaultSignedConfirmation;
}
