/**
 * The correct answers of the prediction prompts, computed from the model the step shows (pure
 * functions of the numeric core; nothing is written down). A prompt whose answer this model does
 * not decide (the compared numbers within AMBIGUOUS_REL of each other, fewer than two options) or
 * that does not apply to it (a model of another cell, a target with no step back) gets null, and
 * is not asked.
 */
import {
  cellOf,
  directPath,
  forward,
  frobenius,
  gradients,
  isRnnModel,
  maxAbs,
  norm2,
  prevState,
  rowView,
  targetTerms,
  type AnyModel,
  type Forward,
  type LstmModel,
  type Mat,
  type RnnModel,
} from '../../model';
import {
  AMBIGUOUS_REL,
  type BinaryTruth,
  type ChoiceTruth,
  type DrawTruth,
  type PromptId,
  type Truth,
} from './types';

/**
 * Whether a and b do not decide a prompt: equal for the prompts, |a − b| ≤ AMBIGUOUS_REL·max(|a|, |b|)
 * (both 0 too), or either not finite (an overflowed pass).
 */
export function undecided(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return true;
  return Math.abs(a - b) <= AMBIGUOUS_REL * Math.max(Math.abs(a), Math.abs(b));
}

/** `t` is a target of the model: an integer in [0, T). */
function isTarget(model: AnyModel, t: number): boolean {
  return Number.isInteger(t) && t >= 0 && t < model.inputs.rows;
}

/**
 * The correct answer of prompt `id` for the model the step shows and its target t★ = t, or null
 * when the prompt does not apply (a model of another cell: the vanilla prompts take an RnnModel,
 * 'c-vs-s' an LstmModel; t outside [0, T)) or the model does not decide it.
 */
export function promptTruth(id: PromptId, model: AnyModel, t: number): Truth | null {
  if (!isTarget(model, t)) return null;
  if (id === 'c-vs-s') return model.cell === 'lstm' ? cVsS(model, t) : null;
  if (!isRnnModel(model)) return null;
  switch (id) {
    case 'smallest-term':
      return smallestTerm(model, t);
    case 'draw-norms':
      return drawNorms(model, t);
    case 'sigma-double':
      return sigmaDouble(model, t);
    case 'truncation-v':
      return truncationV(model);
  }
}

/** The median of positive-or-zero values, the geometric mean of the middle two for an even count. */
function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 === 1 ? v[m] : Math.sqrt(v[m - 1] * v[m]);
}

/** log(x / m): how far x is below (negative) or above its median, in log terms; 0 when x = m. */
function logGap(x: number, m: number): number {
  return x === m ? 0 : Math.log(x) - Math.log(m);
}

function smallestTerm(model: RnnModel, t: number): ChoiceTruth | null {
  const fwd = forward(model);
  const terms = targetTerms(model, fwd, t);
  const first = Math.max(1, terms.kMin);
  const options: number[] = [];
  for (let k = first; k <= t; k++) options.push(k);
  if (options.length < 2) return null;
  const norms = Array.from(terms.normW);
  const deltaNorms = terms.delta.map((d) => norm2(d));
  const prevNorms = norms.map((_, k) => norm2(prevState(model, fwd, k)));
  if (options.some((k) => !Number.isFinite(norms[k]))) return null;
  const byNorm = [...options].sort((a, b) => norms[a] - norms[b] || a - b);
  const [correct, second] = byNorm;
  if (undecided(norms[correct], norms[second])) return null;
  const of = (v: readonly number[]) => options.map((k) => v[k]);
  const deltaGap = logGap(deltaNorms[correct], median(of(deltaNorms)));
  const stateGap = logGap(prevNorms[correct], median(of(prevNorms)));
  return {
    kind: 'choice',
    options,
    correct,
    norms,
    deltaNorms,
    prevNorms,
    zeroAtStart: terms.kMin === 0 && prevNorms[0] === 0,
    // The factor further below its own median; the δ on a tie.
    why: stateGap < deltaGap ? 'state' : 'delta',
  };
}

function drawNorms(model: RnnModel, t: number): DrawTruth | null {
  if (t < 1) return null;
  const terms = targetTerms(model, forward(model), t);
  const { kMin } = terms;
  const values = terms.dEds.map((g, k) => (k < kMin ? 0 : norm2(g)));
  const zeros = values.map((v, k) => (k < kMin ? 'window' : v === 0 ? 'dead' : null));
  const { gamma, sigma } = cellOf(model).transitionBound(model);
  const ends = values[kMin] > 0 && values[t] > 0 && t > kMin;
  return {
    kind: 'draw',
    values,
    kMin,
    gammaSigma: gamma * sigma,
    perStep: ends ? Math.pow(values[kMin] / values[t], 1 / (t - kMin)) : NaN,
    zeros,
  };
}

