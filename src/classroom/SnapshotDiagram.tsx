import { useMemo } from 'react';
import { UnrolledDiagram } from '../diagram';
import { DecayChart, type DecaySet } from '../diagram/DecayChart';
import { t as translate } from '../i18n';
import { useDiagramInputs } from '../components/useDiagramInputs';
import { jacobiansOf, selectStep, stepModelOf, targetTermsOf, useLesson } from '../store';

interface Props {
  readonly stepIndex: number;
  readonly sub: number;
  /** Stage pixels available. */
  readonly width: number;
  readonly height: number;
}

/** No motion: a snapshot shows every sub-step's end state at once. */
const STILL = { speed: 1, paused: true, replayKey: 0, reducedMotion: true } as const;

/**
 * The diagram (and the decay chart when the step has one) of any position of the lesson, for the
 * current model and target, drawn in its end state: the presenter's current and next views and
 * the handouts. Computed by the same memoised selectors as the lesson's own diagram.
 */
export function SnapshotDiagram({ stepIndex, sub, width, height }: Props) {
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const step = selectStep({ stepIndex });
  const focus = step.focus;
  const { props } = useDiagramInputs({
    model: stepModelOf(model, step, sub),
    target,
    step,
    sub,
    lang,
  });

  const sets = useMemo((): DecaySet[] => {
    if (!focus.decay) return [];
    const variants = step.variants ?? [];
    const last = variants.length === 0 ? 0 : Math.min(sub, variants.length - 1);
    const shown = [Math.max(0, last - 1), last].filter((v, i, a) => a.indexOf(v) === i);
    return shown.map((i) => {
      const m = stepModelOf(model, step, i);
      return {
        name: variants[i] ? translate(lang, 'lesson', variants[i].label) : '',
        jac: jacobiansOf(m, target),
        terms: targetTermsOf(m, target),
      };
    });
  }, [focus.decay, step, sub, model, target, lang]);

  const chartHeight = focus.decay ? Math.max(240, Math.round(height * 0.48)) : 0;
  return (
    <div className="cls-snap-diagram" data-step-id={step.id} data-sub={sub}>
      <UnrolledDiagram
        {...props}
        animation={STILL}
        width={width}
        height={Math.max(200, height - chartHeight)}
      />
      {focus.decay && (
        <DecayChart sets={sets} labels={props.labels} width={width - 8} height={chartHeight - 8} />
      )}
    </div>
  );
}
