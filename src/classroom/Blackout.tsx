import { createPortal } from 'react-dom';
import { useClassroom } from './store';
import { useT } from '../components/useT';

/**
 * B or . : the whole window black (letterbox included), for when the audience should look at the
 * lecturer. The message is for screen readers only; B, . or Esc bring the lesson back.
 */
export function Blackout() {
  const tr = useT();
  const on = useClassroom((s) => s.blackout);
  const view = useClassroom((s) => s.view);
  if (!on || view !== 'app') return null;
  return createPortal(
    <div className="cls-blackout" data-testid="blackout" role="status">
      <span className="visually-hidden">{tr('blackout.label')}</span>
    </div>,
    document.body,
  );
}
