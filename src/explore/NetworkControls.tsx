/**
 * The network's settings: the cell (RNN, GRU, LSTM), hidden size H, activation (the vanilla
 * cell's), weight scale and seed (these draw new weights), a direct σ_max(W) control (rescales W;
 * a gated cell shows its own readouts instead: GatedControls), the initial state s₋₁ and the
 * truncation n.
 */
import { useId, useMemo } from 'react';
import {
  ACTIVATIONS,
  cellOf,
  dimsOf,
  fromRows,
  isRnnModel,
  withSigmaW,
  type Activation,
  type AnyModel,
  type CellKind,
} from '../model';
import { EXPLORE_LIMITS, withInitialStateEntry, withTruncate } from '../model/build/sequence';
import { formatNumber, type Lang, t as translate } from '../i18n';
import { CellSwitch } from './CellSwitch';
import { GatedControls } from './GatedControls';
import { MatrixEditor } from './MatrixEditor';
import { NumberField } from './NumberField';
import type { Recipe } from './types';

export interface NetworkControlsProps {
  readonly model: AnyModel;
  readonly lang: Lang;
  readonly recipe: Recipe;
  /** A new H, seed or scale: the panel redraws the weights. */
  readonly onRedraw: (change: { H?: number; seed?: number; scale?: number }) => void;
  readonly onActivation: (activation: Activation) => void;
  readonly onModelChange: (model: AnyModel) => void;
  /** Another cell chosen: the panel converts the model. */
  readonly onCell: (cell: CellKind) => void;
}

/** The slider's top end (the control still shows a larger current value). */
const SIGMA_MAX = 3;

export function NetworkControls({
  model,
  lang,
  recipe,
  onRedraw,
  onActivation,
  onModelChange,
  onCell,
}: NetworkControlsProps) {
  const id = useId();
  const { H, T } = dimsOf(model);
  const cell = cellOf(model);
  // The transition bound's factors: γ = sup|f′| and σ_max(W) for the vanilla cell.
  const { sigma, gamma: g } = useMemo(() => cell.transitionBound(model), [cell, model]);
  const truncating = model.truncate !== null;
  const apply = (r: ReturnType<typeof withTruncate>) => {
    if (r.ok) onModelChange(r.model);
  };
  return (
    <div className="xp-network" data-cell={cell.kind}>
      <CellSwitch cell={cell.kind} lang={lang} onCell={onCell} />
      <div className="xp-grid">
        <NumberField
          label={translate(lang, 'explore', 'net.H')}
          field="H"
          value={H}
          lang={lang}
          integer
          min={EXPLORE_LIMITS.H.min}
          max={EXPLORE_LIMITS.H.max}
          onCommit={(v) => onRedraw({ H: v })}
        />
        {isRnnModel(model) && (
          <div className="xp-field">
            <label htmlFor={`${id}-act`}>{translate(lang, 'explore', 'net.activation')}</label>
            <select
              id={`${id}-act`}
              className="xp-input"
              data-field="activation"
              value={model.activation}
              onChange={(e) => onActivation(e.target.value as Activation)}
            >
              {ACTIVATIONS.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </div>
        )}
        <NumberField
          label={translate(lang, 'explore', 'net.scale')}
          field="scale"
          value={recipe.scale}
          lang={lang}
          min={EXPLORE_LIMITS.scale.min}
          max={EXPLORE_LIMITS.scale.max}
          step={0.1}
          onCommit={(v) => onRedraw({ scale: v })}
        />
        <NumberField
          label={translate(lang, 'explore', 'net.seed')}
          field="seed"
          value={recipe.seed}
          lang={lang}
          integer
          min={0}
          max={2 ** 31 - 1}
          onCommit={(v) => onRedraw({ seed: v })}
        />
      </div>
      <p className="xp-help">{translate(lang, 'explore', 'net.redrawHelp')}</p>
      {!isRnnModel(model) ? (
        <GatedControls model={model} lang={lang} onModelChange={onModelChange} />
      ) : (
        <div className="xp-field xp-field--wide">
          <label htmlFor={`${id}-sigma`}>{translate(lang, 'explore', 'net.sigma')}</label>
          <input
            id={`${id}-sigma`}
            type="range"
            className="xp-range"
            data-field="sigmaW"
            min={0}
            max={Math.max(SIGMA_MAX, Math.ceil(sigma * 100) / 100)}
            step={0.01}
            value={Math.round(sigma * 100) / 100}
            disabled={!(sigma > 0)}
            // The range's value is HTML's (plain); what is announced is in the language's style.
            aria-valuetext={formatNumber(sigma, { lang })}
            onChange={(e) => {
              const v = Number(e.target.value);
              // W is rescaled by v / σ_max(W), with the σ already computed for the readout.
              if (Number.isFinite(v) && v >= 0 && sigma > 0 && Number.isFinite(sigma))
                onModelChange(withSigmaW(model, v, sigma));
            }}
          />
          <p className="xp-help" data-testid="sigma-readout" data-sigma={sigma}>
            {translate(lang, 'explore', 'net.sigmaValue', {
              v: formatNumber(sigma, { lang }),
              g: formatNumber(g, { lang }),
              gv: formatNumber(g * sigma, { lang }),
            })}
          </p>
        </div>
      )}
      <MatrixEditor
        field="initialState"
        vector
        matrix={fromRows([Array.from(model.initialState)])}
        lang={lang}
        caption={translate(lang, 'explore', 'net.initial')}
        onChange={(_, i, v) => apply(withInitialStateEntry(model, i, v))}
      />
      <div className="xp-row">
        <label className="xp-check">
          <input
            type="checkbox"
            checked={truncating}
            data-field="truncate"
            onChange={(e) =>
              apply(withTruncate(model, e.target.checked ? Math.max(0, Math.min(2, T - 1)) : null))
            }
          />
          {translate(lang, 'explore', 'net.truncate')}
        </label>
        {truncating && (
          <NumberField
            label={translate(lang, 'explore', 'net.truncateN')}
            field="truncate"
            value={model.truncate as number}
            lang={lang}
            integer
            min={0}
            max={Math.max(0, T - 1)}
            onCommit={(v) => apply(withTruncate(model, v))}
          />
        )}
      </div>
      <p className="xp-help">{translate(lang, 'explore', 'net.truncateHelp')}</p>
    </div>
  );
}

export default NetworkControls;
