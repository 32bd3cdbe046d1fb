import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const localeDir = path.resolve('web/src/locales');
const sourceDir = path.resolve('web/src');

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

/** Plural forms differ by language (English has _one and _other, Chinese one form): compare the base key. */
function load(language: string): Set<string> {
  return new Set(leafKeys(JSON.parse(fs.readFileSync(path.join(localeDir, `${language}.json`), 'utf8'))).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

test('the console speaks zh-CN and en completely: the same keys in both', () => {
  const zh = load('zh-CN');
  const en = load('en');
  expect([...zh].filter((key) => !en.has(key))).toEqual([]);
  expect([...en].filter((key) => !zh.has(key))).toEqual([]);
});

test('every fixed text key the console uses exists', () => {
  const zh = load('zh-CN');
  const used = sources(sourceDir).flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)].map((m) => m[1]!));
  expect(used.length).toBeGreaterThan(100);
  expect([...new Set(used)].filter((key) => !zh.has(key))).toEqual([]);
});

test('every problem code the server can answer reads as a sentence in both languages', async () => {
  const { errorCatalogue } = await import('../../src/modules.js');
  for (const language of ['zh-CN', 'en']) {
    const keys = load(language);
    expect(Object.keys(errorCatalogue).filter((code) => !keys.has(`errors.${code}`)), language).toEqual([]);
  }
});

test('every permission has its words in the role matrix, in both languages', async () => {
  const { permissions } = await import('../../src/modules/identity/permissions.js');
  for (const language of ['zh-CN', 'en']) {
    const keys = load(language);
    expect(permissions.filter((p) => !keys.has(`settings.permissions.${p.replace(':', '_')}`)), language).toEqual([]);
  }
});
