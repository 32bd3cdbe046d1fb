import type { Config } from '../config.js';
import type { Database, Db } from './db/connect.js';
import type { FileStore } from './files/store.js';
import type { LiveHub } from './live/hub.js';
import type { HostResolver } from './net/resolve.js';
import type { Clock } from './time/clock.js';

/** What every module's routes and services are given: no module reaches for globals. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  /** Uploaded files, kept off the database. */
  files: FileStore;
  /** Live events for Server-Sent-Event streams. */
  live: LiveHub;
  /** DNS, for checking where an outgoing call would go. */
  resolveHost: HostResolver;
}
