import type { Sentences } from '../../platform/messages.js';

interface FailedLine {
  lineNo: number;
  sku: string;
  result: string;
  accepted: number;
  delivered: number;
  comment?: string;
}

/**
 * What a case Ordo opened by itself is about, by code (`messages.case.<code>` in the console's
 * locale files), with the English sentence API clients read in `summary`. Cases people open
 * keep the words they typed.
 */
export const caseSummaries = {
  'case.acceptance_failed': (p) =>
    `Acceptance ${String(p.result)}: ${((p.lines ?? []) as FailedLine[]).map((l) => `line ${l.lineNo} ${l.sku} ${l.result} (${l.accepted}/${l.delivered})${l.comment ? `: ${l.comment}` : ''}`).join('; ')}`,
  'case.low_scores': (p) =>
    `Low satisfaction scores (${((p.scores ?? []) as { question: string; score: number }[]).map((s) => `${s.question} ${s.score}`).join(', ')})${p.comments ? `: ${String(p.comments)}` : ''}`,
} satisfies Sentences<string>;
export type CaseSummaryCode = keyof typeof caseSummaries;
export const caseSummaryCodes = Object.keys(caseSummaries) as CaseSummaryCode[];
