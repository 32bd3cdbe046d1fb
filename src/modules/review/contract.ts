import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { LocalisedName, Nullable, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { reviewStatuses, reviewStepStatuses } from './states.js';
export { reviewStatuses, reviewStepStatuses, type ReviewStatus, type ReviewStepStatus } from './states.js';

/* Review chains, an order's review and the review inbox as the API sends and answers them. */

export const reviewOrderTypes = ['standard', 'custom', 'urgent'] as const;
export type ReviewOrderType = (typeof reviewOrderTypes)[number];

/** The automatic checks a step may run (checks.ts). */
export const reviewChecks = ['basic', 'credit', 'capacity', 'materials'] as const;
export type ReviewCheck = (typeof reviewChecks)[number];

export type StepName = Static<typeof LocalisedName>;

const chainStepFields = {
  key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  name: LocalisedName,
  role: Type.String({ minLength: 1, maxLength: 32, description: 'One of the roles, e.g. finance' }),
};
/** A step as an editor sends it: unknown roles and checks are answered together with the chain's other problems (422). */
export const ChainStepInput = StrictObject({
  ...chainStepFields,
  check: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: 'An automatic check: basic, credit, capacity or materials' })),
});
export const ChainSave = StrictObject({ steps: Type.Array(ChainStepInput, { minItems: 1, maxItems: 20 }) });

export const ChainStep = Type.Object({ ...chainStepFields, check: Type.Optional(StringEnum(reviewChecks)) });
export type ChainStep = Static<typeof ChainStep>;

export const ChainVersion = Type.Object({
  orderType: StringEnum(reviewOrderTypes),
  version: Type.Integer(),
  steps: Type.Array(ChainStep),
  createdAt: Nullable(Type.String()),
  createdBy: Nullable(Type.String()),
});
export type ChainVersion = Static<typeof ChainVersion>;

export const OrderTypeParams = StrictObject({ orderType: StringEnum(reviewOrderTypes) });

export const StepView = Type.Object({
  id: Type.String(),
  round: Type.Integer(),
  position: Type.Integer(),
  key: Type.String(),
  name: LocalisedName,
  role: Type.String(),
  check: Nullable(Type.String()),
  checkPassed: Nullable(Type.Boolean()),
  evidence: Nullable(Type.Record(Type.String(), Type.Unknown())),
  status: StringEnum(reviewStepStatuses),
  waitingSince: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  decidedByLabel: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  comment: Nullable(Type.String()),
});
export type StepView = Static<typeof StepView>;

export const ReviewView = Type.Object({
  orderId: Type.String(),
  orderNumber: Nullable(Type.String()),
  chain: Type.Object({ orderType: Type.String(), version: Type.Integer() }),
  round: Type.Integer(),
  status: StringEnum(reviewStatuses),
  startedAt: Type.String(),
  updatedAt: Type.String(),
  rounds: Type.Array(Type.Object({ round: Type.Integer(), steps: Type.Array(StepView) }), { description: 'Newest round first, its steps in chain order' }),
});
export type ReviewView = Static<typeof ReviewView>;

export const InboxQuery = StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) });
export const InboxItem = Type.Object({
  stepId: Type.String(),
  orderId: Type.String(),
  orderNumber: Nullable(Type.String()),
  customer: Type.Object({ id: Type.String(), name: Type.String() }),
  step: Type.Object({ key: Type.String(), name: LocalisedName, role: Type.String(), round: Type.Integer() }),
  totals: Type.Object({ currency: Type.String(), totalMinor: Type.Integer() }),
  priority: Type.String(),
  dueAt: Type.String(),
  waitingSince: Type.String(),
});
export type InboxItem = Static<typeof InboxItem>;
