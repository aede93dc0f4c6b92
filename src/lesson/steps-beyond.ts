/**
 * 'jacobian' … 'backward-sweep': past the lecture's slides (Jacobians, vanishing and exploding
 * gradients and their remedies, truncated BPTT, the whole gradient and the one backward sweep that
 * computes it), in the same notation. The texts are keys of the lesson's strings.
 */
import { at, formula, lastBackwardSub } from './build';
import * as F from './formulas';
import type { Step } from './types';

/** Vanishing and exploding, and their remedies: the states up to t★, the products, the chart. */
const DECAY_FOCUS: Step['focus'] = {
  emphasis: at('upToTarget', 's', 'W'),
  flow: 'sumOverK',
  jacobians: true,
  decay: true,
};

export const JACOBIAN_STEP: Step = {
  id: 'jacobian',
  title: 'jacobian.title',
  body: 'jacobian.body',
  notes: 'jacobian.notes',
  formulas: [
    formula('jacobian-product', F.jacobianProductTex, {
      caption: 'jacobian.jacobian-product.caption',
    }),
    formula('jacobian-example', F.jacobianExampleTex, { fromFor: lastBackwardSub }),
  ],
  substeps: 'backward',
  focus: { emphasis: at('revealed', 's', 'W'), flow: 'sumOverK', jacobians: true },
  beyondSlides: true,
};

export const DECAY_STEP: Step = {
  id: 'vanishing-exploding',
  title: 'vanishing-exploding.title',
  body: 'vanishing-exploding.body',
  notes: 'vanishing-exploding.notes',
  formulas: [
    formula('bound', F.boundTex, {
      caption: 'vanishing-exploding.bound.caption',
    }),
  ],
  substeps: 3,
  variants: [
    { gammaSigma: null, label: 'vanishing-exploding.variant0' },
    { gammaSigma: 0.3, label: 'vanishing-exploding.variant1' },
    { gammaSigma: 3, label: 'vanishing-exploding.variant2' },
  ],
  focus: DECAY_FOCUS,
  beyondSlides: true,
};

export const REMEDIES_STEP: Step = {
  id: 'remedies',
  title: 'remedies.title',
  body: 'remedies.body',
  notes: 'remedies.notes',
  formulas: [
    formula('clip', F.clipTex, { caption: 'remedies.clip.caption' }),
    formula('orthogonal', F.orthogonalTex, { from: 1, caption: 'remedies.orthogonal.caption' }),
    formula('identity', F.identityTex, { from: 2, caption: 'remedies.identity.caption' }),
    formula('gating', F.gatingTex, { from: 3, caption: 'remedies.gating.caption' }),
  ],
  substeps: 4,
  facts: 'remedies',
  variants: [
    { gammaSigma: null, label: 'vanishing-exploding.variant0' },
    { gammaSigma: null, init: 'orthogonal', label: 'remedies.variant1' },
    { gammaSigma: null, init: 'identity', label: 'remedies.variant2' },
  ],
  focus: DECAY_FOCUS,
  beyondSlides: true,
};

export const TRUNCATION_STEP: Step = {
  id: 'truncation',
  title: 'truncation.title',
  body: 'truncation.body',
  notes: 'truncation.notes',
  formulas: [
    formula('truncated', F.truncatedTex, {
      caption: 'truncation.truncated.caption',
    }),
    formula('truncated-whole', F.truncatedWholeTex, { from: 1 }),
  ],
  substeps: 2,
  demoTruncate: 1,
  focus: {
    emphasis: [...at('target', 'E', 'loss', 'yhat', 'V'), ...at('window', 's', 'W')],
    flow: 'sumOverK',
    terms: true,
    cut: true,
  },
  beyondSlides: true,
};

export const WHOLE_STEP: Step = {
  id: 'whole-gradient',
  title: 'whole-gradient.title',
  body: 'whole-gradient.body',
  notes: 'whole-gradient.notes',
  formulas: [
    formula('whole-W', (ctx) => F.wholeTex(ctx, 'W')),
    formula('whole-U', (ctx) => F.wholeTex(ctx, 'U'), { from: 1 }),
    formula('immediate-U', F.immediateUTex, {
      from: 1,
      caption: 'whole-gradient.immediate-U.caption',
    }),
    formula('whole-V', F.wholeVTex, { from: 2 }),
  ],
  substeps: 3,
  focus: { emphasis: at('all', 'E', 'loss', 's', 'W', 'U', 'V'), flow: 'allTargets' },
  beyondSlides: true,
};

export const SWEEP_STEP: Step = {
  id: 'backward-sweep',
  title: 'backward-sweep.title',
  body: 'backward-sweep.body',
  notes: 'backward-sweep.notes',
  formulas: [
    formula('delta', F.deltaTex, { caption: 'backward-sweep.delta.caption' }),
    formula('sweep-terms', F.sweepTermsTex, {
      from: 1,
      caption: 'backward-sweep.sweep-terms.caption',
    }),
    formula('recursion', F.recursionTex, { from: 2, caption: 'backward-sweep.recursion.caption' }),
  ],
  substeps: 3,
  facts: 'sweep',
  focus: { emphasis: at('all', 'E', 'loss', 's', 'W', 'U', 'V'), flow: 'allTargets' },
  beyondSlides: true,
};

export const BEYOND_STEPS: readonly Step[] = [
  JACOBIAN_STEP,
  DECAY_STEP,
  REMEDIES_STEP,
  TRUNCATION_STEP,
  WHOLE_STEP,
  SWEEP_STEP,
];
