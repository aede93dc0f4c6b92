/**
 * Keeps the prediction at the lesson's position in step with the stores: computes it when the
 * position, the model, the target, the setting or the answers change, tells the views (promptView:
 * what is open, its veil, the nodes offered) and takes the lesson's "next" while a prompt is open
 * (skipped: the answer is revealed in place, so a clicker never gets stuck). Another window of
 * the lesson (the presenter's) sees the same answers through the storage event. In a class
 * session the lecturer's device decides which prediction is open (classPrompt.ts).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { lessonStore, promptView } from '../store';
import { gatedStore } from '../store/gatedStore';
import { classView, samePrediction } from '../store/classView';
import { readProp } from '../url';
import type { PromptResponse } from '../lesson/prompts/types';
import { currentPrompt, type CurrentPrompt } from './current';
import { PRACTICE_KEY, practiceStore, readStored } from './store';
import {
  classKey,
  classScope,
  lecturerPrediction,
  medianCurve,
  studentPrompt,
  tallyOf,
} from './classPrompt';

export interface DraftState {
  /** The prompt at the position (open or revealed), or null. */
  readonly current: CurrentPrompt | null;
  /** Responses being made, not yet committed, by `${model}|${key}`. */
  readonly drafts: Readonly<Record<string, PromptResponse>>;
}

export const draftStore = createStore<DraftState>(() => ({ current: null, drafts: {} }));

export function useDraft<U>(selector: (s: DraftState) => U): U {
  return useStore(draftStore, selector);
}

const draftKey = (c: CurrentPrompt): string => `${c.model}|${c.key}`;

/** The response being made for the current prompt, if any. */
export function draftOf(s: DraftState): PromptResponse | null {
  return s.current ? (s.drafts[draftKey(s.current)] ?? null) : null;
}

export function setDraft(response: PromptResponse): void {
  const c = draftStore.getState().current;
  if (!c || !c.open) return;
  draftStore.setState((s) => ({ drafts: { ...s.drafts, [draftKey(c)]: response } }));
}

const roleInClass = () => classView.getState().role;

/** Commits a response to the open prompt: it is revealed. A student in a class sends it instead
 *  (it can be changed until the lecturer reveals); the lecturer in a class gives none (the
 *  projector shows the class's). */
export function answer(response: PromptResponse): void {
  const c = draftStore.getState().current;
  if (!c || !c.open || response.kind !== c.prompt.kind) return;
  const role = roleInClass();
  if (role === 'lecturer') return;
  if (role === 'student') {
    const { model, target } = lessonStore.getState();
    const key = classKey(c, model, target);
    setDraft(response);
    classView.setState((s) => ({ chosen: { ...s.chosen, [key]: response } }));
    classView.getState().send?.(key, response);
    return;
  }
  practiceStore.getState().setPrompt(c.model, c.key, { state: 'answered', response });
}

/** Skips the open prompt: its answer is revealed without a prediction. (A student in a class
 *  waits for the lecturer's reveal: "next" stays, so nothing of the answer shows before it.) */
export function skip(): boolean {
  const c = draftStore.getState().current;
  if (!c || !c.open) return false;
  if (roleInClass() === 'student') return true;
  practiceStore.getState().setPrompt(c.model, c.key, { state: 'skipped' });
  return true;
}

/** Where a new drawing starts: every point at 1 (10⁰). */
export const DRAW_START = 1;

/** A drawn response's points, k = 0 … n − 1 (the start where none is drawn yet). */
export function drawnOf(response: PromptResponse | undefined, n: number): readonly number[] {
  const v = response?.kind === 'draw' ? response.values : [];
  return Array.from({ length: n }, (_, k) => v[k] ?? DRAW_START);
}

let started = false;

