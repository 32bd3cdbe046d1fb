import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../../src/modules/identity/service.js';
import { base32Encode, hotp, totpAt } from '../../src/modules/identity/totp.js';
import { createTestApp, type TestApp } from '../support/app.js';

/*
 * Multi-factor sign-in for staff (issue 11): enrolment, the second step, recovery codes,
 * turning it off, an admin's reset, and the setting that makes it required, on the
 * product's default setting (admin, manager and finance must use it).
 */

let t: TestApp;
const password = 'mfa test passphrase';
const ids: Record<string, string> = {};
let addressCounter = 0;
/** A fresh client address per request, so the per-address limits of other tests stay out of the way. */
const nextAddress = () => `198.18.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

beforeAll(async () => {
  t = await createTestApp({ mfaRequiredRoles: 'default', env: { ORDO_PUBLIC_URL: 'https://ordo.example.test' } });
  for (const [email, role] of [
    ['chief@example.test', 'admin'],
    ['deputy@example.test', 'admin'],
    ['seller@example.test', 'sales'],
    ['planner@example.test', 'manager'],
    ['checker@example.test', 'specialist'],
  ] as const) {
    ids[email] = (await createUser(t.database.db, { userId: null, label: 'test' }, t.clock.now(), { email, password, roles: [role] })).id;
  }
});
afterAll(async () => t?.close());

type Cookies = Record<string, string>;

function cookieOf(res: { cookies: { name: string; value: string }[] }): Cookies {
  const value = res.cookies.find((c) => c.name === 'ordo_session')?.value;
  expect(value).toBeTruthy();
  return { ordo_session: value! };
}

async function signIn(email: string, pw = password) {
  const res = await t.call({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: pw }, remoteAddress: nextAddress() });
  expect(res.statusCode).toBe(200);
  return { stage: res.data.stage as string, cookies: cookieOf(res) };
}

const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookies: Cookies, payload?: unknown, headers: Record<string, string> = {}) =>
  t.call({ method, url, cookies, payload: payload as Record<string, unknown> | undefined, headers, remoteAddress: nextAddress() });

/** Enrols the signed-in user; answers the secret, the recovery codes and the completed session. */
async function enrol(cookies: Cookies) {
  const started = await call('POST', '/api/v1/auth/mfa/enrolment', cookies);
  expect(started.statusCode).toBe(201);
  const { secret, otpauthUri } = started.data;
  const confirmed = await call('POST', '/api/v1/auth/mfa/enrolment/confirm', cookies, { code: totpAt(secret, t.clock.now()) });
  expect(confirmed.statusCode).toBe(200);
  const renewed = confirmed.cookies.find((c) => c.name === 'ordo_session')?.value;
  return { secret: secret as string, otpauthUri: otpauthUri as string, recoveryCodes: confirmed.data.recoveryCodes as string[], cookies: renewed ? { ordo_session: renewed } : cookies };
}

async function auditActions(userId: string): Promise<string[]> {
  const rows = (await t.database.db.execute(sql`SELECT action FROM audit_events WHERE entity_id = ${userId} OR after->>'userId' = ${userId} ORDER BY seq`)) as unknown as { rows: { action: string }[] };
  return rows.rows.map((r) => r.action);
}

const secrets: Record<string, string> = {};
const notTheCode = (secret: string) => (totpAt(secret, t.clock.now()) === '000000' ? '111111' : '000000');

test('TOTP codes are RFC 6238 codes (the RFC\'s SHA-1 test vectors)', () => {
  const key = Buffer.from('12345678901234567890');
  expect(hotp(key, Math.floor(59 / 30))).toBe('287082');
  expect(hotp(key, Math.floor(1111111109 / 30))).toBe('081804');
  expect(hotp(key, Math.floor(2000000000 / 30))).toBe('279037');
  expect(totpAt(base32Encode(key), new Date(1234567890_000))).toBe('005924');
});

describe('a role that must use MFA', () => {
  test('an admin without MFA must set it up before anything else; confirming with a code completes the session under a new cookie', async () => {
    const { stage, cookies } = await signIn('chief@example.test');
    expect(stage).toBe('mfa_enrolment');
    const blocked = await call('GET', '/api/v1/orders', cookies);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.data.code).toBe('mfa_enrolment_required');
    expect((await call('POST', '/api/v1/auth/tokens', cookies, { name: 'sneaky' })).data.code).toBe('mfa_enrolment_required');
    expect((await call('GET', '/api/v1/auth/me', cookies)).data).toMatchObject({ email: 'chief@example.test', stage: 'mfa_enrolment' });
    expect((await call('GET', '/api/v1/auth/mfa', cookies)).data).toEqual({ enabled: false, required: true, recoveryCodesLeft: 0 });

    const started = await call('POST', '/api/v1/auth/mfa/enrolment', cookies);
    expect(started.data.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.data.otpauthUri).toBe(`otpauth://totp/Ordo%20(ordo.example.test)%3Achief%40example.test?secret=${started.data.secret}&issuer=Ordo+%28ordo.example.test%29&algorithm=SHA1&digits=6&period=30`);
    const wrong = await call('POST', '/api/v1/auth/mfa/enrolment/confirm', cookies, { code: notTheCode(started.data.secret) });
    expect(wrong.data).toMatchObject({ code: 'mfa_code_wrong', errors: [{ path: '/code' }] });

    const confirmed = await call('POST', '/api/v1/auth/mfa/enrolment/confirm', cookies, { code: totpAt(started.data.secret, t.clock.now()) });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.data.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.data.recoveryCodes).size).toBe(10);
    const complete = cookieOf(confirmed);
    expect(complete.ordo_session).not.toBe(cookies.ordo_session);
    expect((await call('GET', '/api/v1/orders', cookies)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/orders', complete)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/auth/mfa', complete)).data).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 });
    // Set up once: the secret is not handed out again.
    expect((await call('POST', '/api/v1/auth/mfa/enrolment', complete)).data.code).toBe('mfa_already_enabled');
    secrets['chief@example.test'] = started.data.secret;

    // Recovery codes are kept only as hashes.
    const stored = (await t.database.db.execute(sql`SELECT code_hash FROM mfa_recovery_codes WHERE user_id = ${ids['chief@example.test']!}`)) as unknown as { rows: { code_hash: string }[] };
    expect(stored.rows).toHaveLength(10);
    for (const code of confirmed.data.recoveryCodes) expect(JSON.stringify(stored.rows)).not.toContain(code);
    expect(await auditActions(ids['chief@example.test']!)).toEqual(expect.arrayContaining(['user.signed_in', 'user.mfa_enrolment_started', 'user.mfa_enabled']));
  });

  test('next time the password opens only the code step; a code works once, and a wrong one is throttled like a password', async () => {
    const secret = secrets['chief@example.test']!;
    t.clock.advance(60_000);
    const { stage, cookies } = await signIn('chief@example.test');
    expect(stage).toBe('mfa_code');
    expect((await call('GET', '/api/v1/orders', cookies)).data.code).toBe('mfa_code_required');
    expect((await call('GET', '/api/v1/auth/me', cookies)).data.stage).toBe('mfa_code');

    const code = totpAt(secret, t.clock.now());
    const verified = await call('POST', '/api/v1/auth/mfa/verify', cookies, { code });
    expect(verified.statusCode).toBe(200);
    const complete = cookieOf(verified);
    expect((await call('GET', '/api/v1/orders', complete)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/orders', cookies)).statusCode).toBe(401);

    // The same code again, on another sign-in within its 30 seconds: refused.
    const second = await signIn('chief@example.test');
    expect((await call('POST', '/api/v1/auth/mfa/verify', second.cookies, { code })).data.code).toBe('mfa_code_wrong');
    for (let i = 0; i < 3; i++) expect((await call('POST', '/api/v1/auth/mfa/verify', second.cookies, { code: i === 0 ? '123456' : `00000${i}` })).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/auth/mfa/verify', second.cookies, { code: '999999' })).statusCode).toBe(403);
    const throttled = await call('POST', '/api/v1/auth/mfa/verify', second.cookies, { code: totpAt(secret, new Date(t.clock.now().getTime() + 30_000)) });
    expect(throttled.statusCode).toBe(429);
    expect(throttled.data).toMatchObject({ code: 'sign_in_throttled', retryAfter: 30 });
    expect(throttled.headers['retry-after']).toBe('30');
  });

  test('a recovery code finishes the sign-in once; the partial session expires within minutes', async () => {
    t.clock.advance(16 * 60_000);
    const first = await signIn('chief@example.test');
    const status = await call('POST', '/api/v1/auth/mfa/verify', first.cookies, { recoveryCode: 'not-a-code' });
    expect(status.data.code).toBe('mfa_code_wrong');
    const deputy = await signIn('deputy@example.test');
    const { recoveryCodes, secret } = await enrol(deputy.cookies);
    const again = await signIn('deputy@example.test');
    const used = await call('POST', '/api/v1/auth/mfa/verify', again.cookies, { recoveryCode: recoveryCodes[3]!.toUpperCase().replaceAll('-', ' ') });
    expect(used.statusCode).toBe(200);
    expect((await call('GET', '/api/v1/auth/mfa', cookieOf(used))).data.recoveryCodesLeft).toBe(9);
    const reuse = await signIn('deputy@example.test');
    expect((await call('POST', '/api/v1/auth/mfa/verify', reuse.cookies, { recoveryCode: recoveryCodes[3] })).data.code).toBe('mfa_code_wrong');

    t.clock.advance(16 * 60_000);
    expect((await call('POST', '/api/v1/auth/mfa/verify', reuse.cookies, { code: totpAt(secret, t.clock.now()) })).statusCode).toBe(401);
    secrets['deputy@example.test'] = secret;
  });

  test('an admin cannot turn their own MFA off; an admin resets another user\'s (audited), a manager may not', async () => {
    t.clock.advance(60_000);
    const chief = await signIn('chief@example.test');
    const chiefSession = cookieOf(await call('POST', '/api/v1/auth/mfa/verify', chief.cookies, { code: totpAt(secrets['chief@example.test']!, t.clock.now()) }));
    expect((await call('POST', '/api/v1/auth/mfa/disable', chiefSession, { password, code: '123456' })).data.code).toBe('mfa_required_for_role');

    const deputy = await signIn('deputy@example.test');
    expect(deputy.stage).toBe('mfa_code');
    const planner = await signIn('planner@example.test');
    const enrolled = await enrol(planner.cookies);
    const plannerSession = enrolled.cookies;
    secrets['planner@example.test'] = enrolled.secret;
    expect((await call('POST', `/api/v1/users/${ids['deputy@example.test']!}/mfa/reset`, plannerSession)).statusCode).toBe(403);

    const reset = await call('POST', `/api/v1/users/${ids['deputy@example.test']!}/mfa/reset`, chiefSession);
    expect(reset.statusCode).toBe(200);
    expect(reset.data.sessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await call('GET', '/api/v1/auth/me', deputy.cookies)).statusCode).toBe(401);
    expect(await auditActions(ids['deputy@example.test']!)).toContain('user.mfa_reset');
    const audit = (await t.database.db.execute(
      sql`SELECT actor_label, after FROM audit_events WHERE action = 'user.mfa_reset' AND entity_id = ${ids['deputy@example.test']!}`,
    )) as unknown as { rows: { actor_label: string; after: any }[] };
    expect(audit.rows[0]).toMatchObject({ actor_label: 'chief', after: { hadMfa: true } });
    // Their role requires MFA: at the next sign-in they set it up again.
    expect((await signIn('deputy@example.test')).stage).toBe('mfa_enrolment');
  });
});

