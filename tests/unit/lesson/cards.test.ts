import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  PRESET_IDS,
  actPrime,
  buildPreset,
  defaultModel,
  forward,
  fromRows,
  get,
  jacobians,
  randomModel,
  targetTerms,
  windowStart,
  type Activation,
  type RnnModel,
} from '../../../src/model';
import {
  CARD_KINDS,
  HINT_IDS,
  TOLERANCE,
  allowedError,
  cardOf,
  cardSolution,
  checkCard,
  displayValue,
  plantedMistakes,
  practiceCards,
  shownAnswer,
  type Card,
  type CardKind,
  type HintId,
} from '../../../src/lesson/cards';
import { evaluate, valuesOf } from '../../../src/lesson/cards/formulas';
import { buildModel, modelSpecArb } from '../model/helpers';

/** Models of every activation: random ones (one-hot and real inputs, s₋₁ zero or not), truncated or not. */
function models(): { name: string; model: RnnModel }[] {
  const out: { name: string; model: RnnModel }[] = [];
  for (const activation of ACTIVATIONS)
    for (let seed = 1; seed <= 6; seed++) {
      const model = randomModel({
        seed: seed * 7919 + activation.length,
        T: 3 + (seed % 4),
        H: 1 + (seed % 4),
        D: 2 + (seed % 3),
        K: 2 + ((seed + 1) % 3),
        activation,
        inputs: seed % 2 === 0 ? 'real' : 'onehot',
        randomInitialState: seed % 3 === 0,
        scale: 0.7 + 0.3 * (seed % 4),
        truncate: seed % 3 === 1 ? 1 + (seed % 2) : null,
      });
      out.push({ name: `${activation} seed ${seed}`, model });
    }
  for (const id of PRESET_IDS) out.push({ name: `preset ${id}`, model: buildPreset(id) });
  out.push({ name: 'default, truncated', model: { ...defaultModel(3), truncate: 1 } });
  return out;
}

const MODELS = models();
const SEEDS = [0, 1, 42, 2026];
const targets = (m: RnnModel) => [0, Math.floor((m.inputs.rows - 1) / 2), m.inputs.rows - 1];

