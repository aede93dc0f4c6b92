import { useCallback, useMemo } from 'react';
import { DecayChart, diagramLabels, UnrolledDiagram, type DecaySet } from '../diagram';
import { t as translate } from '../lesson/i18n';
import { norm2, type RnnModel } from '../model';
import {
  forwardOf,
  jacobiansOf,
  selectStep,
  stepModelOf,
  targetTermsOf,
  useLesson,
} from '../store';
import { TermAnnotation } from './TermAnnotation';
import { useReducedMotion } from './useReducedMotion';

interface Props {
  /** The room it has (stage pixels, after zoom). */
  readonly width: number;
  readonly height: number;
}

/** Height of the flow strips' annotation band: the formula and its value, or the value alone. */
const BAND_ROOMY = 124;
const BAND_COMPACT = 44;
/** The strip: its node row (with room above for labels) and the band under it. */
const STRIP_BASE = 44 + 68 + 24 + 16;
/** The strips' columns may be narrower than the full diagram's (two strips side by side). */
const STRIP_MIN_COL = 88;

interface Panel {
  readonly index: number;
  readonly name: string;
  readonly model: RnnModel;
}

/**
 * Vanishing and exploding gradients, for a step with model variants (step 10): the norms against
 * the bound (γ·σ_max(W))^{t★−k} on a logarithmic axis, and under each chart the flow from s_t★
 * back to s₀ as wide as the gradient. The first sub-step shows the current W; the next ones show a
 * small and a large W side by side, on one axis and one flow scale (the large one faded until its
 * sub-step). Every number comes from the core.
 */
export function DecayView({ width, height }: Props) {
  const lang = useLesson((s) => s.lang);
  const step = useLesson(selectStep);
  const sub = useLesson((s) => s.sub);
  const target = useLesson((s) => s.target);
  const model = useLesson((s) => s.model);
  const activeTerm = useLesson((s) => s.activeTerm);
  const setActiveTerm = useLesson((s) => s.setActiveTerm);
  const speed = useLesson((s) => s.animation.speed);
  const paused = useLesson((s) => s.animation.paused);
  const replayKey = useLesson((s) => s.animation.replayKey);
  const reducedMotion = useReducedMotion();
  const labels = useMemo(() => diagramLabels(lang), [lang]);
  const animation = useMemo(
    () => ({ speed, paused, replayKey, reducedMotion }),
    [speed, paused, replayKey, reducedMotion],
  );

  const variants = step.variants ?? [];
  const comparing = variants.length > 1 && sub >= 1;
  const panels = useMemo((): Panel[] => {
    const at = (i: number): Panel => ({
      index: i,
      name: variants[i]?.label[lang] ?? '',
      model: stepModelOf(model, step, i),
    });
    if (!comparing) return [at(0)];
    return variants.slice(1).map((_, i) => at(i + 1));
  }, [variants, comparing, model, step, lang]);
  const pending = panels.map((p) => p.index > sub);

  const sets = useMemo(
    (): DecaySet[] =>
      panels.map((p) => ({
        name: p.name,
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
  const colW = Math.floor(width / n);
  const band = n === 1 ? BAND_ROOMY : BAND_COMPACT;
  const stripH = STRIP_BASE + band;
  const chartH = Math.max(320, height - stripH - 8);
  const overflow = translate(lang, 'value.overflow');
  const annotation = useCallback(
    (i: number) => (k: number, info: { compact: boolean }) => (
      <TermAnnotation
        k={k}
        t={target}
        mode="jacobians"
        summary={undefined}
        jac={sets[i].jac}
        overflow={overflow}
        compact={info.compact}
      />
    ),
    [target, sets, overflow],
  );

  return (
    <div className="decay-view" data-sets={n} data-comparing={comparing || undefined}>
      <DecayChart
        sets={sets}
        labels={labels}
        width={colW * n}
        height={chartH}
        pending={pending}
      />
      <div className="decay-view__strips">
        {panels.map((p, i) => {
          const fwd = forwardOf(p.model);
          return (
            <div
              key={p.index}
              className={pending[i] ? 'decay-view__strip is-pending' : 'decay-view__strip'}
              data-variant={p.index}
              style={{ width: colW }}
            >
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
                animation={animation}
                width={colW}
                height={stripH}
                annotationHeight={band}
                flowReference={reference}
                stepwiseFlow={false}
                rows="states"
                minColWidth={STRIP_MIN_COL}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
