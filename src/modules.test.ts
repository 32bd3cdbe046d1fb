import fs from 'node:fs';
import { expect, test } from 'vitest';
import { errorCatalogue, modules } from './modules.js';
import { platformErrors, registerErrors } from './platform/http/errors.js';

const moduleDirs = fs.readdirSync(new URL('./modules/', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

test('every module folder is in the list, once, under its own name', () => {
  expect(moduleDirs.length).toBeGreaterThan(10);
  expect(modules.map((m) => m.name).sort()).toEqual([...moduleDirs].sort());
});

test("every module's errors.ts is what its module registers, so each declared code has its HTTP status", async () => {
  const declaring = moduleDirs.filter((dir) => fs.existsSync(new URL(`./modules/${dir}/errors.ts`, import.meta.url)));
  expect(declaring.length).toBeGreaterThan(5);
  for (const dir of declaring) {
    const exported = Object.values(await import(/* @vite-ignore */ `./modules/${dir}/errors.ts`));
    expect(exported, dir).toHaveLength(1);
    expect(modules.find((m) => m.name === dir)?.errors, dir).toBe(exported[0]);
  }
});

test('no code is declared by two areas', () => {
  const declared = [platformErrors, ...modules.map((m) => m.errors ?? {})].flatMap((entries) => Object.keys(entries));
  expect(declared.length).toBeGreaterThan(90);
  expect(declared.length).toBe(new Set(declared).size);
  expect(Object.keys(errorCatalogue)).toHaveLength(declared.length);
});

test('a code declared again with another status is refused at start', () => {
  expect(() => registerErrors({ not_found: { status: 410, title: 'Gone' } })).toThrow(/not_found is declared twice/);
  expect(() => registerErrors({ not_found: platformErrors.not_found })).not.toThrow();
});
