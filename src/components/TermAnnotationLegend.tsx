import type { DiagramLabels } from '../diagram';
import { subscript } from '../i18n';
import { Formula } from './Formula';

interface Props {
  /** The traced target t★. */
  readonly t: number;
  readonly mode: 'terms' | 'jacobians';
  readonly labels: DiagramLabels;
  /** Narrow columns: the boxes show numbers only (and the legend uses short labels). */
  readonly compact?: boolean;
}

/**
 * The row labels of the annotation band, under s₋₁: the same rows as TermAnnotation (the term's
 * norm, its share of the sum, the gradient reaching s_k), so every number beside s_k is named; the
 * share's definition is its title (and a line under the term list).
 */
export function TermAnnotationLegend({ t, mode, labels, compact = false }: Props) {
  const norm = mode === 'terms' ? '\\lVert\\cdot\\rVert_F' : '\\lVert\\cdot\\rVert_2';
  return (
    <div className="term-annot term-annot--legend" aria-hidden="true">
      {!compact && <div className="term-annot__sym" />}
      <div className="term-annot__row">
        <Formula tex={norm} />
      </div>
      {mode === 'terms' && (
        <>
          <div
            className="term-annot__row term-annot__share-label"
            title={labels('annot.shareDef', { t: subscript(t) })}
          >
            {labels('annot.share')}
          </div>
          <div className="term-annot__row" title={labels('annot.flow')}>
            <Formula
              tex={
                compact
                  ? '\\lVert \\partial E/\\partial s \\rVert'
                  : `\\lVert \\partial E_{${t}}/\\partial s_k \\rVert`
              }
            />
          </div>
        </>
      )}
    </div>
  );
}
