import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { roles, type Role } from '../../src/modules/identity/permissions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { closeBrowserTest, launchChromium, shoot } from '../support/browser.js';
import { testPassword } from '../support/hashed-passwords.js';
import { createProduct, placeOrder, receiveStock } from '../support/fixtures.js';
import { createTrustedCustomer, deliverOrder, orderReadyToShip, placeApprovedOrder } from '../support/fulfilment.js';
import { linksIn, startSmtpServer } from '../support/receivers.js';
import { latinSentences } from '../support/latin.js';

/*
 * Every screen of the console (each navigation entry, the detail pages, every settings
 * section, the home page of each role), of the customer portal and the pages outside both
 * (sign-in, the mailed survey), in zh-CN in headless Chromium against a real server, once at
 * 1440 px and once at 390 px. At 1440 px axe-core finds no serious or critical accessibility
 * violation, there is exactly one top-level heading, the tab title names the screen and no English
 * sentence shows (SKUs, numbers and addresses aside); at
 * 390 px the page does not scroll sideways. Each visit leaves test/screenshots/<screen>-<width>.png.
 */

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const buyerEmail = 'chen.buyer@yunfan.test';
/** The contact of createTrustedCustomer, to whom the satisfaction surveys are mailed. */
const contactEmail = 'wang@customer.test';
const product = '客户订单管理系统';

type Visitor = Role | 'buyer' | 'nobody';
interface Screen {
  name: string;
  who: Visitor;
  path: () => string;
  /** The screen's name at the start of the tab title. */
  title: string;
  /** The screen edits the English texts too (message templates): English there is content, not the console's words. */
  showsEnglishContent?: true;
}

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let browser: Browser;
let baseUrl: string;
let customerId: string;
let productId: string;
let delivered: any;
let accepted: any;
let approved: any;
let caseId: string;
let surveyPath: string;
const contexts: BrowserContext[] = [];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe on the whole document, once the screen has its data. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await page.addScriptTag({ path: axeSource });
  // Runs in the page; axe's run() without a context checks the whole document.
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

type SessionCookies = Parameters<BrowserContext['addCookies']>[0];
const sessionCookies = new Map<Visitor, SessionCookies>();

/** The session cookies of a staff user (made by `t.as`) or of the buyer, signed in once through the API for every width. */
async function cookiesOf(who: Exclude<Visitor, 'nobody'>): Promise<SessionCookies> {
  const known = sessionCookies.get(who);
  if (known) return known;
  let signedIn;
  if (who === 'buyer') {
    expect((await t.call({ method: 'POST', url: '/api/v1/portal/magic-link', payload: { email: buyerEmail } })).statusCode).toBe(202);
    await t.drain();
    const link = smtp.received.filter((m) => m.to.includes(buyerEmail)).flatMap(linksIn).at(-1)!;
    signedIn = await t.call({ method: 'POST', url: `/api/v1/portal/magic-link/${link.split('/').at(-1)}` });
  } else {
    await t.as(who);
    signedIn = await t.call({ method: 'POST', url: '/api/v1/auth/login', payload: { email: `${who}.${who}@example.test`, password: testPassword } });
  }
  expect(signedIn.statusCode, signedIn.body).toBe(200);
  const cookies = signedIn.cookies.map((c) => ({ name: c.name, value: c.value, url: baseUrl }));
  sessionCookies.set(who, cookies);
  return cookies;
}

