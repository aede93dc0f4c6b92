/**
 * Prepares the neighbouring positions while the page is idle, as a slide deck preloads its next
 * slide: the formulas of the next and previous positions are rendered into Formula's cache (so a
 * step change inserts ready HTML instead of running KaTeX), and the KaTeX fonts the lesson uses
 * are fetched once (so no font swap relays the page out in the middle of a walk). Each idle
 * slice renders formulas only while the browser says it has time to spare.
 */
import { useEffect } from 'react';
import { formulasAt } from '../lesson/tex';
import {
  lessonStore,
  nextPosition,
  prevPosition,
  selectCounts,
  selectLessonCtx,
  selectStep,
  useLesson,
  type Position,
} from '../store';
import { loadKatex, renderTex } from './Formula';

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
  const start = performance.now();
  const id = window.setTimeout(
    () => cb({ timeRemaining: () => 8 - (performance.now() - start) }),
    50,
  );
  return () => window.clearTimeout(id);
}

let fontsRequested = false;

function requestFonts(): void {
  if (fontsRequested || typeof document === 'undefined' || !document.fonts) return;
  fontsRequested = true;
  for (const face of KATEX_FACES) document.fonts.load(face).catch(() => undefined);
}

/** The TeX of every formula shown at the positions next to the current one. */
function neighbourTex(): string[] {
  const s = lessonStore.getState();
  const counts = selectCounts(s);
  const here: Position = { stepIndex: s.stepIndex, sub: s.sub };
  const out: string[] = [];
  for (const p of [nextPosition(here, counts), prevPosition(here, counts)]) {
    if (p.stepIndex === here.stepIndex && p.sub === here.sub) continue;
    const at = { ...s, ...p };
    for (const f of formulasAt(selectStep(at), { ...selectLessonCtx(at), sub: p.sub })) {
      out.push(f.tex);
    }
  }
  return out;
}

export function usePrewarmFormulas(): void {
  const stepIndex = useLesson((s) => s.stepIndex);
  const sub = useLesson((s) => s.sub);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  useEffect(() => {
    let cancelled = false;
    let cancel: () => void = () => undefined;
    let queue: string[] | null = null;
    const work: IdleCallback = (deadline) => {
      if (cancelled) return;
      requestFonts();
      queue ??= neighbourTex();
      while (queue.length > 0 && deadline.timeRemaining() > 4) renderTex(queue.shift()!, true);
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
