import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { assertVersion } from '../../platform/http/versioning.js';
import type { Clock } from '../../platform/time/clock.js';
import { WebhookCallFailed, type WebhookResult, type WebhookTransport } from './channels.js';
import { notificationDeliveries, teamChatRobots, type DeliveryAttempt, type RobotKind } from './schema.js';
import { postToRobot, robotCredentialParam, robotPayload, testMessage } from './team-chat.js';
import type { Locale } from './templates.js';
import { assertOutboundUrl, type WebhookTargetRules } from './webhook-targets.js';
import { toDeliveryView, type DeliveryView } from './webhooks.js';
import { newId } from '../../platform/db/ids.js';

/*
 * Team chat robots: which group hears of which events, in which language. A robot's URL (its
 * key or access token) and its DingTalk secret are credentials: stored to be used, shown only
 * masked, and kept out of the audit trail and of problems.
 */

export interface RobotInput {
  name: string;
  kind: RobotKind;
  url: string;
  secret?: string;
  topics: string[];
  language: Locale;
  mentionMobiles?: string[];
  active?: boolean;
}

export interface RobotPatch {
  name?: string;
  url?: string;
  /** A new secret, or null to stop signing. */
  secret?: string | null;
  topics?: string[];
  language?: Locale;
  mentionMobiles?: string[];
  active?: boolean;
}

export interface RobotView {
  id: string;
  name: string;
  kind: RobotKind;
  /** The URL with each query value masked to its last four characters. */
  maskedUrl: string;
  /** The secret's last four characters behind a mask; null when calls are not signed. */
  maskedSecret: string | null;
  topics: string[];
  language: Locale;
  mentionMobiles: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

type RobotRow = typeof teamChatRobots.$inferSelect;

/** Enough of a credential to tell two apart, never enough to use: its last four characters, and only when it is long. */
function mask(value: string): string {
  return value.length > 8 ? `****${value.slice(-4)}` : '****';
}

function maskUrl(url: string): string {
  const parsed = new URL(url);
  const query = [...parsed.searchParams].map(([name, value]) => `${name}=${mask(value)}`).join('&');
  return `${parsed.origin}${parsed.pathname}${query ? `?${query}` : ''}`;
}

function toView(row: RobotRow): RobotView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    maskedUrl: maskUrl(row.url),
    maskedSecret: row.secret ? mask(row.secret) : null,
    topics: row.topics,
    language: row.language,
    mentionMobiles: row.mentionMobiles,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

function invalid(detail: string, error: FieldError): DomainError {
  return new DomainError('validation_failed', detail, { errors: [error] });
}

/**
 * The robot's URL: an outbound target under the webhook rules, without a user name or
 * password (they would show unmasked), carrying the kind's credential (`key` for WeCom,
 * `access_token` for DingTalk).
 */
async function assertRobotUrl(kind: RobotKind, url: string, rules: WebhookTargetRules): Promise<void> {
  await assertOutboundUrl(url, rules);
  const parsed = new URL(url);
  if (parsed.username || parsed.password) {
    throw invalid('A robot URL carries its credential in the query, not as a user name or password', { path: '/url', in: 'body', code: 'userinfo', message: 'must not contain a user name or password' });
  }
  const param = robotCredentialParam[kind];
  if (!parsed.searchParams.get(param)) {
    throw invalid(`A ${kind} robot URL carries its credential as ?${param}=`, { path: '/url', in: 'body', code: 'robot_credential_missing', message: `must carry ?${param}=`, params: { param } });
  }
}

/** Only DingTalk signs its calls; a secret given to a WeCom robot would be kept for nothing. */
function assertSecretFits(kind: RobotKind, secret: string | null | undefined): void {
  if (kind === 'wecom' && secret) {
    throw invalid('WeCom robots are not signed: leave the secret empty', { path: '/secret', in: 'body', code: 'secret_not_signed', message: 'WeCom robots take no secret' });
  }
}

export async function createRobot(db: Db, actor: Actor, now: Date, rules: WebhookTargetRules, input: RobotInput): Promise<RobotView> {
  await assertRobotUrl(input.kind, input.url, rules);
  assertSecretFits(input.kind, input.secret);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(teamChatRobots)
      .values({
        id: newId(),
        name: input.name.trim(),
        kind: input.kind,
        url: input.url,
        secret: input.secret || null,
        topics: [...new Set(input.topics)],
        language: input.language,
        mentionMobiles: [...new Set(input.mentionMobiles ?? [])],
        active: input.active ?? true,
        createdAt: now,
        updatedAt: now,
        version: 1,
      })
      .returning();
    const view = toView(row!);
    await recordChange(tx, actor, now, { entityType: 'team_chat_robot', entityId: view.id, action: 'team_chat_robot.created', after: view });
    return view;
  });
}

