import { Type, type TProperties, type TSchema } from '@sinclair/typebox';

/** An object that refuses fields it does not know (a typo gets a 400, not silence). */
export function StrictObject<T extends TProperties>(properties: T, options: { description?: string } = {}) {
  return Type.Object(properties, { additionalProperties: false, ...options });
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

/** A page of a keyset-paginated list. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}

/** The `version` column of a record, sent back as `If-Match` to edit it. */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'The version you edited, as returned in ETag' })),
});
