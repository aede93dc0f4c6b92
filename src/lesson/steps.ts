/**
 * The lesson's steps in order: 'title' … 'sum-over-k' follow the lecture's slides
 * (steps-slides.ts), 'jacobian' … 'backward-sweep' go past them (steps-beyond.ts), and the gated
 * chapter (steps-gated.ts), then practice cards and a quiz close the lesson (steps-practice.ts). Links name
 * steps by id, so a step may be inserted anywhere.
 */
import { BEYOND_STEPS } from './steps-beyond';
import { GATED_STEPS } from './steps-gated';
import { PRACTICE_STEPS } from './steps-practice';
import { SLIDE_STEPS } from './steps-slides';
import type { Step } from './types';

export const STEPS: readonly Step[] = [
  ...SLIDE_STEPS,
  ...BEYOND_STEPS,
  ...GATED_STEPS,
  ...PRACTICE_STEPS,
];

/** The index of the step with this id, or −1. */
export function stepIndexOf(id: string): number {
  return STEPS.findIndex((s) => s.id === id);
}

export { SLIDE_CTX } from './build';
