/**
 * What the views need to know of the prediction asked at the current position, written by the
 * practice feature (loaded on demand) and read by the diagram and the step panel: which prompt is
 * open, what it holds back (its veil), the choice on the diagram's nodes. Kept apart from the
 * lesson's store and small: it is part of the first paint.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PromptId, Veil } from '../lesson/prompts/types';

export interface OpenPrompt {
  readonly id: PromptId;
  /** The sub-step where it is asked and revealed. */
  readonly sub: number;
  /** The sub-step from which its reveal's sentence shows (`sub`, or later: the flow has to get there). */
  readonly revealAt: number;
  /** Open: asked and not yet answered or skipped (the veil applies); else revealed. */
  readonly open: boolean;
  readonly veil: Veil | null;
  /** A choice on the diagram's nodes: the ks offered and the one chosen. */
  readonly options: readonly number[] | null;
  readonly selected: number | null;
  /** A drawn curve (k = 0 … t★; 0 is an exact zero), and at its reveal the computed one. */
  readonly drawn: readonly number[] | null;
  /** Whose curve `drawn` is: this window's, or (at a class's reveal) the class's median. */
  readonly drawnBy?: 'self' | 'class';
  readonly truth: readonly number[] | null;
  /** At a class's reveal: every curve the class drew. */
  readonly others?: readonly (readonly number[])[] | null;
}

export interface PromptViewState {
  /** The prompt at the current position (open or revealed), or null. */
  readonly prompt: OpenPrompt | null;
  /** Chooses a node (a choice prompt). */
  readonly choose: ((k: number) => void) | null;
  /** Moves a drawn point (a draw prompt). */
  readonly draw: ((k: number, value: number) => void) | null;
  /** Predictions are asked (the practice feature's setting, kept for the visitor). */
  readonly asking: boolean;
  /** Turns them on or off (null until the practice feature has started). */
  readonly setAsking: ((on: boolean) => void) | null;
  /** Asked by the lesson's `next` first: true when it took the key (an open prompt skipped). */
  readonly next: (() => boolean) | null;
}

export const promptView = createStore<PromptViewState>(() => ({
  prompt: null,
  choose: null,
  draw: null,
  asking: true,
  setAsking: null,
  next: null,
}));

export function usePromptView<U>(selector: (s: PromptViewState) => U): U {
  return useStore(promptView, selector);
}

/** The veil in force: the open prompt's, or null. */
export const selectVeil = (s: PromptViewState): Veil | null =>
  s.prompt?.open ? s.prompt.veil : null;
