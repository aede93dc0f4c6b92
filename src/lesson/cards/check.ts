/**
 * The checker: a value within the card's tolerance of the answer is correct; a wrong one gets the
 * hint of the mistake that explains it. Each mistake is the card's formula with one factor varied
 * (formulas.ts), computed from the exact given numbers; the value matches it when it is within the
 * same tolerance rule of it (numbers.ts, with the mistake's own scale). A mistake whose acceptance
 * overlaps the answer's (|mistake − answer| ≤ both allowed errors: a symmetric W, i = j, relu′ = 1
 * for "missing f′") is skipped, so that a right answer is never told it is wrong and a near-right
 * one is not blamed on it. When several mistakes match, the first in HINT_IDS' order is named.
 */
import { evaluate, valuesOf } from './formulas';
import { allowedError } from './numbers';
import { HINT_IDS, type Card, type CheckResult, type HintId } from './types';

/** The mistakes planted in a card that the checker can tell from its answer, by priority. */
export function plantedMistakes(card: Card): { hint: HintId; value: number; allowed: number }[] {
  const { answer, variants } = evaluate(card, valuesOf(card.given, 'values'));
  const tolA = Math.max(card.tolerance.allowed, allowedError(answer.v, answer.s));
  return variants
    .filter(({ value }) => Number.isFinite(value.v))
    .map(({ hint, value }) => ({
      hint,
      value: value.v,
      allowed: allowedError(value.v, value.s),
    }))
    .filter((m) => Math.abs(m.value - answer.v) > tolA + m.allowed)
    .sort((a, b) => HINT_IDS.indexOf(a.hint) - HINT_IDS.indexOf(b.hint));
}

export function checkCard(card: Card, value: number): CheckResult {
  if (!Number.isFinite(value)) return { correct: false, hint: null };
  if (Math.abs(value - card.answer) <= card.tolerance.allowed) return { correct: true, hint: null };
  const hit = plantedMistakes(card).find((m) => Math.abs(value - m.value) <= m.allowed);
  return { correct: false, hint: hit ? hit.hint : null };
}
