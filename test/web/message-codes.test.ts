import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { caseSummaryCodes, caseTypes } from '../../src/modules/aftersales/service.js';
import { caseSources } from '../../src/modules/aftersales/contract.js';
import { movementKinds } from '../../src/modules/inventory/contract.js';
import { movingEvents } from '../../src/modules/leads/states.js';
import { defaultTemplates } from '../../src/modules/notifications/templates.js';
import { findingCodes, unclearReasons } from '../../src/modules/orders/intake-audit.js';
import { contingencies } from '../../src/modules/planning/contract.js';
import { surveyLinkActor } from '../../src/modules/feedback/service.js';
import { taskSummaryCodes } from '../../src/modules/tasks/service.js';
import { formatDate, formatDateTime, formatDuration, formatMoney, formatNumber } from '../../web/src/format.js';
import { actionLabel, actorName, renderMessage } from '../../web/src/messages.js';

/*
 * Everything the server keeps as a code for people to read must read as text in both
 * languages: a new code, audit action, event topic or contingency fails here until both
 * locale files say it.
 */

const languages = ['zh-CN', 'en'] as const;
const localeDir = path.resolve('web/src/locales');
const locale = (language: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(localeDir, `${language}.json`), 'utf8'));

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}
const keysOf = (language: string) => new Set(leafKeys(locale(language)));
const missingIn = (language: string, wanted: string[]) => wanted.filter((key) => !keysOf(language).has(key));

/** A sample of each server code's parameters, as the server writes them. */
const samples: Record<string, Record<string, unknown>> = {
  'task.note': { note: '周五下午回访，确认第二批交期' },
  'finding.missing_delivery_date': {},
  'finding.delivery_date_in_past': { date: '2024-05-09', receivedDate: '2024-05-10' },
  'finding.missing_contact': {},
  'finding.missing_delivery_address': {},
  'finding.inactive_product': { sku: 'XH-SM750' },
  'finding.backordered': { sku: 'XH-SM750', short: 3, quantity: 12 },
  'finding.stock_shortage_unpaid': { sku: 'XH-SM750', short: 3, quantity: 12 },
  'finding.price_differs_from_list': { sku: 'XH-SM750', unitPriceMinor: 9000, listPriceMinor: 10000 },
  'finding.special_requirements_unclear': { reason: 'parameter_unsettled', name: 'logo', marker: '待定' },
  'finding.possible_duplicate': { number: '202405-001', receivedAt: '2024-05-10T01:00:00.000Z' },
  'task.clarify_exceptions': { findings: ['missing_contact', 'missing_delivery_date'] },
  'task.review_rejected': { step: 'credit', comment: '信用额度不足' },
  'task.review_returned': { step: 'credit', comment: '请补充交期' },
  'task.pre_delivery_check': { date: '2024-05-20', goods: 'XH-SM750 ×2', address: '杭州 滨江区江南大道88号' },
  'task.aftersales_contact': { caseType: 'quality' },
  'task.aftersales_follow_up': { caseType: 'quality', resolution: '已补发' },
  'task.return_visit': { customer: '北京贵宾集团', tier: 'vip', everyDays: 30, lastContactAt: '2024-05-10T01:00:00.000Z' },
  'task.return_visit_first': { customer: '北京贵宾集团', tier: 'vip', everyDays: 30 },
  'task.segment_follow_up': { customer: '杭州云帆贸易', segment: '华东客户回访', note: '介绍新品' },
  'task.lead_follow_up': { lead: '陈先生（蓝海贸易）', note: '介绍A型设备' },
  'case.acceptance_failed': { result: 'partial', lines: [{ lineNo: 1, sku: 'XH-SM750', result: 'partial', accepted: 1, delivered: 2, comment: '外壳破损' }] },
  'case.low_scores': { scores: [{ question: 'deliveryTimeliness', score: 2 }], comments: '太慢' },
};
const serverCodes = [...findingCodes.map((c) => `finding.${c}`), ...taskSummaryCodes, ...caseSummaryCodes];

