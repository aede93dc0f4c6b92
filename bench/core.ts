/**
 * The numeric core's benchmark: for (T, H) = (4, 3), (16, 16), (64, 64), the median time of
 * the forward pass + gradients, one target's terms, one target's Jacobians and norms, everything
 * the app recomputes when an input changes, and the same forward + backward pass through
 * TensorFlow.js (CPU backend, automatic differentiation) as a ratio.
 */
import {
  defaultModel,
  forward,
  gradients,
  jacobianNorms,
  randomModel,
  targetTerms,
  type RnnModel,
} from '../src/model';
import { createTfRnn, initTf } from '../tests/unit/model/tfjsRnn';
import { consume, formatMs, medianMs, type BenchCheck, type BenchSection } from './report';

interface Case {
  readonly label: string;
  readonly model: RnnModel;
}

function cases(): Case[] {
  // One-hot inputs and D = K = H (a character model's shape); (4, 3) is the lecture's default.
  const sized = (T: number, H: number) =>
    randomModel({ seed: 1, T, H, D: H, K: H, activation: 'tanh' });
  return [
    { label: '(4, 3)', model: defaultModel() },
    { label: '(16, 16)', model: sized(16, 16) },
    { label: '(64, 64)', model: sized(64, 64) },
  ];
}

interface Figures {
  fwdGrad: number;
  terms: number;
  jac: number;
  edit: number;
  app: number;
  tf: number;
}

function measure(model: RnnModel): Figures {
  const t = model.inputs.rows - 1;
  const fwd = forward(model);
  const fwdGrad = medianMs(() => gradients(model, forward(model)));
  const terms = medianMs(() => targetTerms(model, fwd, t));
  const jac = medianMs(() => jacobianNorms(model, fwd, t));
  // What the app recomputes when the model changes: the forward pass, the gradients, and the
  // traced target's terms; with a Jacobian view on screen (lesson steps 9–12, the decay chart)
  // also the target's Jacobian products and their norms.
  // The figures the targets are about get more samples: on a shared 2-core machine one short
  // burst of other work moves a 7-sample median.
  const steady = { budgetMs: 1000, minSamples: 15, maxSamples: 81 };
  const edit = medianMs(() => {
    const f = forward(model);
    consume(gradients(model, f));
    return targetTerms(model, f, t);
  }, steady);
  const app = medianMs(() => {
    const f = forward(model);
    consume(gradients(model, f));
    consume(targetTerms(model, f, t));
    return jacobianNorms(model, f, t);
  }, steady);
  const rnn = createTfRnn(model);
  const tf = medianMs(() => rnn.run().loss, { budgetMs: 600, minSamples: 5 });
  rnn.dispose();
  return { fwdGrad, terms, jac, edit, app, tf };
}

export async function coreSection(): Promise<BenchSection> {
  await initTf();
  const rows: string[][] = [];
  const figures = new Map<string, Figures>();
  for (const c of cases()) {
    const f = measure(c.model);
    figures.set(c.label, f);
    rows.push([
      c.label,
      `${c.model.U.cols}/${c.model.V.rows}`,
      formatMs(f.fwdGrad),
      formatMs(f.terms),
      formatMs(f.jac),
      formatMs(f.edit),
      formatMs(f.app),
      formatMs(f.tf),
      `${(f.tf / f.fwdGrad).toFixed(1)}×`,
    ]);
  }
  const mid = figures.get('(16, 16)') as Figures;
  const big = figures.get('(64, 64)') as Figures;
  const checks: BenchCheck[] = [
    {
      label: `(16, 16): everything the app recomputes under 1 ms (${formatMs(mid.app)})`,
      ok: mid.app < 1,
    },
    {
      label: `(64, 64): everything the app recomputes under 16 ms, one frame (${formatMs(big.app)})`,
      ok: big.app < 16,
    },
    {
      label: `(16, 16): forward + backward at least 5× faster than TensorFlow.js (${(mid.tf / mid.fwdGrad).toFixed(1)}×)`,
      ok: mid.tf / mid.fwdGrad >= 5,
    },
  ];
  return {
    title: 'Numeric core (float64) — median time per call',
    notes: [
      'T×H as (T, H); tanh; one-hot inputs; D/K input and output sizes; t = T − 1 for one target.',
      'jacobians(t) = the products ∂s_t/∂s_k, k = 0 … t, and their norms σ_max (jacobianNorms).',
      'edit = forward + gradients + one target’s terms (what any change recomputes);',
      'app = edit + jacobians(t) (what a change recomputes while a Jacobian view is on screen).',
      'tfjs = the same forward + backward by TensorFlow.js 4.22 autodiff, CPU backend, float32,',
      'values read back; ratio = tfjs ÷ core forward + gradients.',
    ],
    columns: [
      '(T, H)',
      'D/K',
      'fwd+grad',
      'terms(t)',
      'jacobians(t)',
      'edit',
      'app',
      'tfjs fwd+bwd',
      'ratio',
    ],
    rows,
    checks,
  };
}
