import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { testDatabaseKind } from '../support/database.js';
import { summaryLine, type TallyRecord } from './tally.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where each security test file leaves its counts for the run's total. */
    securityTallyDir?: string;
  }
}

/**
 * Vitest global setup of the security suite: names the seed and the database before the run,
 * and after it adds up what the files counted into the one line CI shows.
 */
export default function securitySummary(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-security-'));
  project.provide('securityTallyDir', dir);
  const seed = process.env.ORDO_SECURITY_SEED;
  process.stdout.write(`security suite: seed ${seed} (replay with ORDO_SECURITY_SEED=${seed}), database ${testDatabaseKind}\n`);
  return () => {
    const records = fs.readdirSync(dir).map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as TallyRecord);
    fs.rmSync(dir, { recursive: true, force: true });
    const total: TallyRecord = {
      name: 'security suite',
      requests: records.reduce((sum, r) => sum + r.requests, 0),
      routes: [...new Set(records.flatMap((r) => r.routes))],
      principals: [...new Set(records.flatMap((r) => r.principals))],
      findings: records.flatMap((r) => r.findings),
    };
    process.stdout.write(`${summaryLine(total)} (${records.length} files, seed ${seed}, database ${testDatabaseKind})\n`);
  };
}
