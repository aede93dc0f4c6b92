/**
 * The lesson's steps in order: 'title' … 'sum-over-k' follow the lecture's slides
 * (steps-slides.ts), 'jacobian' … 'whole-gradient' go past them (steps-beyond.ts). Links name
 * steps by id, so a step may be inserted anywhere.
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
