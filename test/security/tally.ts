import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/** What one security test file did: counted as it went, never set by hand. */
export interface TallyRecord {
  name: string;
  requests: number;
  /** `METHOD /path` of every route a request was sent to. */
  routes: string[];
  /** Who the requests were sent as. */
  principals: string[];
  /** Every expectation the server broke, one line each. */
  findings: string[];
}

export function summaryLine(record: TallyRecord): string {
  return `${record.name}: ${record.requests} requests, ${record.routes.length} routes, ${record.principals.length} principals, ${record.findings.length} findings`;
}

/** The run's seed (vitest.security.config.ts picks one when ORDO_SECURITY_SEED is not set). */
export const securitySeed = Number(process.env.ORDO_SECURITY_SEED ?? 1);

/**
 * A file's counts. Checks record findings instead of failing at the first, so one run names
 * every hole; each file then expects none.
 */
export class Tally {
  private requests = 0;
  private readonly routes = new Set<string>();
  private readonly principals = new Set<string>();
  readonly findings: string[] = [];

  constructor(readonly name: string) {}

  request(route: string, principal: string): void {
    this.requests += 1;
    this.routes.add(route);
    this.principals.add(principal);
  }

  /** Records a broken expectation unless `holds`; answers `holds`. */
  check(holds: boolean, finding: () => string): boolean {
    if (!holds) this.findings.push(finding());
    return holds;
  }

  /** Prints the file's line and leaves its counts for the run's total. */
  report(): void {
    const record: TallyRecord = { name: this.name, requests: this.requests, routes: [...this.routes], principals: [...this.principals], findings: this.findings };
    // The suite's counts are its output (CI shows them), not a debugging aid: straight to stdout.
    process.stdout.write(`${summaryLine(record)}\n${this.findings.map((finding) => `  finding: ${finding}\n`).join('')}`);
    const dir = inject('securityTallyDir');
    if (dir) fs.writeFileSync(path.join(dir, `${this.name.replace(/\W+/g, '-')}-${process.pid}.json`), JSON.stringify(record));
  }
}
