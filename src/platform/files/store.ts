import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../http/errors.js';
import { sniffLength, sniffType, type FileType } from './sniff.js';
import { newId } from '../db/ids.js';

/** What one upload route accepts. */
export interface FileLimits {
  maxFileBytes: number;
  maxFiles: number;
  types: readonly FileType[];
}

export interface FileFacts {
  fileName: string;
  /** Sniffed from the content, never the client's word. */
  contentType: FileType;
  sizeBytes: number;
  sha256: string;
}

/** A received file still in the store's temp folder: not yet anyone's. */
export interface StagedFile extends FileFacts {
  tempPath: string;
}

/** A file in place; `key` is what the database row keeps. */
export interface StoredFile extends FileFacts {
  key: string;
}

const keyPattern = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A name safe to show and to put in Content-Disposition: letters, digits and `._ -` only. */
function cleanFileName(name: string, fallback: string): string {
  return name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || fallback;
}

export function fileTooLarge(limits: FileLimits): DomainError {
  const message = `at most ${limits.maxFileBytes} bytes`;
  return new DomainError('file_too_large', `A file has ${message}`, { errors: [{ path: '/file', in: 'body', code: 'file_too_large', message }], meta: { maxFileBytes: limits.maxFileBytes } });
}

function unsupportedType(limits: FileLimits): DomainError {
  const message = `is not ${limits.types.join(', ')}`;
  return new DomainError('unsupported_file_type', `A file's content ${message}`, { errors: [{ path: '/file', in: 'body', code: 'unsupported_file_type', message }], meta: { allowedTypes: limits.types } });
}

/**
 * Uploaded files on disk, off the database: each under a random key, written to a temp file in
 * the store's own folder (same file system, so the rename into place is atomic) and flushed
 * before it is renamed. The database keeps only the key and the facts about the file.
 */
export class FileStore {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    // Keys come from the database; a key that is not one of ours never becomes a path.
    if (!keyPattern.test(key)) throw new Error(`Not a file store key: ${key}`);
    return path.join(this.root, key);
  }

  /**
   * Streams `source` into a temp file while counting, hashing and sniffing it; stops at the
   * first byte past the limit or as soon as the first bytes show a type not allowed, leaving
   * nothing behind.
   */
  async stage(source: Readable, fileName: string, limits: FileLimits): Promise<StagedFile> {
    const folder = path.join(this.root, 'tmp');
    await mkdir(folder, { recursive: true });
    const tempPath = path.join(folder, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let sizeBytes = 0;
    let head = Buffer.alloc(0);
    let contentType: FileType | undefined;
    const inspect = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        sizeBytes += chunk.length;
        if (sizeBytes > limits.maxFileBytes) return done(fileTooLarge(limits));
        if (head.length < sniffLength) {
          head = Buffer.concat([head, chunk.subarray(0, sniffLength - head.length)]);
          if (head.length === sniffLength) {
            contentType = sniffType(head, limits.types);
            if (!contentType) return done(unsupportedType(limits));
          }
        }
        hash.update(chunk);
        done(null, chunk);
      },
      flush(done) {
        contentType ??= sniffType(head, limits.types);
        done(contentType ? null : unsupportedType(limits));
      },
    });
    try {
      await pipeline(source, inspect, createWriteStream(tempPath, { flush: true }));
    } catch (err) {
      await rm(tempPath, { force: true });
      throw err;
    }
    return { tempPath, fileName: cleanFileName(fileName, 'file'), contentType: contentType!, sizeBytes, sha256: hash.digest('hex') };
  }

  /**
   * Removes temp files a stopped process left half-received. Only those an hour old: another
   * process sharing the folder may be receiving one right now.
   */
  async sweepTemp(now: Date): Promise<void> {
    const folder = path.join(this.root, 'tmp');
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      if ((await stat(file)).mtimeMs < now.getTime() - 3_600_000) await rm(file, { force: true });
    }
  }

  /** Removes staged files that were not kept (a refused request, a failed rename). */
  async discard(staged: readonly StagedFile[]): Promise<void> {
    await Promise.all(staged.map((file) => rm(file.tempPath, { force: true })));
  }

  async remove(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
  }

  /**
   * Moves the staged files into place and runs `record` — the business transaction that writes
   * their rows. Should it fail, the files are removed again, so no file outlives a rolled-back
   * row. (A crash between rename and commit leaves an unreferenced file, never a row without one.)
   */
  async keep<T>(staged: readonly StagedFile[], record: (stored: StoredFile[]) => Promise<T>): Promise<T> {
    const stored: StoredFile[] = [];
    try {
      for (const { tempPath, ...facts } of staged) {
        const id = newId();
        const key = `${id.slice(0, 2)}/${id}`;
        await mkdir(path.dirname(this.pathOf(key)), { recursive: true });
        await rename(tempPath, this.pathOf(key));
        stored.push({ key, ...facts });
      }
      return await record(stored);
    } catch (err) {
      await this.remove(stored.map((file) => file.key));
      throw err;
    } finally {
      await this.discard(staged);
    }
  }

  /** A stream of the file's bytes; `not_found` when the file is gone from the store. */
  async read(key: string): Promise<Readable> {
    try {
      const handle = await open(this.pathOf(key));
      return handle.createReadStream();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new DomainError('not_found', 'The file is missing from the file store');
      throw err;
    }
  }
}
