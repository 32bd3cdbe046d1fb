import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import { chosenColumns, readerLanguage, sendFile } from '../../platform/export/table-file.js';
import { actorOf } from '../../platform/http/auth.js';
import { IdParams, IfMatchHeaders } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { IdempotencyHeaders } from '../orders/contract.js';
import {
  FollowUpRequest,
  FollowUpResult,
  MemberPage,
  PageQuery,
  PreviewBody,
  SegmentCreate,
  segmentExportColumns,
  SegmentExportQuery,
  SegmentListItem,
  SegmentPatch,
  SegmentPreview,
  SegmentView,
} from './contract.js';
import { exportMembers } from './export.js';
import { checkFilter, countMembers, createFollowUps, createSegment, deleteSegment, getSegment, listSegments, maxFollowUpsPerRun, pageOfMembers, updateSegment } from './service.js';

const tags = ['segments'];
const permission = 'segments:use';

export const segmentRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/segments/preview',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Who a filter takes, before it is saved: how many customers, and the first page of them with their figures',
        body: PreviewBody,
        response: { 200: SegmentPreview },
      },
    },
    async (request) => {
      const { filter, limit } = request.body;
      checkFilter(filter, '/filter');
      const now = ctx.clock.now();
      const [total, page] = await Promise.all([countMembers(ctx.db, filter, now), pageOfMembers(ctx.db, filter, now, { limit: limit ?? 20 })]);
      return { total, ...page };
    },
  );

  app.get(
    '/api/v1/segments',
    {
      config: { permission },
      schema: { tags, summary: 'The saved segments by name, each with how many customers are in it now', response: { 200: Type.Object({ items: Type.Array(SegmentListItem) }) } },
    },
    async () => ({ items: await listSegments(ctx.db, ctx.clock.now()) }),
  );

  app.post(
    '/api/v1/segments',
    {
      config: { permission },
      schema: { tags, summary: 'Save a segment: a name the team shares and its filter', description: '409 already_exists: the name is taken.', body: SegmentCreate, response: { 201: SegmentView } },
    },
    async (request, reply) => {
      const segment = await createSegment(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      setVersionTag(reply, segment.version);
      reply.header('location', `/api/v1/segments/${segment.id}`);
      return reply.code(201).send(segment);
    },
  );

  app.get(
    '/api/v1/segments/:id',
    { config: { permission }, schema: { tags, summary: 'One saved segment', params: IdParams, response: { 200: SegmentView } } },
    async (request, reply) => {
      const segment = await getSegment(ctx.db, request.params.id);
      setVersionTag(reply, segment.version);
      return segment;
    },
  );

  app.patch(
    '/api/v1/segments/:id',
    {
      config: { permission },
      schema: { tags, summary: 'Rename a segment or change its filter; send If-Match with the version you edited', params: IdParams, headers: IfMatchHeaders, body: SegmentPatch, response: { 200: SegmentView } },
    },
    async (request, reply) => {
      const segment = await updateSegment(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, segment.version);
      return segment;
    },
  );

  app.delete(
    '/api/v1/segments/:id',
    {
      config: { permission },
      schema: { tags, summary: 'Delete a segment (its follow-up tasks stay); send If-Match with the version you saw', params: IdParams, headers: IfMatchHeaders, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await deleteSegment(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, requiredVersion(request.headers['if-match']));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/segments/:id/customers',
    {
      config: { permission },
      schema: { tags, summary: "The segment's customers now, by name, with the figures that matched", params: IdParams, querystring: PageQuery, response: { 200: MemberPage } },
    },
    async (request) => {
      const segment = await getSegment(ctx.db, request.params.id);
      return pageOfMembers(ctx.db, segment.filter, ctx.clock.now(), { limit: request.query.limit ?? 50, cursor: request.query.cursor });
    },
  );

  app.get(
    '/api/v1/segments/:id/export',
    {
      config: { permission },
      schema: {
        tags,
        summary: "The segment's customers as a file (XLSX or CSV), with their figures",
        description: 'Headers and words in the language asked, else the reader\'s; CSV is UTF-8 with a byte-order mark; text a spreadsheet would run as a formula is written as text.',
        params: IdParams,
        querystring: SegmentExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
      },
    },
    async (request, reply) => {
      const segment = await getSegment(ctx.db, request.params.id);
      const { format, columns, lang } = request.query;
      const now = ctx.clock.now();
      const language = readerLanguage(lang, actorOf(request), request.headers['accept-language']);
      const stream = exportMembers(ctx.db, { filter: segment.filter, now, columns: chosenColumns(columns, segmentExportColumns), language, format, timeZone: ctx.config.timeZone });
      return sendFile(reply, stream, { format, name: 'segment', now, timeZone: ctx.config.timeZone });
    },
  );

  app.post(
    '/api/v1/segments/:id/follow-ups',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Open one call, visit or message task per customer of the segment, all for one person, due on a day',
        description:
          'One transaction. A customer who already has this segment\'s follow-up of this kind for that day gets no second one (counted in alreadyScheduled). ' +
          `With an Idempotency-Key a retry gets the first answer; with another body, 422. 422 segment_too_large beyond ${maxFollowUpsPerRun} customers; ` +
          '422 unknown_reference, 409 assignee_inactive: the owner is not active staff.',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: FollowUpRequest,
        response: { 201: FollowUpResult },
      },
    },
    async (request, reply) => {
      const result = await createFollowUps(
        { db: ctx.db, actor: actorOf(request), now: ctx.clock.now(), timeZone: ctx.config.timeZone, idempotencyKey: request.headers['idempotency-key'] },
        request.params.id,
        request.body,
      );
      return reply.code(201).send(result);
    },
  );
};
