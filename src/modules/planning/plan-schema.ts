import { Type, type TSchema } from '@sinclair/typebox';
import { StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { planDelayStatuses, planStageStatuses } from './states.js';

/* The plan as the API answers it (GET and every change to it), for this module's routes and the order's. */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** One factor behind a promise date: its kind, a sentence, and the figures it rests on. */
export const PromiseReason = Type.Object({ factor: Type.String(), explanation: Type.String() }, { additionalProperties: true });
export const StageName = StrictObject({ 'zh-CN': Type.String({ minLength: 1, maxLength: 100 }), en: Type.String({ minLength: 1, maxLength: 100 }) });

const Stage = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  key: Type.String(),
  name: StageName,
  ownerRole: Type.String(),
  days: Type.Integer(),
  units: Type.Integer(),
  delivery: Type.Boolean(),
  plannedStart: Type.String(),
  plannedEnd: Type.String(),
  actualStart: Nullable(Type.String()),
  actualEnd: Nullable(Type.String()),
  status: StringEnum(planStageStatuses),
  delayReason: Nullable(Type.String()),
  measure: Nullable(Type.String()),
  note: Nullable(Type.String()),
  updatedAt: Type.String(),
});
const Delay = Type.Object({
  id: Type.String(),
  stageId: Type.String(),
  stageKey: Type.String(),
  days: Type.Integer(),
  reason: Type.String(),
  contingency: Type.String(),
  measure: Nullable(Type.String()),
  knownAt: Type.String(),
  reportedAt: Type.String(),
  status: StringEnum(planDelayStatuses),
  customerDecisionAt: Nullable(Type.String()),
  customerDecisionNote: Nullable(Type.String()),
  promiseBefore: Nullable(Type.String()),
  promiseAfter: Nullable(Type.String()),
});
export const Plan = Type.Object({
  orderId: Type.String(),
  orderNumber: Type.String(),
  template: Type.Object({ orderType: Type.String(), version: Type.Integer() }),
  greenChannel: Type.Boolean(),
  promiseDate: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  stages: Type.Array(Stage),
  delays: Type.Array(Delay),
});
