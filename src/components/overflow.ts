/**
 * Where a model's numbers leave the floating-point range (NaN or ±∞): the first time step of each
 * quantity the lesson shows, so the app can say plainly what overflowed and where, instead of
 * drawing garbage. Pure; the numbers come from the core.
 */
import { translator, type Lang } from '../i18n';
import type { Forward, Gradients, JacobianNorms, Mat, ParamName, TargetTerms } from '../model';

export type OverflowQuantity = 's' | 'yhat' | 'E' | 'dEds' | 'jac' | 'grad';

export interface OverflowPlace {
  readonly quantity: OverflowQuantity;
  /** The first time step t (s, ŷ, E) or the k nearest to t★ (∂E/∂s_k, ∂s_t★/∂s_k); -1 for ∂E/∂θ. */
  readonly at: number;
  /** For the gradients: which of U, W, V. */
  readonly params?: readonly ParamName[];
}

const finite = (v: ArrayLike<number>) => {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
};

/** The first row of `m` holding a non-finite entry, or -1. */
function firstBadRow(m: Mat): number {
  for (let r = 0; r < m.rows; r++) {
    for (let c = 0; c < m.cols; c++) if (!Number.isFinite(m.data[r * m.cols + c])) return r;
  }
  return -1;
}

/** Every quantity that overflowed, in the order of the lesson (forward, then backward). */
export function findOverflow(
  fwd: Forward,
  grads: Gradients | null,
  terms: TargetTerms | null,
  jac: JacobianNorms | null,
): OverflowPlace[] {
  const out: OverflowPlace[] = [];
  const s = firstBadRow(fwd.s);
  if (s >= 0) out.push({ quantity: 's', at: s });
  const y = firstBadRow(fwd.yhat);
  if (y >= 0) out.push({ quantity: 'yhat', at: y });
  const e = Array.from(fwd.losses).findIndex((v) => !Number.isFinite(v));
  if (e >= 0) out.push({ quantity: 'E', at: e });
  if (terms) {
    // Backwards from t★: the first k the flow reaches with a non-finite gradient.
    for (let k = terms.dEds.length - 1; k >= 0; k--) {
      if (terms.dEds[k] && !finite(terms.dEds[k])) {
        out.push({ quantity: 'dEds', at: k });
        break;
      }
    }
  }
  if (jac) {
    for (let k = jac.productNorm.length - 1; k >= 0; k--) {
      if (!Number.isFinite(jac.productNorm[k])) {
        out.push({ quantity: 'jac', at: k });
        break;
      }
    }
  }
  if (grads) {
    const params = Object.keys(grads).filter((p) => !finite(grads[p].data));
    if (params.length) out.push({ quantity: 'grad', at: -1, params });
  }
  return out;
}

export interface OverflowText {
  readonly title: string;
  readonly lead: string;
  readonly places: readonly string[];
  readonly advice: string;
}

/** The notice's sentences in `lang` for the places found, with t★ = `target`. */
export function overflowText(
  places: readonly OverflowPlace[],
  lang: Lang,
  target: number,
): OverflowText {
  const tr = translator(lang, 'ui');
  return {
    title: tr('overflow.title'),
    lead: tr('overflow.lead'),
    advice: tr('overflow.advice'),
    places: places.map((p) => {
      switch (p.quantity) {
        case 's':
          return tr('overflow.s', { t: p.at });
        case 'yhat':
          return tr('overflow.yhat', { t: p.at });
        case 'E':
          return tr('overflow.E', { t: p.at });
        case 'dEds':
          return tr('overflow.dEds', { k: p.at, t: target });
        case 'jac':
          return tr('overflow.jac', { k: p.at, t: target });
        case 'grad':
          return tr('overflow.grad', { list: (p.params ?? []).map((x) => `∂E/∂${x}`).join(', ') });
      }
    }),
  };
}
