import { useT } from '../components/useT';
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
        <button
          type="button"
          className="cls-btn cls-icon-btn"
          onClick={timer.pause}
          aria-label={tr('presenter.timerPause')}
          title={tr('presenter.timerPause')}
          data-testid="timer-toggle"
        >
          <span aria-hidden="true">❚❚</span>
        </button>
      ) : (
        <button
          type="button"
          className="cls-btn cls-icon-btn"
          onClick={timer.start}
          aria-label={tr('presenter.timerStart')}
          title={tr('presenter.timerStart')}
          data-testid="timer-toggle"
        >
          <span aria-hidden="true">▶</span>
        </button>
      )}
      <button
        type="button"
        className="cls-btn cls-icon-btn"
        onClick={timer.reset}
        aria-label={tr('presenter.timerReset')}
        title={tr('presenter.timerReset')}
        data-testid="timer-reset"
      >
        <span aria-hidden="true">↺</span>
      </button>
    </div>
  );
}
