/**
 * Each card's entry as a formula of its given numbers, and the usual mistakes as the same formula
 * with one factor varied. Both are computed from a Values, the exact numbers or the shown ones,
 * so that the answer, its recomputation from the shown numbers and every mistake share one code.
 */
import type { Activation } from '../../model';
import {
  applyF,
  constant,
  div,
  exp,
  fprimeOfState,
  mul,
  neg,
  num,
  sub,
  sum,
  type Num,
} from './numbers';
import type { Card, CardKind, Given, GivenId, HintId } from './types';

/** What a formula needs of a card. */
export type CardSpec = Pick<Card, 'kind' | 'step' | 'i' | 'j' | 'activation'>;

/** The card's numbers, exact or shown. */
export interface Values {
  has(id: GivenId): boolean;
  /** Entry (r, c) of a matrix, entry r of a vector. */
  get(id: GivenId, r: number, c?: number): number;
  /** A vector's length, a matrix's rows. */
  rows(id: GivenId): number;
  cols(id: GivenId): number;
}

export function valuesOf(given: readonly Given[], which: 'values' | 'shown'): Values {
  const by = new Map(given.map((g) => [g.id, g]));
  const of = (id: GivenId): Given => {
    const g = by.get(id);
    if (!g) throw new RangeError(`the card has no ${id}`);
    return g;
  };
  return {
    has: (id) => by.has(id),
    get: (id, r, c = 0) => {
      const g = of(id);
      return g[which][r * g.cols + c];
    },
    rows: (id) => of(id).rows,
    cols: (id) => of(id).cols,
  };
}

export interface Variant {
  readonly hint: HintId;
  readonly value: Num;
}

export interface Evaluation {
  readonly answer: Num;
  /** The mistakes that apply to this card (those whose numbers it shows). */
  readonly variants: readonly Variant[];
}

type Evaluate = (spec: CardSpec, x: Values) => Evaluation;

const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k);

/** f′(z_{·,u}) through the state given as `id` (1 for the linear cell, which shows no state). */
function fprime(f: Activation, x: Values, id: GivenId, u: number): Num {
  return f === 'linear' ? constant(1) : fprimeOfState(f, x.get(id, u));
}

const jacobian: Evaluate = ({ i, j, activation: f }, x) => {
  const jj = j ?? 0;
  const w = (r: number, c: number) => num(x.get('W', r, c));
  const fp = fprime(f, x, 'sK', i);
  const answer = mul(fp, w(i, jj));
  const variants: Variant[] = [
    { hint: 'transpose', value: mul(fp, w(jj, i)) },
    { hint: 'missing-fprime', value: w(i, jj) },
    { hint: 'sign', value: neg(answer) },
  ];
  if (f !== 'linear') {
    variants.push(
      { hint: 'fprime-unit', value: mul(fprime(f, x, 'sK', jj), w(i, jj)) },
      { hint: 'f-for-fprime', value: mul(num(x.get('sK', i)), w(i, jj)) },
    );
    if (x.has('sPrev'))
      variants.push({ hint: 'fprime-step', value: mul(fprime(f, x, 'sPrev', i), w(i, jj)) });
  }
  return { answer, variants };
};

