import { useCallback, useMemo } from 'react';
import { UnrolledDiagram } from '../diagram';
import { DecayChart, type DecaySet } from '../diagram/DecayChart';
import { t as translate, translator } from '../i18n';
import { norm2, type Model } from '../model';
import {
  forwardOf,
  jacobiansOf,
  selectLessonModel,
  selectStep,
  stepModelOf,
  targetTermsOf,
  useLesson,
  usePromptView,
} from '../store';
import { DrawPrediction } from './DrawPrediction';
import { Formula } from './Formula';
import { TermAnnotation } from './TermAnnotation';
import { useReducedMotion } from './useReducedMotion';

interface Props {
  /** The room it has (stage pixels, after zoom). */
  readonly width: number;
  readonly height: number;
  /** A still of another position (the handouts, the presenter's views): that step and sub-step,
   *  drawn in its end state. The lesson's current position, animated, when absent. */
  readonly at?: { readonly stepIndex: number; readonly sub: number };
}

/** No motion: a still shows its sub-step's end state. */
const STILL = { speed: 1, paused: true, replayKey: 0, reducedMotion: true } as const;

/** Height of a flow strip's annotation band: the formula and its value, or the value alone. */
const BAND_ROOMY = 132;
const BAND_COMPACT = 44;
/** The strip: its caption and node row, and the band under it (layout's 'states' rows). */
const STRIP_BASE = 44 + 68 + 24 + 16;

/** ‖∂s_t/∂s_k‖₂, written on one line. */
function jacNormTex(t: number): string {
  return `\\lVert \\partial s_{${t}}/\\partial s_k \\rVert_2`;
}

interface Panel {
  readonly index: number;
  readonly name: string;
  readonly model: Model;
}

/** "Small W: the gradient vanishes" → "Small W": a chart panel's short title. */
function shortName(name: string): string {
  return name.split(/[:：]/)[0].trim() || name;
}

/**
 * Vanishing and exploding gradients, for a step with model variants (the step 'vanishing-exploding'): the norms against
 * the bound (γ·σ_max(W))^{t★−k} on a logarithmic axis, and under the chart, for each setting, the
 * flow from s_t★ back to s₀ as wide as the gradient, with ‖∂s_t★/∂s_k‖₂ under each s_k. The
 * first sub-step shows the current W; the next ones show a small and a large W side by side, on
 * one axis and one flow scale (the large one faded until its sub-step). Every number comes from
 * the core.
 */
export function DecayView({ width, height, at }: Props) {
  const lang = useLesson((s) => s.lang);
  const current = useLesson(selectStep);
  const step = at ? selectStep(at) : current;
  const currentSub = useLesson((s) => s.sub);
  const sub = at ? at.sub : currentSub;
  const target = useLesson((s) => s.target);
  const model = useLesson(selectLessonModel);
  const activeTerm = useLesson((s) => s.activeTerm);
  const setActiveTerm = useLesson((s) => s.setActiveTerm);
  const speed = useLesson((s) => s.animation.speed);
  const paused = useLesson((s) => s.animation.paused);
  const replayKey = useLesson((s) => s.animation.replayKey);
  const reducedMotion = useReducedMotion();
  const labels = translator(lang, 'diagram');
  const moving = useMemo(
    () => ({ speed, paused, replayKey, reducedMotion }),
    [speed, paused, replayKey, reducedMotion],
  );
  const animation = at ? STILL : moving;
  // The prediction of ‖∂E/∂s_k‖ asked here: drawn in the whole view while open (the chart and the
  // strips' widths would give it away), then in the chart's place with the computed curve.
  const prompt = usePromptView((s) => s.prompt);
  const drawing =
    !at && prompt?.id === 'draw-norms' && prompt.sub === sub && !!prompt.drawn
      ? prompt.open
        ? 'ask'
        : prompt.truth
          ? 'reveal'
          : null
      : null;

  const comparing = (step.variants?.length ?? 0) > 1 && sub >= 1;
  const panels = useMemo((): Panel[] => {
    const variants = step.variants ?? [];
    const at = (i: number): Panel => ({
      index: i,
      name: variants[i] ? translate(lang, 'lesson', variants[i].label) : '',
      model: stepModelOf(model, step, i),
    });
    if (!comparing) return [at(0)];
    return variants.slice(1).map((_, i) => at(i + 1));
  }, [comparing, model, step, lang]);
  const pending = panels.map((p) => p.index > sub);

  const sets = useMemo(
    (): DecaySet[] =>
      panels.map((p) => ({
        name: panels.length > 1 ? shortName(p.name) : p.name,
        jac: jacobiansOf(p.model, target),
        terms: targetTermsOf(p.model, target),
      })),
    [panels, target],
  );
  // One flow scale for every strip, so a vanishing gradient looks thinner than an exploding one.
  const reference = useMemo(() => {
    const finite = sets.flatMap((s) => s.terms.dEds.map((g) => norm2(g))).filter(Number.isFinite);
    return Math.max(0, ...finite) || undefined;
  }, [sets]);

  const n = panels.length;
  const band = n === 1 ? BAND_ROOMY : BAND_COMPACT;
  const stripH = STRIP_BASE + band;
  const chartH = Math.max(320, height - n * stripH - 8);
  const overflow = translate(lang, 'ui', 'value.overflow');
  const annotation = useCallback(
    (i: number) => (k: number, info: { compact: boolean; width: number }) => (
      <TermAnnotation
        k={k}
        t={target}
        mode="jacobians"
        summary={undefined}
        jac={sets[i].jac}
        lang={lang}
        overflow={overflow}
        compact={info.compact || n > 1}
        width={info.width}
      />
    ),
    [target, sets, lang, overflow, n],
  );
  const legend = useCallback(
    (info: { compact: boolean }) => (
      <div className="term-annot term-annot--legend" aria-hidden="true">
        {n === 1 && !info.compact && <div className="term-annot__sym" />}
        <div className="term-annot__row">
          <Formula tex={n === 1 || info.compact ? '\\lVert\\cdot\\rVert_2' : jacNormTex(target)} />
        </div>
      </div>
    ),
    [n, target],
  );

  if (drawing === 'ask')
    return (
      <div className="decay-view" data-sets={n} data-drawing="ask">
        <DrawPrediction width={width} height={height} />
      </div>
    );
  return (
    <div
      className="decay-view"
      data-sets={n}
      data-comparing={comparing || undefined}
      data-drawing={drawing ?? undefined}
    >
      {drawing === 'reveal' ? (
        <DrawPrediction width={width} height={chartH} />
      ) : (
        <DecayChart sets={sets} labels={labels} width={width} height={chartH} pending={pending} />
      )}
      <div className="decay-view__strips">
        {panels.map((p, i) => {
          const fwd = forwardOf(p.model);
          return (
            <div
              key={p.index}
              className={pending[i] ? 'decay-view__strip is-pending' : 'decay-view__strip'}
              data-variant={p.index}
            >
              <p className="decay-view__caption">{p.name}</p>
              <UnrolledDiagram
                dims={fwd.dims}
                fwd={fwd}
                model={p.model}
                target={target}
                focus={step.focus}
                sub={sub}
                terms={sets[i].terms}
                jac={sets[i].jac}
                labels={labels}
                activeTerm={activeTerm}
                onHoverTerm={setActiveTerm}
                renderAnnotation={annotation(i)}
                renderAnnotationLegend={legend}
                animation={animation}
                width={width}
                height={stripH}
                annotationHeight={band}
                flowReference={reference}
                stepwiseFlow={false}
                rows="states"
                columns={target + 1}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
