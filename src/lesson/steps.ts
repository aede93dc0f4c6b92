/**
 * The lesson: issue 3's twelve steps in order. Steps 1–8 follow the lecture's slides
 * (steps-slides.ts), steps 9–12 go past them (steps-beyond.ts).
 */
import { BEYOND_STEPS } from './steps-beyond';
import { SLIDE_STEPS } from './steps-slides';
import type { Step } from './types';

export const STEPS: readonly Step[] = [...SLIDE_STEPS, ...BEYOND_STEPS];

/** The index of the step with this id, or −1. */
export function stepIndexOf(id: string): number {
  return STEPS.findIndex((s) => s.id === id);
}

export { SLIDE_CTX } from './build';
