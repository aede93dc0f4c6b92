/**
 * What the network settings show for a gated cell in place of the vanilla cell's σ_max(W) and
 * γ, which bound nothing here (the gates' derivatives change by step): where the transition
 * Jacobians' σ_max is shown instead, the direct path's product (Π diag(f_j) of the LSTM along
 * c, Π diag(z_j) of the GRU along s) over the whole sequence, and for the LSTM the forget-gate
 * bias (the common initialisation 1: Gers et al. 2000) and the initial cell state c₋₁.
 */
import { useMemo } from 'react';
import {
  directPath,
  dimsOf,
  fromRows,
  withForgetBias,
  type GatedModel,
  type AnyModel,
} from '../model';
import { forwardOf } from '../store';
import { formatNumber, type Lang, t as translate } from '../i18n';
import { MatrixEditor } from './MatrixEditor';
import { NumberField } from './NumberField';
import { paramPlain } from './paramLabels';

export interface GatedControlsProps {
  readonly model: GatedModel;
  readonly lang: Lang;
  readonly onModelChange: (model: AnyModel) => void;
}

/** The forget-gate bias field's range: σ(±8) is within 3.4·10⁻⁴ of 0 and 1. */
const BIAS_RANGE = 8;

export function GatedControls({ model, lang, onModelChange }: GatedControlsProps) {
  const { T, H } = dimsOf(model);
  const lstm = model.cell === 'lstm';
  // Π_j diag(d_j) from step 0 to the last: a product of diagonals, cheap at any size.
  const direct = useMemo(
    () => directPath(model, forwardOf(model), T - 1)?.norm[0] ?? NaN,
    [model, T],
  );
  const bias = lstm ? model.b.f.data : null;
  // The field shows the bias when every entry is the same (as the switch and this field set it).
  const sameBias = bias !== null && bias.every((v) => v === bias[0]) ? bias[0] : null;
  return (
    <div className="xp-gated" data-testid="gated-readout" data-direct={direct}>
      <p className="xp-help">
        {translate(lang, 'explore', 'net.gatedBound', {
          C: lstm ? 2 * H : H,
          state: lstm ? '(s, c)' : 's',
        })}
      </p>
      <p className="xp-help" data-testid="direct-path">
        {translate(lang, 'explore', lstm ? 'net.directLstm' : 'net.directGru', {
          last: T - 1,
          v: formatNumber(direct, { lang }),
        })}
      </p>
      {lstm && (
        <>
          <NumberField
            label={translate(lang, 'explore', 'net.forgetBias')}
            field={paramPlain('b.f')}
            value={sameBias ?? model.b.f.data[0]}
            lang={lang}
            min={-BIAS_RANGE}
            max={BIAS_RANGE}
            step={0.5}
            help={translate(lang, 'explore', 'net.forgetHelp')}
            onCommit={(v) => onModelChange(withForgetBias(model, v))}
          />
          <MatrixEditor
            field="initialCell"
            vector
            matrix={fromRows([Array.from(model.initialCell)])}
            lang={lang}
            caption={translate(lang, 'explore', 'net.initialCell')}
            onChange={(_, i, v) => {
              const c = model.initialCell.slice();
              c[i] = v;
              onModelChange({ ...model, initialCell: c });
            }}
          />
        </>
      )}
    </div>
  );
}

export default GatedControls;
