/**
 * The gated chapter's formulas (math.md §8): the LSTM's and the GRU's equations, the LSTM's state
 * transition as blocks, the direct paths' products, and the three cells' one-step factors side by
 * side. On screen the gates' letters f and z are the forget and update gates, not the activation f
 * nor the pre-activation z of the vanilla cell; the captions say so.
 */
import type { LessonCtx } from './types';

const sig = (g: string, inner = 's_{t-1}') =>
  `\\sigma(U_{${g}} x_{t} + W_{${g}} ${inner} + b_{${g}})`;

/** The LSTM's four gates (PyTorch's nn.LSTM, one bias per gate), the three σ gates as one line. */
export function lstmGatesTex(): string {
  return (
    `\\begin{aligned} a_{t} &= ${sig('a')}, \\\\ ` +
    `g_{t} &= \\tanh(U_{g} x_{t} + W_{g} s_{t-1} + b_{g}) \\end{aligned}`
  );
}

/** The LSTM's two states. */
export function lstmStateTex(): string {
  return `c_{t} = f_{t} \\odot c_{t-1} + i_{t} \\odot g_{t}, \\qquad s_{t} = o_{t} \\odot \\tanh(c_{t})`;
}

/** The LSTM's transition (s_{t−1}, c_{t−1}) → (s_t, c_t) as blocks: c's own block is diag(f_t). */
export function lstmBlocksTex(): string {
  return (
    `\\frac{\\partial (s_{t}, c_{t})}{\\partial (s_{t-1}, c_{t-1})} = ` +
    `\\begin{pmatrix} \\ast & \\ast \\\\ \\ast & \\operatorname{diag}(f_{t}) \\end{pmatrix}`
  );
}

/** The direct path of a gated cell from t★ back to k: Π diag(d_j), d = f (LSTM) or z (GRU). */
export function directTex(ctx: LessonCtx, gate: 'f' | 'z'): string {
  const lane = gate === 'f' ? 'c' : 's';
  return `${lane}_{k} \\to ${lane}_{${ctx.t}}: \\quad \\prod_{j=k+1}^{${ctx.t}} \\operatorname{diag}(${gate}_{j})`;
}

/** The GRU (the reset gate before W_h, as Cho et al. 2014). */
export function gruGatesTex(): string {
  return (
    `\\begin{aligned} a_{t} &= ${sig('a')}, \\\\ ` +
    `\\tilde{h}_{t} &= \\tanh(U_{h} x_{t} \\\\ &\\qquad + W_{h} (r_{t} \\odot s_{t-1}) + b_{h}) \\end{aligned}`
  );
}

export function gruStateTex(): string {
  return `s_{t} = (1 - z_{t}) \\odot \\tilde{h}_{t} + z_{t} \\odot s_{t-1}`;
}

/** The GRU's one-step Jacobian: the update gate's keep path and the rest. */
export function gruStepTex(): string {
  return `\\frac{\\partial s_{t}}{\\partial s_{t-1}} = \\operatorname{diag}(z_{t}) + \\dots`;
}

/** One step back in each cell, one line each. */
export function threeFactorsTex(): string {
  return (
    `\\begin{aligned} &\\text{RNN:} && \\frac{\\partial s_{t}}{\\partial s_{t-1}} = \\operatorname{diag}\\big(f'(\\cdot)\\big) W \\\\ ` +
    `&\\text{GRU:} && \\frac{\\partial s_{t}}{\\partial s_{t-1}} = \\operatorname{diag}(z_{t}) + \\dots \\\\ ` +
    `&\\text{LSTM:} && \\frac{\\partial^{+} c_{t}}{\\partial c_{t-1}} = \\operatorname{diag}(f_{t}) \\end{aligned}`
  );
}

/** The whole transition's product and its σ_max: over s, and over (s, c) for the LSTM. */
export function productsTex(ctx: LessonCtx): string {
  return (
    `\\Big\\lVert \\frac{\\partial h_{${ctx.t}}}{\\partial h_{k}} \\Big\\rVert_{2}, \\qquad ` +
    `h = s \\ (\\text{RNN, GRU}), \\quad h = (s, c) \\ (\\text{LSTM})`
  );
}
