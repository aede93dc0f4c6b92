import { UnrolledDiagram } from '../diagram';
import { DecayView } from '../components/DecayView';
import { GatedView } from '../components/GatedView';
import { useDiagramInputs } from '../components/useDiagramInputs';
import { translator } from '../i18n';
import { selectLessonModel, selectStep, stepModelOf, useLesson } from '../store';

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
 * The diagram of any position of the lesson, for the current model and target, drawn in its end
 * state: the presenter's current and next views and the handouts. A step with model variants
 * (vanishing and exploding) shows what the lesson shows there: the chart and each variant's
 * flow, captioned; the practice steps, which each student answers on their own screen, say where
 * their cards are. Computed by the same memoised selectors as the lesson's own diagram.
 */
export function SnapshotDiagram({ stepIndex, sub, width, height }: Props) {
  const lang = useLesson((s) => s.lang);
  const model = useLesson(selectLessonModel);
  const target = useLesson((s) => s.target);
  const step = selectStep({ stepIndex });
  const { props } = useDiagramInputs({
    model: stepModelOf(model, step, sub),
    target,
    step,
    sub,
    lang,
  });
  return (
    <div className="cls-snap-diagram" data-step-id={step.id} data-sub={sub}>
      {step.focus.practice ? (
        <p className="cls-snap-practice" data-testid="snap-practice">
          {translator(
            lang,
            'views',
          )(step.focus.practice === 'quiz' ? 'snapshot.quiz' : 'snapshot.cards')}
        </p>
      ) : step.focus.cell ? (
        <GatedView width={width} height={height} at={{ stepIndex, sub }} />
      ) : step.focus.decay ? (
        <DecayView width={width} height={height} at={{ stepIndex, sub }} />
      ) : (
        <UnrolledDiagram {...props} animation={STILL} width={width} height={height} />
      )}
    </div>
  );
}
