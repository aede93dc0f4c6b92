import { useCallback } from 'react';
import type { JacobianNorms } from '../model';
import { type Lang, t as translate } from '../i18n';
import type { AnnotationInfo, DiagramLabels } from '../diagram';
import type { TermSummary } from '../store';
import { TermAnnotation } from './TermAnnotation';
import { TermAnnotationLegend } from './TermAnnotationLegend';

interface Options {
  readonly target: number;
  /** 'terms': the k-th term of the sum; 'jacobians': ∂s_t★/∂s_k. */
  readonly mode: 'terms' | 'jacobians';
  readonly summaries: readonly TermSummary[];
  readonly jac: JacobianNorms | null;
  readonly lang: Lang;
  readonly labels: DiagramLabels;
}

/**
 * The diagram's annotation band under each s_k and its row labels, shared by the lesson's diagram,
 * the explore diagram and the classroom snapshots.
 */
export function useTermAnnotations({ target, mode, summaries, jac, lang, labels }: Options) {
  const overflow = translate(lang, 'ui', 'value.overflow');
  const notComputed = translate(lang, 'diagram', 'annot.notComputed');
  const renderAnnotation = useCallback(
    (k: number, band?: AnnotationInfo) => (
      <TermAnnotation
        k={k}
        t={target}
        mode={mode}
        summary={summaries[k]}
        jac={jac}
        lang={lang}
        overflow={overflow}
        notComputed={notComputed}
        compact={band?.compact ?? false}
        width={band?.width ?? Infinity}
      />
    ),
    [target, mode, summaries, jac, lang, overflow, notComputed],
  );
  const renderLegend = useCallback(
    (band?: AnnotationInfo) => (
      <TermAnnotationLegend
        t={target}
        mode={mode}
        labels={labels}
        compact={band?.compact ?? false}
      />
    ),
    [target, mode, labels],
  );
  return { renderAnnotation, renderLegend };
}
