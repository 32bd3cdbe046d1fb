import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Page, StrictObject, Uuid } from '../../platform/http/schemas.js';
import { answerSurvey, listFeedback, openSurvey, SurveyAnswerBody } from './service.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Feedback = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  customerId: Type.String(),
  surveyId: Nullable(Type.String()),
  acceptanceResult: Nullable(Type.String()),
  responseSpeed: Type.Integer(),
  productQuality: Type.Integer(),
  deliveryTimeliness: Type.Integer(),
  serviceAttitude: Type.Integer(),
  overall: Type.Number(),
  comments: Nullable(Type.String()),
  suggestions: Nullable(Type.String()),
  recordedBy: Nullable(Type.String()),
  recordedByLabel: Type.String(),
  recordedAt: Type.String(),
});
/** Tokens are 32 random bytes in base64url; anything else is not worth a database look-up. */
const TokenParams = StrictObject({ token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) });
/** The public survey pages are open to anyone holding a link: slow down guessing. */
const publicSurvey = { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } };

export const feedbackRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/surveys/:token',
    {
      config: publicSurvey,
      schema: {
        tags: ['feedback'],
        summary: 'The survey behind a link (no sign-in)',
        description: '404 survey_link_unknown; 410 survey_link_expired; 409 survey_answered.',
        params: TokenParams,
        security: [],
        response: { 200: Type.Object({ orderNumber: Type.String(), customerName: Type.String(), expiresAt: Type.String(), questions: Type.Array(Type.String()) }) },
      },
    },
    async (request) => openSurvey(ctx.db, request.params.token, ctx.clock.now()),
  );

  app.post(
    '/api/v1/surveys/:token',
    {
      config: publicSurvey,
      schema: {
        tags: ['feedback'],
        summary: 'Answer the survey, once (no sign-in)',
        description: 'Four scores 1–5 with comments and suggestions. A score of 2 or less opens a complaint case. A second answer: 409 survey_answered.',
        params: TokenParams,
        security: [],
        body: SurveyAnswerBody,
        response: { 201: Feedback },
      },
    },
    async (request, reply) => reply.code(201).send(await answerSurvey(ctx.db, request.params.token, ctx.clock.now(), request.body)),
  );

  app.get(
    '/api/v1/feedback',
    {
      config: { permission: 'feedback:read' },
      schema: {
        tags: ['feedback'],
        summary: 'Feedback records, newest first',
        querystring: StrictObject({ orderId: Type.Optional(Uuid), customerId: Type.Optional(Uuid), limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) }),
        response: { 200: Page(Feedback) },
      },
    },
    async (request) => listFeedback(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
  );
};
