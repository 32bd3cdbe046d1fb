import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { IfMatchHeaders, IsoDate, Nullable, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { applyHolidaySchedule, previewHolidaySchedule } from './calendar-import.js';
import { maxScheduleNameLength } from './holiday-schedule.js';

/* The national holiday schedule (放假安排) imported into the business calendar from a file. */

const ScheduleImport = StrictObject({
  fileName: Type.String({ minLength: 1, maxLength: 200, description: 'The uploaded file’s name, kept in the audit event' }),
  content: Type.String({ minLength: 1, maxLength: 500_000, description: 'The file’s text: an iCalendar file (.ics) of all-day events, or CSV date,kind,name' }),
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2200, description: 'The year the schedule replaces; by default the year most of its days fall in' })),
  dryRun: Type.Boolean({ description: 'true: only say what would change; false: apply (needs If-Match)' }),
});

const Kind = StringEnum(['holiday', 'workday'] as const, { description: 'holiday: not worked; workday: a make-up working day (调休)' });
const Name = Nullable(Type.String({ maxLength: maxScheduleNameLength }));

const ScheduleImportAnswer = Type.Object({
  year: Type.Integer(),
  days: Type.Array(
    Type.Object({
      date: IsoDate,
      kind: Kind,
      name: Name,
      line: Type.Integer({ description: 'Where the file gives it' }),
      outcome: StringEnum(['added', 'unchanged', 'skipped'] as const, { description: 'skipped: a working day the company’s week works anyway' }),
    }),
  ),
  removed: Type.Array(Type.Object({ date: IsoDate, kind: Kind, name: Name }), { description: 'Days of that year the calendar has and the file does not (or of the other kind)' }),
  applied: Type.Boolean({ description: 'The calendar was changed: false for a preview, or when it already had this schedule' }),
  version: Type.Integer({ description: 'The calendar version previewed on (send it as If-Match to apply), or the one the import saved' }),
});

export const calendarImportRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/settings/calendar/import',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags: ['settings'],
        summary: 'Import a national holiday schedule (放假安排) into the business calendar: preview with dryRun, then apply',
        description:
          'The file’s year is replaced by its days: holidays and make-up working days (调休) it lists are added, the calendar’s other days of that year are removed, ' +
          'other years are kept. A working day the company’s week works anyway is skipped. Applying needs If-Match with the version the preview answered ' +
          '(428 without, 412 when the calendar changed meanwhile) and is audited as a change of the business-calendar setting. ' +
          '422 invalid_schedule_file names each bad line in errors[].params.line.',
        headers: IfMatchHeaders,
        body: ScheduleImport,
        response: { 200: ScheduleImportAnswer },
      },
    },
    async (request, reply) => {
      const { dryRun, ...input } = request.body;
      if (dryRun) return previewHolidaySchedule(ctx.db, input);
      const version = requiredVersion(request.headers['if-match']);
      const answer = await applyHolidaySchedule(ctx.db, actorOf(request), ctx.clock.now(), input, version);
      setVersionTag(reply, answer.version);
      return answer;
    },
  );
};
