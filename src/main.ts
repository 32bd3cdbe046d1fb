import path from 'node:path';
import { availableParallelism } from 'node:os';
import { Presets, SingleBar } from 'cli-progress';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { pino } from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DataDirBusyError } from './platform/db/lock.js';
import { isConnectionError } from './platform/db/sql.js';
import { StartupError } from './platform/startup.js';
import { verifyAuditChain } from './platform/audit/verify.js';
import { DomainError } from './platform/http/errors.js';
import { systemClock } from './platform/time/clock.js';
import { openDatabase, startServer } from './server.js';
import { createUser } from './modules/identity/service.js';
import { roles } from './modules/identity/permissions.js';
import { importKinds, runImport, stageLocalFile, startImport, type ImportKind } from './modules/imports/service.js';
import { checkedMonth, monthlyCsv, monthlyPdf, monthlyReport, monthlyXlsx } from './modules/reports/service.js';
import { exportCases } from './modules/aftersales/export.js';
import { caseExportColumns } from './modules/aftersales/contract.js';
import { exportCustomers } from './modules/customers/export.js';
import { customerExportColumns } from './modules/customers/contract.js';
import { dossierFormats, exportDossier, orderIdOfNumber } from './modules/dossier/service.js';
import { exportFeedback } from './modules/feedback/export.js';
import { feedbackExportColumns } from './modules/feedback/contract.js';
import { exportOrders } from './modules/orders/export.js';
import { exportColumns as orderExportColumns } from './modules/orders/contract.js';
import type { Db } from './platform/db/connect.js';
import { exportFormats, exportLanguages, type ExportFormat, type ExportLanguage } from './platform/export/table-file.js';
import { seedDemo } from './seed/demo.js';
import { createWorker } from './worker.js';

function config(): Config {
  return loadConfig(process.env);
}

