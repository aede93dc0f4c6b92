/**
 * The practice cards the lesson shows: seeded (the link's `seed`, else DEFAULT_CARD_SEED), drawn
 * on the model the lesson's vanilla steps show and its target; the same array for the same inputs.
 */
import { practiceCards, type Card } from '../lesson/cards';
import type { AnyModel } from '../model';
import { lessonModelOf } from '../store';

/** The seed of a lesson whose link names none. */
export const DEFAULT_CARD_SEED = 1;
/** The quiz's cards come from the seed moved by this, so they are not the practice cards again. */
export const QUIZ_SEED_OFFSET = 7919;

const cache = new WeakMap<AnyModel, Map<string, readonly Card[]>>();

export function lessonCards(model: AnyModel, target: number, seed: number): readonly Card[] {
  const m = lessonModelOf(model);
  let byKey = cache.get(m);
  if (!byKey) {
    byKey = new Map();
    cache.set(m, byKey);
  }
  const key = `${target}|${seed}`;
  let cards = byKey.get(key);
  if (!cards) {
    cards = Object.freeze(practiceCards(seed, m, target));
    if (byKey.size > 32) byKey.clear();
    byKey.set(key, cards);
  }
  return cards;
}

/** A fresh seed for "new cards" (any whole number below 10⁹). */
export function freshSeed(): number {
  const c = globalThis.crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0] % 1e9;
  return Math.floor(Math.random() * 1e9);
}
