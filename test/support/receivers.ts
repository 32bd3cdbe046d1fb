import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?=), as mail clients show a subject. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}

export interface ReceivedMail {
  to: string[];
  messageId: string;
  subject: string;
  /** The text as the reader sees it (transfer encoding undone). */
  text: string;
  /** The files it carries, decoded. */
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
  raw: string;
}

/** A header's value in a block of (unfolded) headers. */
function headerIn(head: string, name: string): string {
  return decodeWords(new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1]?.trim() ?? '');
}

/** The text and the files of a message: a single text part, or a multipart/mixed one with attachments. */
function readParts(head: string, body: string): Pick<ReceivedMail, 'text' | 'attachments'> {
  const boundary = /boundary="?([^";]+)"?/i.exec(headerIn(head, 'Content-Type'))?.[1];
  if (!boundary) return { text: decodeBody(head, body), attachments: [] };
  const parts = body.split(`--${boundary}`).slice(1, -1).map((part) => {
    const split = part.indexOf('\r\n\r\n');
    return { head: part.slice(0, split).replace(/\r\n[ \t]+/g, ' '), body: part.slice(split + 4).replace(/\r\n$/, '') };
  });
  const mail: Pick<ReceivedMail, 'text' | 'attachments'> = { text: '', attachments: [] };
  for (const part of parts) {
    const filename = /filename="?([^";]+)"?/i.exec(headerIn(part.head, 'Content-Disposition'))?.[1];
    if (filename) mail.attachments.push({ filename, contentType: headerIn(part.head, 'Content-Type').split(';')[0]!, content: Buffer.from(part.body.replace(/\s+/g, ''), 'base64') });
    else if (/^text\/plain/i.test(headerIn(part.head, 'Content-Type'))) mail.text = decodeBody(part.head, part.body);
  }
  return mail;
}

/** The body of a single-part text mail, its Content-Transfer-Encoding (base64, quoted-printable) undone. */
function decodeBody(head: string, body: string): string {
  const encoding = /^content-transfer-encoding: *(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const soft = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i++) {
      if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
        bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

/** The one-time links (`/portal/link/…`, `/survey/…`) in a mail as its reader would follow them: their paths. */
export function linksIn(mail: ReceivedMail): string[] {
  return [...mail.text.matchAll(/https?:\/\/[^\s/]+(\/(?:portal\/link|survey)\/[A-Za-z0-9_-]+)/g)].map((m) => m[1]!);
}

/** A real SMTP server in this process; `accept` decides (and may delay) each message's answer. */
export async function startSmtpServer(options: { accept?: (mail: ReceivedMail) => Promise<void> } = {}) {
  const received: ReceivedMail[] = [];
  // A message counts as delivered only if the sender is still there to hear the answer.
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const split = raw.indexOf('\r\n\r\n');
        const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
        const mail = { to: session.envelope.rcptTo.map((r) => r.address), messageId: headerIn(head, 'Message-ID'), subject: headerIn(head, 'Subject'), ...readParts(head, raw.slice(split + 4)), raw };
        (options.accept ?? (async () => {}))(mail).then(
          () => {
            if (closed.has(session.id)) return callback(new Error('the sender hung up before the answer'));
            received.push(mail);
            callback();
          },
          (err: Error) => callback(err),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface ReceivedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A response a receiver chooses in full: its status and the JSON it answers (a team chat robot's `{"errcode":…}`). */
export interface ChosenAnswer {
  status: number;
  json: unknown;
}

/**
 * An HTTP receiver (webhooks, the SMS provider, team chat robots); `answer` picks each
 * response's status (the body is then a small JSON of its own), the whole answer, or null to
 * never answer.
 */
export async function startHttpReceiver(answer: (request: ReceivedRequest, index: number) => number | ChosenAnswer | null = () => 200) {
  const received: ReceivedRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      const chosen = answer(request, received.length - 1);
      if (chosen === null) {
        hanging.add(res);
        return;
      }
      const { status, json } = typeof chosen === 'number' ? { status: chosen, json: { id: `msg-${received.length}` } } : chosen;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
