import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { connectDatabase } from '../../src/platform/db/connect.js';
import { bootId, DataDirBusyError, lockDataDir, processStat, type LockHolder } from '../../src/platform/db/lock.js';
import { waitFor } from '../support/wait.js';

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
    await waitFor(() => processStat(pid)?.state === 'Z', { failure: () => `process ${pid} is ${processStat(pid)?.state}, not a zombie` });
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

test('a file-backed PGlite checkpoints once WAL piles up, so a crash leaves little to replay; an idle one is left alone', { timeout: 120_000 }, async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-checkpoint-'));
  const database = await connectDatabase({ dataDir, checkpoint: { everyMs: 100, walBytes: 64 * 1024 } });
  try {
    const pglite = database.pglite!;
    const waiting = async () =>
      (await pglite.query<{ bytes: number }>('SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), redo_lsn)::float8 AS bytes FROM pg_control_checkpoint()')).rows[0]!.bytes;
    const lastCheckpoint = async () => (await pglite.query<{ lsn: string }>('SELECT checkpoint_lsn::text AS lsn FROM pg_control_checkpoint()')).rows[0]!.lsn;
    const settle = () => waitFor(async () => (await waiting()) < 64 * 1024, { timeoutMs: 30_000, failure: () => 'a checkpoint' });
    await settle();
    const before = await lastCheckpoint();
    await pglite.exec("CREATE TABLE written (body text); INSERT INTO written SELECT repeat('x', 500) FROM generate_series(1, 2000)");
    await settle();
    expect(await lastCheckpoint()).not.toBe(before);
    // Nothing written since: the last checkpoint stays the last, watched over ten checkpoint periods.
    const settled = await lastCheckpoint();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await lastCheckpoint()).toBe(settled);
  } finally {
    await database.close();
  }
});
