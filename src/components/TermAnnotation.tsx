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
  /** "not computed", in the language: what the dashes beyond a truncation window say. */
  readonly notComputed?: string;
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

/**
 * The share bar: from the box's middle (the zero line) rightwards for a positive share, leftwards
 * for a negative one; `bar` ∈ [−1, 1] (TermSummary.shareBar) fills half the box at ±1, so no bar
 * runs out of its box. `--share` is the signed length in % of the box (read by the export).
 */
export function shareStyle(bar: number): CSSProperties {
  const b = Number.isFinite(bar) ? Math.max(-1, Math.min(1, bar)) : 0;
  const w = Math.abs(b) * 50;
  return {
    ['--share' as string]: `${(Math.sign(b) * w).toFixed(2)}%`,
    ['--share-left' as string]: `${(b < 0 ? 50 - w : 50).toFixed(2)}%`,
    ['--share-width' as string]: `${w.toFixed(2)}%`,
  };
}

/**
 * What appears beside s_k as the gradient reaches it, one row each, aligned with the band's
 * legend (which names the rows): the k-th term in KaTeX, its Frobenius norm, its share of the sum
 * ⟨term, sum⟩/‖sum‖² (with a bar from a zero line: rightwards when positive, leftwards and hollow
 * when negative; "—" when the sum is 0) and the gradient ‖∂E_t★/∂s_k‖ that reaches s_k (the
 * flow's width); beyond a truncation window "✂" and dashes ("not computed": truncated BPTT does
 * not compute them); or ∂s_t★/∂s_k and its spectral norm. The numbers are
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
  const share = summary.shareW;
  // Beyond the truncation window nothing is computed: a dash (named "not computed"), not a 0.
  const notComputed = props.notComputed ?? 'not computed';
  const dash = (
    <span className="term-annot__none" title={notComputed} data-not-computed="true">
      —
    </span>
  );
  return (
    <div
      className={kept ? 'term-annot' : 'term-annot is-cut'}
      data-k={k}
      data-term-norm={kept ? summary.normW : undefined}
      data-grad-norm={kept ? summary.gradNorm : 'not-computed'}
      data-share={kept ? share : 'not-computed'}
      aria-hidden="true"
    >
      {!compact && (
        <div className="term-annot__sym">
          <Formula tex={annotationTex('terms', k, t)} />
        </div>
      )}
      <div className="term-annot__row term-annot__value">{kept ? fit(summary.normW) : '✂'}</div>
      <div
        className={[
          'term-annot__row term-annot__share',
          kept ? 'has-bar' : '',
          kept && share < 0 ? 'is-negative' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        style={kept ? shareStyle(summary.shareBar) : undefined}
      >
        {!kept ? dash : Number.isFinite(share) ? formatPercentFit(share, budget, { lang }) : '—'}
      </div>
      <div className="term-annot__row term-annot__grad">{kept ? fit(summary.gradNorm) : dash}</div>
    </div>
  );
}