/** Starts following the stores (once per page). */
export function startPractice(win: Window = window): void {
  if (started) return;
  started = true;
  const hidden = readProp('hide', win.location.search).includes('predictions');
  const update = () => {
    const lesson = lessonStore.getState();
    const practice = practiceStore.getState();
    const cls = classView.getState();
    const student = cls.role === 'student';
    // A student in a class is asked what the lecturer asks, whatever their own setting.
    const found = currentPrompt(
      lesson,
      student ? { enabled: true, records: practice.records } : practice,
      gatedStore.getState().forgetBias,
      hidden && !student,
      classScope(cls.room),
    );
    let current = found;
    if (student) {
      const s = studentPrompt(found, cls, lesson.model, lesson.target);
      // The lecturer revealed it: this window's last answer (or none) is kept, and revealed.
      if (s.due && s.current) {
        // What the relay counted for this device, not a draft it never got.
        const sent = cls.sent[classKey(s.current, lesson.model, lesson.target)];
        practice.setPrompt(
          s.current.model,
          s.current.key,
          sent ? { state: 'answered', response: sent } : { state: 'skipped' },
        );
        return;
      }
      current = s.current;
    } else if (cls.role === 'lecturer') {
      const mine = lecturerPrediction(current, lesson.model, lesson.target);
      if (!samePrediction(mine, cls.mine) || !cls.ready) classView.setState({ mine, ready: true });
    }
    draftStore.setState({ current });
    promptView.setState({ asking: (practice.enabled && !hidden) || student });
    const drafts = draftStore.getState().drafts;
    const draft = current ? drafts[draftKey(current)] : undefined;
    const response = current?.record?.state === 'answered' ? current.record.response : draft;
    const truth = current?.truth;
    // The class's curves at a drawing's reveal, and their median where this window drew none.
    const tally = tallyOf(current, cls, lesson.model, lesson.target);
    const answered = current?.record?.state === 'answered';
    const median =
      tally && truth?.kind === 'draw' && !answered
        ? medianCurve(tally.curves, truth.values.length)
        : null;
    promptView.setState({
      prompt: current
        ? {
            id: current.prompt.id,
            sub: current.sub,
            revealAt: current.revealAt,
            open: current.open,
            veil: current.prompt.veil ?? null,
            options: truth?.kind === 'choice' ? truth.options : null,
            selected: response?.kind === 'choice' ? response.k : null,
            drawn:
              truth?.kind === 'draw' ? (median ?? drawnOf(response, truth.values.length)) : null,
            drawnBy: median ? 'class' : 'self',
            truth: truth?.kind === 'draw' && (answered || median) ? truth.values : null,
            others: tally && truth?.kind === 'draw' ? tally.curves : null,
          }
        : null,
    });
  };
  promptView.setState({
    choose: (k) => answer({ kind: 'choice', k }),
    draw: (k, value) => {
      const c = draftStore.getState().current;
      if (!c || !c.open || c.truth.kind !== 'draw') return;
      const n = c.truth.values.length;
      if (!(k >= 0 && k < n) || !(value >= 0) || !Number.isFinite(value)) return;
      const values = [...drawnOf(draftOf(draftStore.getState()) ?? undefined, n)];
      values[k] = value;
      setDraft({ kind: 'draw', values });
    },
    next: skip,
    setAsking: (on) => practiceStore.getState().setEnabled(on),
  });
  lessonStore.subscribe((s, p) => {
    if (
      s.stepIndex !== p.stepIndex ||
      s.sub !== p.sub ||
      s.model !== p.model ||
      s.target !== p.target
    )
      update();
  });
  practiceStore.subscribe(update);
  gatedStore.subscribe(update);
  classView.subscribe((s, p) => {
    if (s.role !== p.role || s.lecturer !== p.lecturer || s.answers !== p.answers) update();
  });
  draftStore.subscribe((s, p) => {
    if (s.drafts !== p.drafts) update();
  });
  // The presenter's window (or another tab) answered or skipped: the same answers here.
  win.addEventListener('storage', (e) => {
    if (e.key !== PRACTICE_KEY) return;
    const { enabled, records } = readStored(e.newValue);
    practiceStore.setState({ enabled, records });
  });
  update();
}
