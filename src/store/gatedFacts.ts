/**
 * What the gated chapter's texts may say, from the three cells on the current sequence
 * (gatedComparison): the norms a step back at k = max(0, t★ − 10), the direct paths' products,
 * the gates' means, and whether the sequence is a long dependency (the target at t★ repeats the
 * input ten steps earlier).
 */
import type { AnyModel } from '../model';
import { gatedComparison, shownForgetBias } from './gatedChapter';
import { registerFacts } from './lessonFacts';
import { productsOf, productsVersion } from './transitionProducts';

/** How far back the chapter looks: the long-dependency preset's distance. */
export const GATED_DISTANCE = 10;

function meanOf(values: ArrayLike<number>, from: number, to: number, H: number): number {
  let sum = 0;
  for (let i = from * H; i < to * H; i++) sum += values[i];
  return to > from ? sum / ((to - from) * H) : NaN;
}

/** The index of the one 1 of a one-hot row, or −1. */
function hotIndex(model: AnyModel, t: number): number {
  const { cols, data } = model.inputs;
  let at = -1;
  for (let j = 0; j < cols; j++) {
    const v = data[t * cols + j];
    if (v === 1 && at === -1) at = j;
    else if (v !== 0) return -1;
  }
  return at;
}

/** Whether the target at t★ is the class of the one-hot input GATED_DISTANCE steps earlier. */
export function isLongDependency(model: AnyModel, t: number): boolean {
  if (t < GATED_DISTANCE || t >= model.targets.length) return false;
  const hot = hotIndex(model, t - GATED_DISTANCE);
  return hot >= 0 && model.targets[t] === hot;
}

/**
 * The facts as message parameters: own (the current model's cell), bf, kFar, back, rnnS, gruS,
 * lstmS, lstmC (the norms at kFar), pf, pz (the direct paths' products from t★ to kFar), fbar,
 * zbar (the gates' means over steps 0 … t★ and the units), best (whose norm at kFar is largest:
 * the vanilla ‖∂E/∂s‖, the GRU's, or the LSTM's ‖∂E/∂c‖), closed ('yes' when pf < 10⁻³), dep ('yes'
 * when the target at t★ is the class of the one-hot input GATED_DISTANCE steps earlier).
 */
export function gatedFacts(
  current: AnyModel,
  target: number,
  forgetBias: number | null,
  num: (x: number) => string,
): Record<string, string | number> {
  const c = gatedComparison(current, target, forgetBias);
  const { t } = c;
  const kFar = Math.max(0, t - GATED_DISTANCE);
  const { rnn, gru, lstm } = c.runs;
  const H = rnn.fwd.dims.H;
  const lstmC = lstm.c ? lstm.c[kFar] : NaN;
  const pf = lstm.direct ? lstm.direct.norm[kFar] : NaN;
  const norms: [string, number][] = [
    ['rnn', rnn.s[kFar]],
    ['gru', gru.s[kFar]],
    ['lstm', lstmC],
  ];
  const best = norms.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  // The whole transition's products: the gated cells' may still be coming from the worker.
  const [jr, jg, jl] = [rnn, gru, lstm].map((r) => productsOf(r.model, t));
  const at = (p: typeof jr) => (p.status === 'ready' ? num(p.norms[kFar]) : '…');
  return {
    ready: jg.status === 'ready' && jl.status === 'ready' ? 'yes' : 'no',
    jr: at(jr),
    jg: at(jg),
    jl: at(jl),
    own: current.cell ?? 'rnn',
    bf: num(shownForgetBias(c)),
    kFar,
    back: t - kFar,
    rnnS: num(rnn.s[kFar]),
    gruS: num(gru.s[kFar]),
    lstmS: num(lstm.s[kFar]),
    lstmC: num(lstmC),
    pf: num(pf),
    pz: num(gru.direct ? gru.direct.norm[kFar] : NaN),
    fbar: num(meanOf(lstm.fwd.cache['gate.f'].data, 0, t + 1, H)),
    zbar: num(meanOf(gru.fwd.cache['gate.z'].data, 0, t + 1, H)),
    best,
    closed: pf < 1e-3 ? 'yes' : 'no',
    dep: isLongDependency(current, t) ? 'yes' : 'no',
  };
}

/** Gives the lesson's facts the gated chapter's (called by the chunks that show its texts). */
export function registerGatedFacts(): void {
  registerFacts('gated', gatedFacts, productsVersion);
}
