import type { CSSProperties } from 'react';
import { charBudget, formatFit, formatPercentFit, type Lang } from '../i18n';
import { jac, termSymbol } from '../lesson/formulas';
import type { JacobianNorms } from '../model';
import type { TermSummary } from '../store';
import { Formula } from './Formula';

interface Props {
  readonly k: number;
  /** The traced target t★. */
  readonly t: number;
  /** 'terms': the k-th term of the sum; 'jacobians': ∂s_t★/∂s_k. */
  readonly mode: 'terms' | 'jacobians';
  readonly summary: TermSummary | undefined;
  readonly jac: JacobianNorms | null;
  /** The language whose style writes the numbers. */
  readonly lang: Lang;
  readonly overflow: string;
  /** Narrow columns: the numbers only (the legend names the rows). */
  readonly compact?: boolean;
  /** The box's width (stage pixels): its numbers are written to fit it. */
  readonly width: number;
}

/** The band's number size (stage pixels, .term-annot). */
const NUMBER_FONT = 28;

/** The TeX of the symbol above the k-th annotation: the k-th term, or ∂s_t★/∂s_k. */
export function annotationTex(mode: 'terms' | 'jacobians', k: number, t: number): string {
  return `\\displaystyle ${mode === 'terms' ? termSymbol(k, t) : jac(t, k)}`;
}

/** The share bar's length, in proportion to the term's share of the sum. */
function shareStyle(share: number): CSSProperties {
  const w = Number.isFinite(share) ? Math.max(0, Math.min(1, share)) * 100 : 0;
  return { ['--share' as string]: `${w.toFixed(2)}%` };
}

/**
 * What appears beside s_k as the gradient reaches it, one row each, aligned with the band's
 * legend (which names the rows): the k-th term in KaTeX, its Frobenius norm, its share of the sum
 * (with a bar) and the gradient ‖∂E_t★/∂s_k‖ that reaches s_k (the flow's width); or ∂s_t★/∂s_k
 * and its spectral norm. The numbers are
 * also data attributes, for tests. Visual only: the step panel's table says the same to
 * assistive technology.
 */
export function TermAnnotation(props: Props) {
  const { k, t, mode, summary, jac: info, lang, overflow, compact = false } = props;
  const num = { lang, overflow };
  const budget = charBudget(props.width, NUMBER_FONT);
  const fit = (x: number) => formatFit(x, budget, num);
  if (mode === 'jacobians') {
    const v = info?.productNorm[k];
    if (v === undefined) return null;
    return (
      <div className="term-annot" data-k={k} data-jac-norm={v} aria-hidden="true">
        {!compact && (
          <div className="term-annot__sym">
            <Formula tex={annotationTex('jacobians', k, t)} />
          </div>
        )}
        <div className="term-annot__row term-annot__value">{fit(v)}</div>
      </div>
    );
  }
  if (!summary) return null;
  const kept = summary.kept;
  return (
    <div
      className={kept ? 'term-annot' : 'term-annot is-cut'}
      data-k={k}
      data-term-norm={summary.normW}
      data-grad-norm={summary.gradNorm}
      data-share={summary.shareW}
      aria-hidden="true"
    >
      {!compact && (
        <div className="term-annot__sym">
          <Formula tex={annotationTex('terms', k, t)} />
        </div>
      )}
      <div className="term-annot__row term-annot__value">{kept ? fit(summary.normW) : '0 ✂'}</div>
      <div className="term-annot__row term-annot__share" style={shareStyle(summary.shareW)}>
        {kept ? formatPercentFit(summary.shareW, budget, { lang }) : '—'}
      </div>
      <div className="term-annot__row term-annot__grad">{fit(summary.gradNorm)}</div>
    </div>
  );
}