const screens: Screen[] = [
  { name: 'sign-in', who: 'nobody', path: () => '/', title: 'Ordo' },
  { name: 'portal-sign-in', who: 'nobody', path: () => '/portal/sign-in', title: '客户门户' },
  { name: 'survey', who: 'nobody', path: () => surveyPath, title: '满意度调查' },
  { name: 'dashboard', who: 'admin', path: () => '/', title: '工作台' },
  { name: 'orders', who: 'admin', path: () => '/orders', title: '订单' },
  { name: 'order-detail', who: 'admin', path: () => `/orders/${approved.id}`, title: '订单' },
  { name: 'order-acceptance', who: 'admin', path: () => `/orders/${delivered.id}`, title: '订单' },
  { name: 'order-entry', who: 'admin', path: () => '/orders/new', title: '录入订单' },
  { name: 'late', who: 'admin', path: () => '/late', title: '延误与风险' },
  { name: 'review', who: 'admin', path: () => '/review', title: '评审待办' },
  { name: 'exceptions', who: 'admin', path: () => '/exceptions', title: '异常订单' },
  { name: 'tasks', who: 'admin', path: () => '/tasks', title: '我的任务' },
  { name: 'customers', who: 'admin', path: () => '/customers', title: '客户' },
  { name: 'customer-detail', who: 'admin', path: () => `/customers/${customerId}`, title: '客户' },
  { name: 'segments', who: 'admin', path: () => '/segments', title: '客户分群' },
  { name: 'products', who: 'admin', path: () => '/products', title: '产品与库存' },
  { name: 'product-detail', who: 'admin', path: () => `/products/${productId}`, title: '产品与库存' },
  { name: 'stock', who: 'admin', path: () => '/stock', title: '库存流水' },
  { name: 'capacity', who: 'admin', path: () => '/capacity', title: '产能日历' },
  { name: 'cases', who: 'admin', path: () => '/cases', title: '售后工单' },
  { name: 'case-detail', who: 'admin', path: () => `/cases/${caseId}`, title: '售后工单' },
  { name: 'feedback', who: 'admin', path: () => '/feedback', title: '客户反馈' },
  { name: 'receivables', who: 'admin', path: () => '/receivables', title: '应收账款' },
  { name: 'notifications', who: 'admin', path: () => '/notifications', title: '通知' },
  { name: 'reports-monthly', who: 'admin', path: () => '/reports', title: '报表' },
  { name: 'reports-bottlenecks', who: 'admin', path: () => '/reports/bottlenecks', title: '瓶颈分析' },
  { name: 'reports-process', who: 'admin', path: () => '/reports/process', title: '流程挖掘' },
  { name: 'reports-actions', who: 'admin', path: () => '/reports/actions', title: '改进措施' },
  { name: 'imports', who: 'admin', path: () => '/imports', title: '导入' },
  { name: 'settings-users', who: 'admin', path: () => '/settings/users', title: '用户与角色' },
  { name: 'settings-priority', who: 'admin', path: () => '/settings/priority', title: '优先级规则' },
  { name: 'settings-sla', who: 'admin', path: () => '/settings/sla', title: '时限与工作日历' },
  { name: 'settings-review', who: 'admin', path: () => '/settings/review', title: '评审流程' },
  { name: 'settings-plans', who: 'admin', path: () => '/settings/plans', title: '执行方案模板' },
  { name: 'settings-notifications', who: 'admin', path: () => '/settings/notifications', title: '通知模板', showsEnglishContent: true },
  { name: 'settings-webhooks', who: 'admin', path: () => '/settings/webhooks', title: 'Webhook' },
  { name: 'settings-team-chat', who: 'admin', path: () => '/settings/teamChat', title: '群机器人' },
  { name: 'settings-sign-in', who: 'admin', path: () => '/settings/signIn', title: '登录安全' },
  { name: 'settings-carriers', who: 'admin', path: () => '/settings/carriers', title: '承运商与单据' },
  { name: 'settings-customer-care', who: 'admin', path: () => '/settings/customerCare', title: '客户维护' },
  { name: 'settings-dead-jobs', who: 'admin', path: () => '/settings/deadJobs', title: '失败任务' },
  { name: 'settings-audit-chain', who: 'admin', path: () => '/settings/auditChain', title: '审计链校验' },
  { name: 'settings-api-tokens', who: 'admin', path: () => '/settings/apiTokens', title: 'API 令牌' },
  { name: 'account', who: 'admin', path: () => '/account', title: '我的账户' },
  // The administrator's home is the dashboard above; every other role lands on its own.
  ...roles.filter((role) => role !== 'admin').map((role): Screen => ({ name: `home-${role}`, who: role, path: () => '/', title: '工作台' })),
  { name: 'portal-orders', who: 'buyer', path: () => '/portal', title: '我的订单' },
  { name: 'portal-acceptance', who: 'buyer', path: () => `/portal/orders/${delivered.id}`, title: '订单详情' },
  { name: 'portal-order-detail', who: 'buyer', path: () => `/portal/orders/${accepted.id}`, title: '订单详情' },
  { name: 'portal-new-order', who: 'buyer', path: () => '/portal/orders/new', title: '在线下单' },
  { name: 'portal-account', who: 'buyer', path: () => '/portal/account/password', title: '设置密码' },
];

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { ORDO_SMTP_URL: smtp.url } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const customer = await createTrustedCustomer(t, { name: '杭州云帆贸易有限公司', addresses: [{ label: '总部', recipient: '陈采购', city: '杭州', line1: '滨江区江南大道88号', isDefault: true }] });
  customerId = customer.id;
  const sensor = await createProduct(t, { sku: 'SEN-300', name: '工业传感器 S300', priceMinor: 300_00, unit: '台' });
  productId = sensor.id;
  await receiveStock(t, sensor.id, 200);
  delivered = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: sensor.id, quantity: 6 }]));
  accepted = await deliverOrder(t, await orderReadyToShip(t, customer.id, [{ productId: sensor.id, quantity: 4 }]));
  approved = await placeApprovedOrder(t, customer.id, [{ productId: sensor.id, quantity: 2 }]);
  // More than there is in stock, not prepaid: an order for the exception desk.
  const exception = await placeOrder(t, { customerId: customer.id, channel: 'b2b_direct', lines: [{ productId: sensor.id, quantity: 1_000 }], paymentStatus: 'unpaid' });
  expect(exception.data.status, exception.body).toBe('exception');
  // A partial acceptance opens an after-sales case.
  const acceptance = await t.call({
    method: 'POST',
    url: `/api/v1/orders/${accepted.id}/acceptance`,
    headers: await t.as('logistics'),
    payload: { lines: [{ lineId: accepted.lines[0].id, result: 'partial', acceptedQuantity: 3, comment: '一台外壳有划痕' }] },
  });
  expect(acceptance.statusCode, acceptance.body).toBe(201);
  caseId = acceptance.data.caseId;
  const invited = await t.call({ method: 'POST', url: `/api/v1/customers/${customer.id}/portal-users`, headers: await t.as('sales'), payload: { email: buyerEmail, name: '陈采购' } });
  expect(invited.statusCode).toBe(201);

  // A day after delivery each order's survey is mailed: one is answered (the feedback list has it), the other's link is shown.
  t.clock.advance(24 * 3_600_000);
  await t.drain();
  const surveyLinks = smtp.received.filter((m) => m.to.includes(contactEmail)).flatMap(linksIn).filter((link) => link.startsWith('/survey/'));
  for (const link of surveyLinks) {
    const token = link.split('/').at(-1);
    const survey = await t.call({ method: 'GET', url: `/api/v1/surveys/${token}` });
    if (survey.data.orderNumber === delivered.number) surveyPath = link;
    else {
      const answer = { responseSpeed: 5, productQuality: 3, deliveryTimeliness: 4, serviceAttitude: 5, comments: '交货准时，一台外壳有划痕' };
      expect((await t.call({ method: 'POST', url: `/api/v1/surveys/${token}`, payload: answer })).statusCode).toBe(201);
    }
  }
  expect(surveyPath).toMatch(/^\/survey\//);
  // Four orders through their life and two surveys: more than the usual set-up on a busy machine.
}, 300_000);