/** mean_i f′(z_j,i) of the vanilla cell's forward pass at step j. */
function meanFprime(fwd: Forward, j: number): number {
  const row = rowView(fwd.fprime, j);
  let sum = 0;
  for (let i = 0; i < row.length; i++) sum += row[i];
  return sum / row.length;
}

/** The geometric mean over j = 1 … t of mean_i f′(z_j,i) (NaN when some mean is 0 or t = 0). */
function geoMeanFprime(fwd: Forward, t: number): number {
  let logSum = 0;
  for (let j = 1; j <= t; j++) logSum += Math.log(meanFprime(fwd, j));
  return t > 0 && Number.isFinite(logSum) ? Math.exp(logSum / t) : NaN;
}

/**
 * 'sigma-double': ‖∂E_t/∂s₀‖ (the untruncated total derivative) for W (a) and for 2W (b); null
 * when undecided. At t = 0 there is no step back: ∂E₀/∂s₀ = Vᵀ(ŷ₀ − y₀) changes only through
 * s₀ = f(U x₀ + W s₋₁), so it is undecided (null) when s₋₁ = 0. Facts (NaN where undefined):
 * - gammaSigmaBefore, gammaSigmaAfter: γ·σ_max(W) and γ·σ_max(2W) = twice it (the bound's base);
 * - ratio = b / a;
 * - perStep = ratio^(1/t), the actual change per step back (NaN at t = 0);
 * - fprimeBefore, fprimeAfter: the geometric mean over j = 1 … t of mean_i f′(z_j,i), with W and
 *   with 2W (the forward pass changes with W, so f′ does; NaN at t = 0 or when a mean is 0);
 * - fprimeRatio = fprimeAfter / fprimeBefore, the geometric mean over j of the per-step ratio of
 *   the mean f′ (NaN when a mean f′ is 0): each step back multiplies by about 2·fprimeRatio;
 * - stepFactor = 2·fprimeRatio;
 * - outputRatio = ‖∂E_t/∂s_t‖ with 2W / with W (the output error changes as well).
 */
function sigmaDouble(model: RnnModel, t: number): BinaryTruth | null {
  const doubled = cellOf(model).withRecurrentScale(model, 2) as RnnModel;
  const fa = forward(model);
  const fb = forward(doubled);
  const ta = targetTerms(model, fa, t);
  const tb = targetTerms(doubled, fb, t);
  const a = norm2(ta.dEds[0]);
  const b = norm2(tb.dEds[0]);
  if (undecided(a, b)) return null;
  const bound = (m: RnnModel) => {
    const { gamma, sigma } = cellOf(m).transitionBound(m);
    return gamma * sigma;
  };
  const fprimeBefore = geoMeanFprime(fa, t);
  const fprimeAfter = geoMeanFprime(fb, t);
  const fprimeRatio = fprimeAfter / fprimeBefore;
  return {
    kind: 'binary',
    id: 'sigma-double',
    correct: b > a ? 'grow' : 'shrink',
    a,
    b,
    facts: {
      gammaSigmaBefore: bound(model),
      gammaSigmaAfter: bound(doubled),
      ratio: b / a,
      perStep: t > 0 ? Math.pow(b / a, 1 / t) : NaN,
      fprimeBefore,
      fprimeAfter,
      fprimeRatio,
      stepFactor: 2 * fprimeRatio,
      outputRatio: norm2(tb.dEds[t]) / norm2(ta.dEds[t]),
    },
  };
}

/** max_ij |a_ij − b_ij| and ‖a − b‖_F. */
function difference(a: Mat, b: Mat): { max: number; frobenius: number } {
  let max = 0;
  let sq = 0;
  for (let i = 0; i < a.data.length; i++) {
    const d = Math.abs(a.data[i] - b.data[i]);
    max = Math.max(max, d);
    sq += d * d;
  }
  return { max, frobenius: Math.sqrt(sq) };
}

/**
 * 'truncation-v': ‖∂E/∂V‖_F of the whole loss with full BPTT (a) and with n = 1 (b); t plays no
 * part. 'no' when the largest entry's change is at most 1e−12·max(1, max|∂E/∂V|), 'yes' when it
 * exceeds AMBIGUOUS_REL·max|∂E/∂V|, null in between. ∂E/∂V = Σ_t (ŷ_t − y_t) s_tᵀ has no
 * recursion, so the core's answer is always 'no' (the change is exactly 0). Facts:
 * - maxChangeV: max |entry difference| of ∂E/∂V between the two;
 * - normV = a;
 * - changeW = ‖∂E/∂W(full) − ∂E/∂W(n = 1)‖_F, what truncation does change;
 * - normW = ‖∂E/∂W(full)‖_F;
 * - changeWRel = changeW / normW (NaN when normW = 0);
 * - changeU = ‖∂E/∂U(full) − ∂E/∂U(n = 1)‖_F.
 */
