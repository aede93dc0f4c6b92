/**
 * Beside the explore diagram: the lesson's main formula for what is traced (the sum over k for
 * E_t, its truncated form, or the whole gradient), its live value for the current model (with the
 * full gradient beside a truncated one), and the per-k terms as a table for assistive technology
 * (the band under the diagram shows them).
 */
import { useMemo } from 'react';
import { formatNumber, formatPercent, type Lang, t as translate } from '../i18n';
import { compareParts, gradientParts, partsShape, type LivePart } from '../lesson/liveValue';
import { formulasAt } from '../lesson/tex';
import { cellOf, isRnnModel, type AnyModel } from '../model';
import { gradientsOf, lessonCtxOf, targetTermsOf, termSummariesOf, untruncatedOf } from '../store';
import { FitWidth } from '../components/FitWidth';
import { Formula } from '../components/Formula';
import { LiveFormula } from '../components/LiveFormula';
import { CellEquations } from './CellEquations';
import type { ExploreStep } from './exploreStep';
import { PARAM_MARK, ParamLabel } from './ParamLabel';

export interface ExploreFormulasProps {
  readonly model: AnyModel;
  readonly t: number;
  readonly traceAll: boolean;
  readonly view: ExploreStep;
  readonly lang: Lang;
}

/** The value of the traced gradient with respect to W: TeX symbols and live numbers. */
function valueParts(model: AnyModel, t: number, traceAll: boolean): LivePart[] {
  const n = model.truncate;
  if (traceAll)
    return gradientParts(null, gradientsOf(model)[cellOf(model).roles.recurrent], {
      truncated: n !== null,
      n,
    });
  const terms = targetTermsOf(model, t);
  if (terms.kMin === 0) return gradientParts(t, terms.sumW);
  const full = targetTermsOf(untruncatedOf(model), t);
  return compareParts(full.sumW, terms.sumW, { t, n });
}

export function ExploreFormulas({ model, t, traceAll, view, lang }: ExploreFormulasProps) {
  const T = model.inputs.rows;
  const ctx = lessonCtxOf(t, T, model.truncate);
  const { step, sub } = view;
  // The step's main formula (the lesson shows the others as it goes).
  const formulas = useMemo(() => formulasAt(step, { ...ctx, sub }).slice(0, 1), [step, ctx, sub]);
  const value = valueParts(model, t, traceAll);
  const shape = partsShape(value);
  const terms = targetTermsOf(model, t);
  const summaries = termSummariesOf(terms);
  return (
    <section
      className="xp-formulas"
      aria-label={translate(lang, 'explore', 'stage.formulas')}
      data-testid="explore-formulas"
      data-step-id={step.id}
    >
      <p className="xp-formulas__trace">
        {traceAll
          ? translate(lang, 'explore', 'stage.traceAll')
          : translate(lang, 'explore', 'stage.traceOne', { t, kMin: terms.kMin })}
      </p>
      {formulas.map((f) => (
        <figure key={f.id} className="formula-block" data-formula-id={f.id}>
          <FitWidth watch={f.tex}>
            <Formula tex={f.tex} display />
          </FitWidth>
        </figure>
      ))}
      {!isRnnModel(model) && (
        // The lesson's sum over k speaks of W: for a gated cell it is the candidate's W (cell.roles).
        <p className="xp-help" data-testid="gated-terms">
          <ParamLabel
            name={cellOf(model).roles.recurrent}
            template={translate(lang, 'explore', 'stage.gatedTerms', { p: PARAM_MARK })}
          />
        </p>
      )}
      <div className="xp-formulas__value" data-testid="explore-value">
        <FitWidth watch={shape}>
          <LiveFormula
            parts={value}
            lang={lang}
            overflow={translate(lang, 'ui', 'value.overflow')}
          />
        </FitWidth>
      </div>
      {!isRnnModel(model) && <CellEquations model={model} lang={lang} />}
      {!traceAll && (
        <table className="visually-hidden" data-testid="explore-terms" data-target={t}>
          <caption>{translate(lang, 'explore', 'stage.terms', { t })}</caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">‖·‖_F</th>
              <th scope="col">%</th>
              <th scope="col">‖∂E/∂s_k‖</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((r) => (
              <tr
                key={r.k}
                data-k={r.k}
                data-term-norm={r.normW}
                data-share={r.shareW}
                data-grad-norm={r.gradNorm}
              >
                <th scope="row">{r.k}</th>
                <td>{r.kept ? formatNumber(r.normW, { lang }) : '—'}</td>
                <td>
                  {r.kept && Number.isFinite(r.shareW) ? formatPercent(r.shareW, { lang }) : '—'}
                </td>
                <td>{formatNumber(r.gradNorm, { lang })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export default ExploreFormulas;
