import { Type, type Static } from '@sinclair/typebox';
import { limitSchema } from '../../platform/http/pagination.js';
import { LocalisedName, Nullable, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { CaseView } from '../aftersales/contract.js';
import { planStageStatuses, StageView } from '../planning/contract.js';
import { stageActions, stageHealths } from '../planning/service.js';

/* A person's own work, panel by panel, for their home page: each panel one request. */

export const stageDues = ['today', 'all'] as const;

export const MyStagesQuery = StrictObject({
  due: Type.Optional(StringEnum(stageDues, { description: 'today (default): started, or planned to start by today (due today and overdue included); all: every open stage' })),
  limit: Type.Optional(limitSchema),
});

export const MyStage = Type.Object({
  orderId: Type.String(),
  orderNumber: Type.String(),
  customer: Type.Object({ id: Type.String(), name: Type.String() }),
  greenChannel: Type.Boolean(),
  stage: StageView,
  health: StringEnum(stageHealths, { description: 'late: past its planned end; at_risk: ends today, should have started, or waits for the customer; on_track otherwise' }),
  waitingFor: Nullable(
    Type.Object(
      { key: Type.String(), name: LocalisedName, status: StringEnum(planStageStatuses) },
      { description: 'The earlier stage still open: until it is done this one cannot start or complete' },
    ),
  ),
  actions: Type.Array(StringEnum(stageActions), { description: 'What the stage takes now: start, progress (a started one), complete, report_delay' }),
});
export type MyStage = Static<typeof MyStage>;

export const MyWorkLimitQuery = StrictObject({ limit: Type.Optional(limitSchema) });

export const MyCase = Type.Object({ ...CaseView.properties, customerName: Type.String() });
export type MyCase = Static<typeof MyCase>;