const delta: Evaluate = ({ i, activation: f }, x) => {
  const fp = fprime(f, x, 'sK', i);
  const variants: Variant[] = [];
  let back: Num;
  if (x.has('V')) {
    // k = t★: (Vᵀ(ŷ_t − y_t))_i = Σ_c V_{c,i}(ŷ_{t,c} − y_{t,c})
    const K = x.rows('V');
    const err = (c: number) => sub(num(x.get('yhat', c)), constant(x.get('y', c)));
    back = sum(range(K).map((c) => mul(num(x.get('V', c, i)), err(c))));
    const noOneHot = sum(range(K).map((c) => mul(num(x.get('V', c, i)), num(x.get('yhat', c)))));
    variants.push({ hint: 'missing-onehot', value: mul(fp, noOneHot) });
    if (x.cols('V') === K)
      variants.push({
        hint: 'transpose',
        value: mul(fp, sum(range(K).map((c) => mul(num(x.get('V', i, c)), err(c))))),
      });
  } else {
    // k < t★: (Wᵀ δ_{k+1})_i = Σ_j W_{j,i} δ_{k+1,j}
    const H = x.rows('W');
    const d = (u: number) => num(x.get('deltaNext', u));
    back = sum(range(H).map((u) => mul(num(x.get('W', u, i)), d(u))));
    const rowSum = sum(range(H).map((u) => mul(num(x.get('W', i, u)), d(u))));
    variants.push({ hint: 'transpose', value: mul(fp, rowSum) });
    if (f !== 'linear')
      variants.push(
        { hint: 'fprime-step', value: mul(fprime(f, x, 'sNext', i), back) },
        {
          hint: 'fprime-unit',
          value: sum(range(H).map((u) => mul(num(x.get('W', u, i)), fprime(f, x, 'sK', u), d(u)))),
        },
      );
  }
  const answer = mul(fp, back);
  variants.push({ hint: 'missing-fprime', value: back }, { hint: 'sign', value: neg(answer) });
  if (f !== 'linear')
    variants.push({ hint: 'f-for-fprime', value: mul(num(x.get('sK', i)), back) });
  return { answer, variants };
};

const term: Evaluate = ({ i, j }, x) => {
  const jj = j ?? 0;
  const answer = mul(num(x.get('delta', i)), num(x.get('sPrev', jj)));
  return {
    answer,
    variants: [
      { hint: 'transpose', value: mul(num(x.get('delta', jj)), num(x.get('sPrev', i))) },
      { hint: 'state-step', value: mul(num(x.get('delta', i)), num(x.get('sK', jj))) },
      { hint: 'sign', value: neg(answer) },
    ],
  };
};

/** The forward step's parts: U x_t's row i, W s_{t−1}'s row i and W's column i against s_{t−1}. */
export function forwardParts(i: number, x: Values): { ux: Num; ws: Num; wsT: Num } {
  const D = x.rows('x');
  const H = x.rows('sPrev');
  const s = (u: number) => num(x.get('sPrev', u));
  return {
    ux: sum(range(D).map((d) => mul(num(x.get('U', i, d)), num(x.get('x', d))))),
    ws: sum(range(H).map((u) => mul(num(x.get('W', i, u)), s(u)))),
    wsT: sum(range(H).map((u) => mul(num(x.get('W', u, i)), s(u)))),
  };
}

const forwardState: Evaluate = ({ i, activation: f }, x) => {
  const { ux, ws, wsT } = forwardParts(i, x);
  const z = sum([ux, ws]);
  const answer = applyF(f, z);
  return {
    answer,
    variants: [
      { hint: 'transpose', value: applyF(f, sum([ux, wsT])) },
      { hint: 'missing-input', value: applyF(f, ws) },
      { hint: 'missing-recurrent', value: applyF(f, ux) },
      { hint: 'missing-f', value: z },
      { hint: 'sign', value: neg(answer) },
    ],
  };
};

/** The softmax's parts: exp(o_{t,c}) for every class. */
export function softmaxExps(x: Values): Num[] {
  return range(x.rows('o')).map((c) => exp(num(x.get('o', c))));
}

const softmax: Evaluate = ({ i }, x) => {
  const K = x.rows('o');
  const e = softmaxExps(x);
  const answer = div(e[i], sum(e));
  const o = range(K).map((c) => num(x.get('o', c)));
  return {
    answer,
    variants: [
      { hint: 'missing-exp', value: div(o[i], sum(o)) },
      { hint: 'missing-normalisation', value: e[i] },
      { hint: 'sign', value: neg(answer) },
    ],
  };
};

const EVALUATE: Record<CardKind, Evaluate> = {
  'jacobian-entry': jacobian,
  'delta-entry': delta,
  'term-entry': term,
  'forward-state': forwardState,
  softmax,
};

/** The card's entry and its mistakes, from the given numbers (exact or shown). */
export function evaluate(spec: CardSpec, x: Values): Evaluation {
  return EVALUATE[spec.kind](spec, x);
}
