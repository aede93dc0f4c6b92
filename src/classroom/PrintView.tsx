import { useEffect, useState } from 'react';
import { STEPS } from '../lesson/steps';
import { selectCounts, useLesson } from '../store';
import { withView } from './links';
import { useT } from '../components/useT';
import { PAGE_SIZE, PrintPage, type PageLayout, type Paper } from './PrintPage';
import { PrintChoice } from './PrintChoice';
import { useCt } from './useCt';

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
  const ct = useCt();
  const counts = useLesson(selectCounts);
  const [paper, setPaper] = useState<Paper>('landscape');
  const [layout, setLayout] = useState<PageLayout>('slides');
  const [scale, setScale] = useState(() => screenScale(paper));
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
        <h1 className="cls-print__title">{ct('print.title')}</h1>
        <p className="cls-print__hint">{ct('print.hint')}</p>
        <PrintChoice
          label={ct('print.paper')}
          value={paper}
          options={[
            ['landscape', ct('print.landscape')],
            ['portrait', ct('print.portrait')],
          ]}
          onChange={setPaper}
          testId="print-paper"
        />
        <PrintChoice
          label={ct('print.layout')}
          value={layout}
          options={[
            ['slides', ct('print.slides')],
            ['notes', ct('print.withNotes')],
          ]}
          onChange={setLayout}
          testId="print-layout"
        />
        <button type="button" className="cls-btn cls-btn--primary" onClick={() => window.print()}>
          {ct('print.button')}
        </button>
        <a className="cls-btn" href={withView(window.location.href, 'app')}>
          {ct('print.back')}
        </a>
        <span className="visually-hidden">{tr('app.title')}</span>
      </div>
      {STEPS.map((step, i) => (
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
