/**
 * The band under the x row: beside each s_k, the app's content for k (its chain-rule term with
 * the numbers), and under column −1 the band's row labels. HTML positioned from the layout, so
 * the app's KaTeX renders in it.
 */
import type { ReactNode } from 'react';
import type { DiagramLayout } from './layout';

/** What the content of a band box may adapt to. */
export interface AnnotationInfo {
  /** Width of a box (stage pixels). */
  readonly width: number;
  /** Narrow columns: numbers fit, formulas do not. */
  readonly compact: boolean;
}

export interface AnnotationBandProps {
  readonly layout: DiagramLayout;
  /** The ks shown (the flow has reached them). */
  readonly ks: readonly number[];
  /** First k of the truncation window: the ones before it are drawn as dropped. */
  readonly kMin: number;
  /** k = 0 … t★: ‖∂E_t★/∂s_k‖ (data-grad-norm on each box). */
  readonly gradNorms: readonly number[];
  readonly render: (k: number, band: AnnotationInfo) => ReactNode;
  /** The row labels under column −1, or nothing. */
  readonly legend?: (band: AnnotationInfo) => ReactNode;
}

export function AnnotationBand({
  layout,
  ks,
  kMin,
  gradNorms,
  render,
  legend,
}: AnnotationBandProps) {
  const lg = layout.annotationLegend;
  const info: AnnotationInfo = {
    width: layout.annotations[0]?.width ?? 0,
    compact: layout.compact,
  };
  return (
    <>
      {legend && lg && ks.length > 0 ? (
        // The row labels stay in view while the columns scroll under them: a sticky, empty box
        // at the canvas's top left holds them (positioned, it paints above the diagram).
        <div className="dg-sticky-left" style={{ marginTop: -layout.height }}>
          <div
            className="dg-annotation dg-annotation--legend"
            style={{ left: 0, top: lg.y, width: lg.x + lg.width }}
          >
            {legend(info)}
          </div>
        </div>
      ) : null}
      {ks.map((k) => {
        const box = layout.annotations[k];
        if (!box) return null;
        const norm = gradNorms[k];
        return (
          <div
            key={k}
            className={k < kMin ? 'dg-annotation is-truncated' : 'dg-annotation'}
            data-k={k}
            // A plain number for tests and tools (not shown).
            data-grad-norm={
              norm === undefined ? undefined : Number.isFinite(norm) ? String(norm) : 'overflow'
            }
            style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
          >
            {render(k, info)}
          </div>
        );
      })}
    </>
  );
}
