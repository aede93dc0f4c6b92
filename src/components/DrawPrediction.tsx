import { useMemo } from 'react';
import { DrawChart, type DrawChartLabels } from '../diagram/predict/DrawChart';
import { formatNumber, subscript, t } from '../i18n';
import { roundFactor } from '../lesson/prompts/gaps';
import { useLesson, usePromptView } from '../store';
import { useReducedMotion } from './useReducedMotion';

/** How far a drawn point is from the computed one, as its label: "×20 high", "close", or none. */
function gapLabel(lang: 'en' | 'ru', predicted: number, actual: number): string | null {
  if (!(predicted > 0) || !(actual > 0)) return null;
  const d = Math.log10(predicted / actual);
  if (Math.abs(d) < Math.log10(2)) return t(lang, 'practice', 'draw.near');
  const factor = roundFactor(10 ** Math.abs(d));
  return t(lang, 'practice', d > 0 ? 'draw.high' : 'draw.low', { factor });
}

/**
 * The prediction of ‖∂E_t★/∂s_k‖ drawn by the student (the 'draw-norms' prompt), in the decay
 * chart's place: points to drag while it is asked, then the computed curve over them with each
 * point's gap. Its strings are the practice feature's, loaded before any prompt is open.
 */
export function DrawPrediction({
  width,
  height,
}: {
  readonly width: number;
  readonly height: number;
}) {
  const lang = useLesson((s) => s.lang);
  const target = useLesson((s) => s.target);
  const prompt = usePromptView((s) => s.prompt);
  const draw = usePromptView((s) => s.draw);
  const reducedMotion = useReducedMotion();
  const byClass = prompt?.drawnBy === 'class';
  const labels = useMemo((): DrawChartLabels => {
    const tr = (k: Parameters<typeof t<'practice'>>[2], p?: Record<string, string | number>) =>
      t(lang, 'practice', k, p);
    const axis = `‖∂E${subscript(target)}/∂sₖ‖`;
    return {
      title: tr('draw.label', { t: target }),
      axis,
      k: 'k',
      zeroLane: tr('draw.zeroLane'),
      student: tr(byClass ? 'class.median' : 'prompt.yours'),
      truth: tr('prompt.computed'),
      pointName: (k) => `k = ${k}`,
      valueText: (k, v) =>
        v === 0
          ? tr('draw.pointZero', { k })
          : tr('draw.point', { k, value: formatNumber(v, { lang, digits: 2 }) }),
    };
  }, [lang, target, byClass]);
  const drawn = prompt?.drawn;
  const truth = prompt?.truth ?? undefined;
  const gaps = useMemo(
    () => (truth && drawn ? truth.map((a, k) => gapLabel(lang, drawn[k], a)) : undefined),
    [truth, drawn, lang],
  );
  if (!drawn) return null;
  return (
    <div className="draw-prediction" data-testid="draw-prediction" style={{ width, height }}>
      <DrawChart
        values={drawn}
        onChange={prompt.open && draw ? draw : undefined}
        truth={truth}
        others={prompt.others}
        gapLabels={gaps}
        labels={labels}
        width={width}
        height={height}
        reducedMotion={reducedMotion}
      />
    </div>
  );
}
