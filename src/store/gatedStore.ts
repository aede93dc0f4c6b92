/**
 * The gated chapter's own control: the LSTM's forget-gate bias b_f (null: a current LSTM's own,
 * and the common 1 for a seeded companion). Kept apart from the lesson's store: only the chapter
 * reads it, and the model itself is not changed by it.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The range of the chapter's forget-gate-bias control (1 is the common initialisation). */
export const FORGET_BIAS_RANGE = { min: -2, max: 3, step: 0.5 } as const;

export interface GatedState {
  readonly forgetBias: number | null;
  setForgetBias(value: number | null): void;
}

/** A finite value clamped into the control's range; null stays null; anything else is refused. */
export function clampForgetBias(value: unknown): number | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(FORGET_BIAS_RANGE.max, Math.max(FORGET_BIAS_RANGE.min, value));
}

export const gatedStore = createStore<GatedState>()((set) => ({
  forgetBias: null,
  setForgetBias: (value) => {
    const v = clampForgetBias(value);
    if (v !== undefined) set({ forgetBias: v });
  },
}));

export function useGated<U>(selector: (s: GatedState) => U): U {
  return useStore(gatedStore, selector);
}
