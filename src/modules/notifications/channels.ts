import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';
import type { MailAttachment } from '../../platform/module.js';
import type { HostResolver } from '../../platform/net/resolve.js';
import type { WebhookOutcome } from './schema.js';
import { literalTargetAllowed, WebhookTargetRefused, webhookAgents, type WebhookAgents, type WebhookTargetRules } from './webhook-targets.js';

export interface OutgoingMessage {
  /** The delivery id: receivers can drop a repeat (email Message-ID, SMS reference, webhook header). */
  deliveryId: string;
  to: string;
  subject: string;
  body: string;
  /** E-mail only. */
  attachments?: MailAttachment[];
}

/** Sends one message; resolves with what the other side answered, rejects when it did not take it. */
export type Sender = (message: OutgoingMessage) => Promise<string>;

/** SMS providers differ; Ordo talks to one through this. */
export interface SmsProvider {
  send(message: OutgoingMessage): Promise<string>;
}

/**
 * The generic HTTP provider: POSTs `{to, text, reference}` as JSON with a bearer token and
 * takes any 2xx as accepted. Most SMS gateways take this shape or sit behind a small relay.
 */
export function httpSmsProvider(url: string, token: string | undefined, timeoutMs: number): SmsProvider {
  return {
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to: message.to, text: `${message.subject}\n${message.body}`, reference: message.deliveryId }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`SMS provider answered ${response.status}: ${text.slice(0, 200)}`);
      return `${response.status} ${text.slice(0, 200)}`;
    },
  };
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the receiver recomputes it and checks t is recent. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface WebhookResult {
  code: WebhookOutcome;
  /** The receiver's HTTP status, for `http_status`. */
  status?: number;
  /** A team chat robot's own answer code and message (robot_error, or 0 and ok when it took the message). */
  errcode?: number;
  errmsg?: string;
  detail: string;
}

/** A webhook call the receiver did not take; `result` is what the log records. */
export class WebhookCallFailed extends Error {
  constructor(readonly result: WebhookResult) {
    super(result.detail);
    this.name = 'WebhookCallFailed';
  }
}

const targetRefused: WebhookResult = { code: 'target_refused', detail: 'the target address is not allowed' };

export function answered(status: number): WebhookResult {
  return { code: 'http_status', status, detail: `answered ${status}` };
}

export interface WebhookTransport {
  timeoutMs: number;
  rules: WebhookTargetRules;
  agents: WebhookAgents;
}

/** The most of an answer's body that is read: a robot's `{"errcode":…}` is far shorter, and nothing more is kept. */
const answerBodyLimit = 16 * 1024;

export interface HttpAnswer {
  status: number;
  /** The start of the body (up to 16 KiB), for receivers whose answer says more than the status. */
  body: string;
}

/**
 * POSTs JSON to an outbound target under the webhook rules: only the checked addresses are
 * called (see webhook-targets.ts), and a redirect is not followed: it is an answer like any
 * other, so a receiver cannot send Ordo on to an address the rules would refuse. A call that
 * got no answer fails with the outcome the log records.
 */
export async function postJson(transport: WebhookTransport, target: URL, headers: Record<string, string>, body: string): Promise<HttpAnswer> {
  if (!literalTargetAllowed(target, transport.rules.allow)) throw new WebhookCallFailed(targetRefused);
  return new Promise<HttpAnswer>((resolve, reject) => {
    const request = (target.protocol === 'https:' ? https : http).request(target, {
      method: 'POST',
      agent: target.protocol === 'https:' ? transport.agents.https : transport.agents.http,
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
      signal: AbortSignal.timeout(transport.timeoutMs),
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let length = 0;
      response.on('data', (chunk: Buffer) => {
        if (length < answerBodyLimit) chunks.push(chunk);
        length += chunk.length;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, answerBodyLimit) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  }).catch((err: unknown) => {
    if (err instanceof WebhookCallFailed) throw err;
    if (err instanceof WebhookTargetRefused && err.reason === 'internal_address') throw new WebhookCallFailed(targetRefused);
    if (err instanceof Error && err.name === 'AbortError') throw new WebhookCallFailed({ code: 'timeout', detail: `no answer within ${transport.timeoutMs} ms` });
    throw new WebhookCallFailed({ code: 'connection_failed', detail: 'could not connect' });
  });
}

/** POSTs one signed event; any 2xx is taken. */
export async function postWebhook(
  transport: WebhookTransport,
  input: { url: string; secret: string; topic: string; deliveryId: string; body: string; now: Date },
): Promise<WebhookResult> {
  const timestamp = Math.floor(input.now.getTime() / 1000);
  const { status } = await postJson(
    transport,
    new URL(input.url),
    { 'user-agent': 'Ordo-Webhooks/1', 'ordo-event': input.topic, 'ordo-delivery': input.deliveryId, 'ordo-signature': webhookSignature(input.secret, timestamp, input.body) },
    input.body,
  );
  if (status < 200 || status >= 300) throw new WebhookCallFailed(answered(status));
  return answered(status);
}

export interface Channels {
  email?: Sender;
  sms?: Sender;
  webhooks: WebhookTransport;
}

/** How webhooks and team chat robots are called: the configured timeout and target rules, through the checking agents. */
export function webhookTransport(config: Config['notifications'], resolveHost: HostResolver): WebhookTransport {
  const rules = { allow: config.webhookAllow, resolve: resolveHost };
  return { timeoutMs: config.webhookTimeoutMs, rules, agents: webhookAgents(rules) };
}

/** The outgoing channels the configuration turns on. */
export function channelsFrom(config: Config['notifications'], resolveHost: HostResolver): Channels {
  const channels: Channels = { webhooks: webhookTransport(config, resolveHost) };
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    channels.email = async (m) => {
      const info = await transport.sendMail({ from: config.mailFrom, to: m.to, subject: m.subject, text: m.body, messageId: `<${m.deliveryId}@ordo>`, attachments: m.attachments });
      return info.response;
    };
  }
  if (config.smsUrl) {
    const provider = httpSmsProvider(config.smsUrl, config.smsToken, config.webhookTimeoutMs);
    channels.sms = (m) => provider.send(m);
  }
  return channels;
}
