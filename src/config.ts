import os from 'node:os';
import path from 'node:path';
import ipaddr from 'ipaddr.js';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent Ordo runs on embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** How long start-up keeps trying to reach PostgreSQL before giving up. */
  dbConnectTimeoutMs: number;
  dataDir: string;
  /** Run embedded PGlite on a worker thread, so database work and HTTP work use two cores. */
  pgliteThread: boolean;
  /** Where uploaded files (acceptance photos) live; the database keeps only their keys. */
  filesDir: string;
  /** The company's time zone: order-number months, SLA calendars and digests are counted in it. */
  timeZone: string;
  logLevel: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Send the session cookie only over HTTPS; on by default in production. */
  secureCookies: boolean;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Where the built web console lives; served at `/` when present. */
  webRoot: string;
  /** The address customers reach Ordo at: links sent to them (satisfaction surveys) start with it. */
  publicUrl: string;
  /** Behind one reverse proxy: take the client address it appends to X-Forwarded-For (rate limits, sign-in throttling, logs); earlier entries, which the client wrote, are ignored. */
  trustProxy: boolean;
  /** Whether `ordo serve` also runs the background worker (turn off when `ordo worker` processes do it). */
  serveRunsWorker: boolean;
  notifications: {
    /** SMTP server for email, e.g. smtp://user:pass@mail.example.com:587; email is off without it. */
    smtpUrl: string | undefined;
    mailFrom: string;
    /** The generic HTTP SMS provider endpoint; SMS is off without it. */
    smsUrl: string | undefined;
    smsToken: string | undefined;
    webhookTimeoutMs: number;
    /**
     * Internal webhook receivers let through despite the address rules (loopback, private,
     * link-local … are refused otherwise): networks in CIDR form and exact host names.
     */
    webhookAllow: WebhookAllowList;
  };
  worker: {
    /** Jobs one worker runs at once. */
    concurrency: number;
    /** How often an idle worker looks for due work. */
    pollMs: number;
    /** How long a job is held before another worker may take over from a stopped one. */
    leaseMs: number;
  };
}

export interface WebhookAllowList {
  /** `address/prefix`, e.g. `10.20.0.0/16` or `fd00:1::/64`; a lone address is its own /32 or /128. */
  networks: string[];
  /** Lower-case host names, matched exactly against the URL's host. */
  hosts: string[];
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function timeZone(raw: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: raw });
  } catch {
    throw new ConfigError(`ORDO_TIMEZONE "${raw}" is not an IANA time zone (e.g. Asia/Shanghai)`);
  }
  return raw;
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!URL.canParse(raw) || !protocols.includes(new URL(raw).protocol)) {
    throw new ConfigError(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}, got "${raw}"`);
  }
  return raw;
}

const hostName = /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/** `ORDO_WEBHOOK_ALLOW`: comma-separated CIDRs, addresses and host names. */
function webhookAllowList(raw: string | undefined): WebhookAllowList {
  const allow: WebhookAllowList = { networks: [], hosts: [] };
  for (const entry of (raw ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean)) {
    if (ipaddr.IPv4.isValidCIDRFourPartDecimal(entry) || ipaddr.IPv6.isValidCIDR(entry)) {
      const [network, prefix] = ipaddr.parseCIDR(entry);
      allow.networks.push(`${network.toString()}/${prefix}`);
    } else if (ipaddr.IPv4.isValidFourPartDecimal(entry) || ipaddr.IPv6.isValid(entry)) {
      const address = ipaddr.parse(entry);
      allow.networks.push(`${address.toString()}/${address.kind() === 'ipv4' ? 32 : 128}`);
    } else if (hostName.test(entry.replace(/\.$/, ''))) {
      allow.hosts.push(entry.replace(/\.$/, ''));
    } else {
      throw new ConfigError(`ORDO_WEBHOOK_ALLOW: "${entry}" is neither a CIDR (10.0.0.0/8), an address nor a host name`);
    }
  }
  return allow;
}

/** A directory, or `memory://` for a throwaway database that lives only as long as the process. */
function dataDir(raw: string): string {
  return raw.startsWith('memory://') ? raw : path.resolve(raw);
}

/**
 * `ORDO_FILES_DIR`, else `files` inside the data dir (on PostgreSQL too: the data dir is then
 * only this); a throwaway in-memory database gets a throwaway folder.
 */
function filesDir(raw: string | undefined, data: string): string {
  if (raw) return path.resolve(raw);
  return data.startsWith('memory://') ? path.join(os.tmpdir(), `ordo-files-${process.pid}`) : path.join(data, 'files');
}

/** Reads and validates the environment once, at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const data = dataDir(env.ORDO_DATA_DIR?.trim() || 'data');
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    dbConnectTimeoutMs: integer(env, 'ORDO_DB_CONNECT_TIMEOUT_SECONDS', 30, 0, 3600) * 1000,
    dataDir: data,
    pgliteThread: env.ORDO_PGLITE_THREAD !== 'false',
    filesDir: filesDir(env.ORDO_FILES_DIR?.trim(), data),
    timeZone: timeZone(env.ORDO_TIMEZONE?.trim() || 'Asia/Shanghai'),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    adminEmail: env.ORDO_ADMIN_EMAIL?.trim() || undefined,
    adminPassword: env.ORDO_ADMIN_PASSWORD || undefined,
    secureCookies: env.ORDO_SECURE_COOKIES ? env.ORDO_SECURE_COOKIES === 'true' : env.NODE_ENV === 'production',
    bodyLimit: integer(env, 'ORDO_BODY_LIMIT', 1024 * 1024, 1024, 64 * 1024 * 1024),
    trustProxy: env.ORDO_TRUST_PROXY === 'true',
    publicUrl: url(env, 'ORDO_PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${integer(env, 'PORT', 3000, 0, 65535)}`,
    serveRunsWorker: env.ORDO_SERVE_WORKER !== 'false',
    notifications: {
      smtpUrl: url(env, 'ORDO_SMTP_URL', ['smtp:', 'smtps:']),
      mailFrom: env.ORDO_MAIL_FROM?.trim() || 'Ordo <ordo@localhost>',
      smsUrl: url(env, 'ORDO_SMS_URL', ['http:', 'https:']),
      smsToken: env.ORDO_SMS_TOKEN || undefined,
      webhookTimeoutMs: integer(env, 'ORDO_WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      webhookAllow: webhookAllowList(env.ORDO_WEBHOOK_ALLOW),
    },
    worker: {
      concurrency: integer(env, 'ORDO_WORKER_CONCURRENCY', 4, 1, 64),
      pollMs: integer(env, 'ORDO_WORKER_POLL_MS', 250, 10, 60_000),
      leaseMs: integer(env, 'ORDO_JOB_LEASE_SECONDS', 120, 1, 86_400) * 1000,
    },
    webRoot: path.resolve(env.ORDO_WEB_ROOT?.trim() || path.join(import.meta.dirname, '..', 'dist', 'web')),
  };
}
