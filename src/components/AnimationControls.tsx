import { SPEEDS, useLesson } from '../store';
import { useReducedMotion } from './useReducedMotion';
import { useT } from './useT';

/** Replay, pause and speed of the diagram's animation. */
export function AnimationControls() {
  const tr = useT();
  const reduced = useReducedMotion();
  const paused = useLesson((s) => s.animation.paused);
  const speed = useLesson((s) => s.animation.speed);
  const replay = useLesson((s) => s.replay);
  const togglePaused = useLesson((s) => s.togglePaused);
  const setSpeed = useLesson((s) => s.setSpeed);
  return (
    <div className="anim-controls" data-reduced-motion={reduced || undefined}>
      <button
        type="button"
        className="icon-btn"
        onClick={replay}
        aria-label={tr('anim.replay')}
        title={reduced ? tr('anim.reducedMotion') : tr('anim.replay')}
      >
        <span aria-hidden="true">↻</span>
      </button>
      <button
        type="button"
        className="icon-btn"
        onClick={togglePaused}
        aria-pressed={paused}
        aria-label={tr('anim.pause')}
        title={paused ? tr('anim.play') : tr('anim.pause')}
      >
        <span aria-hidden="true">{paused ? '▶' : '❚❚'}</span>
      </button>
      <div className="switch switch--speed" role="group" aria-label={tr('anim.speed')}>
        {SPEEDS.map((v) => (
          <button
            key={v}
            type="button"
            className="switch__btn"
            aria-pressed={speed === v}
            onClick={() => setSpeed(v)}
          >
            {tr('anim.speedValue', { speed: v })}
          </button>
        ))}
      </div>
    </div>
  );
}
