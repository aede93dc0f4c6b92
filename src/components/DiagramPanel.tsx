import { lazy, Suspense, useMemo, useRef, type ReactNode } from 'react';
import { t } from '../i18n';
import { selectStep, selectStepModel, useLesson, usePromptView } from '../store';
import { loadDecayView } from './loadDecayView';
import { loadDiagram, loadedDiagram } from './loadDiagram';
import { loadGatedView } from './loadGatedView';
import { useDiagramInputs } from './useDiagramInputs';
import { useElementSize } from './useElementSize';
import { useReducedMotion } from './useReducedMotion';

const LazyDiagram = lazy(() => loadDiagram().then((m) => ({ default: m.UnrolledDiagram })));
const GatedView = lazy(() => loadGatedView().then((m) => ({ default: m.GatedView })));
const DecayView = lazy(() => loadDecayView().then((m) => ({ default: m.DecayView })));

const FALLBACK = { width: 1000, height: 880 };

/**
 * The unrolled network for the current step, sub-step and model, sized to its panel (the panel's
 * zoom makes it smaller in stage pixels, so the diagram reflows instead of being cut off); the
 * vanishing/exploding comparison for a step with model variants; `practice`, the practice
 * feature's view, for the steps that show it (the cards, the quiz).
 */
export function DiagramPanel({ practice }: { readonly practice?: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const size = useElementSize(box, FALLBACK);
  const lang = useLesson((s) => s.lang);
  const step = useLesson(selectStep);
  const sub = useLesson((s) => s.sub);
  const target = useLesson((s) => s.target);
  const model = useLesson(selectStepModel);
  const activeTerm = useLesson((s) => s.activeTerm);
  const setActiveTerm = useLesson((s) => s.setActiveTerm);
  const speed = useLesson((s) => s.animation.speed);
  const paused = useLesson((s) => s.animation.paused);
  const replayKey = useLesson((s) => s.animation.replayKey);
  const reducedMotion = useReducedMotion();

  const animation = useMemo(
    () => ({ speed, paused, replayKey, reducedMotion }),
    [speed, paused, replayKey, reducedMotion],
  );
  const { props } = useDiagramInputs({ model, target, step, sub, lang });
  // A prediction asked here: the terms it asks about wait, and its choice is on the nodes.
  const prompt = usePromptView((s) => s.prompt);
  const choose = usePromptView((s) => s.choose);
  const asking = prompt?.open ? prompt : null;
  const choice = useMemo(
    () =>
      asking?.options && choose
        ? {
            options: asking.options,
            selected: asking.selected,
            onChoose: choose,
            label: (k: number) => t(lang, 'practice', 'prompt.choose', { k }),
          }
        : undefined,
    [asking, choose, lang],
  );
  const veiled = asking?.veil === 'terms';
  const UnrolledDiagram = loadedDiagram() ?? LazyDiagram;
  return (
    <div ref={box} className="diagram-panel" data-step-id={step.id}>
      {step.focus.practice ? (
        practice
      ) : step.focus.cell ? (
        <Suspense fallback={null}>
          <GatedView width={size.width} height={size.height} />
        </Suspense>
      ) : step.focus.decay && step.variants ? (
        <Suspense fallback={null}>
          <DecayView width={size.width} height={size.height} />
        </Suspense>
      ) : (
        <Suspense fallback={null}>
          <UnrolledDiagram
            {...props}
            renderAnnotation={veiled ? undefined : props.renderAnnotation}
            renderAnnotationLegend={veiled ? undefined : props.renderAnnotationLegend}
            choice={choice}
            activeTerm={activeTerm}
            onHoverTerm={setActiveTerm}
            animation={animation}
            width={size.width}
            height={size.height}
          />
        </Suspense>
      )}
    </div>
  );
}
