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

/** γ = sup_z |f′(z)|: the factor in the bound ‖∂s_j/∂s_{j−1}‖₂ ≤ γ·σ_max(W). */
export function gamma(f: Activation): number {
  return f === 'sigmoid' ? 0.25 : 1;
}