/** Runs a command against the database and always closes it, so the data dir lock is released. */
async function withDatabase<T>(command: string, work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase(config(), command);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

const program = new Command('ordo')
  .description('Ordo — customer order management (客户订单管理系统)')
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the API and web console (PGlite in ./data, or PostgreSQL when DATABASE_URL is set)')
  .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
  .action(async (options: { port?: string }) => {
    const server = await startServer(loadConfig({ ...process.env, ...(options.port ? { PORT: options.port } : {}) }));
    const stop = async (signal: string) => {
      server.app.log.info(`${signal}: shutting down`);
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });

program
  .command('worker')
  .description('run background jobs only (several may share one PostgreSQL database)')
  .action(async () => {
    const cfg = config();
    const database = await openDatabase(cfg, 'worker');
    const log = pino({ level: cfg.logLevel });
    const worker = createWorker({ db: database.db, clock: systemClock, config: cfg, log });
    await worker.start();
    log.info({ worker: worker.id, database: database.kind }, 'Ordo worker started');
    const stop = async (signal: string) => {
      log.info(`${signal}: finishing the jobs in hand`);
      await worker.stop();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });

program
  .command('migrate')
  .description('apply database migrations and exit')
  .action(async () => {
    await withDatabase('migrate', async (database) => {
      process.stdout.write(`Migrations applied (${database.kind}).\n`);
    });
  });

program
  .command('seed')
  .description('load example data')
  .addArgument(new Command().createArgument('<dataset>', 'which data set').choices(['demo']))
  .action(async () => {
    await withDatabase('seed demo', async (database) => {
      const summary = await seedDemo(database.db, systemClock, config(), (line) => process.stdout.write(`${line}\n`));
      process.stdout.write(`${summary}\n`);
    });
  });

const user = program.command('user').description('manage users');
user
  .command('create')
  .description('create a user who can sign in')
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--password <password>', 'at least 8 characters')
  .addOption(new Option('--role <role...>', 'one or more roles').choices(roles).makeOptionMandatory())
  .option('--name <name>', 'display name')
  .addOption(new Option('--locale <locale>', 'interface language').choices(['zh-CN', 'en']).default('zh-CN'))
  .action(async (options: { email: string; password: string; role: string[]; name?: string; locale: string }) => {
    await withDatabase('user create', async (database) => {
      const created = await createUser(database.db, { userId: null, label: 'cli:user create' }, systemClock.now(), {
        email: options.email,
        password: options.password,
        roles: options.role,
        name: options.name,
        locale: options.locale,
      });
      process.stdout.write(`Created user ${created.email} (${created.roles.join(', ')}).\n`);
    });
  });

program
  .command('import')
  .description('import customers, products, stock receipts or orders from an XLSX or CSV file (templates: GET /api/v1/imports/templates/{kind})')
  .addArgument(new Command().createArgument('<kind>', 'what the file holds').choices(importKinds))
  .argument('<file>', '.xlsx, or .csv in UTF-8 or GB18030')
  .option('--dry-run', 'check every row and report, writing nothing')
  .action(async (kind: ImportKind, file: string, options: { dryRun?: boolean }) => {
    const cfg = config();
    await withDatabase('import', async (database) => {
      const actor = { userId: null, label: 'cli:import' };
      const staged = await stageLocalFile(cfg.filesDir, file);
      const started = await startImport(database.db, cfg.filesDir, actor, systemClock.now(), { kind, dryRun: options.dryRun ?? false, fileName: path.basename(file), receivedPath: staged, runBy: 'caller' });
      // Rows are counted as they are read: the bar shows how far it got, not a share of a total.
      const bar = process.stderr.isTTY ? new SingleBar({ format: 'importing {value} rows | created {created} updated {updated} unchanged {unchanged} failed {failed}', stream: process.stderr }, Presets.shades_classic) : undefined;
      bar?.start(0, 0, { created: 0, updated: 0, unchanged: 0, failed: 0 });
      const done = await runImport(
        { db: database.db, filesRoot: cfg.filesDir, timeZone: cfg.timeZone, now: () => systemClock.now(), onProgress: (counts) => bar?.update(counts.rows, counts) },
        started.id,
      );
      bar?.update(done.counts.rows, done.counts);
      bar?.stop();
      const { rows, created, updated, unchanged, failed } = done.counts;
      process.stdout.write(`${done.dryRun ? 'Dry run' : 'Import'} ${done.id} ${done.state}: ${rows} rows, ${created} created, ${updated} updated, ${unchanged} unchanged, ${failed} failed.\n`);
      if (done.failure) process.stderr.write(`ordo: ${done.failure.message}\n`);
      for (const e of done.errors.slice(0, 20)) process.stderr.write(`row ${e.row}${e.column ? ` [${e.column}]` : ''}: ${e.code} — ${e.message}\n`);
      if (done.errors.length > 20) process.stderr.write(`… the outcome file lists them all: GET /api/v1/imports/${done.id}/outcome\n`);
      if (done.state !== 'succeeded' || failed > 0) process.exitCode = 1;
    });
  });

const report = program.command('report').description('reports as files');
report
  .command('monthly')
  .description("a month's report (a closed month from its snapshot) written to a file")
  .requiredOption('--month <YYYY-MM>', 'the month, in the company time zone')
  .addOption(new Option('--format <format>', 'file format').choices(['xlsx', 'csv', 'pdf']).default('xlsx'))
  .requiredOption('--out <file>', 'where to write the file')
  .addOption(new Option('--lang <language>', 'language of the file').choices(['zh-CN', 'en']).default('zh-CN'))
  .action(async (options: { month: string; format: 'xlsx' | 'csv' | 'pdf'; out: string; lang: 'zh-CN' | 'en' }) => {
    const cfg = config();
    await withDatabase('report monthly', async (database) => {
      const now = systemClock.now();
      const month = checkedMonth(options.month, now, cfg.timeZone);
      const figures = await monthlyReport(database.db, now, cfg.timeZone, month);
      const file =
        options.format === 'csv' ? monthlyCsv(figures, options.lang) : options.format === 'xlsx' ? await monthlyXlsx(figures, options.lang) : await monthlyPdf(database.db, figures, options.lang, now);
      await writeFile(options.out, file);
      process.stdout.write(`Wrote the ${figures.state} report of ${month} (${figures.figures.length} figures) to ${options.out}.\n`);
    });
  });

/** The lists `ordo export` writes, each the whole list as its export route would with no filter. */
const listExports = {
  orders: (db: Db, file: ListFileRequest) => exportOrders(db, { now: file.now, timeZone: file.timeZone }, { ...file, query: {}, columns: orderExportColumns }),
  customers: (db: Db, file: ListFileRequest) => exportCustomers(db, { ...file, query: {}, columns: customerExportColumns }),
  cases: (db: Db, file: ListFileRequest) => exportCases(db, { ...file, query: {}, columns: caseExportColumns }),
  feedback: (db: Db, file: ListFileRequest) => exportFeedback(db, { ...file, query: {}, columns: feedbackExportColumns }),
} satisfies Record<string, (db: Db, file: ListFileRequest) => Readable>;
type ListExport = keyof typeof listExports;

interface ListFileRequest {
  format: ExportFormat;
  language: ExportLanguage;
  timeZone: string;
  now: Date;
  onRows: (written: number) => void;
}

const exportCommand = program
  .command('export')
  .description("a list (orders, customers, cases, feedback) as a CSV or XLSX file, or one order's dossier as a PDF or JSON file")
  .addArgument(new Command().createArgument('<what>', 'orders, customers, cases, feedback, or dossier').choices([...Object.keys(listExports), 'dossier']))
  .argument('[order-number]', 'the order whose dossier to write (dossier only)')
  .option('--format <format>', `${exportFormats.join(' or ')} for a list (default xlsx); ${dossierFormats.join(' or ')} for a dossier (default pdf)`)
  .requiredOption('--out <file>', 'where to write the file')
  .addOption(new Option('--language <language>', 'language of headers and words').choices(exportLanguages).default('zh-CN'))
  .action(async (what: ListExport | 'dossier', orderNumber: string | undefined, options: { format?: string; out: string; language: ExportLanguage }) => {
    const cfg = config();
    const formats: readonly string[] = what === 'dossier' ? dossierFormats : exportFormats;
    const format = options.format ?? (what === 'dossier' ? 'pdf' : 'xlsx');
    if (!formats.includes(format)) exportCommand.error(`error: --format ${format} is not one for ${what}: choose ${formats.join(' or ')}`);
    if (what === 'dossier' && !orderNumber) exportCommand.error('error: ordo export dossier needs the order number, e.g. ordo export dossier 202612-001 --out dossier.pdf');
    if (what !== 'dossier' && orderNumber) exportCommand.error(`error: ordo export ${what} takes no order number (got ${orderNumber})`);
    await withDatabase('export', async (database) => {
      const now = systemClock.now();
      if (what === 'dossier') {
        const orderId = await orderIdOfNumber(database.db, orderNumber!);
        const exported = await exportDossier(database.db, { userId: null, label: 'cli:export' }, now, { orderId, format: format as 'pdf' | 'json', language: options.language, timeZone: cfg.timeZone });
        await writeFile(options.out, exported.pdf ?? `${JSON.stringify(exported.dossier, null, 2)}\n`);
        const { events, verification } = exported.dossier;
        process.stdout.write(`Wrote the dossier of ${orderNumber} (${events.length} events, chain ${verification.ok ? 'intact' : 'BROKEN'}) to ${options.out}.\n`);
        if (!verification.ok) process.exitCode = 1;
        return;
      }
      // Rows are counted as they are written: the bar shows how far it got, not a share of a total.
      const bar = process.stderr.isTTY ? new SingleBar({ format: `exporting ${what}: {value} rows written`, stream: process.stderr }, Presets.shades_classic) : undefined;
      bar?.start(0, 0);
      let rows = 0;
      const onRows = (written: number) => {
        rows = written;
        bar?.update(written);
      };
      const stream = listExports[what](database.db, { format: format as ExportFormat, language: options.language, timeZone: cfg.timeZone, now, onRows });
      await pipeline(stream, createWriteStream(options.out));
      bar?.stop();
      process.stdout.write(`Wrote the ${what} list (${rows} rows) to ${options.out}.\n`);
    });
  });

const audit = program.command('audit').description('the audit trail');
audit
  .command('verify')
  .description('recompute the hash chains from their last verified link and report the first broken link')
  .option('--full', 'walk every chain from its start, re-checking events verified before')
  .action(async (options: { full?: boolean }) => {
    // On PostgreSQL the chains are hashed on as many connections as there are cores; PGlite has one.
    const result = await withDatabase('audit verify', (database) =>
      verifyAuditChain(database.db, { full: options.full ?? false, parallel: database.kind === 'postgres' ? availableParallelism() : 1 }),
    );
    if (result.ok) {
      process.stdout.write(`Audit trail intact: ${result.checked} events verified in ${result.chains} chains${result.full ? ', every one from its start' : ''}.\n`);
    } else {
      const { chain, seq, reason } = result.broken!;
      process.stderr.write(`Audit trail BROKEN at event ${seq} of chain ${chain}: ${reason} (${result.checked} events verified before it).\n`);
      process.exitCode = 1;
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof DataDirBusyError || err instanceof ConfigError || err instanceof StartupError) {
    process.stderr.write(`ordo: ${err.message}\n`);
  } else if (isConnectionError(err)) {
    process.stderr.write(`ordo: lost the connection to PostgreSQL (${err instanceof Error ? err.message : String(err)})\n`);
  } else if (err instanceof DomainError) {
    const fields = err.extra.errors?.map((e) => `${e.path.replace(/^\//, '')}: ${e.message}`).join('; ');
    process.stderr.write(`ordo: ${err.message}${fields ? ` (${fields})` : ''}\n`);
  } else {
    process.stderr.write(`ordo: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
}
