import { useRef, type KeyboardEvent } from 'react';
import { STEPS } from '../lesson/steps';
import { effectiveWindow } from '../lesson/substeps';
import { lessonText } from '../lesson/stepTexts';
import { lessonCtxOf, selectT, useLesson } from '../store';
import { useT } from '../components/useT';
import { Dialog } from './Dialog';
import { useVt } from './useVt';

interface Props {
  readonly onClose: () => void;
}

const COLUMNS = 4;

/**
 * Every step as a card (number and title): click one, or move with the arrow keys and press
 * Enter, to jump to it. The arrows move between cards here, not through the lesson.
 */
export function Overview({ onClose }: Props) {
  const tr = useT();
  const vt = useVt();
  const lang = useLesson((s) => s.lang);
  const stepIndex = useLesson((s) => s.stepIndex);
  const target = useLesson((s) => s.target);
  const T = useLesson(selectT);
  const truncate = useLesson((s) => s.model.truncate);
  const goTo = useLesson((s) => s.goTo);
  const current = useRef<HTMLButtonElement>(null);
  const grid = useRef<HTMLOListElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const buttons = Array.from(grid.current?.querySelectorAll('button') ?? []);
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: COLUMNS,
      ArrowUp: -COLUMNS,
      PageDown: COLUMNS,
      PageUp: -COLUMNS,
      Home: -i,
      End: buttons.length - 1 - i,
    };
    const d = moves[e.key];
    if (d === undefined) return;
    e.preventDefault();
    buttons[Math.min(Math.max(i + d, 0), buttons.length - 1)]?.focus();
  };

  return (
    <Dialog
      title={tr('overview.title')}
      onClose={onClose}
      initialFocus={current}
      className="cls-overview"
      testId="overview"
      closeLabel={tr('overview.close')}
    >
      <p className="cls-muted">{vt('overview.hint')}</p>
      <ol className="cls-overview__grid" ref={grid} onKeyDown={onKeyDown}>
        {STEPS.map((step, i) => {
          const ctx = lessonCtxOf(target, T, effectiveWindow(step, truncate));
          const title = lessonText(lang, step.title, ctx);
          const isCurrent = i === stepIndex;
          return (
            <li key={step.id}>
              <button
                type="button"
                ref={isCurrent ? current : undefined}
                className="cls-overview__card"
                data-step-id={step.id}
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => {
                  goTo(i, 0);
                  onClose();
                }}
              >
                <span className="cls-overview__num">{i + 1}</span>
                <span className="cls-overview__title">{title}</span>
                {step.beyondSlides && <span className="badge">{tr('app.beyondSlides')}</span>}
                {isCurrent && <span className="cls-overview__here">{vt('overview.current')}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </Dialog>
  );
}
