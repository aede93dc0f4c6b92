/**
 * English: the unrolled diagram's and the decay chart's strings. These keys are every language's:
 * the other languages are typed by them.
 */
export const DIAGRAM = {
  'diagram.title': 'Unrolled recurrent network',
  'diagram.desc':
    'Inputs x at the bottom, hidden states s in the middle starting from s₋₁, outputs ŷ and losses E above, for t = 0 … {last}. Arrow keys move between the nodes and reach every time step; a long sequence draws the steps near the view.',

  'node.x': 'input',
  'node.s': 'hidden state',
  'node.sInit': 'initial state',
  'node.yhat': 'output',
  'node.E': 'loss',
  'node.aria': '{name}: {kind}, t = {t}, {value}',
  'node.value': 'value {value}',
  'node.pending': 'not computed yet',
  'node.targetClass': 'target class {y}',
  'node.gradNorm': '‖∂E{t}/∂s{k}‖ = {value}',
  'node.jacNorm': '‖∂s{t}/∂s{k}‖₂ = {value}',
  'node.gradNotComputed': '‖∂E{t}/∂s{k}‖: not computed (outside the truncation window)',

  'edge.U': 'U: input weights, shared by every t',
  'edge.W': 'W: recurrent weights, shared by every t',
  'edge.V': 'V: output weights, shared by every t',

  'diagram.cut': 'cut: k ≥ {k}',
  'diagram.overflow': 'Values overflowed: some numbers are not finite',

  'decay.title': '{name}: σₘₐₓ(W) = {sigma}',
  'decay.sigma': 'σₘₐₓ(W) = {sigma}',
  'decay.desc':
    'Norms against k on a logarithmic axis, t = {t}: the Jacobian product ‖∂s{ts}/∂sₖ‖₂ (spectral norm) with its upper bound (γσₘₐₓ(W)){exp}, and the gradient ‖∂E{ts}/∂sₖ‖, which this bound is not for.',
  'decay.jac': '‖∂s{t}/∂sₖ‖₂ (spectral norm)',
  'decay.grad': '‖∂E{t}/∂sₖ‖ (no bound drawn)',
  'decay.bound': 'upper bound on ‖∂s{t}/∂sₖ‖₂: (γσₘₐₓ){exp}',
  'decay.k': 'k',

  'annot.share': 'share',
  'annot.shareDef': 'share of ∂E{t}/∂W: ⟨term, sum⟩ / ‖sum‖²',
  'annot.notComputed': 'not computed',
  'annot.flow': 'flow',

  'decay.omitted': '{n, plural, one {# value} other {# values}} not drawn (zero or not finite)',
} as const;
