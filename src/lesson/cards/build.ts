/**
 * Cards drawn from the live model: practiceCards gives one card of each kind, its indices drawn
 * from the project's seeded RNG (createRng), so that the same seed, model and t★ give the same
 * cards on every machine. Of up to DRAWS drawn index sets, the card kept is the first best by
 * (1) an answer clearly non-zero (|answer| > 2 × its allowed error: no dead relu unit, no term of
 * a zero s_{−1}); (2) no mistake that lands near the answer without coinciding with it; (3) the
 * most mistakes told apart from the answer. A mistake that coincides with the answer (a symmetric
 * W, i = j) is not planted: the checker skips it.
 */
import {
  createRng,
  forward,
  get,
  rowView,
  targetTerms,
  type Forward,
  type Mat,
  type Rng,
  type RnnModel,
  type TargetTerms,
} from '../../model';
import { evaluate, valuesOf } from './formulas';
import { allowedError, displayValue, toleranceOf } from './numbers';
import { CARD_KINDS, type Card, type CardKind, type Given, type GivenId } from './types';

/** How many index sets are drawn for a card before the best is kept. */
export const DRAWS = 24;

/** A unit or class index (0-based) as TeX writes it (1-based, as entries are counted on screen). */
export const texUnit = (i: number): number => i + 1;

interface Live {
  readonly model: RnnModel;
  readonly fwd: Forward;
  readonly tt: TargetTerms;
  readonly tStar: number;
}

interface Pick {
  readonly step: number;
  readonly i: number;
  readonly j: number | null;
}

/** A weight matrix's numbers and shown numbers, made once per matrix (a card draws many). */
const made = new WeakMap<object, { values: number[]; shown: number[] }>();
function numbersOf(data: ArrayLike<number>): { values: number[]; shown: number[] } {
  const known = made.get(data);
  if (known) return known;
  const values = Array.from(data);
  const out = { values, shown: values.map(displayValue) };
  made.set(data, out);
  return out;
}

function given(
  id: GivenId,
  tex: string,
  m: Mat | ArrayLike<number>,
  used: readonly number[] | 'all',
  role: 'used' | 'context' = 'used',
): Given {
  const isMat = 'rows' in m && 'data' in m;
  const { values, shown } = numbersOf(isMat ? (m as Mat).data : (m as ArrayLike<number>));
  const rows = isMat ? (m as Mat).rows : values.length;
  const cols = isMat ? (m as Mat).cols : 1;
  return {
    id,
    tex,
    shape: isMat ? 'matrix' : 'vector',
    rows,
    cols,
    values,
    shown,
    used: role === 'context' ? [] : used === 'all' ? values.map((_, k) => k) : used,
    role,
  };
}

const state = (live: Live, k: number): Float64Array =>
  k < 0 ? live.model.initialState : rowView(live.fwd.s, k);
const sTex = (k: number) => `s_{${k}}`;
const linear = (live: Live) => live.model.activation === 'linear';

interface KindDef {
  draw(live: Live, rng: Rng): Pick;
  given(live: Live, p: Pick): Given[];
  entryTex(p: Pick): string;
  answer(live: Live, p: Pick): number;
}

const int = (rng: Rng, n: number): number => Math.min(n - 1, Math.floor(rng.next() * n));
const H = (live: Live) => live.model.W.rows;

