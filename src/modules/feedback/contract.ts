import { Type, type Static } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { exportLabels } from '../../platform/export/labels.js';
import { exportParameters } from '../../platform/export/table-file.js';
import { Nullable, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';

/* The satisfaction survey and the feedback it records, as the API sends and answers them. */

const Score = Type.Integer({ minimum: 1, maximum: 5 });

/** One answer to the satisfaction survey, through the mailed link or in the portal. */
export const SurveyAnswerBody = StrictObject({
  responseSpeed: Score,
  productQuality: Score,
  deliveryTimeliness: Score,
  serviceAttitude: Score,
  comments: Type.Optional(Type.String({ maxLength: 2000 })),
  suggestions: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type SurveyAnswer = Static<typeof SurveyAnswerBody>;

/** How an answer came: the mailed survey link, the portal, or by phone (taken by staff). */
export const feedbackChannels = ['link', 'portal', 'phone'] as const;
export type FeedbackChannel = (typeof feedbackChannels)[number];

export const FeedbackView = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  orderNumber: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  channel: StringEnum(feedbackChannels),
  surveyId: Nullable(Type.String()),
  acceptanceResult: Nullable(Type.String()),
  responseSpeed: Type.Integer(),
  productQuality: Type.Integer(),
  deliveryTimeliness: Type.Integer(),
  serviceAttitude: Type.Integer(),
  overall: Type.Number({ description: 'The mean of the four scores, to one decimal' }),
  comments: Nullable(Type.String()),
  suggestions: Nullable(Type.String()),
  recordedBy: Nullable(Type.String()),
  recordedByLabel: Type.String({ description: "Who recorded it: the customer's person (portal), the staff member who took the call (phone), or the survey link" }),
  recordedAt: Type.String(),
});
export type FeedbackView = Static<typeof FeedbackView>;

/** Tokens are 32 random bytes in base64url; anything else is not worth a database look-up. */
export const TokenParams = StrictObject({ token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) });
export const SurveyPage = Type.Object({ orderNumber: Type.String(), customerName: Type.String(), expiresAt: Type.String(), questions: Type.Array(Type.String()) });
/** What narrows the feedback list and its export. */
export const FeedbackFilterQuery = StrictObject({
  orderId: Type.Optional(Uuid),
  customerId: Type.Optional(Uuid),
  channel: Type.Optional(StringEnum(feedbackChannels)),
  lowScores: Type.Optional(Type.Boolean({ description: 'Only answers with a score of 2 or less on some question' })),
});
export type FeedbackFilters = Static<typeof FeedbackFilterQuery>;
export const FeedbackQuery = StrictObject({ ...FeedbackFilterQuery.properties, limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) });

/** The feedback list as a file (feedback/export.ts): its columns, in their default order. */
export const feedbackExportColumns = Object.keys(exportLabels.feedback.headers) as FeedbackExportColumn[];
export type FeedbackExportColumn = keyof typeof exportLabels.feedback.headers;
export const FeedbackExportQuery = StrictObject({ ...FeedbackFilterQuery.properties, ...exportParameters(feedbackExportColumns) });

/** Feedback a customer gave by phone, recorded by the staff member who took the call. */
export const PhoneFeedbackBody = StrictObject({ orderId: Uuid, ...SurveyAnswerBody.properties });
export type PhoneFeedback = Static<typeof PhoneFeedbackBody>;
