import { useMemo } from 'react';
import { DecayChart, diagramLabels, type DecaySet } from '../diagram';
import { jacobiansOf, selectStep, stepModelOf, targetTermsOf, useLesson } from '../store';

/** Size of the chart in the step panel (stage pixels). */
const WIDTH = 740;
const HEIGHT = 420;

/**
 * The vanishing/exploding comparison for a step with model variants: the norms of the variant the
 * current sub-step shows (the current W, a small W, a large W) against the bound, on a logarithmic
 * axis, every number from the core.
 */
export function DecayView() {
  const lang = useLesson((s) => s.lang);
  const step = useLesson(selectStep);
  const sub = useLesson((s) => s.sub);
  const target = useLesson((s) => s.target);
  const model = useLesson((s) => s.model);
  const labels = useMemo(() => diagramLabels(lang), [lang]);
  const sets = useMemo((): DecaySet[] => {
    const variants = step.variants ?? [];
    const last = variants.length === 0 ? 0 : Math.min(sub, variants.length - 1);
    const m = stepModelOf(model, step, last);
    return [
      {
        name: variants[last]?.label[lang] ?? '',
        jac: jacobiansOf(m, target),
        terms: targetTermsOf(m, target),
      },
    ];
  }, [step, sub, model, target, lang]);
  return (
    <div className="decay-view" data-sets={sets.length}>
      <DecayChart sets={sets} labels={labels} width={WIDTH} height={HEIGHT} />
    </div>
  );
}
