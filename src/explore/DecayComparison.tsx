/**
 * Two settings side by side, in sync: the current model (A) and a variant (B) with another
 * activation and/or σ_max(W) — e.g. tanh against ReLU, or two scales of W — drawn by the
 * diagram's decay chart on one shared log axis for the same target t: ‖∂E_t/∂s_k‖,
 * ‖∂s_t/∂s_k‖₂ and the bound (γ·σ_max(W))^{t−k} against k.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useFrameLag } from '../components/useFrameLag';
import { ACTIVATIONS, spectralNorm, withSigmaW, type Activation, type Model } from '../model';
import { DecayChart, type DecaySet } from '../diagram/DecayChart';
import { forwardOf, jacobiansOf, targetTermsOf } from '../store';
import { type Lang, t as translate, translator } from '../i18n';
import { useElementSize } from '../components/useElementSize';
import { NumberField } from './NumberField';

export interface DecayComparisonProps {
  readonly model: Model;
  readonly lang: Lang;
  /** The target t of both charts. */
  readonly target: number;
}

/** The chart's data for a model, through the store's caches (A is the app's own model). */
function decaySet(name: string, model: Model, target: number): DecaySet {
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
  const sigmaA = useMemo(() => spectralNorm(model.W), [model.W]);
  // By default B swaps tanh for ReLU (any other activation for tanh) and keeps σ_max(W).
  const actB = bActivation ?? (model.activation === 'tanh' ? 'relu' : 'tanh');
  const sigB = bSigma ?? sigmaA;
  const sets = useMemo(() => {
    // B's W rescaled to σ_max = sigB with A's σ (computed once, as the lesson computes it).
    const modelB = withSigmaW({ ...model, activation: actB }, sigB, sigmaA);
    return [
      decaySet(
        translate(lang, 'explore', 'decay.a', { activation: model.activation }),
        model,
        target,
      ),
      decaySet(translate(lang, 'explore', 'decay.b', { activation: actB }), modelB, target),
    ];
  }, [model, actB, sigB, sigmaA, target, lang]);
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
