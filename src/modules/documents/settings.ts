import { type Static, Type } from '@sinclair/typebox';
import { LocalisedName, StrictObject, Text } from '../../platform/http/schemas.js';

/** The company's letterhead every printed document is headed with (name in both languages, address, telephone, tax number). */
export const letterheadKey = 'documents-letterhead';

export const LetterheadSettings = StrictObject({
  name: LocalisedName,
  address: Type.Optional(Text(200)),
  phone: Type.Optional(Text(50)),
  taxId: Type.Optional(Text(30)),
});
export type LetterheadSettings = Static<typeof LetterheadSettings>;

export const defaultLetterhead: LetterheadSettings = { name: { 'zh-CN': 'Ordo', en: 'Ordo' } };
