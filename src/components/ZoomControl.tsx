import { useLesson, ZOOM_MAX, ZOOM_MIN } from '../store';
import { useT } from './useT';
import { runZoom, useZoomKeys } from './useZoomKeys';

/**
 * − 100 % +: the zoom of the diagram and the formulas together (the keys + − and 0 too). The
 * middle button resets to 100 %.
 */
export function ZoomControl() {
  const tr = useT();
  const zoom = useLesson((s) => s.zoom);
  useZoomKeys();
  const percent = Math.round(zoom * 100);
  const value = tr('zoom.value', { percent });
  return (
    <div className="zoom" role="group" aria-label={tr('zoom.label')} data-testid="zoom">
      <button
        type="button"
        className="zoom__btn"
        aria-label={tr('zoom.out')}
        title={`${tr('zoom.out')} (−)`}
        disabled={zoom <= ZOOM_MIN}
        onClick={() => runZoom('out')}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="zoom__value"
        aria-label={`${value} — ${tr('zoom.reset')}`}
        title={`${tr('zoom.reset')} (0)`}
        data-zoom={zoom}
        onClick={() => runZoom('reset')}
      >
        {value}
      </button>
      <button
        type="button"
        className="zoom__btn"
        aria-label={tr('zoom.in')}
        title={`${tr('zoom.in')} (+)`}
        disabled={zoom >= ZOOM_MAX}
        onClick={() => runZoom('in')}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
