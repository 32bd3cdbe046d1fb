import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { campaignPlaceholders } from './contract.js';

/** Refuses a subject or text naming a placeholder campaigns do not fill, naming where. */
export function checkPlaceholders(input: { subject: string; body: string }): void {
  const errors: FieldError[] = [];
  for (const part of ['subject', 'body'] as const) {
    for (const [, name] of input[part].matchAll(/\{([^}]*)\}/g)) {
      if (!(campaignPlaceholders as readonly string[]).includes(name!)) {
        errors.push({ path: `/${part}`, in: 'body', code: 'unknown_placeholder', message: `{${name}} is not a placeholder; use ${campaignPlaceholders.map((p) => `{${p}}`).join(' ')}` });
      }
    }
  }
  if (errors.length > 0) {
    throw new DomainError('campaign_placeholder_unknown', errors.map((e) => `${e.path} ${e.message}`).join('; '), { errors, meta: { placeholders: [...campaignPlaceholders] } });
  }
}

/** The text with each placeholder filled in for one customer (a contact without a name is greeted by the company's). */
export function fillIn(text: string, customer: { name: string; contactName: string | null }): string {
  const values: Record<string, string> = { customerName: customer.name, contactName: customer.contactName ?? customer.name };
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
