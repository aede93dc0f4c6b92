import { useEffect, useState } from 'react';
import { STEPS } from '../lesson/steps';
import { selectCounts, useLesson } from '../store';
import { withView } from './links';
import { STAGE_WIDTH } from '../components/stageFit';
import { useT } from '../components/useT';
import { PrintPage } from './PrintPage';
import { useCt } from './useCt';

function screenScale(): number {
  return Math.min(1, Math.max(0.2, (window.innerWidth - 32) / STAGE_WIDTH));
}

/**
 * Handouts (`?print=1`): every step on its own 1920×1080 page in its final state, in the light
 * theme, for the browser's Print or Save as PDF. On screen the pages are shrunk to the window.
 */
export function PrintView() {
  const tr = useT();
  const ct = useCt();
  const counts = useLesson(selectCounts);
  const [scale, setScale] = useState(screenScale);
  useEffect(() => {
    const onResize = () => setScale(screenScale());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return (
    <div
      className="cls-print"
      data-theme="light"
      data-testid="print-view"
      style={{ ['--print-scale' as string]: scale }}
    >
      <div className="cls-print__bar">
        <h1 className="cls-print__title">{ct('print.title')}</h1>
        <p className="cls-print__hint">{ct('print.hint')}</p>
        <button type="button" className="cls-btn cls-btn--primary" onClick={() => window.print()}>
          {ct('print.button')}
        </button>
        <a className="cls-btn" href={withView(window.location.href, 'app')}>
          {ct('print.back')}
        </a>
        <span className="visually-hidden">{tr('app.title')}</span>
      </div>
      {STEPS.map((step, i) => (
        <PrintPage key={step.id} stepIndex={i} sub={Math.max(0, (counts[i] ?? 1) - 1)} />
      ))}
    </div>
  );
}
