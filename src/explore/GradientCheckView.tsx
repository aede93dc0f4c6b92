/**
 * The gradient check: the analytic full-BPTT gradient against centred finite differences for
 * every parameter (U, W and V; a gated cell's U, W and b of each gate, and V), with the largest relative error of each in bands (good, uncertain, doubtful, wrong) —
 * and, with truncation on, a plain statement of how far the truncated gradient is from the true
 * one. Small models are checked on every change; large ones on request.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFrameLag } from '../components/useFrameLag';
import { runSliced } from '../frame';
import {
  gradientCheck,
  gradientCheckSteps,
  lossOf,
  paramNames,
  type GradientCheck,
  type AnyModel,
  type Progress,
} from '../model';
import {
  formatNumber,
  formatPercent,
  listSeparator,
  type Lang,
  t as translate,
  type ExploreKey,
} from '../i18n';
import { ComputationProgress } from './ComputationProgress';
import { ParamLabel } from './ParamLabel';
import { paramPlain } from './paramLabels';
import {
  AUTO_CHECK_COST,
  checkBand,
  checkCost,
  truncationGap,
  weightCount,
  worstEntry,
} from './checkData';

export interface GradientCheckViewProps {
  readonly model: AnyModel;
  readonly lang: Lang;
  /** The finite-difference step (the core's default, 1e−5). */
  readonly h?: number;
}

const BAND_KEY: Record<ReturnType<typeof checkBand>, ExploreKey> = {
  good: 'check.good',
  uncertain: 'check.uncertain',
  poor: 'check.poor',
  wrong: 'check.wrong',
};

/** A relative error: two significant digits. */
const fmt = (v: number, lang: Lang) => formatNumber(v, { digits: 2, lang });

/** How long the check of a large model will take here: one forward pass timed, times two per weight. */
function estimate(model: AnyModel, lang: Lang): string {
  const t0 = performance.now();
  lossOf(model);
  const seconds = (2 * weightCount(model) * (performance.now() - t0)) / 1000;
  return seconds < 90
    ? translate(lang, 'explore', 'time.seconds', { n: Math.max(1, Math.round(seconds)) })
    : translate(lang, 'explore', 'time.minutes', { n: Math.round(seconds / 60) });
}

export function GradientCheckView({ model: current, lang, h = 1e-5 }: GradientCheckViewProps) {
  // A painted frame behind the model (src/frame's SCHEDULES): the check may take a while.
  const model = useFrameLag('gradientCheck', current).shown;
  const auto = checkCost(model) <= AUTO_CHECK_COST;
  const [requested, setRequested] = useState<{ model: AnyModel; check: GradientCheck } | null>(
    null,
  );
  const autoCheck = useMemo(() => (auto ? gradientCheck(model, h) : null), [auto, model, h]);
  const check = autoCheck ?? (requested?.model === model ? requested.check : null);
  const gap = useMemo(() => truncationGap(model), [model]);
  const time = useMemo(() => (auto ? '' : estimate(model, lang)), [auto, model, lang]);

  // A large model's check runs in slices, with its progress and a cancel; a new model stops it.
  const [progress, setProgress] = useState<Progress | null>(null);
  const running = useRef<AbortController | null>(null);
  const stop = () => {
    running.current?.abort();
    running.current = null;
    setProgress(null);
  };
  useEffect(() => stop, [model]);
  const run = () => {
    stop();
    const ctl = new AbortController();
    running.current = ctl;
    const steps = gradientCheckSteps(model, h);
    setProgress({ done: 0, total: weightCount(model) });
    runSliced(steps, { signal: ctl.signal, onProgress: setProgress }).then(
      (result) => {
        if (running.current !== ctl) return;
        running.current = null;
        setProgress(null);
        setRequested({ model, check: result });
      },
      () => undefined,
    );
  };

  return (
    <div className="xp-gcheck" data-testid="gradient-check" data-max-rel-error={check?.maxRelError}>
      <p className="xp-help">
        {translate(lang, 'explore', 'check.caption', { h: formatNumber(h, { lang }) })}
      </p>
      {check ? (
        <>
          <table className="xp-table">
            <thead>
              <tr>
                <th scope="col">{translate(lang, 'explore', 'check.param')}</th>
                <th scope="col">{translate(lang, 'explore', 'check.maxErr')}</th>
                <th scope="col">{translate(lang, 'explore', 'check.band')}</th>
                <th scope="col">{translate(lang, 'explore', 'check.worst')}</th>
              </tr>
            </thead>
            <tbody>
              {paramNames(model).map((p) => {
                const pc = check.params[p];
                const band = checkBand(pc.maxRelError);
                const w = worstEntry(pc);
                return (
                  <tr key={p} data-param={p} data-rel-error={pc.maxRelError} data-band={band}>
                    <th scope="row">
                      <ParamLabel name={p} />
                    </th>
                    <td>{fmt(pc.maxRelError, lang)}</td>
                    <td className={`xp-band xp-band--${band}`}>
                      {translate(lang, 'explore', BAND_KEY[band])}
                    </td>
                    <td>
                      {translate(lang, 'explore', 'check.worstEntry', {
                        field: `${paramPlain(p)}[${w.i}][${w.j}]`,
                        a: formatNumber(w.a, { digits: 6, lang }),
                        n: formatNumber(w.n, { digits: 6, lang }),
                      })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p
            className={`xp-band xp-band--${checkBand(check.maxRelError)}`}
            data-testid="check-overall"
          >
            {translate(lang, 'explore', 'check.overall', {
              v: `${fmt(check.maxRelError, lang)} — ${translate(lang, 'explore', BAND_KEY[checkBand(check.maxRelError)])}`,
            })}
          </p>
        </>
      ) : (
        <div className="xp-row">
          <p className="xp-help">
            {translate(lang, 'explore', 'check.large', { n: weightCount(model), time })}
          </p>
          {progress ? (
            <ComputationProgress
              text={translate(lang, 'explore', 'check.progress', { ...progress })}
              progress={progress}
              cancelLabel={translate(lang, 'explore', 'check.cancel')}
              onCancel={stop}
              testId="check-progress"
            />
          ) : (
            <button type="button" className="xp-button" onClick={run}>
              {translate(lang, 'explore', 'check.run')}
            </button>
          )}
        </div>
      )}
      {gap && (
        <p className="xp-note" data-testid="truncation-gap" data-gap={gap.overall}>
          {gap.cuts
            ? translate(lang, 'explore', 'check.truncated', {
                n: gap.n,
                pct: formatPercent(gap.overall, { lang }),
                byWeight: Object.entries(gap.weights)
                  .map(([p, v]) => `${paramPlain(p)}: ${formatPercent(v, { lang })}`)
                  .join(listSeparator(lang)),
              })
            : translate(lang, 'explore', 'check.truncatedFull', { n: gap.n, T: model.inputs.rows })}
        </p>
      )}
    </div>
  );
}

export default GradientCheckView;
