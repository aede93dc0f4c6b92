import { formatNumber, formatPercent } from '../lesson/format';
import { jac, termSymbol } from '../lesson/formulas';
import type { JacobianInfo } from '../model';
import type { TermSummary } from '../store';
import { Formula } from './Formula';

interface Props {
  readonly k: number;
  /** The traced target t★. */
  readonly t: number;
  /** 'terms': the k-th term of the sum; 'jacobians': ∂s_t★/∂s_k. */
  readonly mode: 'terms' | 'jacobians';
  readonly summary: TermSummary | undefined;
  readonly jac: JacobianInfo | null;
  readonly overflow: string;
}

/**
 * What appears beside s_k as the gradient reaches it: the k-th term in KaTeX with its value (norm
 * and share of the sum), or ‖∂s_t★/∂s_k‖₂. The numbers are also data attributes, for tests.
 */
export function TermAnnotation({ k, t, mode, summary, jac: info, overflow }: Props) {
  if (mode === 'jacobians') {
    const v = info?.productNorm[k];
    if (v === undefined) return null;
    return (
      <div className="term-annot" data-k={k} data-jac-norm={v}>
        <Formula tex={`\\Big\\lVert ${jac(t, k)} \\Big\\rVert_2`} />
        <span className="term-annot__value">= {formatNumber(v, { overflow })}</span>
      </div>
    );
  }
  if (!summary) return null;
  return (
    <div
      className={summary.kept ? 'term-annot' : 'term-annot is-cut'}
      data-k={k}
      data-term-norm={summary.normW}
      data-grad-norm={summary.gradNorm}
      data-share={summary.shareW}
    >
      <Formula tex={`\\Big\\lVert ${termSymbol(k, t)} \\Big\\rVert_F`} />
      <span className="term-annot__value">
        = {summary.kept ? formatNumber(summary.normW, { overflow }) : '0 ✂'}
      </span>
      {summary.kept && <span className="term-annot__share">{formatPercent(summary.shareW)}</span>}
    </div>
  );
}
