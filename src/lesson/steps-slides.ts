/**
 * 'title' … 'sum-over-k': the lecture's slides, in their order and notation. The texts are keys of the
 * lesson's strings (src/i18n/<lang>/lesson.ts), which may use the placeholders of stepTexts.ts
 * ({t} = the target t★, {t:sub} its subscript, {tPrev}, {T}, {tLast}, {n}).
 */
import { at, formula, lastBackwardSub } from './build';
import * as F from './formulas';
import type { Step } from './types';

export const TITLE_STEP: Step = {
  id: 'title',
  title: 'title.title',
  body: 'title.body',
  notes: 'title.notes',
  formulas: [],
  substeps: 1,
  focus: { emphasis: [], flow: 'none' },
};

export const FORWARD_STEP: Step = {
  id: 'forward-pass',
  title: 'forward-pass.title',
  body: 'forward-pass.body',
  notes: 'forward-pass.notes',
  formulas: [
    formula('forward-state', F.forwardStateTex),
    formula('forward-output', F.forwardOutputTex),
    formula('forward-loss', F.forwardLossTex, {
      caption: 'forward-pass.forward-loss.caption',
    }),
  ],
  substeps: 'forward',
  focus: {
    emphasis: at('revealed', 'x', 'U', 's', 'W', 'V', 'yhat', 'loss', 'E'),
    forwardSweep: true,
    flow: 'none',
  },
};

export const GRADIENTS_STEP: Step = {
  id: 'gradients-needed',
  title: 'gradients-needed.title',
  body: 'gradients-needed.body',
  notes: 'gradients-needed.notes',
  formulas: [formula('gradients', F.gradientsNeededTex)],
  substeps: 1,
  focus: { emphasis: at('all', 'U', 'W', 'V'), sharedWeights: true, flow: 'none' },
};

export const IDEAS_STEP: Step = {
  id: 'ideas',
  title: 'ideas.title',
  body: 'ideas.body',
  notes: 'ideas.notes',
  formulas: [
    formula('error-sum', F.errorSumTex),
    formula('gradient-sum', F.gradientSumIdeaTex, {
      from: 1,
      caption: 'ideas.gradient-sum.caption',
    }),
  ],
  substeps: 2,
  focus: { emphasis: at('all', 'E', 'loss'), flow: 'none' },
};

export const SUM_OVER_T_STEP: Step = {
  id: 'sum-over-t',
  title: 'sum-over-t.title',
  body: 'sum-over-t.body',
  notes: 'sum-over-t.notes',
  formulas: [formula('sum-over-t', F.sumOverTTex)],
  substeps: 1,
  focus: { emphasis: at('all', 'E', 'W'), mark: at('target', 'E'), flow: 'none' },
};

export const CHAIN_STEP: Step = {
  id: 'chain-rule',
  title: 'chain-rule.title',
  body: 'chain-rule.body',
  notes: 'chain-rule.notes',
  formulas: [
    formula('chain-rule', F.chainRuleTex),
    formula('output-error', F.outputErrorTex, {
      caption: 'chain-rule.output-error.caption',
    }),
  ],
  substeps: 1,
  focus: { emphasis: at('target', 'E', 'loss', 'yhat', 'V', 's'), flow: 'toState' },
};

export const TOTAL_STEP: Step = {
  id: 'total-derivative',
  title: 'total-derivative.title',
  body: 'total-derivative.body',
  notes: 'total-derivative.notes',
  formulas: [
    formula('marked-state', F.markedStateTex),
    formula('total-derivative', F.totalDerivativeTex, {
      from: 1,
      caption: 'total-derivative.total-derivative.caption',
    }),
    formula('expanded', F.expandedTex, { from: 2, caption: 'total-derivative.expanded.caption' }),
    formula('weight-copies', F.weightCopiesTex, {
      from: 3,
      caption: 'total-derivative.weight-copies.caption',
    }),
  ],
  substeps: 4,
  beyondFrom: 2,
  focus: {
    emphasis: [...at('upToTarget', 's', 'W', 'U'), ...at('target', 'x')],
    mark: at('target', 'U', 'W'),
    flow: 'none',
  },
};

export const SUM_OVER_K_STEP: Step = {
  id: 'sum-over-k',
  title: 'sum-over-k.title',
  body: 'sum-over-k.body',
  notes: 'sum-over-k.notes',
  formulas: [
    formula('sum-over-k', F.sumOverKTex, {
      caption: 'sum-over-k.sum-over-k.caption',
    }),
    formula('immediate', F.immediateTex, {
      caption: 'sum-over-k.immediate.caption',
    }),
    formula('sum-expanded', F.sumExpandedTex, { fromFor: lastBackwardSub }),
  ],
  substeps: 'backward',
  focus: {
    emphasis: [...at('target', 'E', 'loss', 'yhat', 'V'), ...at('revealed', 's', 'W')],
    flow: 'sumOverK',
    terms: true,
  },
};

export const SLIDE_STEPS: readonly Step[] = [
  TITLE_STEP,
  FORWARD_STEP,
  GRADIENTS_STEP,
  IDEAS_STEP,
  SUM_OVER_T_STEP,
  CHAIN_STEP,
  TOTAL_STEP,
  SUM_OVER_K_STEP,
];
