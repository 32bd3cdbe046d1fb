// The PGlite thread: runs the embedded database for the main thread's PgliteThreadClient.
import { parentPort, workerData } from 'node:worker_threads';
import { parse, protocol, type PGlite, type ParserOptions, type Results, type RowMode, type Transaction } from '@electric-sql/pglite';
import { openPglite } from './pglite-open.js';
import { toThreadError, type PgliteAnswers, type PgliteRequest, type PgliteThreadMessage, type PgliteThreadStart } from './pglite-protocol.js';

const port = parentPort!;
const start = workerData as PgliteThreadStart;

interface OpenTransaction {
  tx: Transaction;
  finish(outcome: 'commit' | 'rollback'): void;
  /** Settles once PGlite has committed or rolled back. */
  done: Promise<void>;
}

/** Thrown inside PGlite's transaction to make it roll back. */
const rollbackRequested = new Error('rollback requested');

const keepAsText = (value: string) => value;

function rawParsers(types: number[] | undefined): ParserOptions | undefined {
  if (!types?.length) return undefined;
  return Object.fromEntries(types.map((type) => [type, keepAsText]));
}

/**
 * Runs statements as named prepared statements of PGlite's one session, under the names the
 * main thread gives them (`PreparedStatementNames`), as connect.ts does on each PostgreSQL
 * connection: parsed once, then only bound and executed, in one call into the database where
 * PGlite's own query makes five. Only inside a transaction, whose session nothing else uses meanwhile.
 */
function preparedStatements(pglite: PGlite) {
  const paramTypesByName = new Map<string, number[]>();
  const run = async (message: Uint8Array) => (await pglite.execProtocol(message, { syncToFs: false })).messages;

  async function paramTypes(name: string, text: string): Promise<number[]> {
    const known = paramTypesByName.get(name);
    if (known) return known;
    const described = await run(Buffer.concat([protocol.serialize.parse({ name, text }), protocol.serialize.describe({ type: 'S', name }), protocol.serialize.sync()]));
    const types = parse.parseDescribeStatementResults(described);
    paramTypesByName.set(name, types);
    return types;
  }

  return (name: string, text: string, params: unknown[] = [], rowMode: RowMode | undefined, parsers: ParserOptions | undefined): Promise<Results> =>
    pglite.runExclusive(async () => {
      const types = await paramTypes(name, text);
      const values = params.map((value, index) => {
        if (value === null || value === undefined) return null;
        const serialize = pglite.serializers[types[index]!];
        return serialize ? serialize(value) : String(value);
      });
      const messages = await run(
        Buffer.concat([protocol.serialize.bind({ statement: name, values }), protocol.serialize.describe({ type: 'P' }), protocol.serialize.execute({}), protocol.serialize.sync()]),
      );
      return parse.parseResults(messages, pglite.parsers, { rowMode, parsers })[0]!;
    });
}

function post(message: PgliteThreadMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}

function serve(pglite: PGlite): void {
  const transactions = new Map<number, OpenTransaction>();
  const listeners = new Map<number, () => Promise<void>>();
  const preparedQuery = preparedStatements(pglite);
  let nextId = 1;

  const on = (tx: number | undefined) => {
    if (tx === undefined) return pglite;
    const open = transactions.get(tx);
    if (!open) throw new Error('Transaction is closed');
    return open.tx;
  };

  async function begin(): Promise<number> {
    const id = nextId++;
    let finish!: OpenTransaction['finish'];
    const decided = new Promise<'commit' | 'rollback'>((resolve) => (finish = resolve));
    let begun!: () => void;
    const started = new Promise<void>((resolve) => (begun = resolve));
    const done = pglite.transaction(async (tx) => {
      transactions.set(id, { tx, finish, done });
      begun();
      if ((await decided) === 'rollback') throw rollbackRequested;
    });
    // BEGIN itself may fail, and then the transaction settles without ever starting.
    await Promise.race([started, done]);
    return id;
  }

  async function end(id: number, outcome: 'commit' | 'rollback'): Promise<null> {
    const open = transactions.get(id);
    if (!open) throw new Error('Transaction is closed');
    transactions.delete(id);
    open.finish(outcome);
    await open.done.catch((err: unknown) => {
      if (err !== rollbackRequested) throw err;
    });
    return null;
  }

  async function answer(request: PgliteRequest): Promise<PgliteAnswers[keyof PgliteAnswers]> {
    switch (request.op) {
      case 'query':
        if (request.prepared && request.tx !== undefined) {
          on(request.tx); // refuses a transaction already closed
          return preparedQuery(request.prepared, request.text, request.params, request.rowMode, rawParsers(request.rawTypes));
        }
        return on(request.tx).query(request.text, request.params, { rowMode: request.rowMode, parsers: rawParsers(request.rawTypes) });
      case 'exec':
        return on(request.tx).exec(request.text);
      case 'begin':
        return begin();
      case 'commit':
      case 'rollback':
        return end(request.tx, request.op);
      case 'listen': {
        const { listener } = request;
        listeners.set(listener, await pglite.listen(request.channel, (payload) => post({ listener, payload })));
        return null;
      }
      case 'unlisten': {
        const unlisten = listeners.get(request.listener);
        listeners.delete(request.listener);
        await unlisten?.();
        return null;
      }
      case 'dump':
        return (await pglite.dumpDataDir('none')).arrayBuffer();
      case 'close':
        await pglite.close();
        return null;
    }
  }

  port.on('message', ({ id, request }: { id: number; request: PgliteRequest }) => {
    answer(request).then(
      (value) => post({ id, ok: true, value }, value instanceof ArrayBuffer ? [value] : []),
      (err: unknown) => post({ id, ok: false, error: toThreadError(err) }),
    );
  });
}

openPglite(start.dataDir, start.snapshot && new Blob([start.snapshot])).then(
  (pglite) => {
    serve(pglite);
    post({ ready: true });
  },
  (err: unknown) => post({ startFailed: toThreadError(err) }),
);
