import { lessonText } from '../lesson/stepTexts';
import { useMemo } from 'react';
import { formulasAt } from '../lesson/tex';
import { selectLessonCtx, selectStep, useLesson } from '../store';
import { FitWidth } from '../components/FitWidth';
import { Formula } from '../components/Formula';

interface Props {
  readonly stepIndex: number;
  readonly sub: number;
  /** Show the captions under the formulas. */
  readonly captions?: boolean;
}

/** The formulas a position shows (up to its sub-step), for the current model and target. */
export function SnapshotFormulas({ stepIndex, sub, captions = true }: Props) {
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const step = selectStep({ stepIndex });
  const ctx = selectLessonCtx({ model, target, stepIndex, sub });
  const formulas = useMemo(() => formulasAt(step, { ...ctx, sub }), [step, ctx, sub]);
  if (formulas.length === 0) return null;
  return (
    <div className="formulas cls-snap-formulas" data-step-id={step.id}>
      {formulas.map((f) => (
        <figure key={f.id} className="formula-block" data-formula-id={f.id}>
          <FitWidth watch={f.tex} min={0.45}>
            <Formula tex={f.tex} display />
          </FitWidth>
          {captions && f.caption && (
            <figcaption className="formula-caption">{lessonText(lang, f.caption, ctx)}</figcaption>
          )}
        </figure>
      ))}
    </div>
  );
}
