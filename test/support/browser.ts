import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import type { Role } from '../../src/modules/identity/permissions.js';
import type { TestApp } from './app.js';
import { testPassword } from './hashed-passwords.js';
import { linksIn, type ReceivedMail } from './receivers.js';

const screenshots = path.resolve('test/screenshots');

/** Headless Chromium from the system (Debian's package); browser tests never download one. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** The console's zh-CN texts, to find on screen what a Chinese reader sees. */
export const zh = JSON.parse(fs.readFileSync(path.resolve('web/src/locales/zh-CN.json'), 'utf8'));

/** A full-page screenshot under test/screenshots once the page has settled. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/**
 * Downloads the table's view in one format from the 导出 menu. The pointer first leaves the
 * page, as a person's would on the way to the button: left over the column headers (after a
 * sort, or after the menu item of an earlier export) it keeps their sort tooltip over the button.
 */
export async function exportView(page: Page, buttonName: string, format: 'xlsx' | 'csv'): Promise<Download> {
  await page.mouse.move(0, 0);
  await page.getByRole('button', { name: buttonName }).click();
  const download = page.waitForEvent('download');
  await page.getByTestId(`export-${format}`).click();
  return download;
}

/**
 * Picks the open antd Select dropdown's option showing this text, and makes sure it was taken.
 * The dropdown's virtual list scrolls its current value into view just after it opens; under
 * load a click can land while the list moves and select nothing. So the click repeats until
 * the dropdown has closed (a single select took the option) or marks the option selected
 * (a multiple select keeps its dropdown open).
 */
export async function pickOption(page: Page, option: string): Promise<void> {
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first();
  await item.waitFor();
  const deadline = Date.now() + 20_000;
  for (;;) {
    await item.click({ timeout: 5_000 }).catch(() => undefined);
    const taken = await item
      .waitFor({ state: 'detached', timeout: 1_500 })
      .then(() => true)
      .catch(async () => ((await item.getAttribute('class').catch(() => null)) ?? '').includes('ant-select-item-option-selected'));
    if (taken) return;
    if (Date.now() > deadline) throw new Error(`the option "${option}" could not be picked`);
  }
}

/** Picks an option of the antd Select whose input has this id, typing `search` first when given. */
export async function choose(page: Page, selectId: string, option: string, search?: string): Promise<void> {
  await page.locator('.ant-select').filter({ has: page.locator(`#${selectId}`) }).click();
  if (search) await page.locator(`#${selectId}`).fill(search);
  await pickOption(page, option);
}

/** What a browser test file keeps of its pages: the console errors they logged and the contexts to close. */
export interface BrowserRecord {
  consoleErrors: string[];
  contexts: BrowserContext[];
}

/** A zh-CN page in a context of its own, noting every console error it logs under `who`. */
async function recordedPage(browser: Browser, who: string, options: { locale?: string; viewport: { width: number; height: number } }, record: BrowserRecord): Promise<Page> {
  const context = await browser.newContext({ locale: options.locale ?? 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: options.viewport, deviceScaleFactor: 1 });
  record.contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(`${who}: ${message.text()}`);
  });
  page.on('pageerror', (error) => record.consoleErrors.push(`${who}: ${error.message}`));
  return page;
}

/**
 * Signs a staff user (made by `t.as(role)`) in to the console in a context of their own,
 * phone-sized, desktop, or a wide (1440 px) desktop, noting every console error the page logs
 * under their role.
 */
export async function staffSession(
  browser: Browser,
  baseUrl: string,
  role: string,
  options: { mobile?: boolean; wide?: boolean; locale?: string; name?: string },
  record: BrowserRecord,
): Promise<Page> {
  const viewport = options.mobile ? { width: 390, height: 844 } : options.wide ? { width: 1440, height: 900 } : { width: 1366, height: 900 };
  const page = await recordedPage(browser, role, { locale: options.locale, viewport }, record);
  await page.goto(`${baseUrl}/`);
  await page.locator('#email').fill(`${options.name ?? role}.${role}@example.test`);
  await page.locator('#password').fill(testPassword);
  await page.locator('button[type=submit]').click();
  await page.locator('.ant-layout-header').waitFor();
  return page;
}

/** staffSession for a user of the role that `t.as` makes on first use. */
export async function roleSession(t: TestApp, browser: Browser, baseUrl: string, role: Role, options: { mobile?: boolean; wide?: boolean }, record: BrowserRecord): Promise<Page> {
  await t.as(role);
  return staffSession(browser, baseUrl, role, options, record);
}

/**
 * Signs a portal user in on the portal's sign-in page with the link mailed to them (the worker
 * sends it on `t.drain()`), in a desktop context of their own that notes console errors.
 */
export async function portalSession(t: TestApp, browser: Browser, baseUrl: string, mailbox: { received: ReceivedMail[] }, email: string, record: BrowserRecord): Promise<Page> {
  const page = await recordedPage(browser, email, { viewport: { width: 1280, height: 900 } }, record);
  await page.goto(`${baseUrl}/portal/sign-in`);
  await page.locator('#email').fill(email);
  await page.locator('button[type=submit]').click();
  await page.getByTestId('link-sent').waitFor();
  await t.drain();
  const link = mailbox.received.filter((m) => m.to.includes(email)).flatMap(linksIn).at(-1)!;
  await page.goto(`${baseUrl}${link}`);
  await page.getByTestId('link-continue').click();
  await page.waitForURL(`${baseUrl}/portal`);
  return page;
}

/** Closes what a browser test file opened: its pages, then the browser, then its app and any other server. */
export async function closeBrowserTest(contexts: BrowserContext[], browser: Browser | undefined, ...servers: Array<{ close(): Promise<unknown> } | undefined>): Promise<void> {
  for (const context of contexts) await context.close();
  await browser?.close();
  for (const server of servers) await server?.close();
}
