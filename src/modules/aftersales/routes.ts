import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { AuditEvent, listEntityEvents } from '../../platform/audit/query.js';
import { IdParams, Page } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/auth.js';
import { authoriseReturn, receiveReturn, refundReturn } from './returns.js';
import { Type } from '@sinclair/typebox';
import { chosenColumns, readerLanguage, sendFile } from '../../platform/export/table-file.js';
import { exportCases } from './export.js';
import { CaseClose, CaseConfirmation, CaseContact, CaseExportQuery, caseExportColumns, CaseFilterQuery, CaseListQuery, CaseOpen, CasePageQuery, CaseTransfer, CaseView, Refund, Replacement, ReturnAuthorisation, ReturnReceipt, RmaView, TransferRequest } from './contract.js';
import { acceptTransfer, claimCase, confirmCase, countCases, getCase, listCases, logCaseContact, openCase, orderReplacement, requestTransfer, resolveCase, transferCase } from './service.js';

export const aftersalesRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/cases',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'Open an after-sales case about an order or a customer',
        description: 'Opens the task to contact the customer within 2 h; `reportedVia` records how the customer reached us. An accepted, failed or completed order moves to after_sales.',
        body: CaseOpen,
        response: { 201: CaseView },
      },
    },
    async (request, reply) => {
      const opened = await openCase(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      reply.header('location', `/api/v1/cases/${opened.id}`);
      return reply.code(201).send(opened);
    },
  );

  app.get(
    '/api/v1/cases',
    {
      config: { permission: 'aftersales:read' },
      schema: {
        tags: ['after-sales'],
        summary: 'After-sales cases, newest first or sorted by contact deadline, type or status; by status, type, order, customer, owner, or overdue for the first contact',
        querystring: CaseListQuery,
        response: { 200: Page(CaseView) },
      },
    },
    async (request) => {
      const { overdue, ...query } = request.query;
      return listCases(ctx.db, { ...query, ...(overdue ? { overdue: { now: ctx.clock.now() } } : {}), limit: query.limit ?? 50 });
    },
  );

  app.get(
    '/api/v1/cases/count',
    {
      config: { permission: 'aftersales:read' },
      schema: { tags: ['after-sales'], summary: "How many cases the list holds under the same filters (the table's total)", querystring: CaseFilterQuery, response: { 200: Type.Object({ total: Type.Integer() }) } },
    },
    async (request) => {
      const { overdue, ...query } = request.query;
      return countCases(ctx.db, { ...query, ...(overdue ? { overdue: { now: ctx.clock.now() } } : {}) });
    },
  );

  app.get(
    '/api/v1/cases/export',
    {
      config: { permission: 'aftersales:read' },
      schema: {
        tags: ['after-sales'],
        summary: "The case list as a file: every case the filters select, in the list's sort, as XLSX or CSV",
        description: "Takes the list's filters and sort, the columns to write (in order) and the language of headers and cells. The file is streamed as it is read; CSV is UTF-8 with a byte-order mark.",
        querystring: CaseExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
      },
    },
    async (request, reply) => {
      const { format, columns, lang, overdue, ...query } = request.query;
      const language = readerLanguage(lang, actorOf(request), request.headers['accept-language']);
      const stream = exportCases(ctx.db, {
        query: { ...query, ...(overdue ? { overdue: { now: ctx.clock.now() } } : {}) },
        columns: chosenColumns(columns, caseExportColumns),
        language,
        format,
        timeZone: ctx.config.timeZone,
      });
      return sendFile(reply, stream, { format, name: 'cases', now: ctx.clock.now(), timeZone: ctx.config.timeZone });
    },
  );

  app.get(
    '/api/v1/cases/:id',
    { config: { permission: 'aftersales:read' }, schema: { tags: ['after-sales'], summary: 'One case with its returns', params: IdParams, response: { 200: CaseView } } },
    async (request) => getCase(ctx.db, request.params.id),
  );

  app.get(
    '/api/v1/cases/:id/events',
    {
      config: { permission: 'aftersales:read' },
      schema: {
        tags: ['after-sales'],
        summary: "The case's history, oldest first: claims, contacts with the remedy proposed, transfers, closing",
        params: IdParams,
        querystring: CasePageQuery,
        response: { 200: Page(AuditEvent) },
      },
    },
    async (request) => {
      await getCase(ctx.db, request.params.id);
      return listEntityEvents(ctx.db, 'aftersales_case', request.params.id, { limit: request.query.limit ?? 50, cursor: request.query.cursor });
    },
  );

  app.post(
    '/api/v1/cases/:id/claim',
    {
      config: { permission: 'aftersales:write' },
      schema: { tags: ['after-sales'], summary: 'Respond first and own the case', description: '409 case_already_owned: someone responded first.', params: IdParams, response: { 200: CaseView } },
    },
    async (request) => claimCase(ctx.db, actorOf(request), ctx.clock.now(), request.params.id),
  );

  app.post(
    '/api/v1/cases/:id/contacts',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'The owner logs the contact with the customer and the remedy proposed',
        params: IdParams,
        body: CaseContact,
        response: { 200: CaseView },
      },
    },
    async (request) => logCaseContact(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/transfer',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'The owner hands the case to a colleague',
        description: '403 case_not_owner: only the owner may hand the case on.',
        params: IdParams,
        body: CaseTransfer,
        response: { 200: CaseView },
      },
    },
    async (request) => transferCase(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/transfer-request',
    {
      config: { permission: 'aftersales:write' },
      schema: { tags: ['after-sales'], summary: 'Ask the owner to hand the case over to you', params: IdParams, body: TransferRequest, response: { 200: CaseView } },
    },
    async (request) => requestTransfer(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/transfer-request/accept',
    {
      config: { permission: 'aftersales:write' },
      schema: { tags: ['after-sales'], summary: 'The owner accepts the request: the one who asked owns the case', params: IdParams, response: { 200: CaseView } },
    },
    async (request) => acceptTransfer(ctx.db, actorOf(request), ctx.clock.now(), request.params.id),
  );

  app.post(
    '/api/v1/cases/:id/close',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: "The owner resolves the case: it waits for the customer's confirmation before it closes",
        description: 'Records the resolution; the case is awaiting_confirmation until the customer confirms in the portal or staff record their answer (POST …/confirmation).',
        params: IdParams,
        body: CaseClose,
        response: { 200: CaseView },
      },
    },
    async (request) => resolveCase(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/confirmation',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: "Record the customer's answer to a resolved case, taken by phone, on a visit, ...",
        description:
          'Satisfied: the case closes, the follow-up visit is scheduled (a task 7 days later) and an order in after_sales with no other open case is completed; ' +
          '409 replacement_not_shipped while a replacement of the order has not shipped. Not satisfied: the case goes back to its owner (in_progress). ' +
          '409 case_not_resolved unless the case is awaiting_confirmation.',
        params: IdParams,
        body: CaseConfirmation,
        response: { 200: CaseView },
      },
    },
    async (request) => confirmCase(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/replacement',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: "The owner orders a replacement or reshipment: a zero-priced order of lines of the case's order",
        description:
          'The order is taken in like any other (numbering, audit, reservation, priority) at price 0, linked to the original order and the case (`replacementOf`, `replacements`). ' +
          'The original order does not complete until the replacement has shipped. 422 replacement_without_lines for a case without an order.',
        params: IdParams,
        body: Replacement,
        response: { 201: CaseView },
      },
    },
    async (request, reply) => reply.code(201).send(await orderReplacement(ctx.db, actorOf(request), ctx.clock.now(), ctx.config.timeZone, request.params.id, request.body)),
  );

  app.post(
    '/api/v1/cases/:id/returns',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'Authorise a return (RMA) of delivered goods',
        description: '422 return_exceeds_delivered names the line that would return more than was delivered and not yet returned.',
        params: IdParams,
        body: ReturnAuthorisation,
        response: { 201: RmaView },
      },
    },
    async (request, reply) => reply.code(201).send(await authoriseReturn(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/returns/:id/receive',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'Receive and inspect returned goods: restock (back on hand, a `return` stock movement) or scrap, per line',
        params: IdParams,
        body: ReturnReceipt,
        response: { 200: RmaView },
      },
    },
    async (request) => receiveReturn(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );

  app.post(
    '/api/v1/returns/:id/refund',
    {
      config: { permission: 'aftersales:write' },
      schema: {
        tags: ['after-sales'],
        summary: 'Refund a received return, in minor units of the order’s currency',
        description: '422 refund_exceeds_paid: more than the order is worth less earlier refunds.',
        params: IdParams,
        body: Refund,
        response: { 200: RmaView },
      },
    },
    async (request) => refundReturn(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body),
  );
};
