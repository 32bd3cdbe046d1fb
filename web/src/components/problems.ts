import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiProblem, type FieldProblem } from '../api/client';

/** A readable, translated sentence for any failed request. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem) return t(`errors.${error.code}`, { defaultValue: t('errors.unknown', { code: error.code }) });
  return t('errors.unknown', { code: 'client' });
}

/** The translated message for one field the server named. */
export function fieldMessage(t: TFunction, field: FieldProblem): string {
  // A `rule` picks the variant (i18next context): fieldErrors.weak_password_too_short …
  return t(`fieldErrors.${field.code}`, { ...field.params, context: field.params?.rule, defaultValue: field.message });
}

/** `/lines/0/quantity` → ['lines', 0, 'quantity'], the form's own name path. */
export function namePath(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replaceAll('~1', '/').replaceAll('~0', '~')));
}

/**
 * Puts the server's field problems next to the fields they name. Returns the problems no
 * field on this form carries, for a summary above it.
 */
export function showFieldProblems(
  t: TFunction,
  form: FormInstance,
  problems: FieldProblem[],
  fields: Set<string>,
  messageOf: (field: FieldProblem) => string = (field) => fieldMessage(t, field),
  nameOf: (pointer: string) => (string | number)[] = namePath,
): FieldProblem[] {
  const unplaced: FieldProblem[] = [];
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const problem of problems) {
    const name = nameOf(problem.path);
    const key = name.join('.');
    if (!fields.has(key)) {
      unplaced.push(problem);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(messageOf(problem));
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unplaced;
}
