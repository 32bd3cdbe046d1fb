import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDatabase, testDatabaseKind } from './database.js';
import { base32Decode, hotp, stepSeconds, timeStep } from '../../src/modules/identity/totp.js';

const root = path.resolve(import.meta.dirname, '..', '..');

function newestSourceChange(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSourceChange(full) : fs.statSync(full).mtimeMs);
  }, 0);
}

/**
 * How to run the real `ordo`: the build (`npm install` and `npm ci` make it) starts in half the
 * time, so it is used when it is newer than every source file; after an edit, the source is
 * run through tsx, so a test never exercises stale code.
 */
const ordoEntry: string[] = (() => {
  const built = path.join(root, 'dist', 'main.js');
  const fresh = fs.existsSync(built) && fs.statSync(built).mtimeMs > newestSourceChange(path.join(root, 'src'));
  return fresh ? [built] : ['--import', 'tsx', 'src/main.ts'];
})();

export interface RunningOrdo {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
}

/** Runs the real `ordo` CLI (from source) with the given environment. */
export function ordoCommand(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ordoEntry, ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `ordo worker` and waits until it says it has started. */
export function startWorker(env: Record<string, string>): Promise<RunningOrdo> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ordoEntry, 'worker'], { cwd: root, env: { ...process.env, LOG_LEVEL: 'info', ...env } });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ordo worker did not start within 90 s:\n${output}`));
    }, 90_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      if (output.includes('Ordo worker started')) {
        clearTimeout(timer);
        resolve({ child, baseUrl: '', output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ordo worker exited with ${code}:\n${output}`));
    });
  });
}

/**
 * The database real servers of one test file share, as their environment: a fresh database
 * when the suite runs on PostgreSQL, else a temporary PGlite data dir (`name` prefixes it).
 */
export async function serverDatabase(name: string): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  if (testDatabaseKind === 'postgres') {
    const database = await freshDatabase();
    return { env: { DATABASE_URL: database.url! }, cleanup: () => database.close() };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  return { env: { DATABASE_URL: '', ORDO_DATA_DIR: dataDir }, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

/** Starts `ordo serve` on a free port and waits until it listens. */
export function startOrdo(env: Record<string, string>): Promise<RunningOrdo> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ordoEntry, 'serve'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ordo serve did not start within 90 s:\n${output}`));
    }, 90_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /listening on (http:\/\/\S+):(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, baseUrl: `http://127.0.0.1:${match[2]}`, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ordo serve exited with ${code}:\n${output}`));
    });
  });
}

/** Kills the process without letting it clean up, as a power cut or OOM kill would. */
export function killHard(ordo: RunningOrdo): Promise<void> {
  return new Promise((resolve) => {
    ordo.child.removeAllListeners('exit');
    ordo.child.once('exit', () => resolve());
    ordo.child.kill('SIGKILL');
  });
}

export function stopGracefully(ordo: RunningOrdo): Promise<number | null> {
  return new Promise((resolve) => {
    ordo.child.removeAllListeners('exit');
    ordo.child.once('exit', (code) => resolve(code));
    ordo.child.kill('SIGTERM');
  });
}

/**
 * The authenticator apps of the admins these tests sign in as (their role must use MFA): the
 * secret and the last time step whose code was used, since a code is accepted only once.
 */
const authenticators = new Map<string, { secret: string; lastStep: number }>();

/** A code for a step after the last one used: the server takes one step ahead, and waits are rare. */
async function nextCode(email: string): Promise<string> {
  const app = authenticators.get(email);
  if (!app) throw new Error(`${email} has an authenticator this test run did not set up`);
  const step = Math.max(timeStep(new Date()), app.lastStep + 1);
  const wait = (step - 1) * stepSeconds * 1000 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  app.lastStep = step;
  return hotp(base32Decode(app.secret), step);
}

/** A tiny HTTP client keeping the session cookie and sending its CSRF token, as the console does. */
export class Client {
  private cookie = '';
  private csrf = '';
  constructor(private readonly baseUrl: string) {}

  /** Signs in as a person would: the password, then the authenticator step the server asks for. */
  async login(email: string, password: string): Promise<void> {
    const res = await fetch(`${this.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    this.takeCookie(res);
    const { stage } = (await res.json()) as { stage: string };
    if (stage === 'mfa_enrolment') {
      const { data } = await this.request('POST', '/api/v1/auth/mfa/enrolment');
      const step = timeStep(new Date());
      authenticators.set(email, { secret: data.secret, lastStep: step });
      await this.finish('/api/v1/auth/mfa/enrolment/confirm', { code: hotp(base32Decode(data.secret), step) });
    } else if (stage === 'mfa_code') {
      await this.finish('/api/v1/auth/mfa/verify', { code: await nextCode(email) });
    }
  }

  /** The session cookie and CSRF header, for a test that sends its own requests. */
  get headers(): Record<string, string> {
    return { cookie: this.cookie, 'x-ordo-csrf': this.csrf };
  }

  private takeCookie(res: Response): void {
    const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    const session = cookies.find((c) => c.startsWith('ordo_session='));
    const csrf = cookies.find((c) => c.startsWith('ordo_csrf='));
    if (session) this.cookie = session;
    if (csrf) this.csrf = csrf.slice('ordo_csrf='.length);
  }

  private async finish(url: string, body: unknown): Promise<void> {
    const res = await fetch(`${this.baseUrl}${url}`, { method: 'POST', headers: { cookie: this.cookie, 'x-ordo-csrf': this.csrf, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`sign-in step ${url} failed: ${res.status} ${await res.text()}`);
    this.takeCookie(res);
  }

  async request(method: string, url: string, body?: unknown): Promise<{ status: number; data: any }> {
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: { cookie: this.cookie, 'x-ordo-csrf': this.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, data: text ? JSON.parse(text) : undefined };
  }
}
