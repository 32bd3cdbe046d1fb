import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema } from '../../platform/http/pagination.js';
import { Nullable, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { caseStatuses } from '../aftersales/contract.js';
import { orderStatuses } from '../orders/contract.js';

/* Search across orders, after-sales cases and feedback. */

export const searchKinds = ['order', 'case', 'feedback'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Shortest and longest question, in characters (a Chinese character counts one). */
export const searchLimits = { minLength: 2, maxLength: 100 } as const;

export const SearchQuery = StrictObject({
  q: Type.String({ maxLength: 1000, description: `What to find: an order number or its start, a customer's name, a SKU or product name, words of a note, case or comment (${searchLimits.minLength}–${searchLimits.maxLength} characters)` }),
  kinds: Type.Optional(Type.String({ pattern: '^(order|case|feedback)(,(order|case|feedback))*$', description: 'Comma-separated kinds to search (default all you may read): order, case, feedback' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20, description: 'Page size (1–50)' })),
  cursor: Type.Optional(cursorSchema),
});
export type SearchQuery = Static<typeof SearchQuery>;

/** An order's status or a case's (the two machines share no name but keep apart anyway). */
const hitStatuses = [...new Set<string>([...orderStatuses, ...caseStatuses])];

export const SearchHitView = Type.Object({
  kind: StringEnum(searchKinds),
  id: Type.String(),
  number: Nullable(Type.String({ description: "The order's number (of the case's or the feedback's order)" })),
  title: Type.String({ description: "An order's lines, a case's summary, a feedback's comments" }),
  snippet: Type.String({ description: 'The matched part of the text with the words around it' }),
  customerName: Type.String(),
  status: Nullable(StringEnum(hitStatuses, { description: "The order's status (kind order) or the case's (kind case); null for feedback" })),
  at: Type.String({ format: 'date-time', description: 'When the order was received, the case opened, the feedback recorded' }),
  link: Type.String({ description: "The console's page for it" }),
});
export type SearchHitView = Static<typeof SearchHitView>;

export const SearchAnswer = Type.Object({
  items: Type.Array(SearchHitView),
  nextCursor: Nullable(Type.String()),
  kinds: Type.Array(StringEnum(searchKinds), { description: 'The kinds searched: those asked for that you may read' }),
});
export type SearchAnswer = Static<typeof SearchAnswer>;
