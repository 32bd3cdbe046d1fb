import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { users } from '../../src/modules/identity/schema.js';
import { openSession } from '../../src/modules/identity/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCustomer, createProduct } from '../support/fixtures.js';
import { described, exampleOf, operationsOf, problemDefect, send, streamingPaths, urlOf, type JsonSchema, type Operation } from './operations.js';
import { securitySeed, Tally } from './tally.js';

/*
 * The fuzzer over the OpenAPI document (issue 11): every operation that takes a body, path
 * parameters, a query or headers gets malformed input — wrong types, huge and control-laden
 * strings, NUL, lone surrogates, prototype-pollution keys, deep nesting, extreme numbers, bad
 * UUIDs, cursors and dates, broken JSON. The server must answer every one without a 5xx,
 * every error as problem+json with a catalogued code, and a refused write must leave no
 * audit event or outbox row behind. ORDO_SECURITY_SEED replays a run.
 */

const tally = new Tally('fuzz');
let t: TestApp;
let caller: Record<string, Record<string, string>>;
const mutationsPerPart = Number(process.env.ORDO_SECURITY_FUZZ_MUTATIONS ?? 12);

/** A small seeded generator (mulberry32): the same seed sends the same requests. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}
const random = generator(securitySeed);

function deeplyNested(depth: number): unknown {
  return JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`);
}

/** Values no field expects, of every kind. */
const hostileValues: unknown[] = [
  null,
  true,
  0,
  -1,
  -(2 ** 31),
  2 ** 53 + 2,
  1e308,
  -1e308,
  0.5,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\u202e\u2066abc',
  '\u0007\u001b[31m\r\n',
  'x'.repeat(100_000),
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${7*7}{{7*7}}',
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  '2024-02-30',
  '9999-12-31T25:61:00Z',
  '-001-01-01',
  '１２３',
  'NaN',
  [],
  [null],
  Array.from({ length: 2000 }, () => 1),
  {},
  JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
  deeplyNested(2000),
  ...fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { seed: securitySeed, numRuns: 8 }),
  ...fc.sample(fc.jsonValue({ maxDepth: 3 }), { seed: securitySeed + 1, numRuns: 8 }),
];

/** Query and path values, as they appear in a URL (already percent-encoded where it matters). */
const hostileUrlValues = ['%00', 'a%00b', '%ED%A0%80', '%FF%FE', '%ZZ', 'x'.repeat(300), '..%2F..%2Fetc%2Fpasswd', '-1', '1e309', '99999999999999999999', 'not-a-uuid', '2024-13-45', '%E2%80%AE', '%0d%0aSet-Cookie:%20x=1', 'eyJpZCI6IngifQ', '__proto__', 'true', ''];

const hostileHeaderValues = ['abc', '-1', '99999999999999999999', '1.5', '', 'W/"1"', '\t1'];

/** Bodies that are not the JSON the operation expects, as raw text. */
const brokenBodies = ['{', '{"a":1,}', 'null', '[]', '"text"', '1', '{"__proto__":{"polluted":"yes"}}', `{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`];

/** Who may call the operation, so the input reaches validation and the handler behind it. */
function headersFor(op: Operation): Record<string, string> {
  if (op.permission === 'public') return {};
  return op.permission === 'portal:use' ? caller.portal! : caller.admin!;
}

async function writesSoFar(): Promise<number> {
  const { rows } = (await t.database.db.execute(sql`SELECT (SELECT count(*) FROM audit_events) + (SELECT count(*) FROM outbox) AS n`)) as unknown as { rows: { n: number | string }[] };
  return Number(rows[0]!.n);
}

interface Attempt {
  what: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string;
}

