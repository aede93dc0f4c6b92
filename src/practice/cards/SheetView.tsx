import { useRef } from 'react';
import { Formula } from '../../components/Formula';
import { useElementSize } from '../../components/useElementSize';
import type { Lang } from '../../i18n';
import type { Card } from '../../lesson/cards';
import { CardSolution } from './CardSolution';
import { CardTask } from './CardTask';
import { answerTex, toleranceText, tr } from './cardText';
import { SHEET_PAGE, sheetPages } from './sheetLayout';
import './cardView.css';
import './sheet.css';

export interface SheetViewProps {
  readonly cards: readonly Card[];
  readonly lang: Lang;
  readonly seed: number;
  /** The model's fingerprint (modelFingerprint), printed so that the sheet names its numbers. */
  readonly fingerprint: string;
  /** Where the cards can be checked online (the lesson's link with the seed). */
  readonly link?: string;
}

const NO_SIZE = { width: 0, height: 0 };

/**
 * The exercise sheet to print: A4 portrait pages in the light theme; first the cards, numbered,
 * each with its task, its given numbers and an empty answer line, under a title that prints the
 * seed and the model's fingerprint; then the answer key, each answer to 4 significant digits with
 * its worked solution. On screen the pages shrink to the window's width.
 */
export function SheetView({ cards, lang, seed, fingerprint, link }: SheetViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(root, NO_SIZE);
  const scale = width > 0 ? Math.min(1, Math.max(0.15, (width - 16) / SHEET_PAGE.width)) : 1;
  const { exercises, key } = sheetPages(cards);
  const total = exercises.length + key.length;
  const meta = tr(lang, 'sheet.meta', { seed: String(seed), fingerprint });
  const foot = (n: number) => (
    <footer className="sheet-page__foot">
      <span>{meta}</span>
      <span>{tr(lang, 'sheet.page', { n, total })}</span>
    </footer>
  );
  return (
    <div
      ref={root}
      className="sheet"
      data-theme="light"
      data-testid="sheet-view"
      lang={lang}
      style={{ ['--sheet-scale' as string]: scale }}
    >
      {exercises.map((page, p) => (
        <article className="sheet-page" key={`e${p}`} data-testid="sheet-page" data-part="cards">
          {p === 0 && (
            <header className="sheet-head">
              <h1 className="sheet-head__title">{tr(lang, 'sheet.title')}</h1>
              <p className="sheet-head__meta" data-testid="sheet-meta">
                {meta}
              </p>
              <p className="sheet-head__intro">{tr(lang, 'sheet.intro')}</p>
              {link && <p className="sheet-head__link">{tr(lang, 'sheet.link', { link })}</p>}
            </header>
          )}
          <div className="sheet-page__body">
            {page.map((n) => (
              <section
                className="sheet-card"
                key={n}
                data-testid="sheet-card"
                data-kind={cards[n].kind}
              >
                <h2 className="sheet-card__num">{tr(lang, 'sheet.exercise', { n: n + 1 })}</h2>
                <CardTask card={cards[n]} lang={lang} />
                <p className="sheet-card__tolerance">{toleranceText(cards[n], lang)}</p>
                <p className="sheet-card__answer">
                  {tr(lang, 'sheet.answerLine')} <Formula tex={`${cards[n].entryTex} =`} />
                  <span className="sheet-card__blank" aria-hidden="true" />
                </p>
              </section>
            ))}
          </div>
          {foot(p + 1)}
        </article>
      ))}
      {key.map((page, p) => (
        <article className="sheet-page" key={`k${p}`} data-testid="sheet-page" data-part="key">
          {p === 0 && (
            <header className="sheet-head">
              <h1 className="sheet-head__title">{tr(lang, 'sheet.key')}</h1>
              <p className="sheet-head__intro">{tr(lang, 'sheet.keyIntro')}</p>
            </header>
          )}
          <div className="sheet-page__body">
            {page.map((n) => (
              <section
                className="sheet-key"
                key={n}
                data-testid="sheet-key"
                data-kind={cards[n].kind}
              >
                <h2 className="sheet-card__num">
                  {tr(lang, 'sheet.exercise', { n: n + 1 })}:{' '}
                  <Formula tex={answerTex(cards[n], lang)} />
                </h2>
                <CardSolution card={cards[n]} lang={lang} />
              </section>
            ))}
          </div>
          {foot(exercises.length + p + 1)}
        </article>
      ))}
    </div>
  );
}

export default SheetView;
