/**
 * The same RNN and loss written with TensorFlow.js (CPU backend, float32) and differentiated by its
 * automatic differentiation: an independent check of the core, and the benchmark's baseline.
 */
import * as tf from '@tensorflow/tfjs';
import type { Activation, RnnModel } from '../../../src/model';

let ready: Promise<void> | null = null;

/** tfjs takes Float32Array, not Float64Array: the values are rounded to float32 here. */
const f32 = (a: Float64Array) => Float32Array.from(a);

/** Selects the CPU backend and silences its console advice (idempotent). */
export function initTf(): Promise<void> {
  ready ??= (async () => {
    tf.enableProdMode();
    await tf.setBackend('cpu');
    await tf.ready();
  })();
  return ready;
}

function activate(f: Activation, z: tf.Tensor2D): tf.Tensor2D {
  switch (f) {
    case 'tanh':
      return tf.tanh(z);
    case 'relu':
      return tf.relu(z);
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'linear':
      return z;
  }
}

export interface TfResult {
  loss: number;
  U: Float32Array;
  W: Float32Array;
  V: Float32Array;
}

export interface TfRnn {
  /** Forward and backward pass: E and ∂E/∂U, ∂E/∂W, ∂E/∂V, read back from the backend. */
  run(): TfResult;
  dispose(): void;
}

/** Uploads the model once; `run` then does one forward + backward pass. */
export function createTfRnn(model: RnnModel): TfRnn {
  const T = model.inputs.rows;
  const H = model.W.rows;
  const D = model.U.cols;
  const K = model.V.rows;
  const X = tf.tensor2d(f32(model.inputs.data), [T, D]);
  const Y = tf.oneHot(tf.tensor1d([...model.targets], 'int32'), K).toFloat() as tf.Tensor2D;
  const s0 = tf.tensor2d(f32(model.initialState), [1, H]);
  const U = tf.tensor2d(f32(model.U.data), [H, D]);
  const W = tf.tensor2d(f32(model.W.data), [H, H]);
  const V = tf.tensor2d(f32(model.V.data), [K, H]);
  const loss = (...p: tf.Tensor[]): tf.Scalar => {
    const [u, w, v] = p as tf.Tensor2D[];
    const ux = tf.matMul(X, u, false, true); // row t: (U x_t)ᵀ
    let s: tf.Tensor2D = s0;
    const states: tf.Tensor2D[] = [];
    for (let t = 0; t < T; t++) {
      const z = tf.add(tf.slice(ux, [t, 0], [1, H]), tf.matMul(s, w, false, true)) as tf.Tensor2D;
      s = activate(model.activation, z);
      states.push(s);
    }
    const logits = tf.matMul(tf.concat(states, 0), v, false, true); // T×K
    return tf.neg(tf.sum(tf.mul(Y, tf.logSoftmax(logits))));
  };
  const valueAndGrads = tf.valueAndGrads(loss);
  return {
    run() {
      let out: TfResult = {
        loss: NaN,
        U: new Float32Array(),
        W: new Float32Array(),
        V: new Float32Array(),
      };
      tf.tidy(() => {
        const { value, grads } = valueAndGrads([U, W, V]);
        out = {
          loss: value.dataSync()[0],
          U: grads[0].dataSync() as Float32Array,
          W: grads[1].dataSync() as Float32Array,
          V: grads[2].dataSync() as Float32Array,
        };
      });
      return out;
    },
    dispose() {
      for (const x of [X, Y, s0, U, W, V]) x.dispose();
    },
  };
}

/**
 * The slide's terms of one target E_t by autodiff: each step k gets its own copy U_k, W_k of the
 * weights, so ∂E_t/∂W_k is the k-th term ∂E_t/∂ŷ_t · ∂ŷ_t/∂s_t · ∂s_t/∂s_k · ∂⁺s_k/∂W.
 */
export function tfTargetTerms(
  model: RnnModel,
  t: number,
): { U: Float32Array[]; W: Float32Array[] } {
  const H = model.W.rows;
  const D = model.U.cols;
  const K = model.V.rows;
  let out: { U: Float32Array[]; W: Float32Array[] } = { U: [], W: [] };
  tf.tidy(() => {
    const X = tf.tensor2d(f32(model.inputs.data), [model.inputs.rows, D]);
    const V = tf.tensor2d(f32(model.V.data), [K, H]);
    const y = tf.oneHot(tf.tensor1d([model.targets[t]], 'int32'), K).toFloat();
    const copies: tf.Tensor[] = [];
    for (let k = 0; k <= t; k++) copies.push(tf.tensor2d(f32(model.U.data), [H, D]));
    for (let k = 0; k <= t; k++) copies.push(tf.tensor2d(f32(model.W.data), [H, H]));
    const lossT = (...p: tf.Tensor[]): tf.Scalar => {
      let s: tf.Tensor2D = tf.tensor2d(f32(model.initialState), [1, H]);
      for (let k = 0; k <= t; k++) {
        const x = tf.slice(X, [k, 0], [1, D]);
        const z = tf.add(
          tf.matMul(x, p[k] as tf.Tensor2D, false, true),
          tf.matMul(s, p[t + 1 + k] as tf.Tensor2D, false, true),
        ) as tf.Tensor2D;
        s = activate(model.activation, z);
      }
      return tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(tf.matMul(s, V, false, true)))));
    };
    const grads = tf.grads(lossT)(copies);
    const data = grads.map((g) => g.dataSync() as Float32Array);
    out = { U: data.slice(0, t + 1), W: data.slice(t + 1) };
  });
  return out;
}