describe('a role that may use MFA', () => {
  test('sales signs in with the password alone, may turn MFA on, and off again with password and code', async () => {
    const { stage, cookies } = await signIn('seller@example.test');
    expect(stage).toBe('complete');
    expect((await call('GET', '/api/v1/auth/mfa', cookies)).data).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    const { secret, cookies: same } = await enrol(cookies);
    expect(same).toEqual(cookies);
    t.clock.advance(30_000);
    const next = await signIn('seller@example.test');
    expect(next.stage).toBe('mfa_code');

    t.clock.advance(30_000);
    expect((await call('POST', '/api/v1/auth/mfa/disable', cookies, { password: 'not my password', code: totpAt(secret, t.clock.now()) })).data.code).toBe('current_password_wrong');
    expect((await call('POST', '/api/v1/auth/mfa/disable', cookies, { password, code: notTheCode(secret) })).data.code).toBe('mfa_code_wrong');
    expect((await call('POST', '/api/v1/auth/mfa/disable', cookies, { password, code: totpAt(secret, t.clock.now()) })).statusCode).toBe(204);
    expect((await signIn('seller@example.test')).stage).toBe('complete');
    expect(await auditActions(ids['seller@example.test']!)).toEqual(expect.arrayContaining(['user.mfa_enabled', 'user.mfa_disabled']));
  });

  test('the setting decides which roles must use MFA; only an admin changes it', async () => {
    t.clock.advance(60_000);
    const planner = await signIn('planner@example.test');
    const plannerSession = cookieOf(await call('POST', '/api/v1/auth/mfa/verify', planner.cookies, { code: totpAt(secrets['planner@example.test']!, t.clock.now()) }));
    const read = await call('GET', '/api/v1/settings/sign-in', plannerSession);
    expect(read.data).toMatchObject({ value: { mfaRequiredRoles: ['admin', 'manager', 'finance'] }, version: 0 });
    expect((await call('PUT', '/api/v1/settings/sign-in', plannerSession, { mfaRequiredRoles: [] }, { 'if-match': '"0"' })).statusCode).toBe(403);

    const chief = await signIn('chief@example.test');
    const chiefSession = cookieOf(await call('POST', '/api/v1/auth/mfa/verify', chief.cookies, { code: totpAt(secrets['chief@example.test']!, t.clock.now()) }));
    const saved = await call('PUT', '/api/v1/settings/sign-in', chiefSession, { mfaRequiredRoles: ['admin', 'specialist'] }, { 'if-match': '"0"' });
    expect(saved.statusCode).toBe(200);
    expect((await call('PUT', '/api/v1/settings/sign-in', chiefSession, { mfaRequiredRoles: ['boss'] }, { 'if-match': '"1"' })).statusCode).toBe(400);
    expect((await signIn('checker@example.test')).stage).toBe('mfa_enrolment');
  });
});
