/**
 * Two settings side by side, in sync: the current model (A) and a variant (B) with another
 * activation and/or σ_max(W) — e.g. tanh against ReLU, or two scales of W — drawn by the
 * diagram's decay chart on one shared log axis for the same target t: ‖∂E_t/∂s_k‖,
 * ‖∂s_t/∂s_k‖₂ and the bound (γ·σ_max(W))^{t−k} against k. For a gated model, B is a vanilla RNN
 * on the same sequence (the lesson's companion): the gated cell's products beside the vanilla
 * ones, which is what gating is for; A has no such bound (its gates' derivatives change by step).
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useFrameLag } from '../components/useFrameLag';
import {
  ACTIVATIONS,
  isRnnModel,
  spectralNorm,
  withSigmaW,
  type Activation,
  type AnyModel,
} from '../model';
import { DecayChart, type DecaySet } from '../diagram/DecayChart';
import { forwardOf, jacobiansOf, lessonModelOf, targetTermsOf } from '../store';
import { type Lang, t as translate, translator } from '../i18n';
import { useElementSize } from '../components/useElementSize';
import { NumberField } from './NumberField';

export interface DecayComparisonProps {
  readonly model: AnyModel;
  readonly lang: Lang;
  /** The target t of both charts. */
  readonly target: number;
}

/** The chart's data for a model, through the store's caches (A is the app's own model). */
function decaySet(name: string, model: AnyModel, target: number): DecaySet {
  const t = Math.min(Math.max(0, Math.trunc(target)), forwardOf(model).dims.T - 1);
  return { name, jac: jacobiansOf(model, t), terms: targetTermsOf(model, t) };
}

const CHART_SIZE = { width: 800, height: 560 };
const MIN_CHART_WIDTH = 600;

export function DecayComparison({ model: current, lang, target }: DecayComparisonProps) {
  // A painted frame behind the model (src/frame's SCHEDULES: Jacobian products, O(t·H³)).
  const model = useFrameLag('decayCharts', current).shown;
  const id = useId();
  const [bActivation, setBActivation] = useState<Activation | null>(null);
  const [bSigma, setBSigma] = useState<number | null>(null);
  const gated = !isRnnModel(model);
  // B's starting point: A itself, or for a gated A the vanilla RNN on its sequence.
  const base = lessonModelOf(model);
  const sigmaA = useMemo(() => spectralNorm(base.W), [base.W]);
  // By default B swaps tanh for ReLU (any other activation for tanh) and keeps σ_max(W); beside a
  // gated A it is the vanilla cell as it is (tanh).
  const actB = bActivation ?? (gated || base.activation !== 'tanh' ? 'tanh' : 'relu');
  const sigB = bSigma ?? sigmaA;
  const sets = useMemo(() => {
    // B's W rescaled to σ_max = sigB with A's σ (computed once, as the lesson computes it).
    const modelB = withSigmaW({ ...base, activation: actB }, sigB, sigmaA);
    const nameA = isRnnModel(model)
      ? translate(lang, 'explore', 'decay.a', { activation: model.activation })
      : translate(lang, 'explore', 'decay.aCell', { cell: model.cell.toUpperCase() });
    const nameB = gated
      ? translate(lang, 'explore', 'decay.bVanilla', { activation: actB })
      : translate(lang, 'explore', 'decay.b', { activation: actB });
    return [decaySet(nameA, model, target), decaySet(nameB, modelB, target)];
  }, [model, base, gated, actB, sigB, sigmaA, target, lang]);
  const labels = translator(lang, 'diagram');
  // Drawn at the width it is shown at, so that its labels keep their stage size.
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box, CHART_SIZE);
  const chartW = Math.max(MIN_CHART_WIDTH, width);
  // The same element while the sets are unchanged: the chart is not rendered again.
  const chart = useMemo(
    () => <DecayChart sets={sets} labels={labels} width={chartW} height={CHART_SIZE.height} />,
    [sets, labels, chartW],
  );

  return (
    <div className="xp-decay-compare" data-t={sets[0].jac.t}>
      {gated && (
        <p className="xp-help" data-testid="decay-gated">
          {translate(lang, 'explore', 'decay.gated', { cell: model.cell.toUpperCase() })}
        </p>
      )}
      <div className="xp-grid">
        <div className="xp-field">
          <label htmlFor={`${id}-act`}>{translate(lang, 'explore', 'decay.bActivation')}</label>
          <select
            id={`${id}-act`}
            className="xp-input"
            data-field="decayActivation"
            value={actB}
            onChange={(e) => setBActivation(e.target.value as Activation)}
          >
            {ACTIVATIONS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          label={translate(lang, 'explore', 'decay.bSigma')}
          field="decaySigma"
          value={Number(sigB.toPrecision(6))}
          lang={lang}
          min={0}
          max={10}
          step={0.1}
          disabled={!(sigmaA > 0)}
          onCommit={setBSigma}
        />
      </div>
      <div className="xp-decay-compare__chart" ref={box}>
        {chart}
      </div>
    </div>
  );
}

export default DecayComparison;
