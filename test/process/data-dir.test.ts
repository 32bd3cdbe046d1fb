import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { bootId, DataDirBusyError, lockDataDir, processStat, type LockHolder } from '../../src/platform/db/lock.js';

// Who holds the embedded database's data directory, judged as the operating system sees
// it: a lock left by a dead process is taken over, one held by a live Ordo is refused.
let dataDir: string;
const children: ChildProcess[] = [];
let sleeper: ChildProcess;

function sleepingProcess(): ChildProcess {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

function writeLock(holder: LockHolder): void {
  fs.writeFileSync(path.join(dataDir, 'ordo.lock'), JSON.stringify(holder));
}

/** The lock as left by `pid` taken now on this machine, with any fields overridden. */
function lockOf(pid: number, overrides: Partial<LockHolder> = {}): LockHolder {
  return { pid, command: 'serve', startedAt: '2026-01-01T00:00:00.000Z', host: os.hostname(), bootId: bootId(), processStart: processStat(pid)!.start, ...overrides };
}

function takesOver(): void {
  const release = lockDataDir(dataDir, 'serve');
  const held = JSON.parse(fs.readFileSync(path.join(dataDir, 'ordo.lock'), 'utf8')) as LockHolder;
  expect(held).toMatchObject({ pid: process.pid, command: 'serve', host: os.hostname(), bootId: bootId(), processStart: processStat(process.pid)!.start });
  release();
  expect(fs.existsSync(path.join(dataDir, 'ordo.lock'))).toBe(false);
}

beforeAll(() => {
  sleeper = sleepingProcess();
});
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(!fs.existsSync('/proc/self/stat'))('the data-dir lock', () => {
  test('a live holder (pid, start time and boot as recorded) is refused with a clear message', () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-lock-'));
    writeLock(lockOf(sleeper.pid!));
    expect(() => lockDataDir(dataDir, 'audit verify')).toThrow(DataDirBusyError);
    expect(() => lockDataDir(dataDir, 'audit verify')).toThrow(
      `The data directory ${dataDir} is in use by process ${sleeper.pid} (ordo serve on ${os.hostname()}, started 2026-01-01T00:00:00.000Z)`,
    );
  });

  test('a lock from another boot is stale, even when its pid now names a live process', () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-lock-'));
    writeLock(lockOf(sleeper.pid!, { bootId: '00000000-0000-0000-0000-000000000000' }));
    takesOver();
  });

  test('a lock whose pid was reused by another process (another start time) is stale', () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-lock-'));
    writeLock(lockOf(sleeper.pid!, { processStart: String(Number(processStat(sleeper.pid!)!.start) - 1) }));
    takesOver();
  });

  test('a lock whose holder was killed and is a zombie not yet reaped is stale', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-lock-'));
    // `sleep 0` ends at once, and its parent becomes `sleep 60`, which never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(parent);
    const pid = Number(await new Promise<string>((resolve) => parent.stdout!.once('data', (d: Buffer) => resolve(d.toString()))));
    for (let waited = 0; processStat(pid)?.state !== 'Z' && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(processStat(pid)?.state).toBe('Z');
    writeLock(lockOf(pid));
    takesOver();
  });

  test('a lock whose process is gone is stale', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-lock-'));
    const child = sleepingProcess();
    const holder = lockOf(child.pid!);
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
    writeLock(holder);
    takesOver();
  });
});
