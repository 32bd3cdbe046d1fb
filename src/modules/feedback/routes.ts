import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { Page } from '../../platform/http/schemas.js';
import { chosenColumns, readerLanguage, sendFile } from '../../platform/export/table-file.js';
import { FeedbackExportQuery, feedbackExportColumns, FeedbackQuery, FeedbackView, PhoneFeedbackBody, SurveyAnswerBody, SurveyPage, TokenParams } from './contract.js';
import { exportFeedback } from './export.js';
import { answerSurvey, listFeedback, openSurvey, recordPhoneFeedback } from './service.js';
import { actorOf } from '../../platform/http/auth.js';

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
        response: { 200: SurveyPage },
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
        response: { 201: FeedbackView },
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
        summary: 'Satisfaction answers from the survey link, the portal and the phone, newest first',
        querystring: FeedbackQuery,
        response: { 200: Page(FeedbackView) },
      },
    },
    async (request) => listFeedback(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/api/v1/feedback/export',
    {
      config: { permission: 'feedback:read' },
      schema: {
        tags: ['feedback'],
        summary: 'The feedback list as a file: every answer the filters select, newest first, as XLSX or CSV',
        description: "Takes the list's filters, the columns to write (in order) and the language of headers and cells. The file is streamed as it is read; CSV is UTF-8 with a byte-order mark.",
        querystring: FeedbackExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
      },
    },
    async (request, reply) => {
      const { format, columns, lang, ...query } = request.query;
      const language = readerLanguage(lang, actorOf(request), request.headers['accept-language']);
      const stream = exportFeedback(ctx.db, { query, columns: chosenColumns(columns, feedbackExportColumns), language, format, timeZone: ctx.config.timeZone });
      return sendFile(reply, stream, { format, name: 'feedback', now: ctx.clock.now(), timeZone: ctx.config.timeZone });
    },
  );

  app.post(
    '/api/v1/feedback',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['feedback'],
        summary: 'Record the satisfaction answer a customer gave by phone',
        description:
          'For a delivered order (409 order_not_delivered before); recorded as taken by the signed-in staff member. It answers the order\'s survey: a second answer by any channel is 409 survey_answered. A score of 2 or less opens a complaint case.',
        body: PhoneFeedbackBody,
        response: { 201: FeedbackView },
      },
    },
    async (request, reply) => reply.code(201).send(await recordPhoneFeedback(ctx.db, actorOf(request), ctx.clock.now(), request.body)),
  );
};