function truncationV(model: RnnModel): BinaryTruth | null {
  const full = gradients({ ...model, truncate: null });
  const cut = gradients({ ...model, truncate: 1 });
  const a = frobenius(full.V);
  const b = frobenius(cut.V);
  const scaleV = maxAbs(full.V);
  const v = difference(full.V, cut.V);
  let correct: 'yes' | 'no';
  if (v.max <= 1e-12 * Math.max(1, scaleV)) correct = 'no';
  else if (v.max > AMBIGUOUS_REL * scaleV) correct = 'yes';
  else return null;
  const changeW = difference(full.W, cut.W).frobenius;
  const normW = frobenius(full.W);
  return {
    kind: 'binary',
    id: 'truncation-v',
    correct,
    a,
    b,
    facts: {
      maxChangeV: v.max,
      normV: a,
      changeW,
      normW,
      changeWRel: normW > 0 ? changeW / normW : NaN,
      changeU: difference(full.U, cut.U).frobenius,
    },
  };
}

/**
 * (∂E_t/∂c_k)ᵀ of the LSTM in full, as the gated chapter's chart has it: the core's dEdc[k] is the
 * part through c_{k+1} alone (s_k held fixed); c_k also reaches E_t through s_k = o_k ⊙ tanh(c_k),
 * which adds (∂E_t/∂s_k)ᵀ ⊙ o_k ⊙ (1 − tanh²(c_k)). Returns that part and the whole.
 */
function cellGradient(
  fwd: Forward,
  dEds: Float64Array,
  dEdc: Float64Array,
  k: number,
): { throughS: Float64Array; total: Float64Array } {
  const o = rowView(fwd.cache['gate.o'], k);
  const tc = rowView(fwd.cache.tanhc, k);
  const throughS = new Float64Array(dEds.length);
  const total = new Float64Array(dEds.length);
  for (let i = 0; i < dEds.length; i++) {
    throughS[i] = dEds[i] * o[i] * (1 - tc[i] * tc[i]);
    total[i] = throughS[i] + dEdc[i];
  }
  return { throughS, total };
}

/**
 * 'c-vs-s': the LSTM's ‖∂E_t/∂c₀‖ (a, the total derivative: through s₀ and through c₁) against
 * ‖∂E_t/∂s₀‖ (b), both untruncated. Defined at t = 0 too (then c₀ reaches E₀ through s₀ alone,
 * scaled by o₀(1 − tanh²c₀) < 1: always 's'). Facts:
 * - directPath = max_i Π_{j=1..t} f_j,i, the forget gates' product (1 at t = 0);
 * - ratio = a / b;
 * - throughC = ‖∂E_t/∂c₀‖ through c₁ alone (the core's dEdc[0]: f₁ ⊙ the gradient at c₁);
 * - throughS = ‖∂E_t/∂c₀‖ through s₀ alone (‖∂E_t/∂s₀ ⊙ o₀ ⊙ (1 − tanh²c₀)‖);
 * - cAtT, sAtT: ‖∂E_t/∂c_t‖ and ‖∂E_t/∂s_t‖, where both start;
 * - cKept = a / cAtT, sKept = b / sAtT: what each keeps over the t steps back (NaN when its start is 0).
 */
function cVsS(model: LstmModel, t: number): BinaryTruth | null {
  const fwd = forward(model);
  const terms = targetTerms(model, fwd, t);
  const dEdc = terms.dEdc;
  if (!dEdc) return null;
  const start = cellGradient(fwd, terms.dEds[0], dEdc[0], 0);
  const a = norm2(start.total);
  const b = norm2(terms.dEds[0]);
  if (undecided(a, b)) return null;
  const cAtT = norm2(cellGradient(fwd, terms.dEds[t], dEdc[t], t).total);
  const sAtT = norm2(terms.dEds[t]);
  return {
    kind: 'binary',
    id: 'c-vs-s',
    correct: a > b ? 'c' : 's',
    a,
    b,
    facts: {
      directPath: directPath(model, fwd, t)?.norm[0] ?? NaN,
      ratio: a / b,
      throughC: norm2(dEdc[0]),
      throughS: norm2(start.throughS),
      cAtT,
      sAtT,
      cKept: cAtT > 0 ? a / cAtT : NaN,
      sKept: sAtT > 0 ? b / sAtT : NaN,
    },
  };
}
