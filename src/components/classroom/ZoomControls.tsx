import { useLesson, ZOOM_MAX, ZOOM_MIN } from '../../store';
import { useT } from '../useT';
import { useCt } from './useCt';

const STEP = 0.1;

/** The next zoom level up or down, on a 10 % grid, inside [ZOOM_MIN, ZOOM_MAX]. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const next = Math.round((zoom + direction * STEP) * 10) / 10;
  return Math.min(Math.max(next, ZOOM_MIN), ZOOM_MAX);
}

/** − 100 % + : scales the diagram and the formulas together. */
export function ZoomControls() {
  const tr = useT();
  const ct = useCt();
  const zoom = useLesson((s) => s.zoom);
  const setZoom = useLesson((s) => s.setZoom);
  const percent = Math.round(zoom * 100);
  return (
    <div className="cls-zoom" role="group" aria-label={ct('zoom.group')}>
      <button
        type="button"
        className="cls-zoom__btn"
        aria-label={tr('zoom.out')}
        title={tr('zoom.out')}
        disabled={zoom <= ZOOM_MIN}
        onClick={() => setZoom(stepZoom(zoom, -1))}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="cls-zoom__value"
        aria-label={`${tr('zoom.reset')} (${tr('zoom.value', { percent })})`}
        title={tr('zoom.reset')}
        data-testid="zoom-value"
        onClick={() => setZoom(1)}
      >
        {tr('zoom.value', { percent })}
      </button>
      <button
        type="button"
        className="cls-zoom__btn"
        aria-label={tr('zoom.in')}
        title={tr('zoom.in')}
        disabled={zoom >= ZOOM_MAX}
        onClick={() => setZoom(stepZoom(zoom, 1))}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
