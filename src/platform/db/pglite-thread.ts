import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParserOptions, Results, RowMode } from '@electric-sql/pglite';
import { PreparedStatementNames } from './sql.js';
import { fromThreadError, type PgliteAnswers, type PgliteRequest, type PgliteThreadMessage, type PgliteThreadStart } from './pglite-protocol.js';

export interface EmbeddedQueryOptions {
  rowMode?: RowMode;
  parsers?: ParserOptions;
}

/** What runs statements inside an open transaction; Drizzle's PGlite driver only queries. */
export interface EmbeddedTransaction {
  query<T>(text: string, params?: unknown[], options?: EmbeddedQueryOptions): Promise<Results<T>>;
  exec(text: string): Promise<Results[]>;
}

/**
 * The embedded database as Ordo uses it, whether PGlite runs in this thread or on its own:
 * statements, transactions (Drizzle's PGlite driver), LISTEN, a data-dir dump, close.
 */
export interface EmbeddedPglite extends EmbeddedTransaction {
  transaction<T>(work: (tx: EmbeddedTransaction) => Promise<T>): Promise<T>;
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  dumpDataDir(compression: 'none'): Promise<Blob>;
  close(): Promise<void>;
}

/** The message a lost thread's calls fail with; it reads as a lost connection to `isConnectionError`. */
const threadGone = 'the PGlite thread stopped: connection closed';

/**
 * The thread, from the compiled worker; run from source (tests, tsx), a small bootstrap
 * first registers tsx in the thread, which does not inherit the main thread's loader.
 */
function spawnWorker(start: PgliteThreadStart): Worker {
  const options = { workerData: start, transferList: start.snapshot ? [start.snapshot] : [] };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./pglite-thread-worker.js', import.meta.url), options);
  const require = createRequire(import.meta.url);
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(fileURLToPath(new URL('./pglite-thread-worker.ts', import.meta.url)))});`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** Applies the caller's parsers to the raw text the thread sent back for their types. */
function parseColumns<T>(result: Results<T>, parsers: ParserOptions | undefined): Results<T> {
  if (!parsers) return result;
  for (const [index, field] of result.fields.entries()) {
    const parse = parsers[field.dataTypeID];
    if (!parse) continue;
    const key = Array.isArray(result.rows[0]) ? index : field.name;
    for (const row of result.rows as Record<string | number, unknown>[]) {
      const value = row[key];
      if (typeof value === 'string') row[key] = parse(value);
    }
  }
  return result;
}

/**
 * PGlite on a worker thread: the database's work (parsing, planning, executing, WAL) runs on
 * another core than HTTP, JSON and Drizzle. Requests go in the order they are made, and the
 * thread hands them to PGlite at once, so PGlite's own locks order them as in one thread: a
 * statement outside a transaction waits for the open one to end.
 */
export class PgliteThreadClient implements EmbeddedPglite {
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  private readonly listeners = new Map<number, (payload: string) => void>();
  private nextId = 1;
  private readonly preparedNames = new PreparedStatementNames();
  private stopped: Error | undefined;

  private constructor(
    private readonly worker: Worker,
    private readonly onLost: (err: Error) => void,
  ) {
    worker.on('message', (message: PgliteThreadMessage) => this.receive(message));
    worker.on('error', (err) => this.lose(new Error(`${threadGone} (${err.message})`)));
    worker.on('exit', (code) => this.lose(new Error(`${threadGone} (exit ${code})`)));
    // An idle thread does not keep the process alive; a call in flight does (see `call`).
    worker.unref();
  }

  /**
   * Starts PGlite on its own thread and resolves once it answers. `onLost` hears the thread
   * end while the database is open (a crash): every call fails from then on.
   */
  static async start(start: PgliteThreadStart, onLost: (err: Error) => void = () => {}): Promise<PgliteThreadClient> {
    const worker = spawnWorker(start);
    await new Promise<void>((resolve, reject) => {
      const settle = (outcome: () => void) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        outcome();
      };
      const onMessage = (message: PgliteThreadMessage) => {
        if ('ready' in message) settle(resolve);
        else if ('startFailed' in message) settle(() => reject(fromThreadError(message.startFailed)));
      };
      const onError = (err: Error) => settle(() => reject(err));
      const onExit = (code: number) => settle(() => reject(new Error(`the PGlite thread exited with ${code} while starting`)));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    }).catch(async (err: unknown) => {
      await worker.terminate();
      throw err;
    });
    return new PgliteThreadClient(worker, onLost);
  }

  private receive(message: PgliteThreadMessage): void {
    if ('listener' in message) {
      this.listeners.get(message.listener)?.(message.payload);
      return;
    }
    if (!('id' in message)) return;
    const call = this.pending.get(message.id);
    if (!call) return;
    this.pending.delete(message.id);
    if (this.pending.size === 0) this.worker.unref();
    if (message.ok) call.resolve(message.value);
    else call.reject(fromThreadError(message.error));
  }

  /** The thread ended; after `close` that is expected, before it the database is lost. */
  private lose(err: Error): void {
    const open = this.stopped === undefined;
    this.stop(err);
    if (open) this.onLost(err);
  }

  private stop(err: Error): void {
    this.stopped ??= err;
    for (const call of this.pending.values()) call.reject(err);
    this.pending.clear();
  }

  private call<K extends PgliteRequest['op']>(request: Extract<PgliteRequest, { op: K }>): Promise<PgliteAnswers[K]> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<PgliteAnswers[K]>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, request });
    });
  }

  private statements(tx: number | undefined): EmbeddedTransaction {
    return {
      query: async <T>(text: string, params?: unknown[], options?: EmbeddedQueryOptions) => {
        const parsers = options?.parsers;
        // Only inside a transaction, which has PGlite's one session to itself.
        const prepared = tx === undefined ? undefined : this.preparedNames.nameFor(text);
        const result = await this.call({ op: 'query', tx, text, params, rowMode: options?.rowMode, rawTypes: parsers && Object.keys(parsers).map(Number), prepared });
        return parseColumns(result as Results<T>, parsers);
      },
      exec: (text: string) => this.call({ op: 'exec', tx, text }),
    };
  }

  query<T>(text: string, params?: unknown[], options?: EmbeddedQueryOptions): Promise<Results<T>> {
    return this.statements(undefined).query<T>(text, params, options);
  }

  exec(text: string): Promise<Results[]> {
    return this.statements(undefined).exec(text);
  }

  /** Commits when `work` resolves; rolls back and rethrows when it throws. */
  async transaction<T>(work: (tx: EmbeddedTransaction) => Promise<T>): Promise<T> {
    const tx = await this.call({ op: 'begin' });
    let result: T;
    try {
      result = await work(this.statements(tx));
    } catch (err) {
      await this.call({ op: 'rollback', tx }).catch(() => {});
      throw err;
    }
    await this.call({ op: 'commit', tx });
    return result;
  }

  /** The listener is known here before the thread listens, so a NOTIFY that arrives at once is heard. */
  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const listener = this.nextId++;
    this.listeners.set(listener, onNotify);
    try {
      await this.call({ op: 'listen', channel, listener });
    } catch (err) {
      this.listeners.delete(listener);
      throw err;
    }
    return async () => {
      this.listeners.delete(listener);
      await this.call({ op: 'unlisten', listener });
    };
  }

  async dumpDataDir(): Promise<Blob> {
    return new Blob([await this.call({ op: 'dump' })]);
  }

  async close(): Promise<void> {
    if (this.stopped) return;
    await this.call({ op: 'close' });
    this.stop(new Error('PGlite is closed'));
    await this.worker.terminate();
  }
}
