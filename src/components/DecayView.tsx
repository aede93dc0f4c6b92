import { useMemo } from 'react';
import { DecayChart, type DecaySet } from '../diagram';
import type { DiagramLabels } from '../diagram';
import { jacobiansOf, selectStep, stepModelOf, targetTermsOf, useLesson } from '../store';

interface Props {
  readonly labels: DiagramLabels;
  readonly width: number;
  readonly height: number;
}

/**
 * The vanishing/exploding comparison of a step with model variants: the variants revealed so far,
 * at most the last two side by side (the current W, then small W beside it, then small beside
 * large), every norm from the core.
 */
export function DecayView({ labels, width, height }: Props) {
  const lang = useLesson((s) => s.lang);
  const step = useLesson(selectStep);
  const sub = useLesson((s) => s.sub);
  const target = useLesson((s) => s.target);
  const model = useLesson((s) => s.model);
  const sets = useMemo((): DecaySet[] => {
    const variants = step.variants ?? [];
    const last = variants.length === 0 ? 0 : Math.min(sub, variants.length - 1);
    const shown = [Math.max(0, last - 1), last].filter((v, i, a) => a.indexOf(v) === i);
    return shown.map((i) => {
      const m = stepModelOf(model, step, i);
      return {
        name: variants[i]?.label[lang] ?? '',
        jac: jacobiansOf(m, target),
        terms: targetTermsOf(m, target),
      };
    });
  }, [step, sub, model, target, lang]);
  return (
    <DecayChart sets={sets} labels={labels} width={width} height={height} className="decay-view" />
  );
}