const KINDS: Record<CardKind, KindDef> = {
  'jacobian-entry': {
    // k in 1 … t★ (k = 0, whose s_{k−1} is s_{−1}, only when t★ = 0).
    draw: (live, rng) => ({
      step: live.tStar === 0 ? 0 : 1 + int(rng, live.tStar),
      i: int(rng, H(live)),
      j: int(rng, H(live)),
    }),
    given: (live, { step: k, i, j }) => {
      const h = H(live);
      const out = [given('W', 'W', live.model.W, [i * h + (j ?? 0)])];
      if (!linear(live)) {
        out.push(given('sK', sTex(k), state(live, k), [i]));
        // s_{k−1}, whose f′ is the usual wrong one (not s_{−1}: no f′ belongs to it).
        if (k >= 1) out.push(given('sPrev', sTex(k - 1), state(live, k - 1), [], 'context'));
      }
      return out;
    },
    entryTex: ({ step: k, i, j }) =>
      `\\big(\\operatorname{diag}(f'(z_{${k}}))\\,W\\big)_{${texUnit(i)},${texUnit(j ?? 0)}}`,
    answer: (live, { step: k, i, j }) => get(live.fwd.fprime, k, i) * get(live.model.W, i, j ?? 0),
  },
  'delta-entry': {
    draw: (live, rng) => {
      const kMin = live.tt.kMin;
      return { step: kMin + int(rng, live.tStar - kMin + 1), i: int(rng, H(live)), j: null };
    },
    given: (live, { step: k, i }) => {
      const t = live.tStar;
      const out: Given[] = [];
      if (!linear(live)) out.push(given('sK', sTex(k), state(live, k), [i]));
      const { V } = live.model;
      if (k === t) {
        const y = new Float64Array(V.rows);
        y[live.model.targets[t]] = 1;
        const col = Array.from({ length: V.rows }, (_, c) => c * V.cols + i);
        out.push(
          given('V', 'V', V, col),
          given('yhat', `\\hat{y}_{${t}}`, rowView(live.fwd.yhat, t), 'all'),
          given('y', `y_{${t}}`, y, 'all'),
        );
      } else {
        const h = H(live);
        const col = Array.from({ length: h }, (_, u) => u * h + i);
        out.push(
          given('W', 'W', live.model.W, col),
          given('deltaNext', `\\delta_{${k + 1}}`, live.tt.delta[k + 1], 'all'),
        );
        if (!linear(live)) out.push(given('sNext', sTex(k + 1), state(live, k + 1), [], 'context'));
      }
      return out;
    },
    entryTex: ({ step: k, i }) => `\\delta_{${k},${texUnit(i)}}`,
    answer: (live, { step: k, i }) => live.tt.delta[k][i],
  },
  'term-entry': {
    draw: (live, rng) => {
      const kMin = live.tt.kMin;
      return {
        step: kMin + int(rng, live.tStar - kMin + 1),
        i: int(rng, H(live)),
        j: int(rng, H(live)),
      };
    },
    given: (live, { step: k, i, j }) => [
      given('delta', `\\delta_{${k}}`, live.tt.delta[k], [i]),
      given('sPrev', sTex(k - 1), state(live, k - 1), [j ?? 0]),
      given('sK', sTex(k), state(live, k), [], 'context'),
    ],
    entryTex: ({ step: k, i, j }) =>
      `\\big(\\delta_{${k}}\\, s_{${k - 1}}^{\\top}\\big)_{${texUnit(i)},${texUnit(j ?? 0)}}`,
    answer: (live, { step: k, i, j }) => live.tt.delta[k][i] * state(live, k - 1)[j ?? 0],
  },
  'forward-state': {
    draw: (live, rng) => ({
      step: int(rng, live.model.inputs.rows),
      i: int(rng, H(live)),
      j: null,
    }),
    given: (live, { step: t, i }) => {
      const { U, W, inputs } = live.model;
      const h = H(live);
      return [
        given(
          'U',
          'U',
          U,
          Array.from({ length: U.cols }, (_, d) => i * U.cols + d),
        ),
        given('x', `x_{${t}}`, rowView(inputs, t), 'all'),
        given(
          'W',
          'W',
          W,
          Array.from({ length: h }, (_, u) => i * h + u),
        ),
        given('sPrev', sTex(t - 1), state(live, t - 1), 'all'),
      ];
    },
    entryTex: ({ step: t, i }) => `s_{${t},${texUnit(i)}}`,
    answer: (live, { step: t, i }) => get(live.fwd.s, t, i),
  },
  softmax: {
    draw: (live, rng) => ({
      step: int(rng, live.model.inputs.rows),
      i: int(rng, live.model.V.rows),
      j: null,
    }),
    given: (live, { step: t }) => [given('o', `o_{${t}}`, rowView(live.fwd.o, t), 'all')],
    entryTex: ({ step: t, i }) => `\\hat{y}_{${t},${texUnit(i)}}`,
    answer: (live, { step: t, i }) => get(live.fwd.yhat, t, i),
  },
};

function makeCard(kind: CardKind, live: Live, p: Pick): Card {
  const def = KINDS[kind];
  const g = def.given(live, p);
  const spec = { kind, step: p.step, i: p.i, j: p.j, activation: live.model.activation };
  const answer = def.answer(live, p);
  const { answer: a } = evaluate(spec, valuesOf(g, 'values'));
  return {
    ...spec,
    tStar: live.tStar,
    entryTex: def.entryTex(p),
    given: g,
    answer,
    tolerance: toleranceOf(answer, a.s),
  };
}

/** How well a card tests its formula: see the module's comment. */
export function cardQuality(card: Card): number {
  const { answer, variants } = evaluate(card, valuesOf(card.given, 'values'));
  const tolA = allowedError(answer.v, answer.s);
  const nonZero = Number.isFinite(answer.v) && Math.abs(answer.v) > 2 * tolA;
  let near = 0;
  let distinct = 0;
  for (const { value } of variants) {
    if (!Number.isFinite(value.v)) continue;
    const d = Math.abs(value.v - answer.v);
    const both = tolA + allowedError(value.v, value.s);
    if (d > 2 * both) distinct++;
    else if (d > both) near++;
  }
  return (nonZero ? 1000 : 0) + (near === 0 ? 100 : 0) + distinct;
}

/** The RNG of one kind's card: the seed and the kind's place mixed, the same everywhere. */
function rngFor(seed: number, kind: CardKind): Rng {
  const place = CARD_KINDS.indexOf(kind) + 1;
  return createRng((Math.trunc(seed) ^ Math.imul(place, 0x632be5ab)) | 0);
}

function liveOf(model: RnnModel, t: number, fwd?: Forward): Live {
  const T = model.inputs.rows;
  if (!Number.isInteger(t) || t < 0 || t >= T)
    throw new RangeError(`target t = ${t} is not in [0, ${T})`);
  const f = fwd ?? forward(model);
  return { model, fwd: f, tt: targetTerms(model, f, t), tStar: t };
}

function drawCard(kind: CardKind, seed: number, live: Live): Card {
  const rng = rngFor(seed, kind);
  const def = KINDS[kind];
  let best: Card | null = null;
  let bestScore = -1;
  const seen = new Set<string>();
  for (let n = 0; n < DRAWS; n++) {
    const p = def.draw(live, rng);
    const key = `${p.step},${p.i},${p.j}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const card = makeCard(kind, live, p);
    const score = cardQuality(card);
    if (score > bestScore) {
      best = card;
      bestScore = score;
    }
  }
  return best as Card;
}

/** One card of each kind (CARD_KINDS' order) for target t★ = t. */
export function practiceCards(seed: number, model: RnnModel, t: number): Card[] {
  const live = liveOf(model, t);
  return CARD_KINDS.map((kind) => drawCard(kind, seed, live));
}

/** The card of one kind: the same as practiceCards(seed, model, t)'s card of that kind. */
export function cardOf(kind: CardKind, seed: number, model: RnnModel, t: number): Card {
  return drawCard(kind, seed, liveOf(model, t));
}
