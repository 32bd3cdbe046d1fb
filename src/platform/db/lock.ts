import fs from 'node:fs';
import path from 'node:path';

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; command?: string; startedAt?: string },
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${holder.pid}` +
        (holder.command ? ` (ordo ${holder.command}, started ${holder.startedAt})` : '') +
        '. The embedded database belongs to one process at a time: stop that process first, ' +
        'or set DATABASE_URL to a PostgreSQL database to run several processes.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory's lock file for this process. PGlite does not stop a second
 * process from opening the same files, and two writers would corrupt them.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string, command: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'ordo.lock');
  const content = JSON.stringify({ pid: process.pid, command, startedAt: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, content, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          const held = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { pid: number };
          if (held.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid: number; command?: string; startedAt?: string } | undefined;
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
      } catch {
        holder = undefined; // half-written or unreadable: treat as stale
      }
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DataDirBusyError(dataDir, holder);
      }
      // The holder died without releasing (e.g. kill -9): the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
