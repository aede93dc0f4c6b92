import type { ReactNode } from 'react';
import type { UiKey } from '../i18n';
import { classroomStore, useClassroom } from './store';
import { usePromptView } from '../store/promptView';
import { useT } from '../components/useT';
import { openPresenterWindow, runCommand } from './commands';
import { copyCurrentLatex, exportCurrentDiagram, openPrintView, openSheetView } from './tools';
import { Dialog } from './Dialog';
import { useVt } from './useVt';
import { useFullscreen } from './useFullscreen';
import { useSession } from './sessionStore';

interface Props {
  readonly onClose: () => void;
}

interface Item {
  readonly id: string;
  readonly label: string;
  /** The key that does the same, shown beside the label. */
  readonly cap?: string;
  readonly run: () => void;
  readonly pressed?: boolean;
}

/** Every classroom action as a labelled button, grouped; the keys are shown beside them. */
export function ToolsMenu({ onClose }: Props) {
  const tr = useT();
  const vt = useVt();
  const fullscreen = useFullscreen();
  const blackout = useClassroom((s) => s.blackout);
  const asking = usePromptView((s) => s.asking);
  const setAsking = usePromptView((s) => s.setAsking);
  const view = useClassroom((s) => s.view);
  const lecturer = useSession((s) => s.role === 'lecturer');
  const then = (f: () => void) => () => {
    onClose();
    f();
  };
  const open = (overlay: 'overview' | 'goto' | 'help' | 'link' | 'join') => () =>
    classroomStore.getState().openOverlay(overlay);
  const k = (key: UiKey) => tr(key);

  const groups: readonly { title: string; items: readonly Item[] }[] = [
    {
      title: vt('tools.present'),
      items: [
        ...(view === 'app'
          ? [
              {
                id: 'presenter',
                label: k('nav.presenter'),
                cap: 'S',
                run: then(openPresenterWindow),
              },
            ]
          : []),
        {
          id: 'fullscreen',
          label: fullscreen ? k('nav.exitFullscreen') : k('nav.fullscreen'),
          cap: 'F',
          pressed: fullscreen,
          run: then(() => runCommand('fullscreen')),
        },
        {
          id: 'blackout',
          label: k('nav.blackout'),
          cap: 'B',
          pressed: blackout,
          run: then(() => runCommand('blackout')),
        },
      ],
    },
    {
      title: vt('tools.view'),
      items: [
        { id: 'overview', label: k('nav.overview'), cap: 'O', run: open('overview') },
        { id: 'goto', label: k('nav.goto'), cap: 'G', run: open('goto') },
        { id: 'help', label: k('nav.help'), cap: '?', run: open('help') },
        ...(setAsking
          ? [
              {
                id: 'predictions',
                label: vt('tools.predictions'),
                pressed: asking,
                run: () => setAsking(!asking),
              },
            ]
          : []),
      ],
    },
    {
      title: vt('tools.export'),
      items: [
        { id: 'svg', label: k('export.svg'), run: then(() => void exportCurrentDiagram('svg')) },
        { id: 'png', label: k('export.png'), run: then(() => void exportCurrentDiagram('png')) },
        { id: 'latex', label: k('export.latex'), run: then(() => void copyCurrentLatex()) },
        { id: 'print', label: k('export.print'), run: then(openPrintView) },
        { id: 'sheet', label: vt('tools.sheet'), run: then(openSheetView) },
      ],
    },
    {
      title: vt('tools.share'),
      items: [
        ...(lecturer
          ? [{ id: 'join', label: vt('session.joinOpen'), cap: 'J', run: open('join') }]
          : []),
        { id: 'link', label: vt('link.open'), run: open('link') },
      ],
    },
  ];

  const button = (item: Item): ReactNode => (
    <button
      type="button"
      className="cls-menu__item"
      data-tool={item.id}
      aria-pressed={item.pressed}
      onClick={item.run}
    >
      <span>{item.label}</span>
      {item.cap && (
        <kbd className="cls-menu__cap" aria-hidden="true">
          {item.cap}
        </kbd>
      )}
    </button>
  );

  return (
    <Dialog
      title={vt('tools.menuLabel')}
      onClose={onClose}
      className="cls-menu"
      testId="tools-menu"
      closeLabel={vt('tools.close')}
    >
      <div className="cls-menu__groups">
        {groups.map((g) => (
          <section key={g.title} className="cls-menu__group" aria-label={g.title}>
            <h3 className="cls-menu__title">{g.title}</h3>
            <ul>
              {g.items.map((item) => (
                <li key={item.id}>{button(item)}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
