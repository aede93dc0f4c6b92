import { useEffect, useId, useState } from 'react';
import { useT } from '../components/useT';
import { useLesson } from '../store';
import { useVt } from './useVt';
import { formatElapsed, useTimer } from './useTimer';

/** The countdown lengths offered, in minutes (0: none). */
const COUNTDOWNS = [0, 5, 10, 15, 20, 30, 45, 60, 90] as const;

/** The time of day, to the minute, in the lesson's language. */
function WallClock() {
  const vt = useVt();
  const lang = useLesson((s) => s.lang);
  const [date, setDate] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setDate(new Date()), 10_000);
    return () => clearInterval(id);
  }, []);
  const text = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(date);
  return (
    <span
      className="cls-clock"
      data-testid="clock"
      aria-label={`${vt('presenter.clock')}: ${text}`}
    >
      {text}
    </span>
  );
}

/** The talk's stopwatch, an optional countdown and the wall clock, in the presenter view. */
export function PresenterTimer() {
  const tr = useT();
  const vt = useVt();
  const timer = useTimer();
  const id = useId();
  const left = timer.minutes * 60_000 - timer.elapsed;
  return (
    <div className="cls-timer" role="group" aria-label={tr('presenter.timer')}>
      <WallClock />
      <span
        className="cls-timer__value"
        data-testid="timer"
        data-running={timer.running}
        role="timer"
        aria-label={`${tr('presenter.timer')}: ${formatElapsed(timer.elapsed)}, ${
          timer.running ? vt('presenter.timerRunning') : vt('presenter.timerStopped')
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
      <label className="visually-hidden" htmlFor={`${id}-countdown`}>
        {vt('presenter.countdown')}
      </label>
      <select
        id={`${id}-countdown`}
        className="cls-select"
        data-testid="countdown-length"
        value={timer.minutes}
        onChange={(e) => timer.setMinutes(Number(e.target.value))}
      >
        {COUNTDOWNS.map((m) => (
          <option key={m} value={m}>
            {m === 0 ? vt('presenter.countdownOff') : vt('presenter.countdownMinutes', { n: m })}
          </option>
        ))}
      </select>
      {timer.minutes > 0 && (
        <span
          className={`cls-timer__value${left < 0 ? ' cls-timer__value--over' : ''}`}
          data-testid="countdown"
          data-left={Math.round(left / 1000)}
          aria-label={`${vt('presenter.countdownLeft')}: ${formatElapsed(left)}`}
        >
          {formatElapsed(left)}
        </span>
      )}
    </div>
  );
}
