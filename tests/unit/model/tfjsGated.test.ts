// @vitest-environment node
/**
 * The gated cells (math.md §8) against an independent automatic differentiation: the GRU and the
 * LSTM written here with TensorFlow.js ops (CPU backend, float32) and differentiated by tf.grads.
 * Agreement to about 1e−4 of the pass's gradient scale (float32).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cellOf,
  forward,
  fullGradients,
  paramNames,
  paramOf,
  randomModel,
  type GatedModel,
} from '../../../src/model';
import { initTf } from './tfjsRnn';

const TOL = 1e-4;
const f32 = (a: Float64Array) => Float32Array.from(a);

/** E and ∂E/∂p for every parameter (paramNames order) by TensorFlow.js. */
function tfGradients(m: GatedModel): { loss: number; grads: Float32Array[] } {
  const names = paramNames(m);
  const H = m.V.cols;
  const { rows: T, cols: D } = m.inputs;
  const K = m.V.rows;
  let out = { loss: NaN, grads: [] as Float32Array[] };
  tf.tidy(() => {
    const params = names.map((n) => {
      const p = paramOf(m, n);
      return tf.tensor2d(f32(p.data), [p.rows, p.cols]);
    });
    const X = tf.tensor2d(f32(m.inputs.data), [T, D]);
    const Y = tf.oneHot(tf.tensor1d([...m.targets], 'int32'), K).toFloat();
    const loss = (...p: tf.Tensor[]): tf.Scalar => {
      const byName = new Map(names.map((n, i) => [n, p[i] as tf.Tensor2D]));
      const P = (n: string) => byName.get(n)!;
      // a_q = U_q x + W_q v + b_q, as a column (H×1).
      const aff = (q: string, x: tf.Tensor2D, v: tf.Tensor2D) =>
        tf.add(tf.add(tf.matMul(P(`U.${q}`), x), tf.matMul(P(`W.${q}`), v)), P(`b.${q}`));
      let s = tf.tensor2d(f32(m.initialState), [H, 1]);
      let c = tf.tensor2d(m.cell === 'lstm' ? f32(m.initialCell) : new Float32Array(H), [H, 1]);
      const states: tf.Tensor2D[] = [];
      for (let t = 0; t < T; t++) {
        const x = tf.reshape(tf.slice(X, [t, 0], [1, D]), [D, 1]) as tf.Tensor2D;
        if (m.cell === 'gru') {
          const z = tf.sigmoid(aff('z', x, s));
          const r = tf.sigmoid(aff('r', x, s));
          const h = tf.tanh(aff('h', x, tf.mul(r, s) as tf.Tensor2D));
          s = tf.add(tf.mul(tf.sub(1, z), h), tf.mul(z, s)) as tf.Tensor2D;
        } else {
          const i = tf.sigmoid(aff('i', x, s));
          const f = tf.sigmoid(aff('f', x, s));
          const g = tf.tanh(aff('g', x, s));
          const o = tf.sigmoid(aff('o', x, s));
          c = tf.add(tf.mul(f, c), tf.mul(i, g)) as tf.Tensor2D;
          s = tf.mul(o, tf.tanh(c)) as tf.Tensor2D;
        }
        states.push(tf.transpose(s));
      }
      const logits = tf.matMul(tf.concat(states, 0), P('V'), false, true); // T×K
      return tf.neg(tf.sum(tf.mul(Y, tf.logSoftmax(logits))));
    };
    const { value, grads } = tf.valueAndGrads(loss)(params);
    out = {
      loss: value.dataSync()[0],
      grads: grads.map((g) => Float32Array.from(g.dataSync())),
    };
  });
  return out;
}

beforeAll(initTf);

describe('TensorFlow.js autodiff (float32) agrees with the gated cells (float64)', () => {
  for (const cell of ['gru', 'lstm'] as const) {
    it(`${cell}: the loss and every gate's ∂E/∂U, ∂E/∂W, ∂E/∂b and ∂E/∂V`, () => {
      for (const [seed, T, H, D, K] of [
        [1, 5, 3, 4, 4],
        [2, 8, 5, 3, 6],
        [3, 3, 2, 2, 2],
      ]) {
        const m = randomModel({
          seed,
          T,
          H,
          D,
          K,
          cell,
          biases: 'random',
          randomInitialState: true,
          inputs: seed === 2 ? 'real' : 'onehot',
        }) as GatedModel;
        const fwd = forward(m);
        const g = fullGradients(m, fwd);
        const r = tfGradients(m);
        expect(Math.abs(r.loss - fwd.loss)).toBeLessThanOrEqual(TOL * Math.max(1, fwd.loss));
        const names = paramNames(m);
        expect(names).toHaveLength(3 * cellOf(m).gates.length + 1);
        const scale = Math.max(...names.map((n) => Math.max(...Array.from(g[n].data, Math.abs))));
        names.forEach((n, p) =>
          g[n].data.forEach((e, i) =>
            expect(
              Math.abs(r.grads[p][i] - e),
              `${cell} seed ${seed} ${n}[${i}]: tfjs ${r.grads[p][i]}, core ${e}`,
            ).toBeLessThanOrEqual(TOL * Math.max(Math.abs(e), scale)),
          ),
        );
      }
    });
  }
});
