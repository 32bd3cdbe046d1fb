import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What the lock file says about its holder. */
export interface LockHolder {
  pid: number;
  command?: string;
  startedAt?: string;
  host?: string;
  /** The kernel's boot id when the lock was taken: another boot means another process. */
  bootId?: string;
  /** The holder's start time in clock ticks since boot (`/proc/<pid>/stat` field 22): a reused pid has another. */
  processStart?: string;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${holder.pid}` +
        (holder.command ? ` (ordo ${holder.command}${holder.host ? ` on ${holder.host}` : ''}, started ${holder.startedAt})` : '') +
        '. The embedded database belongs to one process at a time: stop that process first, ' +
        'or set DATABASE_URL to a PostgreSQL database to run several processes.',
    );
  }
}

function readProc(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function bootId(): string | undefined {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim();
}

/** A process's state letter and start time from `/proc/<pid>/stat`; undefined when there is no such process (or no /proc). */
export function processStat(pid: number): { state: string; start: string } | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0]!, start: fields[19]! };
}

function signalReaches(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process that wrote the lock still runs. A bare pid is not enough: after a
 * kill -9 it names a zombie until its parent reaps it, and after a reboot or container
 * restart it may name some unrelated process. Without /proc the signal check is all there is.
 */
function holderAlive(holder: LockHolder): boolean {
  const ourBoot = bootId();
  if (!ourBoot || !holder.bootId || !holder.processStart) return signalReaches(holder.pid);
  if (holder.bootId !== ourBoot) return false;
  const stat = processStat(holder.pid);
  return stat !== undefined && stat.state !== 'Z' && stat.state !== 'X' && stat.start === holder.processStart;
}

/**
 * Takes the data directory's lock file for this process. PGlite does not stop a second
 * process from opening the same files, and two writers would corrupt them.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string, command: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'ordo.lock');
  const self: LockHolder = {
    pid: process.pid,
    command,
    startedAt: new Date().toISOString(),
    host: os.hostname(),
    bootId: bootId(),
    processStart: processStat(process.pid)?.start,
  };
  const content = JSON.stringify(self);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, content, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          const held = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
          if (held.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: LockHolder | undefined;
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
      } catch {
        holder = undefined; // half-written or unreadable: treat as stale
      }
      if (holder && holder.pid !== process.pid && holderAlive(holder)) {
        throw new DataDirBusyError(dataDir, holder);
      }
      // The holder died without releasing (e.g. kill -9): the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
