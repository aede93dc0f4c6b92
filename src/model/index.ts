/**
 * The numeric core of BPTT: pure float64 math, no UI.
 * - linalg/: matrices, products (and their WebAssembly SIMD kernel), σ_max;
 * - bptt/: the cells (cell.ts; rnn.ts the lecture's, gru.ts and lstm.ts the gated ones), the forward pass, the one backward sweep and what is built
 *   on it (gradients, a target's terms, Jacobians, the gradient check, training);
 * - bptt/fullCore.ts: what the lesson's first chunk leaves out, the gated cells and σ_max by
 *   Lanczos above JACOBI_MAX; installFullCore adds them, and whatever makes or reads a gated or
 *   larger model calls it first (the parser, the companions of a gated cell, the explore mode's
 *   sizes and presets); a script that builds such a model with randomModel calls it too;
 * - io/: the model and results files, their validation and error codes, the model in a link
 *   (only its types here: the parsers and codecs are imported by path, so that the lesson's
 *   first visit, which needs none of them, does not load them);
 * - build/: models made and edited (examples, presets, sequences, the seeded generator).
 */
export * from './linalg/mat';
export * from './linalg/products';
export * from './linalg/jacobi';
export * from './linalg/simd';
export { fastPaths } from './accel';
export * from './linalg/lanczos';
export * from './linalg/orthogonal';
export * from './linalg/blocks';
export * from './bptt/types';
export * from './bptt/cell';
export * from './bptt/cells';
export * from './bptt/fullCore';
export * from './bptt/rnn';
export * from './bptt/gated';
export * from './bptt/gru';
export * from './bptt/lstm';
export * from './bptt/activation';
export * from './bptt/forward';
export * from './bptt/sweep';
export * from './bptt/backward';
export * from './bptt/terms';
export * from './bptt/jacobian';
export * from './bptt/params';
export * from './bptt/gradcheck';
export * from './bptt/train';
export * from './io/types';
export * from './build/rng';
export * from './build/examples';
export * from './build/sequence';
export * from './build/presets';
export * from './build/companions';
export * from './build/vanillaCompanion';
export * from './build/gatedPresets';
