import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { STEPS } from '../lesson/steps';
import { selectCounts, useLesson } from '../store';
import { withView } from './links';
import { useT } from '../components/useT';
import { PAGE_SIZE, PrintPage, type PageLayout, type Paper } from './PrintPage';
import { PrintChoice } from './PrintChoice';
import { useVt } from './useVt';

function screenScale(paper: Paper): number {
  return Math.min(1, Math.max(0.2, (window.innerWidth - 32) / PAGE_SIZE[paper].width));
}

/**
 * Handouts (`?print=1`): every step on an A4 page of its own (landscape, or portrait on request;
 * a CSS page size hides the browser's own orientation choice, so the choice is here), in its
 * final state, in the light theme, optionally with the speaker notes under the slide; each page
 * names the model it shows. On screen the pages are shrunk to the window.
 */
export function PrintView() {
  const tr = useT();
  const vt = useVt();
  const counts = useLesson(selectCounts);
  const [paper, setPaper] = useState<Paper>('landscape');
  const [layout, setLayout] = useState<PageLayout>('slides');
  const [scale, setScale] = useState(() => screenScale(paper));
  // Pages are laid out one per task, so that a large model's handout (seconds of layout) never
  // holds the page: the bar counts them; printing before the end lays out the rest at once.
  const total = STEPS.length;
  const [ready, setReady] = useState(1);
  useEffect(() => {
    if (ready >= total) return;
    const id = setTimeout(() => setReady((r) => Math.min(total, r + 1)), 0);
    return () => clearTimeout(id);
  }, [ready, total]);
  useEffect(() => {
    const all = () => flushSync(() => setReady(total));
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, [total]);
  useEffect(() => {
    const onResize = () => setScale(screenScale(paper));
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [paper]);
  return (
    <div
      className="cls-print"
      data-theme="light"
      data-testid="print-view"
      data-paper={paper}
      style={{ ['--print-scale' as string]: scale }}
    >
      <div className="cls-print__bar">
        <h1 className="cls-print__title">{vt('print.title')}</h1>
        <p className="cls-print__hint">{vt('print.hint')}</p>
        <PrintChoice
          label={vt('print.paper')}
          value={paper}
          options={[
            ['landscape', vt('print.landscape')],
            ['portrait', vt('print.portrait')],
          ]}
          onChange={setPaper}
          testId="print-paper"
        />
        <PrintChoice
          label={vt('print.layout')}
          value={layout}
          options={[
            ['slides', vt('print.slides')],
            ['notes', vt('print.withNotes')],
          ]}
          onChange={setLayout}
          testId="print-layout"
        />
        {ready < total && (
          <label className="cls-print__progress" data-testid="print-progress">
            {vt('print.preparing', { n: ready, total })}
            <progress value={ready} max={total} />
          </label>
        )}
        <button type="button" className="cls-btn cls-btn--primary" onClick={() => window.print()}>
          {vt('print.button')}
        </button>
        <a className="cls-btn" href={withView(window.location.href, 'app')}>
          {vt('print.back')}
        </a>
        <span className="visually-hidden">{tr('app.title')}</span>
      </div>
      {STEPS.slice(0, ready).map((step, i) => (
        <PrintPage
          key={step.id}
          stepIndex={i}
          sub={Math.max(0, (counts[i] ?? 1) - 1)}
          paper={paper}
          layout={layout}
        />
      ))}
    </div>
  );
}
