import type { CSSProperties } from 'react';
import { formatNumber, formatPercent, numTex, subscript, t as translate } from '../i18n';
import { gradLhs, jac, truncatedLhs } from '../lesson/formulas';
import { isStepwise, isSumShown, termsShown } from '../lesson/focus';
import { cls } from '../lesson/terms';
import { relativeDifference } from '../lesson/tex';
import { frobenius } from '../model';
import {
  selectStep,
  selectStepFullTerms,
  selectStepJacobians,
  selectStepModel,
  selectStepTerms,
  selectStepTermSummaries,
  selectT,
} from '../store';
import { Formula } from './Formula';
import { useT } from './useT';
import { useShownLesson } from './useShownLesson';

/**
 * A bar under the number, its length in proportion to the largest value of the column (a CSS
 * length: a plain number).
 */
function barStyle(v: number, max: number): CSSProperties {
  const w = max > 0 && Number.isFinite(v) ? Math.max(0, Math.min(100, (100 * v) / max)) : 0;
  return { ['--bar' as string]: `${w.toFixed(2)}%` };
}

/**
 * The per-k values of the traced target, live from the core: for the sum over k, each term's
 * Frobenius norm, its share of the sum (⟨term, sum⟩/‖sum‖², defined in a visible line) and the
 * gradient ‖∂E_t★/∂s_k‖ reaching s_k ("not computed" beyond a truncation window); for the
 * Jacobian steps, ‖∂s_t★/∂s_k‖₂ against the bound (γ·σ_max(W))^{t★−k}. Rows appear as the
 * backward flow reaches them; each row carries its numbers in data attributes.
 *
 * On screen the same numbers stand in the diagram's band, under each s_k; the table here is
 * their accessible form (visually hidden). What the band cannot show is visible: the norm of the
 * sum and, for a truncated gradient, the full one beside it.
 */
