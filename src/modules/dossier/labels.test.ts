import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { eventName, eventNames } from './labels.js';

/* The printed history names each event as the console's history does: one wording, not two drifting apart. */

type Locale = { auditActions: Record<string, Record<string, string>> };
const locales = Object.fromEntries(
  (['zh-CN', 'en'] as const).map((language) => [language, JSON.parse(readFileSync(new URL(`../../../web/src/locales/${language}.json`, import.meta.url), 'utf8')) as Locale]),
);

test('every event the dossier names is named the same in the console, in both languages', () => {
  for (const [action, words] of Object.entries(eventNames)) {
    const [entity, verb] = action.split('.') as [string, string];
    for (const language of ['zh-CN', 'en'] as const) {
      const locale = locales[language]!;
      expect({ action, word: locale.auditActions[entity]?.[verb] }).toEqual({ action, word: words[language] });
    }
  }
});

test('an event the catalogue does not know is "other action", never its code', () => {
  expect(eventName('order.something_new', 'zh-CN')).toBe('其他操作');
  expect(eventName('order.received', 'zh-CN')).toBe('接收订单');
});
