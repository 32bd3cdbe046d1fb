import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { launchChromium } from '../support/browser.js';

let t: TestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

test('the API docs page renders every order operation in a real browser (scripts not blocked)', async () => {
  const page = await browser.newPage();
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') blocked.push(message.text());
  });
  await page.goto(`${baseUrl}/api/docs`);
  await page.getByText('Ordo API').first().waitFor({ timeout: 15_000 });
  const paths = await page.locator('.opblock-summary-path').allTextContents();
  const normalised = paths.map((p) => p.replace(/\u200b/g, ''));
  expect(normalised).toEqual(expect.arrayContaining(['/api/v1/orders', '/api/v1/orders/{id}/confirm-entry', '/api/v1/auth/login']));
  expect(blocked.filter((m) => /Content Security Policy|Refused/.test(m))).toEqual([]);
});
