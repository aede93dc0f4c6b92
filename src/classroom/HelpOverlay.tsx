import { Fragment } from 'react';
import { HELP_KEYS, keyCapLabel } from '../i18n';
import { useLesson } from '../store';
import { useClassroom } from './store';
import { useT } from '../components/useT';
import { Dialog } from './Dialog';
import { useSession } from './sessionStore';
import { useVt } from './useVt';

/** The lesson's zoom keys (its zoom control, beside the step's text, listens to them). */
const ZOOM_KEYS = [
  { action: 'zoom.in', keys: ['+'] },
  { action: 'zoom.out', keys: ['−'] },
  { action: 'zoom.reset', keys: ['0'] },
] as const;

interface Props {
  readonly onClose: () => void;
}

/**
 * Every key of the app (HELP_KEYS, the zoom keys and, for a class session's lecturer, the join
 * view's), and what needs a served copy.
 */
export function HelpOverlay({ onClose }: Props) {
  const tr = useT();
  const vt = useVt();
  const lecturer = useSession((s) => s.role === 'lecturer');
  const lang = useLesson((s) => s.lang);
  const view = useClassroom((s) => s.view);
  const fromDisk = typeof window !== 'undefined' && window.location.protocol === 'file:';
  return (
    <Dialog
      title={tr('help.title')}
      onClose={onClose}
      className="cls-help"
      testId="help-overlay"
      closeLabel={tr('help.close')}
    >
      <table className="cls-help__table">
        <tbody>
          {HELP_KEYS.map((entry) => (
            <tr key={entry.action} data-action={entry.action}>
              <th scope="row">{tr(entry.action)}</th>
              <td>
                {entry.keys.map((cap, i) => (
                  <Fragment key={cap}>
                    {i > 0 && <span className="cls-help__or"> {tr('help.or')} </span>}
                    <kbd data-cap={cap}>{keyCapLabel(lang, cap)}</kbd>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
          {view === 'app' &&
            ZOOM_KEYS.map((z) => (
              <tr key={z.action} data-action={z.action}>
                <th scope="row">{tr(z.action)}</th>
                <td>
                  {z.keys.map((k, i) => (
                    <Fragment key={k}>
                      {i > 0 && <span className="cls-help__or"> {tr('help.or')} </span>}
                      <kbd>{k}</kbd>
                    </Fragment>
                  ))}
                </td>
              </tr>
            ))}
          {lecturer && (
            <tr data-action="session.join">
              <th scope="row">{vt('session.joinKey')}</th>
              <td>
                <kbd data-cap="J">J</kbd>
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="cls-help__note">{tr('help.inputsNote')}</p>
      <p
        className={`cls-help__note${fromDisk ? ' cls-help__note--warn' : ''}`}
        data-testid="help-file-note"
      >
        {tr('help.fileNote')}
      </p>
    </Dialog>
  );
}
