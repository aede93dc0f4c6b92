/**
 * What the card views write about a card, apart from the components: the task's and the hints'
 * parameters (indices written as the lesson does: units 1-based, steps as they are), the tolerance
 * line, f′'s rule written through s, and the worked solution's lines as TeX in the language's
 * number style.
 */
import { formatNumber, formatPercent, numTex, t, type Lang } from '../../i18n';
import type { PracticeKey } from '../../i18n/keys';
import type { Activation } from '../../model';
import {
  cardSolution,
  DISPLAY_DIGITS,
  texUnit,
  type Card,
  type HintId,
  type SolutionPart,
} from '../../lesson/cards';

type Params = Record<string, string | number>;

export const tr = (lang: Lang, key: PracticeKey, params?: Params): string =>
  t(lang, 'practice', key, params);

/** A number as the cards show it: 4 significant digits, in the language's style. */
export const shownNumber = (x: number, lang: Lang): string =>
  formatNumber(x, { lang, digits: DISPLAY_DIGITS });

/** The indices a card's sentences name. */
export function cardParams(card: Card): Params {
  const k = card.step;
  const i = texUnit(card.i);
  const j = texUnit(card.j ?? 0);
  return {
    k,
    km1: k - 1,
    t: card.kind === 'forward-state' || card.kind === 'softmax' ? card.step : card.tStar,
    tm1: card.step - 1,
    i,
    j,
    ij: `${i},${j}`,
    ji: `${j},${i}`,
    ki: `${k},${i}`,
    kj: `${k - 1},${j}`,
    ti: `${card.step},${i}`,
  };
}

/** f′ written through the shown state s, as TeX (tanh′ = 1 − s², σ′ = s(1 − s), …). */
export function fprimeRuleTex(f: Activation): string {
  switch (f) {
    case 'tanh':
      return "f'(z) = 1 - s^{2}";
    case 'sigmoid':
      return "f'(z) = s\\,(1 - s)";
    case 'relu':
      return "f'(z) = [\\,s > 0\\,]";
    case 'linear':
      return "f'(z) = 1";
  }
}

/** The same rule as plain text, for a hint's sentence. */
const FPRIME_RULE: Record<Activation, string> = {
  tanh: '1 − s²',
  sigmoid: 's(1 − s)',
  relu: '[s > 0]',
  linear: '1',
};

/** Whether the card's entry has the factor f′ (its sentence writes f′ through s). */
export const needsFprime = (card: Card): boolean =>
  card.kind === 'jacobian-entry' || card.kind === 'delta-entry';

/** "Checked to within 1 % (or ±0.0004)." */
export function toleranceText(card: Card, lang: Lang): string {
  return tr(lang, 'card.tolerance', {
    rel: formatPercent(card.tolerance.rel, { lang }),
    abs: formatNumber(card.tolerance.abs, { lang, digits: 2 }),
  });
}

/** The task's sentence: what the entry is. */
export function kindText(card: Card, lang: Lang): string {
  return tr(lang, `card.kind.${card.kind}` as PracticeKey, cardParams(card));
}

/** The sentence of a hint, with the card's own indices. */
export function hintText(card: Card, hint: HintId, lang: Lang): string {
  const p = cardParams(card);
  const rule = FPRIME_RULE[card.activation];
  switch (hint) {
    case 'transpose': {
      if (card.kind === 'jacobian-entry') return tr(lang, 'card.hint.transpose.jacobian', p);
      if (card.kind === 'forward-state') return tr(lang, 'card.hint.transpose.forward', p);
      if (card.kind === 'term-entry') {
        const k = card.step;
        return tr(lang, 'card.hint.transpose.term', {
          ...p,
          kj: `${k - 1},${p.j}`,
          kj2: `${k},${p.j}`,
          ki2: `${k - 1},${p.i}`,
        });
      }
      const m = card.given.some((g) => g.id === 'V') ? 'V' : 'W';
      return tr(lang, 'card.hint.transpose.delta', { ...p, m });
    }
    case 'fprime-step': {
      const other = card.given.some((g) => g.id === 'sNext') ? card.step + 1 : card.step - 1;
      return tr(lang, 'card.hint.fprime-step', { ...p, other, oi: `${other},${p.i}` });
    }
    case 'fprime-unit':
      return tr(
        lang,
        card.kind === 'delta-entry'
          ? 'card.hint.fprime-unit.delta'
          : 'card.hint.fprime-unit.jacobian',
        p,
      );
    case 'f-for-fprime':
    case 'missing-fprime':
      return tr(lang, `card.hint.${hint}`, { ...p, rule });
    default:
      return tr(lang, `card.hint.${hint}`, p);
  }
}

/** A solution part as TeX: a number in the language's style, in parentheses where asked. */
function partTex(part: SolutionPart, lang: Lang): string {
  if (part.kind === 'tex') return part.tex;
  const n = numTex(part.value, { lang, digits: DISPLAY_DIGITS });
  return part.paren && part.value < 0 ? `(${n})` : n;
}

/**
 * The worked solution as display lines: "entry = formula", then "= numbers" for each further
 * stage, the last "= value" (one relation per line, so that each fits its column).
 */
export function solutionTex(card: Card, lang: Lang): string[] {
  const lines = cardSolution(card).map((l) => l.parts.map((p) => partTex(p, lang)).join(''));
  return lines.map((l, n) => (n === 0 ? `${card.entryTex} = ${l}` : `= ${l}`));
}

/** The answer as TeX: "entry ≈ value" (4 significant digits). */
export function answerTex(card: Card, lang: Lang): string {
  return `${card.entryTex} \\approx ${numTex(card.answer, { lang, digits: DISPLAY_DIGITS })}`;
}