export function TermList() {
  const tr = useT();
  // Every number in the language's style (`num` also names NaN and ±∞ in the language).
  const lang = tr.lang;
  const num = { lang, overflow: tr('value.overflow') };
  const step = useShownLesson(selectStep);
  const sub = useShownLesson((s) => s.sub);
  const t = useShownLesson((s) => s.target);
  const T = useShownLesson(selectT);
  const terms = useShownLesson(selectStepTerms);
  const summaries = useShownLesson(selectStepTermSummaries);
  const fullTerms = useShownLesson(selectStepFullTerms);
  const jacInfo = useShownLesson(selectStepJacobians);
  const windowN = useShownLesson((s) => selectStepModel(s).truncate);

  // The rows the diagram's band shows, from the same source.
  const reached = new Set(termsShown(step.focus, sub, t, isStepwise(step)));
  const sumShown = isSumShown(step, { T, t, sub });
  const jacobianMode = !step.focus.terms && !!step.focus.jacobians;
  const ks = summaries.map((r) => r.k).reverse();

  if (jacobianMode) {
    const max = Math.max(...ks.map((k) => jacInfo.productNorm[k]), 0);
    return (
      // A table's box ignores a 1 px height: the hidden wrapper keeps it from growing the panel.
      <div className="visually-hidden">
        <table className="term-list term-list--jacobians" data-testid="term-list">
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">
                <Formula tex={`\\Big\\lVert ${jac(t, 'k')} \\Big\\rVert_2`} />
              </th>
              {step.focus.decay && (
                <th scope="col">
                  <Formula tex={`\\big(\\gamma\\,\\sigma_{\\max}\\big)^{${t}-k}`} />
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {ks.map((k) => {
              const v = jacInfo.productNorm[k];
              const shown = reached.has(k);
              return (
                <tr
                  key={k}
                  data-k={k}
                  data-jac-norm={v}
                  data-bound={jacInfo.bound[k]}
                  data-revealed={shown}
                  className={shown ? undefined : 'is-pending'}
                  aria-hidden={shown ? undefined : true}
                >
                  <th scope="row">{k}</th>
                  <td className="term-list__num term-list__barred" style={barStyle(v, max)}>
                    {formatNumber(v, num)}
                  </td>
                  {step.focus.decay && (
                    <td className="term-list__num">{formatNumber(jacInfo.bound[k], num)}</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  const max = Math.max(...summaries.map((r) => (r.kept ? r.normW : 0)), 0);
  const notComputed = translate(lang, 'diagram', 'annot.notComputed');
  // The share's definition, under the band's numbers (its row label says only "share").
  const shareDef = translate(lang, 'diagram', 'annot.shareDef', { t: subscript(t) });
  const truncated = terms.kMin > 0;
  const sumNorm = frobenius(terms.sumW);
  const fullNorm = frobenius(fullTerms.sumW);
  const showCompare = truncated && (step.focus.cut ? sub >= 1 : sumShown);
  const lhs = truncated ? truncatedLhs(t, windowN) : gradLhs(t, 'W');
  // One line on screen: ∂E_t/∂W written with a slash.
  const slash = `\\partial ${cls('term-E', `E_{${t}}`)}/\\partial ${cls('term-W', 'W')}`;
  const flat = truncated ? `\\big[${slash}\\big]_{n=${windowN}}` : slash;
  return (
    <div className="term-list-wrap">
      <div className="visually-hidden">
        <table className="term-list" data-testid="term-list" data-target={t}>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">
                <Formula
                  tex={`\\Big\\lVert \\left.${gradLhs(t, 'W')}\\right|_{k} \\Big\\rVert_F`}
                />
              </th>
              <th scope="col">{shareDef}</th>
              <th scope="col">
                <Formula
                  tex={`\\Big\\lVert \\frac{\\partial E_{${t}}}{\\partial s_{k}} \\Big\\rVert`}
                />
              </th>
            </tr>
          </thead>
          <tbody>
            {ks.map((k) => {
              const r = summaries[k];
              const shown = reached.has(k);
              const share = Number.isFinite(r.shareW) ? formatPercent(r.shareW, { lang }) : '—';
              const label = !r.kept
                ? `k = ${k}: ${notComputed} (${tr('diagram.outsideWindow')})`
                : tr('diagram.term', { k, value: formatNumber(r.normW, { lang }), share });
              return (
                <tr
                  key={k}
                  data-k={k}
                  data-term-norm={r.kept ? r.normW : undefined}
                  data-grad-norm={r.kept ? r.gradNorm : 'not-computed'}
                  data-share={r.kept ? r.shareW : 'not-computed'}
                  data-kept={r.kept}
                  data-revealed={shown}
                  className={[shown ? '' : 'is-pending', r.kept ? '' : 'is-cut'].join(' ').trim()}
                  aria-hidden={shown ? undefined : true}
                  aria-label={shown ? label : undefined}
                >
                  <th scope="row">{k}</th>
                  <td className="term-list__num term-list__barred" style={barStyle(r.normW, max)}>
                    {r.kept ? formatNumber(r.normW, num) : '✂'}
                  </td>
                  <td className="term-list__num">{r.kept ? share : notComputed}</td>
                  <td className="term-list__num">
                    {r.kept ? formatNumber(r.gradNorm, num) : notComputed}
                  </td>
                </tr>
              );
            })}
          </tbody>
          {sumShown && (
            <tfoot>
              <tr data-sum-norm={sumNorm}>
                <th scope="row">Σ</th>
                <td className="term-list__num" colSpan={3}>
                  <Formula
                    tex={`\\Big\\lVert ${lhs} \\Big\\rVert_F = ${numTex(sumNorm, { lang })}`}
                  />
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {reached.size > 0 && (
        <p className="term-share-def" data-testid="share-def">
          {shareDef}
        </p>
      )}
      {sumShown && (
        <div className="term-sum" data-sum-norm={sumNorm}>
          <span className="term-sum__norms">
            <Formula tex={`\\big\\lVert ${flat} \\big\\rVert_F = ${numTex(sumNorm, { lang })}`} />
            {showCompare && (
              <Formula
                tex={`\\big\\lVert ${slash} \\big\\rVert_F = ${numTex(fullNorm, { lang })}`}
              />
            )}
          </span>
          {showCompare && (
            <span className="term-sum__diff" data-full-norm={fullNorm} data-trunc-norm={sumNorm}>
              {tr('trunc.relError', {
                value: formatPercent(relativeDifference(fullTerms.sumW, terms.sumW), { lang }),
              })}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