interface Drawn {
  name: string;
  model: RnnModel;
  t: number;
  card: Card;
}
let drawn: Drawn[] | null = null;
/** Every model's cards for three targets and four seeds (drawn once). */
function allCards(): Drawn[] {
  if (drawn) return drawn;
  drawn = [];
  for (const { name, model } of MODELS)
    for (const t of targets(model))
      for (const seed of SEEDS)
        for (const card of practiceCards(seed, model, t)) drawn.push({ name, model, t, card });
  return drawn;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

/** The entry straight from the core (and its definition), for a card's indices. */
function coreAnswer(model: RnnModel, t: number, card: Card): number {
  const fwd = forward(model);
  const tt = targetTerms(model, fwd, t);
  const { step: k, i } = card;
  const j = card.j ?? 0;
  const H = model.W.rows;
  const state = (q: number) => (q < 0 ? model.initialState[j] : get(fwd.s, q, j));
  switch (card.kind) {
    case 'jacobian-entry':
      return get(jacobians(model, fwd, t).step[k], i, j);
    case 'delta-entry': {
      const fp = get(fwd.fprime, k, i);
      let back = 0;
      if (k === t)
        for (let c = 0; c < model.V.rows; c++)
          back += get(model.V, c, i) * (get(fwd.yhat, t, c) - (model.targets[t] === c ? 1 : 0));
      else for (let u = 0; u < H; u++) back += get(model.W, u, i) * tt.delta[k + 1][u];
      expect(close(fp * back, tt.delta[k][i])).toBe(true);
      return tt.delta[k][i];
    }
    case 'term-entry':
      expect(close(get(tt.W[k], i, j), tt.delta[k][i] * state(k - 1))).toBe(true);
      return get(tt.W[k], i, j);
    case 'forward-state': {
      let z = 0;
      for (let d = 0; d < model.U.cols; d++) z += get(model.U, i, d) * get(model.inputs, k, d);
      for (let u = 0; u < H; u++)
        z += get(model.W, i, u) * (k === 0 ? model.initialState[u] : get(fwd.s, k - 1, u));
      expect(Math.abs(get(fwd.s, k, i) - fwdAct(model.activation, z))).toBeLessThan(1e-12);
      return get(fwd.s, k, i);
    }
    case 'softmax':
      return get(fwd.yhat, k, i);
  }
}

function fwdAct(f: Activation, z: number): number {
  if (f === 'tanh') return Math.tanh(z);
  if (f === 'relu') return Math.max(0, z);
  if (f === 'sigmoid') return 1 / (1 + Math.exp(-z));
  return z;
}

describe('practice cards: answers', () => {
  it('agree with the core for every activation, model, target and truncation', () => {
    let n = 0;
    for (const { model, t, card } of allCards()) {
      const kMin = windowStart(model, t);
      if (card.kind === 'jacobian-entry') expect(card.step).toBeGreaterThanOrEqual(t === 0 ? 0 : 1);
      if (card.kind === 'delta-entry' || card.kind === 'term-entry')
        expect(card.step).toBeGreaterThanOrEqual(kMin);
      if (card.kind !== 'forward-state' && card.kind !== 'softmax')
        expect(card.step).toBeLessThanOrEqual(t);
      expect(close(card.answer, coreAnswer(model, t, card))).toBe(true);
      // The card's own formula on the exact given numbers gives the same entry.
      const exact = evaluate(card, valuesOf(card.given, 'values')).answer.v;
      expect(Math.abs(exact - card.answer)).toBeLessThanOrEqual(
        1e-12 * Math.max(1, card.tolerance.scale),
      );
      n++;
    }
    expect(n).toBeGreaterThan(1500);
  });

  it('accept the answer and the answer recomputed from the shown (rounded) numbers', () => {
    for (const { card } of allCards()) {
      expect(checkCard(card, card.answer)).toEqual({ correct: true, hint: null });
      expect(checkCard(card, displayValue(card.answer)).correct).toBe(true);
      const fromShown = shownAnswer(card);
      expect(Math.abs(fromShown - card.answer)).toBeLessThanOrEqual(card.tolerance.allowed / 2);
      expect(checkCard(card, fromShown)).toEqual({ correct: true, hint: null });
    }
  });

  it('accept the answer from the shown numbers for random models, seeds, targets and windows', () => {
    const arb = fc.record({
      spec: modelSpecArb({ T: [1, 8], H: [1, 6], D: [1, 4], K: [2, 5] }),
      truncate: fc.option(fc.integer({ min: 0, max: 4 })),
      seed: fc.integer({ min: -0x80000000, max: 0x7fffffff }),
      at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    });
    fc.assert(
      fc.property(arb, ({ spec, truncate, seed, at }) => {
        const model = buildModel(spec, truncate);
        const t = Math.floor(at * model.inputs.rows);
        for (const card of practiceCards(seed, model, t)) {
          expect(close(card.answer, coreAnswer(model, t, card))).toBe(true);
          expect(checkCard(card, card.answer).correct).toBe(true);
          expect(checkCard(card, shownAnswer(card))).toEqual({ correct: true, hint: null });
          // Each mistake computed from the shown numbers is named (or a more specific one is).
          const planted = plantedMistakes(card);
          for (const v of evaluate(card, valuesOf(card.given, 'shown')).variants) {
            if (!planted.some((p) => p.hint === v.hint)) continue;
            const r = checkCard(card, v.value.v);
            expect(r.correct).toBe(false);
            expect(HINT_IDS.indexOf(r.hint as HintId)).toBeLessThanOrEqual(
              HINT_IDS.indexOf(v.hint),
            );
          }
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('show 4 significant digits and state the tolerance', () => {
    expect(displayValue(0.641234)).toBe(0.6412);
    expect(displayValue(-0.31216)).toBe(-0.3122);
    expect(displayValue(1.23456e-7)).toBe(1.235e-7);
    expect(displayValue(12345.6)).toBe(12350);
    expect(displayValue(0)).toBe(0);
    expect(TOLERANCE.rel).toBe(0.01);
    for (const { card } of allCards()) {
      const { rel, abs, allowed } = card.tolerance;
      expect(allowed).toBe(Math.max(rel * Math.abs(card.answer), abs));
      for (const g of card.given) expect(g.shown).toEqual(g.values.map(displayValue));
    }
  });

  it('prefer entries that are not 0, and refuse 0 for a non-zero answer', () => {
    let zeroAnswers = 0;
    let acceptedZero = 0;
    let total = 0;
    for (const { card } of allCards()) {
      total++;
      // Exact zeros only where every candidate is 0 (t★ = 0 with s₋₁ = 0 for the term, dead relu units).
      if (card.answer === 0) zeroAnswers++;
      else if (checkCard(card, 0).correct) {
        acceptedZero++;
        // Only a sum whose terms cancel to within 0.5 % of their size.
        expect(Math.abs(card.answer)).toBeLessThanOrEqual(TOLERANCE.ofScale * card.tolerance.scale);
      }
      // A single product: 0 is never accepted for a non-zero answer.
      if (['jacobian-entry', 'term-entry', 'softmax'].includes(card.kind) && card.answer !== 0)
        expect(checkCard(card, 0).correct).toBe(false);
    }
    expect(zeroAnswers / total).toBeLessThan(0.08);
    expect(acceptedZero / total).toBeLessThan(0.01);
  });
});

describe('practice cards: seeded', () => {
  it('give the same cards for the same seed, model and t★, one of each kind in order', () => {
    const model = defaultModel(1);
    const a = practiceCards(7, model, 3);
    expect(a.map((c) => c.kind)).toEqual(CARD_KINDS);
    expect(practiceCards(7, defaultModel(1), 3)).toEqual(a);
    CARD_KINDS.forEach((kind, n) => expect(cardOf(kind, 7, model, 3)).toEqual(a[n]));
    // Another seed draws other indices somewhere.
    const keys = (cs: Card[]) => cs.map((c) => `${c.step},${c.i},${c.j}`).join(';');
    const many = new Set(SEEDS.concat([3, 4, 5, 6]).map((s) => keys(practiceCards(s, model, 3))));
    expect(many.size).toBeGreaterThan(3);
  });

  it('pin the default model’s cards (the same on every machine)', () => {
    const cards = practiceCards(1, defaultModel(1), 3);
    expect(cards.map((c) => [c.kind, c.step, c.i, c.j])).toMatchInlineSnapshot(`
      [
        [
          "jacobian-entry",
          1,
          1,
          2,
        ],
        [
          "delta-entry",
          2,
          1,
          null,
        ],
        [
          "term-entry",
          3,
          2,
          0,
        ],
        [
          "forward-state",
          1,
          1,
          null,
        ],
        [
          "softmax",
          0,
          0,
          null,
        ],
      ]
    `);
  });

  it('refuse a target outside the sequence', () => {
    expect(() => practiceCards(1, defaultModel(1), 4)).toThrow(RangeError);
  });
});

/** The planted mistakes of a card computed here from the exact numbers, by hint. */
function mistakesOf(model: RnnModel, card: Card): Partial<Record<HintId, number>> {
  const fwd = forward(model);
  const tt = targetTerms(model, fwd, card.tStar);
  const f = model.activation;
  const { W, V, U } = model;
  const { step: k, i } = card;
  const j = card.j ?? 0;
  const H = W.rows;
  const s = (q: number, u: number) => (q < 0 ? model.initialState[u] : get(fwd.s, q, u));
  const fp = (q: number, u: number) => (f === 'linear' ? 1 : actPrime(f, get(fwd.z, q, u)));
  const out: Partial<Record<HintId, number>> = { sign: -card.answer };
  const range = (n: number) => Array.from({ length: n }, (_, q) => q);
  const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  switch (card.kind) {
    case 'jacobian-entry':
      out.transpose = fp(k, i) * get(W, j, i);
      out['missing-fprime'] = get(W, i, j);
      if (f !== 'linear') {
        out['fprime-unit'] = fp(k, j) * get(W, i, j);
        if (k >= 1) out['fprime-step'] = fp(k - 1, i) * get(W, i, j);
        out['f-for-fprime'] = s(k, i) * get(W, i, j);
      }
      break;
    case 'delta-entry': {
      const t = card.tStar;
      const err = (c: number) => get(fwd.yhat, t, c) - (model.targets[t] === c ? 1 : 0);
      const back =
        k === t
          ? sumOf(range(V.rows).map((c) => get(V, c, i) * err(c)))
          : sumOf(range(H).map((u) => get(W, u, i) * tt.delta[k + 1][u]));
      out['missing-fprime'] = back;
      if (f !== 'linear') out['f-for-fprime'] = s(k, i) * back;
      if (k === t) {
        out['missing-onehot'] =
          fp(k, i) * sumOf(range(V.rows).map((c) => get(V, c, i) * get(fwd.yhat, t, c)));
        if (V.rows === H)
          out.transpose = fp(k, i) * sumOf(range(H).map((c) => get(V, i, c) * err(c)));
      } else {
        out.transpose = fp(k, i) * sumOf(range(H).map((u) => get(W, i, u) * tt.delta[k + 1][u]));
        if (f !== 'linear') {
          out['fprime-step'] = fp(k + 1, i) * back;
          out['fprime-unit'] = sumOf(
            range(H).map((u) => get(W, u, i) * fp(k, u) * tt.delta[k + 1][u]),
          );
        }
      }
      break;
    }
    case 'term-entry':
      out.transpose = tt.delta[k][j] * s(k - 1, i);
      out['state-step'] = tt.delta[k][i] * s(k, j);
      break;
    case 'forward-state': {
      const ux = sumOf(range(U.cols).map((d) => get(U, i, d) * get(model.inputs, k, d)));
      const ws = sumOf(range(H).map((u) => get(W, i, u) * s(k - 1, u)));
      const wsT = sumOf(range(H).map((u) => get(W, u, i) * s(k - 1, u)));
      out.transpose = fwdAct(f, ux + wsT);
      out['missing-input'] = fwdAct(f, ws);
      out['missing-recurrent'] = fwdAct(f, ux);
      out['missing-f'] = ux + ws;
      break;
    }
    case 'softmax': {
      const o = range(V.rows).map((c) => get(fwd.o, k, c));
      out['missing-exp'] = o[i] / sumOf(o);
      out['missing-normalisation'] = Math.exp(o[i]);
      break;
    }
  }
  return out;
}

describe('practice cards: the checker', () => {
  it('names the factor that was off in planted wrong answers', () => {
    const named = new Map<string, number>();
    for (const { model, card } of allCards()) {
      const planted = plantedMistakes(card);
      const mine = mistakesOf(model, card);
      // The checker's mistakes are the ones computed here.
      for (const m of planted) {
        expect(mine[m.hint], `${card.kind} ${m.hint}`).toBeDefined();
        expect(Math.abs((mine[m.hint] as number) - m.value)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(m.value)),
        );
      }
      for (const [hint, value] of Object.entries(mine) as [HintId, number][]) {
        if (!Number.isFinite(value)) continue;
        const result = checkCard(card, value);
        const m = planted.find((p) => p.hint === hint);
        if (!m) {
          // Skipped: it coincides with the answer (the two acceptance ranges overlap).
          const v = evaluate(card, valuesOf(card.given, 'values')).variants.find(
            (x) => x.hint === hint,
          );
          if (!v) {
            continue;
          }
          expect(Math.abs(value - card.answer)).toBeLessThanOrEqual(
            card.tolerance.allowed + allowedError(v.value.v, v.value.s) + 1e-12,
          );
          continue;
        }
        expect(result.correct).toBe(false);
        // The most specific mistake that explains the value is named.
        const first = planted.find((p) => Math.abs(value - p.value) <= p.allowed);
        expect(result.hint).toBe(first?.hint);
        expect(HINT_IDS.indexOf(result.hint as HintId)).toBeLessThanOrEqual(HINT_IDS.indexOf(hint));
        if (result.hint === hint)
          named.set(`${card.kind}:${hint}`, (named.get(`${card.kind}:${hint}`) ?? 0) + 1);
      }
    }
    // Every mistake of every card kind is named itself in many cards.
    const expected: [CardKind, HintId[]][] = [
      [
        'jacobian-entry',
        ['sign', 'transpose', 'missing-fprime', 'fprime-unit', 'fprime-step', 'f-for-fprime'],
      ],
      [
        'delta-entry',
        [
          'sign',
          'transpose',
          'missing-fprime',
          'fprime-unit',
          'fprime-step',
          'f-for-fprime',
          'missing-onehot',
        ],
      ],
      ['term-entry', ['sign', 'transpose', 'state-step']],
      ['forward-state', ['sign', 'transpose', 'missing-f', 'missing-input', 'missing-recurrent']],
      ['softmax', ['sign', 'missing-exp', 'missing-normalisation']],
    ];
    for (const [kind, hints] of expected)
      for (const hint of hints)
        expect(named.get(`${kind}:${hint}`) ?? 0, `${kind}:${hint}`).toBeGreaterThan(10);
  });

  it('names the mistake when it is computed from the shown numbers too', () => {
    for (const { card } of allCards()) {
      const exact = evaluate(card, valuesOf(card.given, 'values'));
      const shown = evaluate(card, valuesOf(card.given, 'shown'));
      const planted = plantedMistakes(card);
      shown.variants.forEach((v, n) => {
        const m = planted.find((p) => p.hint === v.hint);
        if (!m || !Number.isFinite(v.value.v)) return;
        expect(Math.abs(exact.variants[n].value.v - v.value.v)).toBeLessThanOrEqual(m.allowed / 2);
        const result = checkCard(card, v.value.v);
        expect(result.correct).toBe(false);
        expect(HINT_IDS.indexOf(result.hint as HintId)).toBeLessThanOrEqual(
          HINT_IDS.indexOf(v.hint),
        );
      });
    }
  });

  it('never tells a right answer it is wrong, with a symmetric W', () => {
    const base = randomModel({ seed: 5, T: 4, H: 3, D: 3, K: 3, activation: 'tanh' });
    const w = base.W;
    const sym = fromRows(
      [0, 1, 2].map((i) => [0, 1, 2].map((j) => (get(w, i, j) + get(w, j, i)) / 2)),
    );
    const model = { ...base, W: sym };
    for (const seed of SEEDS)
      for (const card of practiceCards(seed, model, 3)) {
        expect(checkCard(card, card.answer).correct).toBe(true);
        expect(checkCard(card, shownAnswer(card)).correct).toBe(true);
        if (card.kind === 'jacobian-entry')
          expect(plantedMistakes(card).some((m) => m.hint === 'transpose')).toBe(false);
      }
  });

  it('gives no hint to a value far from everything, nor to a non-number', () => {
    for (const { card } of allCards()) {
      const far =
        1e6 *
        (1 +
          Math.abs(card.answer) +
          Math.max(0, ...plantedMistakes(card).map((m) => Math.abs(m.value))));
      expect(checkCard(card, far)).toEqual({ correct: false, hint: null });
      expect(checkCard(card, -far)).toEqual({ correct: false, hint: null });
      expect(checkCard(card, NaN)).toEqual({ correct: false, hint: null });
    }
  });
});

describe('practice cards: the worked solution', () => {
  it('is formula, numbers, value, the value the answer as shown', () => {
    for (const { card } of allCards()) {
      const lines = cardSolution(card);
      expect(lines[0].role).toBe('formula');
      expect(lines[0].parts.every((p) => p.kind === 'tex')).toBe(true);
      expect(lines[1].role).toBe('numbers');
      expect(lines[1].parts.some((p) => p.kind === 'num')).toBe(true);
      const last = lines[lines.length - 1];
      expect(last).toEqual({
        role: 'value',
        parts: [{ kind: 'num', value: displayValue(card.answer), paren: false }],
      });
      for (const l of lines.slice(1, -1)) expect(l.role).toBe('numbers');
      // Every number in the lines is a shown one (4 significant digits).
      for (const l of lines)
        for (const p of l.parts) if (p.kind === 'num') expect(displayValue(p.value)).toBe(p.value);
    }
  });

  it('writes the Jacobian entry of a tanh cell as f′ through s, times W', () => {
    const model = defaultModel(1);
    const card = cardOf('jacobian-entry', 1, model, 3);
    const { step: k, i } = card;
    const j = card.j as number;
    const lines = cardSolution(card);
    expect(lines[0].parts).toEqual([
      { kind: 'tex', tex: `f'(z_{${k},${i + 1}}) \\cdot W_{${i + 1},${j + 1}}` },
    ]);
    const s = displayValue(get(forward(model).s, k, i));
    const w = displayValue(get(model.W, i, j));
    expect(lines[1].parts).toEqual([
      { kind: 'tex', tex: '(1 - ' },
      { kind: 'num', value: s, paren: true },
      { kind: 'tex', tex: '^{2})' },
      { kind: 'tex', tex: ' \\cdot ' },
      { kind: 'num', value: w, paren: true },
    ]);
    expect(lines[2].parts[0]).toEqual({
      kind: 'num',
      value: displayValue(1 - s * s),
      paren: false,
    });
    expect(lines).toHaveLength(4);
  });
});
