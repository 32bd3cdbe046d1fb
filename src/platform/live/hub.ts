import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database, Executor } from '../db/connect.js';

/** The PostgreSQL channel live events travel on between processes. */
export const liveChannel = 'ordo_live';

/** What a live event says; small, because NOTIFY payloads are limited to 8000 bytes. */
export interface LiveEvent {
  id: string;
  topic: string;
  customerId: string | null;
  /** People the event is addressed to (they see it whatever their permissions). */
  userIds: string[];
  data: Record<string, unknown>;
  at: string;
}

type Listener = (event: LiveEvent) => void;

/** The first retry of a lost listener comes soon (most outages are a restart), later ones back off. */
const reconnectDelayMs = { first: 1_000, max: 10_000 };

/**
 * The live message saying sessions or API tokens stopped working (sign-out, revocation,
 * password reset, deactivation): each process closes the streams opened with them. It is
 * for the streams, never passed on to a browser.
 */
export const credentialsEndedTopic = 'auth.credentials_ended';

/** Ids per message: a NOTIFY payload holds at most 8000 bytes. */
const idsPerNotice = 150;

/** Tells every process, at commit of `db`'s transaction, that these sessions or tokens have ended. */
export async function announceCredentialsEnded(db: Executor, now: Date, credentialIds: readonly string[]): Promise<void> {
  for (let i = 0; i < credentialIds.length; i += idsPerNotice) {
    const event: LiveEvent = { id: randomUUID(), topic: credentialsEndedTopic, customerId: null, userIds: [], data: { credentialIds: credentialIds.slice(i, i + idsPerNotice) }, at: now.toISOString() };
    await db.execute(sql`SELECT pg_notify(${liveChannel}, ${JSON.stringify(event)})`);
  }
}

/** Stops a listener connection from reporting: a late error on it must not crash the process. */
function retire(client: pg.Client | undefined): void {
  client?.removeAllListeners();
  client?.on('error', () => {});
}

/**
 * Fans live events out to this process's Server-Sent-Event streams. Events arrive by
 * LISTEN on the database, so a change committed by any process (the worker that
 * dispatched it, or another server) reaches every connected browser.
 */
export class LiveHub {
  private readonly listeners = new Set<Listener>();
  private stopListening: (() => Promise<void>) | undefined;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  private deliver(payload: string): void {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners) listener(event);
  }

  /**
   * Starts listening. On PostgreSQL a lost or refused listener connection is retried in the
   * background, so a database that is down at start (or restarts) delays live updates
   * instead of stopping the server.
   */
  async start(database: Database, onError: (err: unknown) => void = () => {}): Promise<void> {
    if (database.pglite) {
      const unlisten = await database.pglite.listen(liveChannel, (payload) => this.deliver(payload));
      this.stopListening = () => unlisten();
      return;
    }
    const connectionString = (database.pool!.options as { connectionString?: string }).connectionString;
    let stopped = false;
    let client: pg.Client | undefined;
    let retry: NodeJS.Timeout | undefined;
    let delayMs = reconnectDelayMs.first;
    const reconnectLater = (err: unknown) => {
      onError(err);
      retire(client);
      client = undefined;
      if (stopped || retry) return;
      retry = setTimeout(() => void connect(), delayMs);
      delayMs = Math.min(reconnectDelayMs.max, delayMs * 2);
    };
    const connect = async () => {
      retry = undefined;
      // A connection of its own: a pooled one would be handed to queries and lose the LISTEN.
      const listener = new pg.Client({ connectionString });
      client = listener;
      listener.on('notification', (message) => {
        if (message.channel === liveChannel && message.payload) this.deliver(message.payload);
      });
      listener.on('error', reconnectLater);
      listener.on('end', () => reconnectLater(new Error('live listener connection ended')));
      try {
        await listener.connect();
        await listener.query(`LISTEN ${liveChannel}`);
        delayMs = reconnectDelayMs.first;
      } catch (err) {
        reconnectLater(err);
      }
    };
    this.stopListening = async () => {
      stopped = true;
      clearTimeout(retry);
      const open = client;
      client = undefined;
      retire(open);
      await open?.end().catch(() => {});
    };
    await connect();
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = undefined;
    this.listeners.clear();
  }
}
