/**
 * The gated chapter, past the slides: the LSTM and the GRU on the lesson's sequence, and the
 * three cells' gradients side by side (math.md §8). Its numbers come from the current model's
 * sequence and target through each cell (store/gatedChapter.ts).
 */
import { formula } from './build';
import * as G from './formulas-gated';
import type { Step } from './types';

export const LSTM_STEP: Step = {
  id: 'lstm-cell',
  title: 'lstm-cell.title',
  body: 'lstm-cell.body',
  notes: 'lstm-cell.notes',
  formulas: [
    formula('lstm-gates', G.lstmGatesTex, { caption: 'lstm-cell.gates.caption' }),
    formula('lstm-state', G.lstmStateTex, { caption: 'lstm-cell.state.caption' }),
    formula('lstm-blocks', G.lstmBlocksTex, { from: 1, caption: 'lstm-cell.blocks.caption' }),
    formula('lstm-direct', (ctx) => G.directTex(ctx, 'f'), { from: 2 }),
  ],
  substeps: 4,
  facts: 'gated',
  focus: { emphasis: [], flow: 'none', cell: 'lstm' },
  beyondSlides: true,
};

export const GRU_STEP: Step = {
  id: 'gru-cell',
  title: 'gru-cell.title',
  body: 'gru-cell.body',
  notes: 'gru-cell.notes',
  formulas: [
    formula('gru-gates', G.gruGatesTex, { caption: 'gru-cell.gates.caption' }),
    formula('gru-state', G.gruStateTex),
    formula('gru-step', G.gruStepTex, { from: 1, caption: 'gru-cell.step.caption' }),
    formula('gru-direct', (ctx) => G.directTex(ctx, 'z'), { from: 2 }),
  ],
  substeps: 3,
  facts: 'gated',
  focus: { emphasis: [], flow: 'none', cell: 'gru' },
  beyondSlides: true,
};

export const COMPARE_STEP: Step = {
  id: 'gated-compare',
  title: 'gated-compare.title',
  body: 'gated-compare.body',
  notes: 'gated-compare.notes',
  formulas: [
    formula('three-factors', G.threeFactorsTex),
    formula('products', G.productsTex, { from: 2 }),
  ],
  substeps: 3,
  facts: 'gated',
  focus: { emphasis: [], flow: 'none', cell: 'compare' },
  beyondSlides: true,
};

export const GATED_STEPS: readonly Step[] = [LSTM_STEP, GRU_STEP, COMPARE_STEP];
