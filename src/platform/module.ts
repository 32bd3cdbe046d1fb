import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Config } from '../config.js';
import type { AppContext } from './context.js';
import type { Executor } from './db/connect.js';
import type { ErrorEntries } from './http/errors.js';
import type { AnyJobDefinition, Pump, RecurringJob } from './jobs/worker.js';
import type { HostResolver } from './net/resolve.js';

/** A file sent with an e-mail. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * The files a notification's e-mail carries, made as it goes out (not stored with it) from
 * the event's data, in the reader's language.
 */
export type MailAttachmentSource = (db: Executor, data: Record<string, unknown>, language: 'zh-CN' | 'en', now: Date) => Promise<MailAttachment[]>;

/** What a module's job handlers are built from, once per worker. */
export interface WorkerDeps {
  config: Config;
  resolveHost: HostResolver;
  /** Every module's `mailAttachments`, by event topic. */
  mailAttachments: Readonly<Record<string, MailAttachmentSource>>;
}

/**
 * What a module plugs into the app and the worker, in its `module.ts`. `app.ts` and
 * `worker.ts` loop over the list of modules (`src/modules.ts`) and name none of them.
 */
export interface OrdoModule {
  name: string;
  /** Its problem codes (declared in its `errors.ts`), answerable once registered. */
  errors?: ErrorEntries;
  /** Its HTTP plugins, registered in this order. */
  routes?: readonly FastifyPluginAsyncTypebox<AppContext>[];
  /** Its job handlers and the pumps the worker runs beside the queue. */
  jobs?(deps: WorkerDeps): { handlers: AnyJobDefinition[]; pumps?: Pump[] };
  recurringJobs?: readonly RecurringJob[];
  /** For the topics whose staff e-mails carry files: how to make them. */
  mailAttachments?: Readonly<Record<string, MailAttachmentSource>>;
  /** Rows it keeps only for a while: the nightly maintenance job deletes them, each count logged under its name. */
  purges?: Record<string, (db: Executor, now: Date) => Promise<number>>;
}
