/**
 * Heatmaps of the chosen parameter, its gradient for the traced loss and the selected term k of
 * the slide's sum, with the parameter's entries editable by hand. The gradient and the term share
 * one colour scale, so the term's share of the sum can be seen.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { useFrameLag } from '../components/useFrameLag';
import { paramOf, withWeight, type Mat, type ParamName, type AnyModel } from '../model';
import { forwardOf, gradientsOf, targetTermsOf } from '../store';
import { isKeyOf, subscript, type Lang, t as translate } from '../i18n';
import { Heatmap } from './Heatmap';
import { symmetricExtent } from './heatmapData';
import { MatrixEditor } from './MatrixEditor';
import { gateKey, paramParts, paramPlain } from './paramLabels';
import { PARAM_MARK, ParamLabel } from './ParamLabel';
import type { Trace } from './types';

export interface HeatmapsViewProps {
  readonly model: AnyModel;
  readonly lang: Lang;
  readonly trace: Trace;
  readonly param: ParamName;
  /** The term shown when one E_t is traced (clamped to [0, t]); null: k = t. */
  readonly k: number | null;
  readonly onModelChange: (model: AnyModel) => void;
}

interface Shown {
  readonly grad: Mat;
  readonly term: Mat | null;
  readonly kMin: number;
}

export function HeatmapsView({
  model: current,
  lang,
  trace,
  param,
  k,
  onModelChange,
}: HeatmapsViewProps) {
  // The maps follow a painted frame behind an edit (src/frame's SCHEDULES), so the edit itself
  // (and the lesson's diagram) paints at once; the editor below checks entries against the
  // current model.
  const model = useFrameLag('heatmaps', current).shown;
  const fwd = forwardOf(model);
  const T = fwd.dims.T;
  const editorId = useId();
  // Open by default for matrices small enough to edit comfortably (at most 16×16).
  const [open, setOpen] = useState<boolean | null>(null);
  const editorOpen = open ?? paramOf(current, param).data.length <= 256;
  const t = trace === 'all' ? null : Math.min(Math.max(0, trace), T - 1);
  const kk = t === null ? 0 : Math.min(Math.max(0, k ?? t), t);
  const shown = useMemo<Shown>(() => {
    if (t === null) return { grad: gradientsOf(model)[param], term: null, kMin: 0 };
    const tt = targetTermsOf(model, t);
    const w = Object.hasOwn(tt.weights, param) ? tt.weights[param] : null;
    // V (the readout's) has no recursion: its gradient has no terms by k.
    if (!w) return { grad: tt.V, term: null, kMin: tt.kMin };
    return { grad: w.sum, term: w.terms[kk], kMin: tt.kMin };
  }, [model, t, param, kk]);

  const E = t === null ? 'E' : `E${subscript(t)}`;
  // Plain names for the cells' labels (U_z); the captions write the gate as a real subscript.
  const plain = paramPlain(param);
  const gradName = translate(lang, 'explore', 'maps.grad', { E, p: plain });
  const title = (
    key: 'maps.grad' | 'maps.term' | 'maps.edit',
    params: Record<string, string | number> = {},
  ) => (
    <ParamLabel
      name={param}
      template={translate(lang, 'explore', key, { ...params, E, p: PARAM_MARK })}
    />
  );
  const { gate } = paramParts(param);
  const gk = gate === null ? null : gateKey(current, gate);
  const gateName = gk ? translate(lang, 'explore', gk) : null;
  const extent = symmetricExtent(...(shown.term ? [shown.grad, shown.term] : [shown.grad]));
  const sum =
    t === null
      ? translate(lang, 'explore', 'place.sumAll')
      : translate(lang, 'explore', 'place.sumOne', { kMin: shown.kMin, t });
  // Each vanilla parameter's entries are described by its own texts (place.<p>, place.grad<p>,
  // place.term<p>); a gate's weights by the gate's texts (place.gate…), naming the gate.
  const place = useCallback(
    (key: string, i: number, j: number, params: Record<string, string | number> = {}) =>
      isKeyOf('explore', key)
        ? translate(lang, 'explore', key, { i, j, ...params })
        : `${plain}[${i}][${j}]`,
    [lang, plain],
  );
  const gated = gateName !== null;
  // What W_gate multiplies: s_{t−1}, or for the GRU's candidate r_t ⊙ s_{t−1} (math.md §8).
  const operand = current.cell === 'gru' && gate === 'h' ? 'rₜ ⊙ sₜ₋₁' : 'sₜ₋₁';
  const describeParam = useCallback(
    (i: number, j: number) =>
      gated
        ? place(`place.gate${paramParts(param).base}`, i, j, { gate: gateName ?? '', operand })
        : place(`place.${param}`, i, j),
    [place, param, gated, gateName, operand],
  );
  const describeGrad = useCallback(
    (i: number, j: number) =>
      gated ? place('place.gradGate', i, j, { sum }) : place(`place.grad${param}`, i, j, { sum }),
    [place, param, sum, gated],
  );
  const describeTerm = useCallback(
    (i: number, j: number) =>
      gated
        ? place('place.termGate', i, j, { k: kk, t: t ?? 0, p: plain })
        : place(`place.term${param}`, i, j, { k: kk, t: t ?? 0 }),
    [place, param, kk, t, gated, plain],
  );
  const cut = t !== null && shown.term !== null && kk < shown.kMin;

  return (
    <div className="xp-maps" data-param={param}>
      <p className="xp-help">{translate(lang, 'explore', 'heat.legend')}</p>
      {gateName && (
        <p className="xp-help" data-testid="maps-gate">
          <ParamLabel
            name={param}
            template={translate(lang, 'explore', 'maps.gate', { p: PARAM_MARK, gate: gateName })}
          />
        </p>
      )}
      <div className="xp-maps__row">
        <Heatmap
          matrix={paramOf(model, param)}
          name={plain}
          title={<ParamLabel name={param} />}
          lang={lang}
          describe={describeParam}
        />
        <Heatmap
          matrix={shown.grad}
          name={gradName}
          title={title('maps.grad')}
          lang={lang}
          extent={extent}
          hint={false}
          describe={describeGrad}
        />
        {shown.term && t !== null && (
          <div className="xp-maps__term" data-k={kk} data-kept={!cut}>
            <Heatmap
              matrix={shown.term}
              name={translate(lang, 'explore', 'maps.term', { k: kk, E, p: plain })}
              title={title('maps.term', { k: kk })}
              lang={lang}
              extent={extent}
              hint={false}
              describe={describeTerm}
            />
            {cut && (
              <p className="xp-note">{translate(lang, 'explore', 'maps.termCut', { k: kk })}</p>
            )}
          </div>
        )}
      </div>
      <button
        type="button"
        className="xp-button"
        aria-expanded={editorOpen}
        aria-controls={editorId}
        onClick={() => setOpen(!editorOpen)}
      >
        {title('maps.edit')}
      </button>
      {editorOpen && (
        <div id={editorId}>
          <MatrixEditor
            field={plain}
            matrix={paramOf(current, param)}
            lang={lang}
            onChange={(i, j, v) => onModelChange(withWeight(current, param, i, j, v))}
          />
          <p className="xp-help">{translate(lang, 'explore', 'edit.hint')}</p>
        </div>
      )}
    </div>
  );
}

export default HeatmapsView;
