import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';

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

export async function postWebhook(input: { url: string; secret: string; topic: string; deliveryId: string; body: string; now: Date; timeoutMs: number }): Promise<string> {
  const timestamp = Math.floor(input.now.getTime() / 1000);
  const started = Date.now();
  let response: Response;
  try {
    response = await fetch(input.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Ordo-Webhooks/1',
        'ordo-event': input.topic,
        'ordo-delivery': input.deliveryId,
        'ordo-signature': webhookSignature(input.secret, timestamp, input.body),
      },
      body: input.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(input.timeoutMs),
    });
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    throw new Error(timedOut ? `no answer within ${input.timeoutMs} ms` : `could not connect: ${err instanceof Error ? (err.cause as Error | undefined)?.message ?? err.message : String(err)}`);
  }
  await response.body?.cancel();
  if (response.status < 200 || response.status >= 300) throw new Error(`answered ${response.status} after ${Date.now() - started} ms`);
  return `answered ${response.status}`;
}

export interface Channels {
  email?: Sender;
  sms?: Sender;
  webhookTimeoutMs: number;
}

/** The outgoing channels the configuration turns on. */
export function channelsFrom(config: Config['notifications']): Channels {
  const channels: Channels = { webhookTimeoutMs: config.webhookTimeoutMs };
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
