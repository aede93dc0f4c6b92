/** The activations f of s_t = f(z_t), their derivatives, and γ = sup |f′|. */
import type { Activation } from './types';

export function act(f: Activation, z: number): number {
  switch (f) {
    case 'tanh':
      return Math.tanh(z);
    case 'relu':
      return z > 0 ? z : 0;
    case 'sigmoid':
      // Stable for large |z|: never computes exp of a large positive number.
      return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    case 'linear':
      return z;
  }
}

/** f′(z). relu′(0) = 0, by convention. */
export function actPrime(f: Activation, z: number): number {
  switch (f) {
    case 'tanh': {
      const s = Math.tanh(z);
      return 1 - s * s;
    }
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'sigmoid': {
      const s = act('sigmoid', z);
      return s * (1 - s);
    }
    case 'linear':
      return 1;
  }
}

/**
 * s = f(z) and f′(z) for a whole vector, each f evaluated once: f′ from s where it can be
 * (tanh′ = 1 − s², σ′ = s(1 − s)), exactly as act and actPrime compute them.
 */
export function activateInto(
  f: Activation,
  z: Float64Array,
  s: Float64Array,
  fprime: Float64Array,
): void {
  activateAt(f, z, s, fprime, 0, z.length);
}

/** activateInto on the entries at … at + n − 1 of z, s and f′ (rows of T×H matrices, say). */
export function activateAt(
  f: Activation,
  z: Float64Array,
  s: Float64Array,
  fprime: Float64Array,
  at: number,
  n: number,
): void {
  const end = at + n;
  switch (f) {
    case 'tanh':
      for (let i = at; i < end; i++) {
        const v = Math.tanh(z[i]);
        s[i] = v;
        fprime[i] = 1 - v * v;
      }
      return;
    case 'sigmoid':
      for (let i = at; i < end; i++) {
        const v = act('sigmoid', z[i]);
        s[i] = v;
        fprime[i] = v * (1 - v);
      }
      return;
    case 'relu':
      for (let i = at; i < end; i++) {
        const p = z[i] > 0;
        s[i] = p ? z[i] : 0;
        fprime[i] = p ? 1 : 0;
      }
      return;
    case 'linear':
      for (let i = at; i < end; i++) {
        s[i] = z[i];
        fprime[i] = 1;
      }
  }
}

/** γ = sup_z |f′(z)|: the factor in the bound ‖∂s_j/∂s_{j−1}‖₂ ≤ γ·σ_max(W). */
export function gamma(f: Activation): number {
  return f === 'sigmoid' ? 0.25 : 1;
}