afterAll(() => closeBrowserTest(contexts, browser, t, smtp));

describe.each([
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
])('every screen at $width px', (viewport) => {
  let page: Page;
  let visitor: Visitor = 'nobody';

  beforeAll(async () => {
    // Axe's script is added to the page, as the content security policy rightly forbids to anyone else.
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport, deviceScaleFactor: 1, bypassCSP: true });
    contexts.push(context);
    // What the console notes at sign-in, for whoever holds a session's cookies: it asks the server who they are only then.
    await context.addInitScript("if (document.cookie.includes('ordo_csrf=')) localStorage.setItem('ordo.signedIn', '1');");
    page = await context.newPage();
  });

  test.each(screens)('$name', async (screen) => {
    if (screen.who !== visitor) {
      await page.context().clearCookies();
      if (screen.who !== 'nobody') await page.context().addCookies(await cookiesOf(screen.who));
      visitor = screen.who;
    }
    const path = screen.path();
    await page.goto(`${baseUrl}${path}`);
    // A lazily loaded screen shows its skeleton first; its heading says the screen itself is there.
    await page.locator('h1').first().waitFor();
    if (viewport.width === 1440) {
      expect.soft(await seriousViolations(page), `axe on ${path}`).toEqual([]);
      expect.soft(await page.locator('h1').count(), `h1 on ${path}`).toBe(1);
      expect.soft(await page.title(), `title on ${path}`).toBe(`${screen.title} · ${product}`);
      await page.waitForLoadState('networkidle');
      if (!screen.showsEnglishContent) expect.soft(latinSentences(await page.locator('body').innerText()), `English sentences on ${path}`).toEqual([]);
    } else {
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect.soft(overflow, `sideways scroll on ${path} at ${viewport.width} px`).toBeLessThanOrEqual(0);
    }
    await shoot(page, `${screen.name}-${viewport.width}`);
  });
});