export async function listRobots(db: Executor): Promise<RobotView[]> {
  const rows = await db.select().from(teamChatRobots).orderBy(teamChatRobots.createdAt, teamChatRobots.id);
  return rows.map(toView);
}

async function robotRow(db: Executor, id: string, forUpdate = false): Promise<RobotRow> {
  const query = db.select().from(teamChatRobots).where(eq(teamChatRobots.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw new DomainError('not_found', `No team chat robot ${id}`);
  return row;
}

export async function getRobot(db: Executor, id: string): Promise<RobotView> {
  return toView(await robotRow(db, id));
}

/** Changes a robot (its kind stays: a URL of the other kind is another robot); a URL or secret left out is kept. */
export async function updateRobot(db: Db, actor: Actor, now: Date, rules: WebhookTargetRules, id: string, expectedVersion: number, patch: RobotPatch): Promise<RobotView> {
  const { kind } = await robotRow(db, id);
  if (patch.url !== undefined) await assertRobotUrl(kind, patch.url, rules);
  assertSecretFits(kind, patch.secret);
  return db.transaction(async (tx) => {
    const current = await robotRow(tx, id, true);
    assertVersion('team chat robot', current.version, expectedVersion);
    const [row] = await tx
      .update(teamChatRobots)
      .set({
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.url !== undefined ? { url: patch.url } : {}),
        ...(patch.secret !== undefined ? { secret: patch.secret || null } : {}),
        ...(patch.topics !== undefined ? { topics: [...new Set(patch.topics)] } : {}),
        ...(patch.language !== undefined ? { language: patch.language } : {}),
        ...(patch.mentionMobiles !== undefined ? { mentionMobiles: [...new Set(patch.mentionMobiles)] } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        updatedAt: now,
        version: current.version + 1,
      })
      .where(eq(teamChatRobots.id, id))
      .returning();
    const view = toView(row!);
    // Masked views only; whether a credential changed is all the trail needs of it.
    await recordChange(tx, actor, now, {
      entityType: 'team_chat_robot',
      entityId: id,
      action: 'team_chat_robot.updated',
      before: toView(current),
      after: { ...view, urlChanged: patch.url !== undefined && patch.url !== current.url, secretChanged: patch.secret !== undefined && (patch.secret || null) !== current.secret },
    });
    return view;
  });
}

/** Deletes a robot; its delivery log stays, and what it still had queued is not sent. */
export async function deleteRobot(db: Db, actor: Actor, now: Date, id: string, expectedVersion: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await robotRow(tx, id, true);
    assertVersion('team chat robot', current.version, expectedVersion);
    await tx.delete(teamChatRobots).where(eq(teamChatRobots.id, id));
    await recordChange(tx, actor, now, { entityType: 'team_chat_robot', entityId: id, action: 'team_chat_robot.deleted', before: toView(current) });
  });
}

/** The robot a queued message goes to, with its credentials; undefined when it was removed or paused. */
export async function activeRobot(db: Executor, id: string): Promise<RobotRow | undefined> {
  const [row] = await db.select().from(teamChatRobots).where(eq(teamChatRobots.id, id));
  return row?.active ? row : undefined;
}

/** The topic a test message is logged under: no event has it, so no subscription matches it. */
const robotTestTopic = 'team_chat.test';

export interface RobotTestResult extends WebhookResult {
  ok: boolean;
  delivery: DeliveryView;
}

/**
 * Sends the robot a test message now and answers what it said. The call is logged as a
 * delivery like any other (sent, or dead and retryable by hand), with the audit event.
 */
export async function testRobot(db: Db, actor: Actor & { locale?: string }, clock: Clock, transport: WebhookTransport, id: string): Promise<RobotTestResult> {
  const robot = await robotRow(db, id);
  const message = testMessage(robot.language, robot.name);
  const body = JSON.stringify(robotPayload(robot.kind, message, robot.mentionMobiles));
  const started = clock.now();
  let result: WebhookResult;
  let ok = true;
  try {
    result = await postToRobot(transport, robot, body, started);
  } catch (err) {
    if (!(err instanceof WebhookCallFailed)) throw err;
    result = err.result;
    ok = false;
  }
  const at = clock.now();
  const attempt: DeliveryAttempt = { at: at.toISOString(), ok, ...result, durationMs: Math.max(0, at.getTime() - started.getTime()) };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(notificationDeliveries)
      .values({
        id: newId(),
        eventId: newId(),
        topic: robotTestTopic,
        channel: 'team_chat',
        recipient: robot.id,
        robotId: robot.id,
        subject: message.title,
        body,
        status: ok ? 'sent' : 'dead',
        attempts: [attempt],
        createdAt: started,
        sentAt: ok ? at : null,
      })
      .returning();
    await recordChange(tx, actor, at, { entityType: 'team_chat_robot', entityId: robot.id, action: 'team_chat_robot.tested', after: { ok, ...result } });
    return { ok, ...result, delivery: toDeliveryView(row!, actor.locale) };
  });
}
