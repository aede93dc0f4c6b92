/**
 * The classes that link a formula's factors to the diagram. Each factor of a chain-rule term is
 * wrapped in \htmlClass{term-<kind>}{…}; the diagram puts the same class on its element, so one
 * CSS rule colours both and hovering either can light the other.
 */
import type { ElementKind } from './types';

export const TERM_CLASSES = [
  /** E_t and the factor ∂E_t/∂ŷ_t. */
  'term-E',
  /** ŷ_t and the factor ∂ŷ_t/∂s_t (or ∂ŷ_t/∂V). */
  'term-yhat',
  /** s_t and the total derivative ds_t/dW. */
  'term-s',
  'term-W',
  'term-U',
  'term-V',
  'term-x',
  /** ∂s_t/∂s_k: the gradient's way back along the recurrent arrows. */
  'term-jac',
  /** ∂⁺s_k/∂W (or ∂⁺s_k/∂U): the immediate derivative, s_{k−1} held constant. */
  'term-imm',
] as const;

export type TermClass = (typeof TERM_CLASSES)[number];

/** Marks a symbol the way the slide marks it in red (U and W in s_3 = f(U x_3 + W s_2)). */
export const MARK_CLASS = 'term-mark';

/** Every class the lesson's TeX may use. */
export const LESSON_CLASSES: readonly string[] = [...TERM_CLASSES, MARK_CLASS];

/**
 * The diagram element a factor belongs to: hovering the factor lights this element. ∂s_t/∂s_k
 * runs along the recurrent W arrows; ∂⁺s_k/∂W lives on the node s_k it differentiates.
 */
export const TERM_ELEMENT: Readonly<Record<TermClass, ElementKind>> = {
  'term-E': 'E',
  'term-yhat': 'yhat',
  'term-s': 's',
  'term-W': 'W',
  'term-U': 'U',
  'term-V': 'V',
  'term-x': 'x',
  'term-jac': 'W',
  'term-imm': 's',
};

export function isTermClass(c: string): c is TermClass {
  return (TERM_CLASSES as readonly string[]).includes(c);
}

/** The class of a parameter's symbol. */
export function paramClass(p: 'U' | 'W' | 'V'): TermClass {
  return `term-${p}`;
}

/** Wraps TeX in a linking class. */
export function cls(c: TermClass | typeof MARK_CLASS, body: string): string {
  return `\\htmlClass{${c}}{${body}}`;
}
