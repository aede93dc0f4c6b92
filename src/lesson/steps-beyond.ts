/**
 * 'jacobian', 'vanishing-exploding', 'truncation', 'whole-gradient': past the lecture's slides (Jacobians, vanishing and exploding gradients, truncated
 * BPTT, the whole gradient), in the same notation. The texts are keys of the lesson's strings.
 */
import { at, formula, lastBackwardSub } from './build';
import * as F from './formulas';
import type { Step } from './types';

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
  focus: {
    emphasis: at('upToTarget', 's', 'W'),
    flow: 'sumOverK',
    jacobians: true,
    decay: true,
  },
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
    formula('whole-V', F.wholeVTex, { from: 2 }),
  ],
  substeps: 3,
  focus: { emphasis: at('all', 'E', 'loss', 's', 'W', 'U', 'V'), flow: 'allTargets' },
  beyondSlides: true,
};

export const BEYOND_STEPS: readonly Step[] = [
  JACOBIAN_STEP,
  DECAY_STEP,
  TRUNCATION_STEP,
  WHOLE_STEP,
];
