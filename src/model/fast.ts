/**
 * The core's fast paths, a chunk of their own (see accel.ts): the WebAssembly matrix product's
 * bytes (linalg/simd.ts compiles them), matrices kept in WebAssembly memory
 * for a pass (linalg/vectors.ts), outer products added in batches (linalg/outerBatch.ts), the
 * gated cells' transition Jacobians written directly and the LSTM's products without the zeros
 * of its diagonal blocks (bptt/transitions.ts), and every cell's forward pass and full gradients
 * in a few kernel calls (bptt/rnnFused.ts, bptt/fusedGradients.ts; the gated cells' passes,
 * bptt/gatedFused.ts, reach the kernels' memory through `workspace`).
 */
import { setDeps, type FastDeps } from './fastDeps';

/** Hands the fast paths what they use of the first chunk (fastDeps.ts); accel.ts calls it. */
export function install(d: FastDeps): void {
  setDeps(d);
}

export { KERNELS_WASM } from './linalg/wasm/kernels';
export { wasmMatMulScaledInto } from './linalg/wasmScaled';
export { rnnPass } from './bptt/rnnPass';
export { inputPart } from './bptt/inputPart';
export { fusedGradients } from './bptt/fusedGradients';
export { residentStacks, workspace } from './linalg/vectors';
export { addMatMulInto, batchable, batchFor, outerBatch } from './linalg/outerBatch';
export { gruTransition, lstmTransition, splitProduct } from './bptt/transitions';
