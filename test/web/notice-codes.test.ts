import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { deadlineNoticeCodes } from '../../src/modules/notifications/service.js';
import { formatDate, formatDateTime, formatDuration, formatMoney, formatNumber } from '../../web/src/format.js';
import { renderMessage } from '../../web/src/messages.js';

/* Each deadline a notification names reads as a sentence in both languages: the clock or task by its name, the due time in the company's zone. */

const samples: Record<(typeof deadlineNoticeCodes)[number], Record<string, unknown>> = {
  'notice.clock_due': { clock: 'response', dueAt: '2024-05-10T03:00:00.000Z' },
  'notice.clock_missed': { clock: 'plan', dueAt: '2024-05-10T03:00:00.000Z' },
  'notice.task_due': { task: 'order_exception', dueAt: '2024-05-10T03:00:00.000Z' },
  'notice.task_missed': { task: 'pre_delivery_check', dueAt: '2024-05-10T03:00:00.000Z' },
  'notice.review_step': { step: 'credit' },
};

describe.each(['zh-CN', 'en'] as const)('%s', (language) => {
  test('every deadline code renders with its parameters named, nothing left unfilled', async () => {
    const translation = JSON.parse(fs.readFileSync(path.resolve(`web/src/locales/${language}.json`), 'utf8'));
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { [language]: { translation } }, lng: language, fallbackLng: false, interpolation: { escapeValue: false }, returnNull: false });
    const format = {
      locale: language,
      money: (minor: number, currency: string) => formatMoney(minor, currency, language),
      number: (value: number) => formatNumber(value, language),
      dateTime: (iso: string) => formatDateTime(iso, language),
      date: (date: string) => formatDate(date, language),
      duration: (seconds: number) => formatDuration(seconds, language),
      name: (name: { 'zh-CN': string; en: string }) => (language === 'en' ? name.en : name['zh-CN']),
    };
    expect(Object.keys(samples).sort()).toEqual([...deadlineNoticeCodes].sort());
    for (const [code, params] of Object.entries(samples)) {
      const text = renderMessage(i18n.t, format, code, params);
      expect(text, code).not.toMatch(/\{\{|messages\.|undefined|\[object|T03:00|order_exception|pre_delivery_check/);
      expect(text, code).not.toBe(i18n.t('messages.unknown'));
    }
    expect(renderMessage(i18n.t, format, 'notice.clock_due', samples['notice.clock_due'])).toContain(language === 'en' ? 'Response' : '响应时限');
  });
});
