/**
 * The explore mode's diagram: the lesson's unrolled network for the current model, with the flow
 * of the traced E_t and its per-k terms beside each s_k (or the whole gradient's flow for
 * E = Σ_t E_t), sized to its box. End states are drawn at once: every edit shows immediately.
 */
import { useRef } from 'react';
import { UnrolledDiagram } from '../diagram';
import type { Lang } from '../i18n';
import type { AnyModel } from '../model';
import { useLesson } from '../store';
import { useDiagramInputs } from '../components/useDiagramInputs';
import { useElementSize } from '../components/useElementSize';
import type { ExploreStep } from './exploreStep';

export interface ExploreDiagramProps {
  readonly model: AnyModel;
  /** The traced target t (in range). */
  readonly t: number;
  readonly view: ExploreStep;
  readonly lang: Lang;
  readonly label: string;
}

const FALLBACK = { width: 1000, height: 600 };
const ANIMATION = { speed: 1, paused: false, replayKey: 0, reducedMotion: true } as const;
/**
 * Columns wide enough for a term's value written out (e.g. "6.65 × 10⁻⁵") and its symbol: a long
 * sequence scrolls sideways instead of packing the numbers over each other.
 */
const MIN_COL_WIDTH = 176;

export function ExploreDiagram({ model, t, view, lang, label }: ExploreDiagramProps) {
  const box = useRef<HTMLDivElement>(null);
  const size = useElementSize(box, FALLBACK);
  const activeTerm = useLesson((s) => s.activeTerm);
  const setActiveTerm = useLesson((s) => s.setActiveTerm);
  const { step, sub } = view;
  const { props } = useDiagramInputs({
    model,
    target: t,
    step,
    sub,
    lang,
    annotate: 'terms',
  });
  return (
    <div
      ref={box}
      className="diagram-panel xp-diagram"
      data-step-id={step.id}
      data-target={t}
      role="region"
      aria-label={label}
    >
      <UnrolledDiagram
        {...props}
        activeTerm={activeTerm}
        onHoverTerm={setActiveTerm}
        animation={ANIMATION}
        width={size.width}
        height={size.height}
        minColWidth={MIN_COL_WIDTH}
      />
    </div>
  );
}

export default ExploreDiagram;
