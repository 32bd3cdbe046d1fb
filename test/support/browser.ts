import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { testPassword } from './hashed-passwords.js';

const screenshots = path.resolve('test/screenshots');

/** Headless Chromium from the system (Debian's package); browser tests never download one. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A full-page screenshot under test/screenshots once the page has settled. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/**
 * Signs a staff user (made by `t.as(role)`) in to the console in a context of their own,
 * desktop or phone-sized, noting every console error the page logs under their role.
 */
export async function staffSession(
  browser: Browser,
  baseUrl: string,
  role: string,
  options: { mobile?: boolean; locale?: string; name?: string },
  record: { consoleErrors: string[]; contexts: BrowserContext[] },
): Promise<Page> {
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: options.mobile ? { width: 390, height: 844 } : { width: 1366, height: 900 },
    deviceScaleFactor: 1,
  });
  record.contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(`${role}: ${message.text()}`);
  });
  page.on('pageerror', (error) => record.consoleErrors.push(`${role}: ${error.message}`));
  await page.goto(`${baseUrl}/`);
  await page.locator('#email').fill(`${options.name ?? role}.${role}@example.test`);
  await page.locator('#password').fill(testPassword);
  await page.locator('button[type=submit]').click();
  await page.locator('.ant-layout-header').waitFor();
  return page;
}
