/**
 * Training on the sequence: one gradient-descent step, N steps, or run/pause; the learning rate;
 * optional clipping by norm (Pascanu et al., Alg. 1); the loss curve. Every step hands the new
 * model to onModelChange, so the lesson's diagram and terms follow the current weights. The curve
 * restarts when the model is changed by anything else.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { lossOf, type AnyModel } from '../model';
import { forwardOf } from '../store';
import { sgdStep, type SgdOptions } from '../model/bptt/train';
import { runToEnd, type Progress } from '../model';
import { runSliced } from '../frame';
import { formatNumber, t as translate } from '../i18n';
import { ComputationProgress } from './ComputationProgress';
import { LossCurve } from './LossCurve';
import { NumberField } from './NumberField';
import type { ModelEditProps } from './types';

interface History {
  /** The model the curve ends at. */
  readonly end: AnyModel;
  readonly losses: readonly number[];
  /** Steps taken since the curve started. */
  readonly steps: number;
  readonly lastNorm: number | null;
  readonly clipped: number;
  readonly diverged: boolean;
}

/** A run of steps: the losses E(start), …, E(end) and what the steps reported. */
interface Run {
  model: AnyModel;
  losses: number[];
  norm: number | null;
  clipped: number;
  diverged: boolean;
}

/** Milliseconds of training per animation frame while running. */
const FRAME_BUDGET = 10;
/** The curve keeps at most this many points (the oldest are dropped). */
const MAX_POINTS = 5000;

/** A batch of steps expected to take less than this runs at once, without a progress bar. */
const AT_ONCE_MS = 60;

/** N steps as a computation in slices: `run` collects them; yields after every step. */
function* stepsInto(run: Run, n: number, opts: SgdOptions): Generator<Progress, void> {
  for (let i = 0; i < n; i++) {
    const r = sgdStep(run.model, opts);
    if (r.diverged) {
      run.diverged = true;
      return;
    }
    run.losses.push(r.loss);
    run.model = r.model;
    run.norm = r.gradNorm;
    if (r.clipped) run.clipped++;
    yield { done: i + 1, total: n };
  }
}

function fresh(model: AnyModel): History {
  return {
    end: model,
    losses: [forwardOf(model).loss],
    steps: 0,
    lastNorm: null,
    clipped: 0,
    diverged: false,
  };
}

