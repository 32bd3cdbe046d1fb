import { Type, type TProperties, type TSchema } from '@sinclair/typebox';

/** An object that refuses fields it does not know (a typo gets a 400, not silence). */
export function StrictObject<T extends TProperties>(properties: T, options: { description?: string } = {}) {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

/**
 * A map whose keys must match `keyPattern`. TypeBox's Record only describes the keys that match
 * (patternProperties); without additionalProperties: false any other key passes with any value,
 * and the answer's schema then fails to serialise what was stored.
 */
export function StrictRecord<T extends TSchema>(keyPattern: string, value: T, options: { description?: string; maxProperties?: number } = {}) {
  return Type.Record(Type.String({ pattern: keyPattern }), value, { additionalProperties: false, maxProperties: 100, ...options });
}

/** One of a fixed set of strings (an `enum` in OpenAPI), typed as their union. */
export function StringEnum<const T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = StrictObject({ id: Uuid });
export const IsoDate = Type.String({ format: 'date', description: 'A calendar date, YYYY-MM-DD' });
export const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. CNY' });
/** Money in minor units (fen, cents), never floats. */
export const Minor = Type.Integer({ minimum: 0, maximum: 1e13 });

/** A value that may be absent, answered as null rather than left out. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** Free text a person types: never empty, bounded. */
export function Text(maxLength: number) {
  return Type.String({ minLength: 1, maxLength });
}

/** An order's amounts in its currency, in minor units. */
export const Totals = Type.Object({ currency: Type.String(), subtotalMinor: Type.Integer(), discountMinor: Type.Integer(), totalMinor: Type.Integer() });

/** A name shown to people in both of the console's languages. */
export const LocalisedName = StrictObject({ 'zh-CN': Text(100), en: Text(100) });

/**
 * A phone number as people write it: digits, spaces and hyphens, a leading + for the country
 * code; 7 to 21 characters, so a Chinese mobile (13816620451), a landline with its area code
 * (021-5888 1234) and an international number (+86 138 1662 0451) all fit.
 */
export const Phone = Type.String({ pattern: '^\\+?[0-9][0-9 -]{5,19}$' });

export const Email = Type.String({ format: 'email', maxLength: 320 });

/** Someone to call or mail about an order. */
export const Contact = StrictObject({ name: Text(100), phone: Type.Optional(Phone), email: Type.Optional(Email) });

/** A delivery address (Chinese order: region, city, district, then the street line). */
export const Address = StrictObject({
  label: Type.Optional(Text(50)),
  recipient: Type.Optional(Text(100)),
  phone: Type.Optional(Phone),
  country: Type.Optional(Text(100)),
  region: Type.Optional(Text(100)),
  city: Type.Optional(Text(100)),
  district: Type.Optional(Text(100)),
  line1: Text(300),
  postalCode: Type.Optional(Text(20)),
});

/** A page of a keyset-paginated list. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Nullable(Type.String()) });
}

/** The `version` column of a record, sent back as `If-Match` to edit it. */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'The version you edited, as returned in ETag' })),
});
