import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schemas.js';

const Durations = {
  medianSeconds: Nullable(Type.Integer()),
  p90Seconds: Nullable(Type.Integer()),
};

/** A group of delays: how many, their days, and on how many distinct orders (listed by `GET /api/v1/reports/bottlenecks/orders`). */
const DelayGroup = Type.Object({ key: Type.String(), delays: Type.Integer(), days: Type.Integer(), orders: Type.Integer() });

/** Where time goes and who carries the work, for one period (SPEC §11 bottlenecks, and appraisal). */
export const BottleneckReport = Type.Object({
  from: Type.String(),
  to: Type.String(),
  /** Plan stages of plans made in the period: actual start to actual end, how many ended after their planned end, and on how many orders. */
  stages: Type.Array(
    Type.Object({ key: Type.String(), ownerRole: Type.String(), stages: Type.Integer(), finished: Type.Integer(), late: Type.Integer(), lateOrders: Type.Integer(), ...Durations }),
  ),
  /** Review steps that waited for a person in the period: waiting to decided. */
  reviewSteps: Type.Array(Type.Object({ key: Type.String(), role: Type.String(), steps: Type.Integer(), decided: Type.Integer(), ...Durations })),
  /** Delay reports filed in the period, by stage, by cause (the reason given), by department (the stage's owner role) and by product category. */
  delays: Type.Object({
    byStage: Type.Array(DelayGroup),
    byCause: Type.Array(DelayGroup),
    byDepartment: Type.Array(DelayGroup),
    /** By the category of the delayed order's products (an order of two categories counts under both; '' when a product has none). */
    byCategory: Type.Array(DelayGroup),
  }),
  /** Each role's review inbox: how long decided steps waited, and what still waits. */
  inboxes: Type.Array(Type.Object({ role: Type.String(), decided: Type.Integer(), ...Durations, waiting: Type.Integer(), oldestWaitingSince: Nullable(Type.String()) })),
  /** Per person, for appraisal. */
  people: Type.Array(
    Type.Object({
      userId: Type.String(),
      name: Type.String(),
      /** Orders the person changed in the period (any recorded change). */
      ordersHandled: Type.Integer(),
      /** Review decisions and the median time from the step reaching their inbox to their decision. */
      decisions: Type.Integer(),
      medianResponseSeconds: Nullable(Type.Integer()),
      /** Deadlines (SLA clocks) of their orders due in the period, and the share met; null when none was due. */
      slaDue: Type.Integer(),
      slaHitRate: Nullable(Type.Number()),
      /** After-sales cases opened in the period they own, resolved (confirmed by the customer) and the median time to that. */
      casesOwned: Type.Integer(),
      casesResolved: Type.Integer(),
      medianResolutionSeconds: Nullable(Type.Integer()),
    }),
  ),
});
export type BottleneckReport = Static<typeof BottleneckReport>;