function attemptsFor(op: Operation): Attempt[] {
  const attempts: Attempt[] = [];
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const headerParams = op.parameters.filter((p) => p.in === 'header');
  const body = op.body ? (exampleOf(op.body) as Record<string, unknown>) : undefined;
  const json = (value: unknown) => JSON.stringify(value);

  for (let i = 0; i < (queryParams.length ? mutationsPerPart : 0); i++) {
    const param = random.pick(queryParams);
    const value = random.pick(hostileUrlValues);
    attempts.push({ what: `query ${param.name}=${value.slice(0, 40)}`, url: `${urlOf(op)}?${param.name}=${value}`, payload: body && json(body) });
  }
  for (const param of pathParams) {
    for (let i = 0; i < mutationsPerPart / 2; i++) {
      const value = random.pick(hostileUrlValues.filter((v) => v !== ''));
      attempts.push({ what: `path ${param.name}=${value.slice(0, 40)}`, url: urlWithRawParam(op, param.name, value), payload: body && json(body) });
    }
  }
  for (const param of headerParams) {
    const value = random.pick(hostileHeaderValues);
    attempts.push({ what: `header ${param.name}: ${value}`, url: urlOf(op), headers: { [param.name]: value }, payload: body && json(body) });
  }
  if (op.body && body) {
    const fields = Object.keys((op.body as JsonSchema).properties ?? {});
    for (let i = 0; i < mutationsPerPart; i++) {
      const value = random.pick(hostileValues);
      const field = fields.length ? random.pick(fields) : undefined;
      const mutated = field ? { ...body, [field]: value } : value;
      attempts.push({ what: `body ${field ?? '(whole)'} = ${json(value)?.slice(0, 40)}`, url: urlOf(op), payload: json(mutated) });
    }
    attempts.push({ what: 'body with an unknown member', url: urlOf(op), payload: json({ ...body, unexpected: 1 }) });
    attempts.push({ what: 'body as a hostile whole', url: urlOf(op), payload: json(random.pick(hostileValues)) });
    const broken = random.pick(brokenBodies);
    attempts.push({ what: `broken JSON ${broken.slice(0, 30)}`, url: urlOf(op), payload: broken });
  }
  return attempts;
}

/** The operation's URL with one path parameter written raw (it is already URL text). */
function urlWithRawParam(op: Operation, name: string, raw: string): string {
  const marker = randomUUID();
  return urlOf(op, { [name]: marker }).replace(marker, raw);
}

beforeAll(async () => {
  t = await createTestApp();
  // Something to find, so list and read operations have rows to page over.
  await createCustomer(t);
  await createProduct(t);
  caller = { admin: await t.as('admin', 'fuzzer') };
  const portalCustomer = await createCustomer(t, { name: '门户客户', contacts: [{ name: '钱', phone: '13600000000', email: 'qian@portal.test', primary: true }] });
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${portalCustomer.id}/portal-users`, headers: caller.admin, payload: { email: 'qian@portal.test', name: '钱' } });
  expect(invited.statusCode, invited.body).toBe(201);
  // The portal user's own session mints their token, as they would in the portal.
  const [portalUser] = await t.database.db.select().from(users).where(eq(users.email, 'qian@portal.test'));
  const session = await t.database.db.transaction((tx) => openSession(tx, t.clock.now(), portalUser!, 'link'));
  const minted = await t.call({ method: 'POST', url: '/api/v1/auth/tokens', cookies: { ordo_session: session.token }, payload: { name: 'fuzz', expiresInDays: 30 } });
  expect(minted.statusCode, minted.body).toBe(201);
  const token = minted.data.token;
  caller.portal = { authorization: `Bearer ${token}` };
});

afterAll(async () => {
  tally.report();
  await t?.close();
});

test(`every operation with input, fed malformed input (seed ${securitySeed}): no 5xx, problem+json with a catalogued code, nothing written when refused`, { timeout: 600_000 }, async () => {
  const operations = operationsOf(t.app).filter((op) => !streamingPaths.has(op.path) && (op.body || op.parameters.length > 0));
  expect(operations.length).toBeGreaterThan(100);
  for (const op of operations) {
    for (const attempt of attemptsFor(op)) {
      const unsafe = op.method !== 'GET';
      const before = unsafe ? await writesSoFar() : 0;
      const res = await send(t, tally, op, op.permission === 'portal:use' ? 'portal customer (API token)' : op.permission === 'public' ? 'anonymous' : 'admin (API token)', {
        method: op.method,
        url: attempt.url,
        headers: { 'content-type': 'application/json', 'if-match': '1', ...headersFor(op), ...attempt.headers },
        ...(attempt.payload !== undefined && op.method !== 'GET' ? { payload: attempt.payload } : {}),
      });
      const where = `${op.key} ${attempt.what}`;
      tally.check(res.statusCode < 500, () => `${where} → ${described(res)}`);
      const defect = problemDefect(res);
      tally.check(defect === undefined, () => `${where}: ${defect}`);
      if (unsafe && res.statusCode >= 400) {
        const after = await writesSoFar();
        tally.check(after === before, () => `${where} was refused with ${res.statusCode} but wrote ${after - before} audit/outbox rows`);
      }
    }
  }
  tally.check(({} as Record<string, unknown>).polluted === undefined, () => 'Object.prototype was polluted');
  expect(tally.findings).toEqual([]);
});
