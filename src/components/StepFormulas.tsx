import { useMemo, useState } from 'react';
import { lessonText } from '../lesson/stepTexts';
import { isTermClass } from '../lesson/terms';
import { formulasAt } from '../lesson/tex';
import type { StepFormula } from '../lesson/types';
import { selectLessonCtx, selectStep } from '../store';
import { FitWidth } from './FitWidth';
import { Formula } from './Formula';
import { useShownLesson } from './useShownLesson';

/** The linking class (term-W, term-jac, …) of the factor `el` is in, inside `root`, or null. */
function termOf(el: Element | null, root: Element): string | null {
  for (let f = el?.closest('[class*="term-"]'); f && root.contains(f);) {
    for (const c of f.classList) if (isTermClass(c)) return c;
    f = f.parentElement?.closest('[class*="term-"]');
  }
  return null;
}

/**
 * The factor under the pointer. KaTeX stacks a fraction's rows in boxes taller than their glyphs
 * (struts), so the topmost element at a point may be the numerator's row over the denominator's
 * W: every element at the point is tried, topmost first.
 */
function termUnder(
  e: { clientX: number; clientY: number; target: EventTarget | null },
  root: Element,
) {
  const hits =
    typeof document.elementsFromPoint === 'function'
      ? document.elementsFromPoint(e.clientX, e.clientY)
      : [];
  for (const el of hits) {
    if (!root.contains(el)) continue;
    const term = termOf(el, root);
    if (term) return term;
  }
  return e.target instanceof Element ? termOf(e.target, root) : null;
}

/**
 * Which formulas fold at this sub-step: once a later formula has appeared, the earlier ones after
 * the first (the step's main formula) fold to their caption, so the newest one has the room and
 * nothing has to scroll; with `all`, every one after the first (a prediction has the room). A
 * formula without a caption never folds (nothing would name it).
 */
export function foldedIds(formulas: readonly StepFormula[], all = false): Set<string> {
  const newest = Math.max(0, ...formulas.map((f) => f.from ?? 0));
  const out = new Set<string>();
  formulas.forEach((f, i) => {
    if (i > 0 && (all || (f.from ?? 0) < newest) && f.caption) out.add(f.id);
  });
  return out;
}

/**
 * The current step's formulas up to the current sub-step, each with its caption; earlier
 * secondary formulas fold (a button with their caption unfolds them again), and all the secondary
 * ones when `compact` (a prediction asked or revealed here).
 */
export function StepFormulas({ compact = false }: { readonly compact?: boolean }) {
  const lang = useShownLesson((s) => s.lang);
  const sub = useShownLesson((s) => s.sub);
  const step = useShownLesson(selectStep);
  const ctx = useShownLesson(selectLessonCtx);
  const setActiveTerm = useShownLesson((s) => s.setActiveTerm);
  const formulas = useMemo(() => formulasAt(step, { ...ctx, sub }), [step, ctx, sub]);
  const folded = useMemo(() => foldedIds(formulas, compact), [formulas, compact]);
  // Formulas unfolded by hand, for this position only.
  const at = `${step.id}:${sub}`;
  const [opened, setOpened] = useState<{ at: string; ids: readonly string[] }>({ at, ids: [] });
  const open = opened.at === at ? opened.ids : [];
  const toggle = (id: string) =>
    setOpened({ at, ids: open.includes(id) ? open.filter((x) => x !== id) : [...open, id] });
  if (formulas.length === 0) return null;
  return (
    <div
      className="formulas"
      data-step-id={step.id}
      onPointerMove={(e) => setActiveTerm(termUnder(e, e.currentTarget))}
      onPointerLeave={() => setActiveTerm(null)}
    >
      {formulas.map((f) => {
        const foldable = folded.has(f.id);
        const shown = !foldable || open.includes(f.id);
        const caption = f.caption ? lessonText(lang, f.caption, ctx) : undefined;
        return (
          <figure
            key={f.id}
            className={shown ? 'formula-block' : 'formula-block is-folded'}
            data-formula-id={f.id}
          >
            {foldable && (
              <button
                type="button"
                className="formula-fold"
                aria-expanded={shown}
                onClick={() => toggle(f.id)}
              >
                <span aria-hidden="true" className="formula-fold__mark">
                  {shown ? '▾' : '▸'}
                </span>
                <span className="formula-fold__text">{caption}</span>
              </button>
            )}
            {shown && (
              <FitWidth watch={f.tex} min={1}>
                <Formula tex={f.tex} display />
              </FitWidth>
            )}
            {shown && caption && !foldable && (
              <figcaption className="formula-caption">{caption}</figcaption>
            )}
          </figure>
        );
      })}
    </div>
  );
}
