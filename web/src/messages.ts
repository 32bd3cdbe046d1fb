import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format.js';

/*
 * Text the server keeps for people arrives as a code with parameters (findings, task and case
 * summaries, audit actions); this is the one place that turns them into the reader's language,
 * from `messages.<code>` and `auditActions.<action>` in the locale files.
 */

export type MessageParams = Record<string, unknown>;
type Format = ReturnType<typeof useFormat>;

/** Codes of other catalogues that parameters carry, read through the key that names them. */
const codeParams: Record<string, string> = {
  caseType: 'portal.caseType',
  result: 'portal.lineResult',
  question: 'survey.questions',
  deliveryMethod: 'deliveryMethod',
  contingency: 'plan.contingency',
  clock: 'sla.kind',
  task: 'tasksPage.kinds',
  tier: 'tier',
};
/** Calendar dates (no zone) and instants (shown in the company's zone). */
const dateParams = new Set(['date', 'receivedDate']);
const instantParams = new Set(['receivedAt', 'dueAt', 'at', 'lastContactAt']);

function paramText(t: TFunction, format: Format, code: string, name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const separator = t('messages.listSeparator');
    if (name === 'findings') return value.map((c) => t(`findings.${String(c)}`, { defaultValue: t('messages.unknown') })).join(separator);
    return value.map((item) => renderMessage(t, format, `${code}_item`, (item ?? {}) as MessageParams)).join(separator);
  }
  if (typeof value === 'string' && codeParams[name]) return t(`${codeParams[name]}.${value}`, { defaultValue: value });
  if (typeof value === 'string' && dateParams.has(name)) return format.date(value);
  if (typeof value === 'string' && instantParams.has(name) && !Number.isNaN(Date.parse(value))) return format.dateTime(value);
  if (typeof value === 'number') return name.endsWith('Minor') || name === 'lineNo' ? String(value) : format.number(value);
  return String(value);
}

/**
 * A code with its parameters in the reader's language. A variant key `<code>_<param>` is used
 * when that optional parameter is given (a comment, a detail). An unknown code reads as a
 * generic sentence, never as the code itself.
 */
export function renderMessage(t: TFunction, format: Format, code: string, params: MessageParams = {}): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) values[name] = paramText(t, format, code, name, value);
  if (code === 'finding.special_requirements_unclear' && typeof params.reason === 'string') {
    values.reasonText = t(`messages.unclear.${params.reason}`, { ...values, defaultValue: '' });
  }
  const variant = Object.keys(params).find((name) => params[name] && t(`messages.${code}_${name}`, { defaultValue: '' }) !== '');
  return t(`messages.${variant ? `${code}_${variant}` : code}`, { ...values, defaultValue: t('messages.unknown') });
}

/** An audit action's label: every action has one in both languages; an unknown one reads as "other change". */
export function actionLabel(t: TFunction, action: string): string {
  return t(`auditActions.${action}`, { defaultValue: t('auditActions.unknown') });
}

/** The actor label the server records for an answer that came through a survey link (feedback `surveyLinkActor`). */
const surveyLinkActor = 'customer (survey link)';

/** Who did something: a person by name; Ordo's own jobs (`system`, `system:<job>`) as "System"; the customer through a survey link in words. */
export function actorName(t: TFunction, label: string): string {
  if (label === surveyLinkActor) return t('aftersalesDesk.feedback.byLink');
  return label === 'system' || label.startsWith('system:') ? t('messages.actor.system') : label;
}

/** Renderers bound to the current language. */
export function useMessages() {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    render: (code: string, params?: MessageParams) => renderMessage(t, format, code, params),
    finding: (f: { code: string; params?: MessageParams; message: string }) =>
      // A finding kept from before codes, whose parameters could not be read back, shows its sentence.
      f.params && (Object.keys(f.params).length > 0 || !needsParams.has(f.code)) ? renderMessage(t, format, `finding.${f.code}`, f.params) : f.message,
    summary: (s: { summary: string; summaryCode: string | null; summaryParams: MessageParams }) => (s.summaryCode ? renderMessage(t, format, s.summaryCode, s.summaryParams) : s.summary),
    action: (action: string) => actionLabel(t, action),
    actor: (label: string) => actorName(t, label),
  };
}

/** Findings whose sentence needs parameters. */
const needsParams = new Set(['delivery_date_in_past', 'inactive_product', 'backordered', 'stock_shortage_unpaid', 'price_differs_from_list', 'special_requirements_unclear', 'possible_duplicate']);