/** Every audit action the server writes: literals next to `action`/`…Change(`, and the ones it composes. */
function auditActions(): string[] {
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : []));
  const found = new Set<string>();
  for (const file of files(path.resolve('src'))) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!/\baction\b|Change\(|Changes\(/.test(line)) continue;
      for (const m of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) found.add(m[1]!);
    }
  }
  // Composed: `order.${outcome}` of a review decision, `order.return_*` beside each `rma.*`, `stock.${kind}`, `lead.${event}`.
  for (const outcome of ['approved', 'rejected', 'returned']) found.add(`order.${outcome}`);
  for (const action of [...found].filter((a) => a.startsWith('rma.'))) found.add(`order.${action.replace('rma.', 'return_')}`);
  for (const kind of movementKinds) found.add(`stock.${kind}`);
  // A lead's moves: `lead.${event}` of each event the transitions endpoint takes.
  for (const event of movingEvents) found.add(`lead.${event}`);
  // Topics of messages sent on the same lines come along: they are named too, as the history may show them.
  return [...found].sort();
}

describe.each(languages)('%s', (language) => {
  test('every message code the server writes has its text, and every parameter code its name', () => {
    expect(serverCodes.filter((code) => !(code in samples))).toEqual([]);
    expect(missingIn(language, serverCodes.map((code) => `messages.${code}`))).toEqual([]);
    expect(missingIn(language, ['case.acceptance_failed_item', 'case.low_scores_item'].map((code) => `messages.${code}`))).toEqual([]);
    expect(missingIn(language, unclearReasons.map((r) => `messages.unclear.${r}`))).toEqual([]);
    expect(missingIn(language, findingCodes.map((c) => `findings.${c}`))).toEqual([]);
    expect(missingIn(language, caseTypes.map((c) => `portal.caseType.${c}`))).toEqual([]);
    expect(missingIn(language, caseSources.map((c) => `cases.source.${c}`))).toEqual([]);
    expect(missingIn(language, ['pass', 'partial', 'fail'].map((r) => `portal.lineResult.${r}`))).toEqual([]);
    expect(missingIn(language, ['responseSpeed', 'productQuality', 'deliveryTimeliness', 'serviceAttitude'].map((q) => `survey.questions.${q}`))).toEqual([]);
  });

  test('every audit action has a label', () => {
    const actions = auditActions();
    expect(actions.length).toBeGreaterThan(80);
    expect(missingIn(language, actions.map((a) => `auditActions.${a}`))).toEqual([]);
  });

  test('every event topic and contingency kind has a name', () => {
    expect(missingIn(language, Object.keys(defaultTemplates).map((topic) => `settings.templates.events.${topic}`))).toEqual([]);
    expect(missingIn(language, contingencies.map((c) => `plan.contingency.${c}`))).toEqual([]);
  });

  test('each code renders as a sentence with its parameters: nothing left unfilled, no code shown', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { [language]: { translation: locale(language) } }, lng: language, fallbackLng: false, interpolation: { escapeValue: false }, returnNull: false });
    const format = {
      locale: language,
      money: (minor: number, currency: string) => formatMoney(minor, currency, language),
      number: (value: number) => formatNumber(value, language),
      dateTime: (iso: string) => formatDateTime(iso, language),
      date: (date: string) => formatDate(date, language),
      duration: (seconds: number) => formatDuration(seconds, language),
      name: (name: { 'zh-CN': string; en: string }) => (language === 'en' ? name.en : name['zh-CN']),
    };
    for (const [code, params] of Object.entries(samples)) {
      const text = renderMessage(i18n.t, format, code, params);
      expect(text, code).not.toMatch(/\{\{|messages\.|undefined|\[object/);
      expect(text, code).not.toBe(i18n.t('messages.unknown'));
    }
    // The duplicate's time reads in the company's zone, not as an ISO timestamp.
    expect(renderMessage(i18n.t, format, 'finding.possible_duplicate', samples['finding.possible_duplicate'])).not.toContain('T01:00');
    expect(renderMessage(i18n.t, format, 'case.low_scores', samples['case.low_scores'])).not.toContain('deliveryTimeliness');
    if (language === 'zh-CN') expect(renderMessage(i18n.t, format, 'task.clarify_exceptions', samples['task.clarify_exceptions'])).toBe('与客户确认：缺少联系方式；缺少交货日期');
    expect(actionLabel(i18n.t, 'order.never_heard_of')).toBe(i18n.t('auditActions.unknown'));
    // Who answered through the survey link reads in words in the history, as Ordo's own jobs do.
    expect(actorName(i18n.t, surveyLinkActor)).toBe(i18n.t('aftersalesDesk.feedback.byLink'));
    expect(actorName(i18n.t, 'system:monthly-report')).toBe(i18n.t('messages.actor.system'));
    if (language === 'zh-CN') expect(actorName(i18n.t, surveyLinkActor)).toBe('客户（调查链接）');
  });
});
