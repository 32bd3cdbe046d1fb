import type { LeadScore, LeadSource, ScoreFactor } from './contract.js';

/*
 * A lead's score, 0–100, with every factor that produced it (SPEC "explainable scores"):
 * where they came from, what they want (products asked about and the estimated value) and
 * how engaged they are (follow-ups in which they were reached, and how recently).
 */

/** A referral or a meeting in person is warmer than a form on the website. */
const sourcePoints: Record<LeadSource, number> = {
  referral: 25,
  exhibition: 20,
  in_person: 20,
  phone: 15,
  email: 10,
  website: 10,
  online_store: 10,
  marketplace: 10,
  advertising: 5,
  other: 5,
};
const sourceMax = 25;
/** Points per product asked about, up to `productsMax`. */
const perProduct = 5;
const productsMax = 15;
/** The estimated value in minor units, highest threshold first. */
const valueSteps: readonly [number, number][] = [
  [10_000_000, 25],
  [1_000_000, 15],
  [1, 5],
];
const valueMax = 25;
/** Points per follow-up in which they were reached, up to `reachedMax`. */
const perReached = 10;
const reachedMax = 25;
/** The last follow-up done: within a week, within a month. */
const recencySteps: readonly [number, number][] = [
  [7, 10],
  [30, 5],
];
const recencyMax = 10;

export interface ScoreInput {
  source: LeadSource;
  interestProductCount: number;
  estimatedValueMinor: number;
  /** Follow-ups done in which the lead was reached. */
  reached: number;
  /** When the last follow-up was done; null: none yet. */
  lastDoneAt: Date | null;
  now: Date;
}

export function scoreLead(input: ScoreInput): LeadScore {
  const days = input.lastDoneAt ? Math.floor((input.now.getTime() - input.lastDoneAt.getTime()) / 86_400_000) : null;
  const factors: ScoreFactor[] = [
    { code: 'source', value: input.source, points: sourcePoints[input.source], max: sourceMax },
    { code: 'interest_products', value: input.interestProductCount, points: Math.min(productsMax, input.interestProductCount * perProduct), max: productsMax },
    { code: 'estimated_value', value: input.estimatedValueMinor, points: valueSteps.find(([from]) => input.estimatedValueMinor >= from)?.[1] ?? 0, max: valueMax },
    { code: 'follow_ups_reached', value: input.reached, points: Math.min(reachedMax, input.reached * perReached), max: reachedMax },
    { code: 'recent_contact', value: days, points: days === null ? 0 : (recencySteps.find(([within]) => days <= within)?.[1] ?? 0), max: recencyMax },
  ];
  return { total: factors.reduce((sum, f) => sum + f.points, 0), factors };
}
