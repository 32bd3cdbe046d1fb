import { afterAll, beforeAll, expect, test } from 'vitest';
import { orderStatuses } from '../../src/modules/orders/states.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** Where a schema under `node` answers a status (`status`, `…Status`) as a string with no enum: the places a client cannot know the values. */
function plainStatuses(node: unknown, at: string): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const found: string[] = [];
  const properties = (node as { properties?: Record<string, { type?: unknown; enum?: unknown; anyOf?: { type?: unknown; enum?: unknown }[] }> }).properties;
  for (const [name, schema] of Object.entries(properties ?? {})) {
    if (name !== 'status' && !name.endsWith('Status')) continue;
    const variants = schema.anyOf ?? [schema];
    if (variants.some((v) => v.type === 'string' && v.enum === undefined)) found.push(`${at}/properties/${name}`);
  }
  for (const [key, child] of Object.entries(node)) found.push(...plainStatuses(child, `${at}/${key}`));
  return found;
}

test('every status the API answers is an enum in the OpenAPI document', async () => {
  const { data: spec } = await t.call({ method: 'GET', url: '/api/openapi.json' });
  const responses = Object.entries(spec.paths as Record<string, Record<string, { responses?: unknown }>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation.responses] as const),
  );
  expect(responses.length).toBeGreaterThan(50);
  expect(responses.flatMap(([operation, schema]) => plainStatuses(schema, operation))).toEqual([]);
  const order = spec.paths['/api/v1/orders/{id}'].get.responses['200'].content['application/json'].schema;
  expect(order.properties.status.enum).toEqual([...orderStatuses]);
});
