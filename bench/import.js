// `npm run bench:import`: writes a customers CSV of BENCH_IMPORT_ROWS rows (100,000 by default),
// then imports it for real, in this process, through the import service the API's job and
// `ordo import` use (embedded PGlite by default, PostgreSQL when DATABASE_URL is set). Reports
// rows/s and the process's peak RSS to bench/results/import-<database>.json and the README.
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../dist/config.js';
import { openDatabase } from '../dist/server.js';
import { runImport, stageLocalFile, startImport } from '../dist/modules/imports/service.js';
import { scratchPostgres } from './scratch.js';

const root = path.resolve(import.meta.dirname, '..');
const rowCount = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const mib = (bytes) => Math.round(bytes / 2 ** 20);

/** A customers file as people send one: Chinese headers, a code, a contact with phone and email, a credit limit and a tag. */
async function writeCustomersCsv(file, rows) {
  const out = fs.createWriteStream(file);
  const write = async (line) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('客户编码,客户名称,客户类型,联系人,联系电话,邮箱,信用额度,标签,备注\n');
  for (let i = 1; i <= rows; i++) {
    const n = String(i).padStart(6, '0');
    await write(`BI${n},压测导入客户 ${n},公司,联系人 ${n},138${n.padStart(8, '0')},buyer${n}@bench.test,50000,压测,\n`);
  }
  out.end();
  await once(out, 'finish');
}

/** Rewrites the README's import table from every import results file. */
function updateReadme() {
  const readmePath = path.join(root, 'README.md');
  const readme = fs.readFileSync(readmePath, 'utf8');
  const lines = ['| database | rows | rows/s | seconds | peak RSS | RSS before | measured |', '| --- | ---: | ---: | ---: | ---: | ---: | --- |'];
  for (const kind of ['pglite', 'postgres']) {
    const file = path.join(root, 'bench', 'results', `import-${kind}.json`);
    if (!fs.existsSync(file)) continue;
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    const label = kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL 15';
    lines.push(`| ${label} | ${r.rows.toLocaleString('en')} | ${r.rowsPerSecond} | ${r.seconds} | ${r.peakRssMiB} MiB | ${r.rssBeforeMiB} MiB | ${r.measuredAt.slice(0, 10)} |`);
  }
  const updated = readme.replace(/<!-- bench-import:start -->[\s\S]*<!-- bench-import:end -->/, `<!-- bench-import:start -->\n${lines.join('\n')}\n<!-- bench-import:end -->`);
  fs.writeFileSync(readmePath, updated);
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const kind = databaseUrl ? 'postgres' : 'pglite';
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-bench-import-'));
  const scratch = databaseUrl ? await scratchPostgres(databaseUrl) : undefined;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: scratch?.url ?? '',
    ORDO_DATA_DIR: path.join(work, 'data'),
    ORDO_FILES_DIR: path.join(work, 'files'),
    LOG_LEVEL: 'warn',
  });
  const csv = path.join(work, 'customers.csv');
  try {
    console.log(`Writing ${rowCount} customer rows …`);
    await writeCustomersCsv(csv, rowCount);
    const database = await openDatabase(config, 'bench import');
    try {
      const rssBefore = process.memoryUsage().rss;
      console.log(`Importing on ${kind} (RSS ${mib(rssBefore)} MiB before) …`);
      const actor = { userId: null, label: 'bench:import' };
      const staged = await stageLocalFile(config.filesDir, csv);
      const started = await startImport(database.db, config.filesDir, actor, new Date(), { kind: 'customers', dryRun: false, fileName: 'customers.csv', receivedPath: staged, runBy: 'caller' });
      const t0 = performance.now();
      let lastReport = 0;
      const done = await runImport(
        {
          db: database.db,
          filesRoot: config.filesDir,
          timeZone: config.timeZone,
          now: () => new Date(),
          onProgress: (counts) => {
            if (counts.rows - lastReport >= 10_000) {
              lastReport = counts.rows;
              console.log(`  ${counts.rows} rows, ${Math.round(counts.rows / ((performance.now() - t0) / 1000))} rows/s, RSS ${mib(process.memoryUsage().rss)} MiB`);
            }
          },
        },
        started.id,
      );
      const seconds = (performance.now() - t0) / 1000;
      if (done.state !== 'succeeded' || done.counts.created !== rowCount) throw new Error(`import ${done.state}: ${JSON.stringify(done.counts)} ${JSON.stringify(done.errors.slice(0, 3))}`);
      // maxRSS is the process's high-water mark in KiB: the import's peak, the database's own memory included on PGlite.
      const peakRss = process.resourceUsage().maxRSS * 1024;
      const report = {
        database: kind,
        measuredAt: new Date().toISOString(),
        machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
        shape: 'customers CSV (code, name, type, contact, phone, email, credit limit, tag), each row its own transaction with its audit event and import key',
        rows: rowCount,
        seconds: Math.round(seconds * 10) / 10,
        rowsPerSecond: Math.round((rowCount / seconds) * 10) / 10,
        peakRssMiB: mib(peakRss),
        rssBeforeMiB: mib(rssBefore),
      };
      console.log(`${rowCount} rows in ${report.seconds} s: ${report.rowsPerSecond} rows/s, peak RSS ${report.peakRssMiB} MiB (${report.rssBeforeMiB} MiB before)`);
      fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
      fs.writeFileSync(path.join(root, 'bench', 'results', `import-${kind}.json`), JSON.stringify(report, null, 2) + '\n');
      updateReadme();
    } finally {
      await database.close();
    }
  } finally {
    await scratch?.drop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
