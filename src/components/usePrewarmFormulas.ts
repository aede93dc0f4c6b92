/**
 * Prepares the neighbouring positions while the page is idle, as a slide deck preloads its next
 * slide: their terms and Jacobian norms are computed into the selectors' caches, their formulas
 * (the step's, and the diagram's per-k labels) are rendered into Formula's cache, so a step
 * change inserts ready HTML instead of running the core and KaTeX; and the KaTeX fonts the
 * lesson uses are fetched once, so no font swap relays the page out in the middle of a walk.
 * Each idle slice works only while the browser says it has time to spare.
 */
import { useEffect } from 'react';
import { formulasAt } from '../lesson/tex';
import { dimsOf } from '../model';
import {
  lessonStore,
  nextPosition,
  prevPosition,
  selectCounts,
  selectLessonCtx,
  selectStep,
  selectStepJacobians,
  selectStepTerms,
  useLesson,
  type Position,
} from '../store';
import { loadKatex, renderTex } from './Formula';
import { annotationTex } from './TermAnnotation';

/** The faces the lesson's formulas use (family, then the CSS font shorthand's style part). */
const KATEX_FACES = [
  '1em KaTeX_Main',
  'bold 1em KaTeX_Main',
  'italic 1em KaTeX_Main',
  'italic 1em KaTeX_Math',
  '1em KaTeX_Size1',
  '1em KaTeX_Size2',
  '1em KaTeX_Size3',
  '1em KaTeX_Size4',
  '1em KaTeX_AMS',
];

/** T·H³ of the largest model whose Jacobians are prepared ahead (64·64³: about 10 ms). */
const MAX_PREWARM_WORK = 64 * 64 ** 3;

interface IdleDeadline {
  timeRemaining(): number;
}
type IdleCallback = (deadline: IdleDeadline) => void;

/** requestIdleCallback where there is one, else a short timeout with a fixed allowance. */
function whenIdle(cb: IdleCallback): () => void {
  const w = window as unknown as {
    requestIdleCallback?: (cb: IdleCallback, opts?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(cb, { timeout: 2000 });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = window.setTimeout(() => {
    const start = performance.now();
    cb({ timeRemaining: () => Math.max(0, 8 - (performance.now() - start)) });
  }, 50);
  return () => window.clearTimeout(id);
}

let fontsRequested = false;

function requestFonts(): void {
  if (fontsRequested || typeof document === 'undefined' || !document.fonts) return;
  fontsRequested = true;
  for (const face of KATEX_FACES) document.fonts.load(face).catch(() => undefined);
}

/** One piece of work for an idle slice. */
type Job = () => void;

/**
 * The work that prepares the positions next to the current one: their derived data first (the
 * step change needs it before anything can be drawn), then their formulas.
 */
function neighbourJobs(): Job[] {
  const s = lessonStore.getState();
  const counts = selectCounts(s);
  const here: Position = { stepIndex: s.stepIndex, sub: s.sub };
  const data: Job[] = [];
  const tex: Job[] = [];
  const formula = (t: string, display: boolean) => tex.push(() => void renderTex(t, display));
  for (const p of [nextPosition(here, counts), prevPosition(here, counts)]) {
    if (p.stepIndex === here.stepIndex && p.sub === here.sub) continue;
    const at = { ...s, ...p };
    const step = selectStep(at);
    data.push(() => void selectStepTerms(at));
    // Not for the largest models, where one Jacobian pass would be a long task of its own.
    const { T, H } = dimsOf(s.model);
    if ((step.focus.terms || step.focus.jacobians) && T * H * H * H <= MAX_PREWARM_WORK)
      data.push(() => void selectStepJacobians(at));
    const ctx = selectLessonCtx(at);
    for (const f of formulasAt(step, { ...ctx, sub: p.sub })) formula(f.tex, true);
    // The diagram's per-k labels (TermAnnotation).
    for (let k = 0; k <= s.target; k++) {
      if (step.focus.terms) formula(annotationTex('terms', k, s.target), false);
      if (step.focus.jacobians) formula(annotationTex('jacobians', k, s.target), false);
    }
  }
  return [...data, ...tex];
}

export function usePrewarmFormulas(): void {
  const stepIndex = useLesson((s) => s.stepIndex);
  const sub = useLesson((s) => s.sub);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  useEffect(() => {
    let cancelled = false;
    let cancel: () => void = () => undefined;
    let queue: Job[] | null = null;
    const work: IdleCallback = (deadline) => {
      if (cancelled) return;
      requestFonts();
      queue ??= neighbourJobs();
      // One job at least per slice (a slice given after the timeout has no time left), then as
      // many as fit.
      do queue.shift()?.();
      while (queue.length > 0 && deadline.timeRemaining() > 4);
      if (queue.length > 0) cancel = whenIdle(work);
    };
    void loadKatex().then(() => {
      if (!cancelled) cancel = whenIdle(work);
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [stepIndex, sub, model, target]);
}
