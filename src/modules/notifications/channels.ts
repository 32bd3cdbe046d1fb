import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';
import type { HostResolver } from '../../platform/net/resolve.js';
import type { WebhookOutcome } from './schema.js';
import { literalTargetAllowed, WebhookTargetRefused, webhookAgents, type WebhookAgents, type WebhookTargetRules } from './webhook-targets.js';

export interface OutgoingMessage {
  /** The delivery id: receivers can drop a repeat (email Message-ID, SMS reference, webhook header). */
  deliveryId: string;
  to: string;
  subject: string;
  body: string;
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

function answered(status: number): WebhookResult {
  return { code: 'http_status', status, detail: `answered ${status}` };
}

export interface WebhookTransport {
  timeoutMs: number;
  rules: WebhookTargetRules;
  agents: WebhookAgents;
}

/**
 * POSTs one signed event. Only the checked addresses are called (see webhook-targets.ts),
 * and a redirect is not followed: it is an answer like any other non-2xx, so a receiver
 * cannot send Ordo on to an address the rules would refuse.
 */
export async function postWebhook(
  transport: WebhookTransport,
  input: { url: string; secret: string; topic: string; deliveryId: string; body: string; now: Date },
): Promise<WebhookResult> {
  const url = new URL(input.url);
  const timestamp = Math.floor(input.now.getTime() / 1000);
  if (!literalTargetAllowed(url, transport.rules.allow)) throw new WebhookCallFailed(targetRefused);
  const status = await new Promise<number>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      agent: url.protocol === 'https:' ? transport.agents.https : transport.agents.http,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(input.body),
        'user-agent': 'Ordo-Webhooks/1',
        'ordo-event': input.topic,
        'ordo-delivery': input.deliveryId,
        'ordo-signature': webhookSignature(input.secret, timestamp, input.body),
      },
      signal: AbortSignal.timeout(transport.timeoutMs),
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(input.body);
  }).catch((err: unknown) => {
    if (err instanceof WebhookTargetRefused && err.reason === 'internal_address') throw new WebhookCallFailed(targetRefused);
    if (err instanceof Error && err.name === 'AbortError') throw new WebhookCallFailed({ code: 'timeout', detail: `no answer within ${transport.timeoutMs} ms` });
    throw new WebhookCallFailed({ code: 'connection_failed', detail: 'could not connect' });
  });
  if (status < 200 || status >= 300) throw new WebhookCallFailed(answered(status));
  return answered(status);
}

export interface Channels {
  email?: Sender;
  sms?: Sender;
  webhooks: WebhookTransport;
}

/** The outgoing channels the configuration turns on. */
export function channelsFrom(config: Config['notifications'], resolveHost: HostResolver): Channels {
  const rules = { allow: config.webhookAllow, resolve: resolveHost };
  const channels: Channels = { webhooks: { timeoutMs: config.webhookTimeoutMs, rules, agents: webhookAgents(rules) } };
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    channels.email = async (m) => {
      const info = await transport.sendMail({ from: config.mailFrom, to: m.to, subject: m.subject, text: m.body, messageId: `<${m.deliveryId}@ordo>` });
      return info.response;
    };
  }
  if (config.smsUrl) {
    const provider = httpSmsProvider(config.smsUrl, config.smsToken, config.webhookTimeoutMs);
    channels.sms = (m) => provider.send(m);
  }
  return channels;
}
