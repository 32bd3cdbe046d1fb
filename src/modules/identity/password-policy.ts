import fs from 'node:fs';
import { DomainError } from '../../platform/http/errors.js';

/*
 * What a password must be (ASVS 5 §6.2): long enough, not one character repeated, and not
 * one that breached-password lists show people choose. Length is counted in characters
 * (code points), so a Chinese passphrase counts what a person typed.
 */

export const minPasswordLength = 12;
export const maxPasswordLength = 256;

export type PasswordRule = 'too_short' | 'too_long' | 'same_character' | 'common';

let commonPasswords: Set<string> | undefined;

/** The shipped list (resources/common-passwords.txt, see the script beside it), read once. */
function common(): Set<string> {
  commonPasswords ??= new Set(
    fs
      .readFileSync(new URL('../../../resources/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );
  return commonPasswords;
}

/** Which rule the password breaks, or undefined when it is acceptable. */
export function passwordRuleBroken(password: string): PasswordRule | undefined {
  const characters = [...password];
  if (characters.length < minPasswordLength) return 'too_short';
  if (characters.length > maxPasswordLength) return 'too_long';
  if (characters.every((c) => c === characters[0])) return 'same_character';
  const lower = password.toLowerCase();
  // "Password2024!" is "password" with the digits and signs people add to pass a rule.
  const stem = lower.replace(/[\d\p{P}\p{S}\s]+$/u, '');
  if (common().has(lower) || (stem.length > 0 && stem !== lower && common().has(stem))) return 'common';
  return undefined;
}

const ruleText: Record<PasswordRule, string> = {
  too_short: `must be at least ${minPasswordLength} characters`,
  too_long: `must be at most ${maxPasswordLength} characters`,
  same_character: 'must not be one character repeated',
  common: 'is one of the most common passwords',
};

/** Refuses a weak password with 422 weak_password naming the rule and the field. */
export function assertStrongPassword(password: string, field: string): void {
  const rule = passwordRuleBroken(password);
  if (!rule) return;
  throw new DomainError('weak_password', `The password ${ruleText[rule]}`, {
    errors: [{ path: field, in: 'body', code: 'weak_password', message: ruleText[rule], params: { rule } }],
    meta: { rule, minLength: minPasswordLength, maxLength: maxPasswordLength },
  });
}
