/**
 * A class session's part of the predictions, between the session (src/classroom/session.ts,
 * which talks to the relay) and the practice feature (which asks and reveals): who this window is
 * in the class, the prediction the lecturer has open, the count of answers, and the class's
 * answers once revealed. Neither chunk imports the other; both read and write here. Not part of
 * the first paint (only those two chunks import it).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PromptKind, PromptResponse } from '../lesson/prompts/types';

/** A prediction as the class sees it: its key (the prompt, the model and the target). */
export interface ClassPrediction {
  readonly key: string;
  readonly kind: PromptKind;
  /** The lecturer has revealed it: answers are closed and the class's are shown. */
  readonly revealed: boolean;
  /** The answers a choice or a binary prediction takes (`k2`, `grow`…). */
  readonly options?: readonly string[];
  /** The points a drawn answer has. */
  readonly points?: number;
}

/** The class's answers to one prediction: counts by option (`k2`, `grow`…), or drawn curves. */
export interface ClassTally {
  readonly key: string;
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly curves: readonly (readonly number[])[];
}

export interface ClassViewState {
  /** null: not in a class session. */
  readonly role: 'lecturer' | 'student' | null;
  /** The room's id: answers in a class are kept apart from the visitor's own. */
  readonly room: string | null;
  /** A student's view: the prediction the lecturer has open (null: none). */
  readonly lecturer: ClassPrediction | null;
  /** The lecturer's view: the prediction at its position (written by the practice feature). */
  readonly mine: ClassPrediction | null;
  /** The lecturer's view: how many have answered the open prediction. */
  readonly count: { readonly key: string; readonly n: number } | null;
  /** The class's answers to the last prediction revealed. */
  readonly answers: ClassTally | null;
  /** A student's answers chosen on this device, by prediction key (sent when connected). */
  readonly chosen: Readonly<Record<string, PromptResponse>>;
  /** A student's answers as the relay has counted them, by prediction key. */
  readonly sent: Readonly<Record<string, PromptResponse>>;
  /** The lecturer's view: the practice feature has said which prediction is at the position
   *  (until then the session sends no state that would close one). */
  readonly ready: boolean;
  /** Sends a student's answer to the relay (null until the session has started). */
  readonly send: ((key: string, response: PromptResponse) => void) | null;
}

export const classView = createStore<ClassViewState>(() => ({
  role: null,
  room: null,
  lecturer: null,
  mine: null,
  count: null,
  answers: null,
  chosen: {},
  sent: {},
  ready: false,
  send: null,
}));

export function useClassView<U>(selector: (s: ClassViewState) => U): U {
  return useStore(classView, selector);
}

/** The class's key of a prompt: its record's key, the model's fingerprint and the target. */
export const classKeyOf = (promptKey: string, modelKey: string): string =>
  `${promptKey}|${modelKey}`;

/** Two predictions alike (no state change to send). */
export const samePrediction = (a: ClassPrediction | null, b: ClassPrediction | null): boolean =>
  a === b ||
  (!!a &&
    !!b &&
    a.key === b.key &&
    a.kind === b.kind &&
    a.revealed === b.revealed &&
    a.points === b.points &&
    String(a.options) === String(b.options));
