/** Which loss to trace (one E_t or the whole E), which parameter, and which term k of the sum. */
import { useId } from 'react';
import type { ParamName as Name } from '../model';
import { type Lang, t as translate } from '../i18n';
import { ParamLabel } from './ParamLabel';
import type { Trace } from './types';

/** The parameters of one gate (its U, W and b), or the ungated ones (gate null). */
export interface ParamGroup {
  readonly gate: string | null;
  /** The gate's name in the language ("update gate"), for a gate. */
  readonly label?: string;
  readonly params: readonly Name[];
}

export interface TraceControlsProps {
  readonly lang: Lang;
  readonly T: number;
  readonly trace: Trace;
  readonly onTrace: (trace: Trace) => void;
  /** The model's parameters (paramNames: the cell's weights, then V), by gate (paramGroups). */
  readonly groups: readonly ParamGroup[];
  readonly param: Name;
  readonly onParam: (p: Name) => void;
  /** The term shown, k ∈ [0, t] (only for one E_t and U or W); null: k = t. */
  readonly k: number | null;
  readonly onK: (k: number) => void;
}

export function TraceControls({
  lang,
  T,
  trace,
  onTrace,
  groups,
  param,
  onParam,
  k,
  onK,
}: TraceControlsProps) {
  const id = useId();
  const showK = trace !== 'all' && param !== 'V';
  return (
    <div className="xp-grid xp-trace">
      <div className="xp-field">
        <label htmlFor={`${id}-t`}>{translate(lang, 'explore', 'trace.target')}</label>
        <select
          id={`${id}-t`}
          className="xp-input"
          data-field="trace"
          value={trace === 'all' ? 'all' : String(trace)}
          onChange={(e) => onTrace(e.target.value === 'all' ? 'all' : Number(e.target.value))}
        >
          <option value="all">{translate(lang, 'explore', 'trace.all')}</option>
          {Array.from({ length: T }, (_, t) => (
            <option key={t} value={t}>
              {translate(lang, 'explore', 'trace.one', { t })}
            </option>
          ))}
        </select>
      </div>
      <div className={`xp-field${groups.length > 1 ? ' xp-field--params' : ''}`}>
        <span id={`${id}-p`} className="xp-label">
          {translate(lang, 'explore', 'trace.param')}
        </span>
        <div className="xp-params" role="group" aria-labelledby={`${id}-p`}>
          {/* A gated cell's parameters one gate to a row, its name before them. */}
          {groups.map((g) => (
            <div
              key={g.gate ?? '-'}
              className="xp-switch xp-params__group"
              role={g.label ? 'group' : undefined}
              aria-label={g.label}
              data-gate={g.gate ?? undefined}
            >
              {g.label && <span className="xp-params__gate">{g.label}</span>}
              {g.params.map((p) => (
                <button
                  key={p}
                  type="button"
                  aria-pressed={param === p}
                  className="xp-button xp-switch__btn"
                  data-param={p}
                  onClick={() => onParam(p)}
                >
                  <ParamLabel name={p} />
                </button>
              ))}
            </div>
          ))}
        </div>
      </div>
      {showK && (
        <div className="xp-field">
          <label htmlFor={`${id}-k`}>{translate(lang, 'explore', 'trace.k')}</label>
          <select
            id={`${id}-k`}
            className="xp-input"
            data-field="k"
            value={Math.min(k ?? (trace as number), trace as number)}
            onChange={(e) => onK(Number(e.target.value))}
          >
            {Array.from({ length: (trace as number) + 1 }, (_, kk) => (
              <option key={kk} value={kk}>
                k = {kk}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

export default TraceControls;
