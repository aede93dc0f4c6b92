import { useT } from '../useT';
import { useCt } from './useCt';
import { formatElapsed, useTimer } from './useTimer';

/** The talk's stopwatch in the presenter view. */
export function PresenterTimer() {
  const tr = useT();
  const ct = useCt();
  const timer = useTimer();
  return (
    <div className="cls-timer" role="group" aria-label={tr('presenter.timer')}>
      <span
        className="cls-timer__value"
        data-testid="timer"
        data-running={timer.running}
        role="timer"
        aria-label={`${tr('presenter.timer')}: ${formatElapsed(timer.elapsed)}, ${
          timer.running ? ct('presenter.timerRunning') : ct('presenter.timerStopped')
        }`}
      >
        {formatElapsed(timer.elapsed)}
      </span>
      {timer.running ? (
        <button type="button" className="cls-btn" onClick={timer.pause} data-testid="timer-toggle">
          <span aria-hidden="true">❚❚</span> {tr('presenter.timerPause')}
        </button>
      ) : (
        <button type="button" className="cls-btn" onClick={timer.start} data-testid="timer-toggle">
          <span aria-hidden="true">▶</span> {tr('presenter.timerStart')}
        </button>
      )}
      <button type="button" className="cls-btn" onClick={timer.reset} data-testid="timer-reset">
        <span aria-hidden="true">↺</span> {tr('presenter.timerReset')}
      </button>
    </div>
  );
}
