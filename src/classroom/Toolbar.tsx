import { useClassroom } from './store';
import { useT } from '../components/useT';
import { useCt } from './useCt';

/** The classroom controls in the lesson's header: help and the tools menu. */
export function Toolbar() {
  const tr = useT();
  const ct = useCt();
  const overlay = useClassroom((s) => s.overlay);
  const toggleOverlay = useClassroom((s) => s.toggleOverlay);
  return (
    <div className="cls-toolbar" data-control="toolbar">
      <button
        type="button"
        className="cls-toolbar__btn"
        aria-label={tr('nav.help')}
        title={`${tr('nav.help')} (?)`}
        aria-haspopup="dialog"
        aria-expanded={overlay === 'help'}
        onClick={() => toggleOverlay('help')}
      >
        <span aria-hidden="true">?</span>
      </button>
      <button
        type="button"
        className="cls-toolbar__btn cls-toolbar__menu"
        aria-haspopup="dialog"
        aria-expanded={overlay === 'tools'}
        data-testid="tools-button"
        onClick={() => toggleOverlay('tools')}
      >
        <span aria-hidden="true">☰</span>{' '}
        <span className="toolbar__label">{ct('tools.menu')}</span>
      </button>
    </div>
  );
}
