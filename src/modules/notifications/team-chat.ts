import { createHmac } from 'node:crypto';
import { answered, postJson, WebhookCallFailed, type WebhookResult, type WebhookTransport } from './channels.js';
import type { RobotKind } from './schema.js';
import type { Locale } from './templates.js';

/*
 * WeCom (企业微信) and DingTalk (钉钉) group robots, as their documentation describes them: a
 * JSON POST to the robot's URL (its key or access token in the query), answered with
 * `{"errcode":0,"errmsg":"ok"}`; any other errcode, even with HTTP 200, is a refusal. DingTalk
 * robots with 加签 also need `timestamp` and `sign` in the URL.
 */

/** The query parameter that carries each kind's credential. */
export const robotCredentialParam: Record<RobotKind, string> = { wecom: 'key', dingtalk: 'access_token' };

/**
 * The most UTF-8 bytes a message's text may take: WeCom documents 4096 for markdown and 2048
 * for text; DingTalk documents no figure, and a group message is read on a phone.
 */
const contentLimits = { wecomMarkdown: 4096, wecomText: 2048, dingtalk: 2000 } as const;

/** What a group reads of one event: what happened, the order and customer, and a link to the order. */
export interface RobotMessage {
  title: string;
  facts: { label: string; value: string }[];
  /** A sentence after the facts. */
  note?: string;
  link?: { label: string; url: string };
}

const words: Record<Locale, { order: string; customer: string; openOrder: string; testTitle: string; robot: string; testBody: string }> = {
  'zh-CN': { order: '订单', customer: '客户', openOrder: '在 Ordo 中查看订单', testTitle: 'Ordo 测试消息', robot: '群机器人', testBody: '连接正常，本群将收到所订阅的订单动态。' },
  en: { order: 'Order', customer: 'Customer', openOrder: 'Open the order in Ordo', testTitle: 'Ordo test message', robot: 'Robot', testBody: 'The connection works; this group will hear of the order events it subscribes to.' },
};

/** The message about an event: its title as the notification templates say it, then the order, the customer and the order's page. */
export function eventMessage(locale: Locale, title: string, order: { id: string; number: string; customerName: string } | undefined, consoleUrl: string): RobotMessage {
  if (!order) return { title, facts: [] };
  const w = words[locale];
  return {
    title,
    facts: [
      { label: w.order, value: order.number },
      { label: w.customer, value: order.customerName },
    ],
    link: { label: w.openOrder, url: new URL(`/orders/${order.id}`, consoleUrl).toString() },
  };
}

/** The message `POST /robots/{id}/test` sends. */
export function testMessage(locale: Locale, robotName: string): RobotMessage {
  const w = words[locale];
  return { title: w.testTitle, facts: [{ label: w.robot, value: robotName }], note: w.testBody };
}

/** One line of text: a customer name with a line break would otherwise start a markdown block of its own. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The longest start of `text` within `maxBytes` of UTF-8, cut between characters. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let bytes = 0;
  let out = '';
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes - 3) return `${out}…`;
    out += char;
  }
  return out;
}

/** The message as markdown, its title set off as `heading` says (WeCom has no headings, DingTalk does). */
function markdown(message: RobotMessage, heading: (title: string) => string): string {
  const facts = message.facts.map((f) => `> ${f.label}：${oneLine(f.value)}`);
  const note = message.note ? [message.note] : [];
  const link = message.link ? [`[${message.link.label}](${message.link.url})`] : [];
  return [heading(oneLine(message.title)), ...facts, ...note, ...link].join('\n');
}

function plainText(message: RobotMessage): string {
  const facts = message.facts.map((f) => `${f.label}：${oneLine(f.value)}`);
  const note = message.note ? [message.note] : [];
  const link = message.link ? [`${message.link.label}：${message.link.url}`] : [];
  return [oneLine(message.title), ...facts, ...note, ...link].join('\n');
}

/**
 * The body a robot is sent. WeCom markdown cannot @-mention by mobile number, so a WeCom robot
 * with numbers to mention gets the text form with `mentioned_mobile_list`; DingTalk mentions
 * in markdown through `at.atMobiles`, with each number written in the text as its app asks.
 */
export function robotPayload(kind: RobotKind, message: RobotMessage, mentionMobiles: string[]): Record<string, unknown> {
  if (kind === 'wecom') {
    if (mentionMobiles.length > 0) {
      return { msgtype: 'text', text: { content: truncateUtf8(plainText(message), contentLimits.wecomText), mentioned_mobile_list: mentionMobiles } };
    }
    return { msgtype: 'markdown', markdown: { content: truncateUtf8(markdown(message, (title) => `**${title}**`), contentLimits.wecomMarkdown) } };
  }
  const mentions = mentionMobiles.length > 0 ? `\n\n${mentionMobiles.map((m) => `@${m}`).join(' ')}` : '';
  const text = truncateUtf8(markdown(message, (title) => `### ${title}`), contentLimits.dingtalk - Buffer.byteLength(mentions)) + mentions;
  return { msgtype: 'markdown', markdown: { title: truncateUtf8(oneLine(message.title), 200), text }, at: { atMobiles: mentionMobiles, isAtAll: false } };
}

/** DingTalk's 加签: base64 of HMAC-SHA256 keyed with the secret over "<timestamp ms>\n<secret>". */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** The URL a call goes to: a DingTalk robot with a secret gets this moment's `timestamp` and `sign` added. */
function signedTarget(robot: RobotTarget, now: Date): URL {
  const target = new URL(robot.url);
  if (robot.kind === 'dingtalk' && robot.secret) {
    const timestamp = now.getTime();
    // URLSearchParams encodes + / = as %2B %2F %3D: the urlencoding DingTalk asks for.
    target.searchParams.set('timestamp', String(timestamp));
    target.searchParams.set('sign', dingtalkSign(robot.secret, timestamp));
  }
  return target;
}

/** What a robot answered, taken or refused; a refusal throws with the outcome the log records. */
function robotOutcome(status: number, body: string): WebhookResult {
  if (status < 200 || status >= 300) throw new WebhookCallFailed(answered(status));
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    answer = undefined;
  }
  const { errcode, errmsg } = (typeof answer === 'object' && answer !== null ? answer : {}) as { errcode?: unknown; errmsg?: unknown };
  if (typeof errcode !== 'number' || !Number.isInteger(errcode)) {
    throw new WebhookCallFailed({ code: 'unexpected_answer', status, detail: `answered ${status} without an errcode` });
  }
  const message = typeof errmsg === 'string' ? errmsg.slice(0, 300) : '';
  if (errcode !== 0) throw new WebhookCallFailed({ code: 'robot_error', status, errcode, errmsg: message, detail: `errcode ${errcode}: ${message}` });
  return { code: 'http_status', status, errcode, errmsg: message, detail: `answered ${status}, errcode 0` };
}

export interface RobotTarget {
  kind: RobotKind;
  url: string;
  secret: string | null;
}

/** Sends one message body to a robot under the webhook target rules; resolves when the robot took it. */
export async function postToRobot(transport: WebhookTransport, robot: RobotTarget, body: string, now: Date): Promise<WebhookResult> {
  const answer = await postJson(transport, signedTarget(robot, now), { 'user-agent': 'Ordo-TeamChat/1' }, body);
  return robotOutcome(answer.status, answer.body);
}