export function TrainingView({ model, lang, onModelChange }: ModelEditProps) {
  const [lr, setLr] = useState(0.1);
  const [clipOn, setClipOn] = useState(false);
  const [theta, setTheta] = useState(5);
  const [N, setN] = useState(20);
  const [running, setRunning] = useState(false);
  const [history, setHistory] = useState<History>(() => fresh(model));
  const shown = history.end === model ? history : fresh(model);
  const opts: SgdOptions = { lr, clip: clipOn ? theta : null };

  // The model the next step starts from: the props' model, or the last one this view produced.
  const latest = useRef(model);
  const emit = useRef(onModelChange);
  useEffect(() => {
    latest.current = model;
    emit.current = onModelChange;
  }, [model, onModelChange]);

  /** Appends a run of steps from `start` (losses[0] = E(start)) to the curve. */
  const record = useCallback((start: AnyModel, run: Run) => {
    setHistory((h) => {
      const base = h.end === start ? h : fresh(start);
      const all = [...base.losses, ...run.losses.slice(1)];
      return {
        end: run.model,
        losses: all.length > MAX_POINTS ? all.slice(all.length - MAX_POINTS) : all,
        steps: base.steps + run.losses.length - 1,
        lastNorm: run.norm ?? base.lastNorm,
        clipped: base.clipped + run.clipped,
        diverged: run.diverged,
      };
    });
    latest.current = run.model;
    if (run.model !== start) emit.current(run.model);
  }, []);

  // N steps run in slices (a large model's step can take tens of milliseconds): the page stays
  // responsive, the progress shows, and a cancel keeps the steps already taken.
  const [batch, setBatch] = useState<Progress | null>(null);
  const cancel = useRef<AbortController | null>(null);
  useEffect(() => () => cancel.current?.abort(), []);
  const steps = (n: number) => {
    const start = latest.current;
    const run: Run = { model: start, losses: [], norm: null, clipped: 0, diverged: false };
    const finish = () => {
      run.losses.push(lossOf(run.model));
      record(start, run);
      if (cancel.current === ctl) cancel.current = null;
      setBatch(null);
    };
    const ctl = new AbortController();
    const work = stepsInto(run, n, opts);
    // The first step is timed: a batch that will be over at once is run at once.
    const t0 = performance.now();
    work.next();
    if ((performance.now() - t0) * (n - 1) < AT_ONCE_MS) {
      runToEnd(work);
      finish();
      return;
    }
    cancel.current = ctl;
    setBatch({ done: 1, total: n });
    runSliced(work, { signal: ctl.signal, onProgress: setBatch }).then(finish, finish);
  };
  const busy = running || batch !== null;

  // Run: as many steps per frame as fit in the frame budget, until paused or diverged.
  const lrRun = lr;
  const clipRun = clipOn ? theta : null;
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    const tick = () => {
      const start = latest.current;
      const t0 = performance.now();
      const run: Run = { model: start, losses: [], norm: null, clipped: 0, diverged: false };
      const work = stepsInto(run, Infinity, { lr: lrRun, clip: clipRun });
      while (!work.next().done && performance.now() - t0 < FRAME_BUDGET);
      run.losses.push(lossOf(run.model));
      record(start, run);
      if (run.diverged) setRunning(false);
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running, lrRun, clipRun, record]);

  const n = shown.steps;
  const last = shown.losses[shown.losses.length - 1];
  return (
    <div className="xp-training">
      <div className="xp-grid">
        <NumberField
          label={translate(lang, 'explore', 'train.lr')}
          field="learningRate"
          value={lr}
          lang={lang}
          min={1e-6}
          max={100}
          step={0.01}
          onCommit={setLr}
        />
        <NumberField
          label={translate(lang, 'explore', 'train.steps')}
          field="steps"
          value={N}
          lang={lang}
          integer
          min={1}
          max={10000}
          onCommit={setN}
        />
        <div className="xp-field">
          <label className="xp-check">
            <input
              type="checkbox"
              checked={clipOn}
              data-field="clip"
              onChange={(e) => setClipOn(e.target.checked)}
            />
            {translate(lang, 'explore', 'train.clip')}
          </label>
        </div>
        {clipOn && (
          <NumberField
            label={translate(lang, 'explore', 'train.threshold')}
            field="clip"
            value={theta}
            lang={lang}
            min={1e-6}
            max={1e6}
            step={0.5}
            onCommit={setTheta}
          />
        )}
      </div>
      <div className="xp-row">
        <button type="button" className="xp-button" disabled={busy} onClick={() => steps(1)}>
          {translate(lang, 'explore', 'train.one')}
        </button>
        {batch ? (
          <ComputationProgress
            text={translate(lang, 'explore', 'train.progress', { ...batch })}
            progress={batch}
            cancelLabel={translate(lang, 'explore', 'train.cancel')}
            onCancel={() => cancel.current?.abort()}
            testId="train-progress"
          />
        ) : (
          <button
            type="button"
            className="xp-button"
            data-action="train-n"
            disabled={busy}
            onClick={() => steps(N)}
          >
            {translate(lang, 'explore', 'train.many', { n: N })}
          </button>
        )}
        <button
          type="button"
          className="xp-button xp-button--primary"
          aria-pressed={running}
          disabled={batch !== null}
          onClick={() => setRunning(!running)}
        >
          {translate(lang, 'explore', running ? 'train.pause' : 'train.run')}
        </button>
        <button type="button" className="xp-button" onClick={() => setHistory(fresh(model))}>
          {translate(lang, 'explore', 'train.clear')}
        </button>
      </div>
      <p
        className="xp-status"
        aria-live="polite"
        data-testid="training-status"
        data-loss={last}
        data-steps={n}
      >
        {n === 0
          ? translate(lang, 'explore', 'train.start', { loss: formatNumber(last, { lang }) })
          : translate(lang, 'explore', 'train.status', {
              i: n,
              loss: formatNumber(last, { lang }),
              norm: shown.lastNorm === null ? '—' : formatNumber(shown.lastNorm, { lang }),
              c: shown.clipped,
            })}
      </p>
      {shown.diverged && (
        <p className="xp-error" role="alert">
          {translate(lang, 'explore', 'train.diverged')}
        </p>
      )}
      <LossCurve
        losses={shown.losses}
        label={translate(lang, 'explore', 'train.curve')}
        lang={lang}
      />
    </div>
  );
}

export default TrainingView;
