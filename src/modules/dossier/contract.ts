import { Type, type Static } from '@sinclair/typebox';
import { breakCodes } from '../../platform/audit/verify.js';
import { exportLanguages } from '../../platform/export/table-file.js';
import { Nullable, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { CaseView } from '../aftersales/contract.js';
import { FeedbackView } from '../feedback/contract.js';
import { Acceptance, Shipment } from '../fulfilment/contract.js';
import { OrderRevision, OrderView } from '../orders/contract.js';
import { OrderPayments } from '../payments/contract.js';
import { PlanView } from '../planning/contract.js';
import { ReviewView } from '../review/contract.js';

/* An order's dossier (issue 14 item 7): the archive record of one order, as JSON or a printed PDF. */

export const dossierFormats = ['json', 'pdf'] as const;
export type DossierFormat = (typeof dossierFormats)[number];

export const DossierQuery = StrictObject({
  format: Type.Optional(StringEnum(dossierFormats, { description: 'json (default) or pdf' })),
  lang: Type.Optional(StringEnum(exportLanguages, { description: "The PDF's language; by default the reader's chosen language, else the browser's (Accept-Language)" })),
});

/** One recorded event with its place in its hash chain. */
export const DossierEvent = Type.Object({
  chain: Type.String({ description: 'The chain it is linked in: `<customer id>/<stripe>`, one of the order’s customer’s chains (a bare customer id for events from before the stripes)' }),
  seq: Type.Integer(),
  at: Type.String(),
  actorId: Nullable(Type.String()),
  actorLabel: Type.String(),
  entityType: Type.String({ description: 'order, plan, or aftersales_case / case for its cases' }),
  entityId: Type.String(),
  action: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  prevHash: Type.String(),
  hash: Type.String(),
});
export type DossierEvent = Static<typeof DossierEvent>;

const ChainBreak = Type.Object({
  chain: Type.String(),
  seq: Type.Integer(),
  code: StringEnum(breakCodes),
  reason: Type.String({ description: 'The break in English' }),
});

/** The check of the stretch of each chain the order's events lie in, every event in it recomputed. */
export const ChainSegmentCheck = Type.Object({
  ok: Type.Boolean(),
  chain: Type.String(),
  fromSeq: Type.Integer(),
  toSeq: Type.Integer(),
  checked: Type.Integer({ description: 'Events of the stretch (the order’s and any other of the same chain between them) whose links hold' }),
  broken: Type.Optional(ChainBreak),
});

export const Dossier = Type.Object({
  generatedAt: Type.String(),
  order: OrderView,
  revisions: Type.Array(OrderRevision),
  review: Nullable(ReviewView),
  plan: Nullable(PlanView),
  shipments: Type.Array(Shipment),
  acceptance: Nullable(Acceptance),
  cases: Type.Array(CaseView),
  survey: Nullable(Type.Object({ status: StringEnum(['open', 'answered', 'expired'] as const), expiresAt: Type.String() })),
  feedback: Type.Array(FeedbackView),
  payments: OrderPayments,
  events: Type.Array(DossierEvent, { description: 'Oldest first: the events of the order, its plan and its cases' }),
  verification: Type.Object({
    ok: Type.Boolean({ description: 'Every segment holds' }),
    segments: Type.Array(ChainSegmentCheck),
  }),
});
export type Dossier = Static<typeof Dossier>;
