/*
 * Reading objects the server's schema leaves open (`unknown`, or `{ [key: string]: unknown }`):
 * an address, a contact, a promise reason's details. A field of another type reads as missing.
 */

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

export function textField(value: unknown, key: string): string | undefined {
  const field = fieldOf(value, key);
  return typeof field === 'string' ? field : undefined;
}

export function numberField(value: unknown, key: string): number | undefined {
  const field = fieldOf(value, key);
  return typeof field === 'number' ? field : undefined;
}

export function objectField(value: unknown, key: string): unknown {
  const field = fieldOf(value, key);
  return typeof field === 'object' && field !== null ? field : undefined;
}

/** A name kept in both languages (stage names); a missing language reads as empty. */
export function localisedNameField(value: unknown, key: string): { 'zh-CN': string; en: string } {
  const name = objectField(value, key);
  return { 'zh-CN': textField(name, 'zh-CN') ?? '', en: textField(name, 'en') ?? '' };
}

/** An address as one line, region to street. */
export function addressLine(address: unknown): string | null {
  if (!address) return null;
  return ['region', 'city', 'district', 'line1'].map((key) => textField(address, key)).filter(Boolean).join(' ');
}
