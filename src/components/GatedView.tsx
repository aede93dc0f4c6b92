/**
 * The gated chapter's diagram panel: the unrolled LSTM or GRU of the current sequence with the
 * gradient of E_t★ flowing back along its lanes, or the three cells' gradients on one chart; above
 * it the chapter's controls (the forget-gate bias, the presets). Every number comes from the core
 * (store/gatedChapter.ts).
 */
import { useMemo, useRef } from 'react';
import { translator } from '../i18n';
import { GatedChart } from '../diagram/gated/GatedChart';
import { GatedDiagram } from '../diagram/gated/GatedDiagram';
import { gateValues, type CellData } from '../diagram/gated/cellData';
import { GATES } from '../diagram/gated/cellLayout';
import '../diagram/gated/gated.css';
import { selectStep, selectVeil, useLesson, usePromptView } from '../store';
import { gatedComparison, type CellRun } from '../store/gatedChapter';
import { GATED_DISTANCE, isLongDependency, registerGatedFacts } from '../store/gatedFacts';
import { useGated } from '../store/gatedStore';
import { GatedControls } from './GatedControls';
import { gatedSeries } from './gatedSeries';
import { useElementSize } from './useElementSize';
import { useReducedMotion } from './useReducedMotion';
import { useTransitionProducts } from './useTransitionProducts';

// The gated chapter's sentences quote its three cells' numbers.
registerGatedFacts();

interface Props {
  readonly width: number;
  readonly height: number;
  /** A still of another position (the handouts, the presenter's views): that step, drawn in its
   *  end state, without the controls. The lesson's current position, animated, when absent. */
  readonly at?: { readonly stepIndex: number; readonly sub: number };
}

/** No motion: a still shows its end state. */
const STILL = { speed: 1, paused: true, replayKey: 0, reducedMotion: true } as const;

function cellData(run: CellRun, t: number): CellData {
  const cell = run.cell === 'gru' ? 'gru' : 'lstm';
  const gates: Record<string, ReturnType<typeof gateValues>> = {};
  for (const g of GATES[cell]) gates[g] = gateValues(run.fwd, g, t);
  return { cell, t, gates, s: run.s, c: run.c, direct: run.direct };
}

export function GatedView({ width, height, at }: Props) {
  // The drawing gets what the controls and the legend leave of the panel.
  const box = useRef<HTMLDivElement>(null);
  const room = useElementSize(box, { width, height: height / 2 });
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const current = useLesson(selectStep);
  const step = at ? selectStep(at) : current;
  const speed = useLesson((s) => s.animation.speed);
  const paused = useLesson((s) => s.animation.paused);
  const replayKey = useLesson((s) => s.animation.replayKey);
  const reducedMotion = useReducedMotion();
  const forgetBias = useGated((s) => s.forgetBias);
  const veil = usePromptView(selectVeil);
  const liveSub = useLesson((s) => s.sub);
  const sub = at ? at.sub : liveSub;
  const view = step.focus.cell ?? 'compare';
  const cmp = useMemo(
    () => gatedComparison(model, target, forgetBias),
    [model, target, forgetBias],
  );
  const tr = translator(lang, 'views');
  const t = cmp.t;
  const vars = { t };
  const moving = useMemo(
    () => ({ speed, paused, replayKey, reducedMotion }),
    [speed, paused, replayKey, reducedMotion],
  );
  const animation = at ? STILL : moving;
  const mode = view === 'compare' && sub === 2 ? 'products' : 'gradients';
  const pr = useTransitionProducts(mode === 'products' ? cmp.runs.rnn.model : null, t);
  const pg = useTransitionProducts(mode === 'products' ? cmp.runs.gru.model : null, t);
  const pl = useTransitionProducts(mode === 'products' ? cmp.runs.lstm.model : null, t);
  const series = useMemo(
    () => gatedSeries(cmp, mode, [pr, pg, pl], translator(lang, 'views')),
    [cmp, mode, pr, pg, pl, lang],
  );
  const busy = mode === 'products' && [pr, pg, pl].some((p) => p?.status === 'pending');
  const drawW = room.width;
  const drawH = Math.max(320, room.height);
  const kFar = Math.max(0, t - GATED_DISTANCE);
  // The input a long dependency's target asks for, marked only where the sequence is one.
  const markK = isLongDependency(model, t) ? kFar : null;
  return (
    <div
      className="gated-view"
      data-view={view}
      data-mode={mode}
      data-testid="gated-view"
      aria-busy={busy || undefined}
      style={{ height }}
    >
      {!at && <GatedControls view={view} />}
      {view !== 'compare' && (
        <p className="gated-view__legend">{tr('gated.legend', { t, cell: view })}</p>
      )}
      <div className="gated-view__draw" ref={box}>
        {view === 'compare' ? (
          <GatedChart
            series={series}
            markK={markK}
            width={drawW}
            height={drawH}
            labels={{
              lang,
              title: tr('gated.chart.title', vars),
              k: translator(lang, 'diagram')('decay.k'),
              omitted: (n) => tr('gated.omitted', { n }),
              mark: tr('gated.mark', { k: kFar, t }),
            }}
          />
        ) : (
          <>
            <GatedDiagram
              data={cellData(cmp.runs[view], t)}
              width={drawW}
              height={drawH}
              animation={animation}
              emphasis={sub >= 1 ? (view === 'lstm' ? 'c' : 's') : null}
              veiled={!at && veil === 'gated'}
              labels={{
                lang,
                title: tr(view === 'lstm' ? 'gated.lstm.title' : 'gated.gru.title', vars),
                gate: (g) => tr(`gated.gate.${g}` as 'gated.gate.f'),
                cut: tr('gated.cut'),
              }}
            />
          </>
        )}
      </div>
    </div>
  );
}
