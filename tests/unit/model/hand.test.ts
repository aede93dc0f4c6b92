// @vitest-environment node
/**
 * Tiny cases (H = 1, D = 1, K = 2, T = 2) derived by hand; every expected number below comes from
 * the derivation in the comments, written with scalar formulas, never from the core's own code.
 */
import { describe, expect, it } from 'vitest';
import {
  forward,
  fromRows,
  fullGradients,
  gradients,
  jacobians,
  targetTerms,
  type RnnModel,
} from '../../../src/model';

/** The logistic function: softmax([a, b]) = [σ(a − b), σ(b − a)]. */
const sig = (x: number) => 1 / (1 + Math.exp(-x));

const close = (a: number, e: number, tol = 1e-14) =>
  expect(Math.abs(a - e), `${a} vs ${e}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(e)));

function scalarModel(p: {
  activation: RnnModel['activation'];
  u: number;
  w: number;
  v: [number, number];
  x: [number, number];
  y: [number, number];
  s0?: number;
  truncate?: number | null;
}): RnnModel {
  return {
    activation: p.activation,
    U: fromRows([[p.u]]),
    W: fromRows([[p.w]]),
    V: fromRows([[p.v[0]], [p.v[1]]]),
    inputs: fromRows([[p.x[0]], [p.x[1]]]),
    targets: [...p.y],
    initialState: Float64Array.of(p.s0 ?? 0),
    truncate: p.truncate ?? null,
  };
}

describe('linear, H = 1, T = 2: u = 1, w = 1/2, V = (1, −1)ᵀ, x = (1, 0), y = (0, 1)', () => {
  // Forward:  z_0 = u·x_0 + w·s_{−1} = 1,   s_0 = 1
  //           z_1 = u·x_1 + w·s_0   = 1/2, s_1 = 1/2
  //           o_0 = V s_0 = (1, −1),   ŷ_0 = (σ(2), σ(−2))
  //           o_1 = V s_1 = (½, −½),   ŷ_1 = (σ(1), σ(−1))
  //           E_0 = −log σ(2),   E_1 = −log σ(−1)
  // Errors:   e_0 = ŷ_0 − (1, 0) = (−σ(−2), σ(−2))      [σ(2) − 1 = −σ(−2)]
  //           e_1 = ŷ_1 − (0, 1) = (σ(1), −σ(1))
  //           g_t = Vᵀ e_t = e_t[0] − e_t[1]:  g_0 = −2σ(−2),  g_1 = 2σ(1)
  // Backward (f′ = 1):  δ_1 = g_1 = 2σ(1),  δ_0 = g_0 + w·δ_1 = −2σ(−2) + σ(1)
  //   ∂E/∂W = δ_0·s_{−1} + δ_1·s_0 = 2σ(1)
  //   ∂E/∂U = δ_0·x_0 + δ_1·x_1 = σ(1) − 2σ(−2)
  //   ∂E/∂V = e_0 s_0 + e_1 s_1 = (−σ(−2) + σ(1)/2,  σ(−2) − σ(1)/2)ᵀ
  // Terms of E_1: δ_1^{(1)} = g_1 = 2σ(1);  δ_0^{(1)} = w·δ_1^{(1)} = σ(1)
  //   k = 1: U term δ_1^{(1)}·x_1 = 0,      W term δ_1^{(1)}·s_0 = 2σ(1)
  //   k = 0: U term δ_0^{(1)}·x_0 = σ(1),   W term δ_0^{(1)}·s_{−1} = 0
  // Terms of E_0: δ_0^{(0)} = g_0 = −2σ(−2): U term −2σ(−2), W term 0.
  const model = scalarModel({
    activation: 'linear',
    u: 1,
    w: 0.5,
    v: [1, -1],
    x: [1, 0],
    y: [0, 1],
  });

  it('forward pass', () => {
    const f = forward(model);
    expect(Array.from(f.s.data)).toEqual([1, 0.5]);
    expect(Array.from(f.o.data)).toEqual([1, -1, 0.5, -0.5]);
    close(f.yhat.data[0], sig(2));
    close(f.yhat.data[1], sig(-2));
    close(f.yhat.data[2], sig(1));
    close(f.yhat.data[3], sig(-1));
    close(f.losses[0], -Math.log(sig(2)));
    close(f.losses[1], -Math.log(sig(-1)));
    close(f.loss, -Math.log(sig(2)) - Math.log(sig(-1)));
  });

  it('gradients', () => {
    const g = gradients(model);
    close(g.W.data[0], 2 * sig(1));
    close(g.U.data[0], sig(1) - 2 * sig(-2));
    close(g.V.data[0], -sig(-2) + sig(1) / 2);
    close(g.V.data[1], sig(-2) - sig(1) / 2);
  });

  it("the slide's terms of E_1 and E_0", () => {
    const f = forward(model);
    const t1 = targetTerms(model, f, 1);
    expect(t1.kMin).toBe(0);
    close(t1.outputError[0], sig(1));
    close(t1.outputError[1], -sig(1));
    close(t1.dEds[1][0], 2 * sig(1));
    close(t1.dEds[0][0], sig(1));
    close(t1.delta[1][0], 2 * sig(1));
    close(t1.delta[0][0], sig(1));
    expect(t1.U[1].data[0]).toBe(0);
    close(t1.W[1].data[0], 2 * sig(1));
    close(t1.U[0].data[0], sig(1));
    expect(t1.W[0].data[0]).toBe(0);
    close(t1.V.data[0], sig(1) * 0.5);
    const t0 = targetTerms(model, f, 0);
    close(t0.U[0].data[0], -2 * sig(-2));
    expect(t0.W[0].data[0]).toBe(0);
  });

  it('Jacobians: ∂s_1/∂s_0 = f′·w = 1/2, the bound (γσ_max(W))^{t−k} = (1/2)^{t−k}', () => {
    const j = jacobians(model, forward(model), 1);
    expect(j.step[1].data[0]).toBe(0.5);
    expect(j.product[1].data[0]).toBe(1);
    expect(j.product[0].data[0]).toBe(0.5);
    close(j.productNorm[0], 0.5);
    close(j.sigmaW, 0.5);
    expect(j.gamma).toBe(1);
    close(j.bound[0], 0.5);
    close(j.bound[1], 1);
  });
});

describe('tanh, H = 1, T = 2, initial state c ≠ 0, truncate 0', () => {
  // u = 0.7, w = −1.3, V = (0.4, −0.9)ᵀ, x = (1, −2), y = (1, 0), s_{−1} = c = 0.6.
  // Forward:  z_0 = u·x_0 + w·c,   s_0 = tanh z_0
  //           z_1 = u·x_1 + w·s_0, s_1 = tanh z_1
  //           E_t = log(e^{a s_t} + e^{b s_t}) − v_{y_t} s_t   with V = (a, b)ᵀ
  //           ∂E_t/∂s_t = ŷ_t[0]·a + ŷ_t[1]·b − v_{y_t}  =: g_t
  // Backward: f′(z) = 1 − tanh² z.
  //   δ_1^{(1)} = f′(z_1) g_1,  δ_0^{(1)} = f′(z_0)·w·δ_1^{(1)},  δ_0^{(0)} = f′(z_0) g_0
  //   full:      ∂E/∂W = (δ_0^{(0)} + δ_0^{(1)})·c + δ_1^{(1)}·s_0
  //              ∂E/∂U = (δ_0^{(0)} + δ_0^{(1)})·x_0 + δ_1^{(1)}·x_1
  //   truncate 0 keeps only k = t:  ∂E/∂W = δ_0^{(0)}·c + δ_1^{(1)}·s_0,  ∂E/∂U likewise.
  //   ∂E/∂V_{i} = Σ_t e_t[i]·s_t in both cases.
  // With c ≠ 0 the k = 0 W term of E_1, δ_0^{(1)}·c, is not zero: truncation changes ∂E/∂W.
  const [u, w, a, b, c] = [0.7, -1.3, 0.4, -0.9, 0.6];
  const x = [1, -2] as [number, number];
  const y = [1, 0] as [number, number];
  const model = scalarModel({ activation: 'tanh', u, w, v: [a, b], x, y, s0: c });
  const hand = (() => {
    const z0 = u * x[0] + w * c;
    const s0 = Math.tanh(z0);
    const z1 = u * x[1] + w * s0;
    const s1 = Math.tanh(z1);
    const p = (s: number) => [sig((a - b) * s), sig((b - a) * s)];
    const [p0, p1] = [p(s0), p(s1)];
    const v = [a, b];
    const E = (s: number, yt: number) => Math.log(Math.exp(a * s) + Math.exp(b * s)) - v[yt] * s;
    const g0 = p0[0] * a + p0[1] * b - v[y[0]];
    const g1 = p1[0] * a + p1[1] * b - v[y[1]];
    const d11 = (1 - s1 * s1) * g1;
    const d01 = (1 - s0 * s0) * w * d11;
    const d00 = (1 - s0 * s0) * g0;
    const e0 = [p0[0] - (y[0] === 0 ? 1 : 0), p0[1] - (y[0] === 1 ? 1 : 0)];
    const e1 = [p1[0] - (y[1] === 0 ? 1 : 0), p1[1] - (y[1] === 1 ? 1 : 0)];
    return {
      s: [s0, s1],
      E: [E(s0, y[0]), E(s1, y[1])],
      dW: (d00 + d01) * c + d11 * s0,
      dU: (d00 + d01) * x[0] + d11 * x[1],
      dWtrunc: d00 * c + d11 * s0,
      dUtrunc: d00 * x[0] + d11 * x[1],
      dV: [e0[0] * s0 + e1[0] * s1, e0[1] * s0 + e1[1] * s1],
      d01,
      step1: (1 - s1 * s1) * w,
    };
  })();

  it('forward pass', () => {
    const f = forward(model);
    close(f.s.data[0], hand.s[0]);
    close(f.s.data[1], hand.s[1]);
    close(f.losses[0], hand.E[0]);
    close(f.losses[1], hand.E[1]);
  });

  it('full gradients', () => {
    const g = fullGradients(model);
    close(g.W.data[0], hand.dW);
    close(g.U.data[0], hand.dU);
    close(g.V.data[0], hand.dV[0]);
    close(g.V.data[1], hand.dV[1]);
  });

  it('the derivation agrees with centred differences of the hand-written loss', () => {
    // Guards the derivation itself: E(u, w) by the scalar formulas, differentiated numerically.
    const loss = (uu: number, ww: number) => {
      const s0 = Math.tanh(uu * x[0] + ww * c);
      const s1 = Math.tanh(uu * x[1] + ww * s0);
      const E = (s: number, yt: number) =>
        Math.log(Math.exp(a * s) + Math.exp(b * s)) - [a, b][yt] * s;
      return E(s0, y[0]) + E(s1, y[1]);
    };
    const h = 1e-6;
    close((loss(u, w + h) - loss(u, w - h)) / (2 * h), hand.dW, 1e-8);
    close((loss(u + h, w) - loss(u - h, w)) / (2 * h), hand.dU, 1e-8);
  });

  it('truncate 0: only k = t is kept; ∂E/∂V is unchanged', () => {
    const m0 = { ...model, truncate: 0 };
    const g = gradients(m0);
    close(g.W.data[0], hand.dWtrunc);
    close(g.U.data[0], hand.dUtrunc);
    close(g.V.data[0], hand.dV[0]);
    close(g.V.data[1], hand.dV[1]);
    expect(Math.abs(hand.dW - hand.dWtrunc)).toBeGreaterThan(1e-3);
    const t1 = targetTerms(m0, forward(m0), 1);
    expect(t1.kMin).toBe(1);
    expect(t1.W[0].data[0]).toBe(0);
    expect(t1.U[0].data[0]).toBe(0);
    // The untruncated δ is still reported outside the window.
    close(t1.delta[0][0], hand.d01);
    // truncate 1 = T − 1 is full BPTT.
    close(gradients({ ...model, truncate: 1 }).W.data[0], hand.dW);
  });

  it('the k = 0 W term of E_1 is δ_0^{(1)}·s_{−1} (non-zero here)', () => {
    const t1 = targetTerms(model, forward(model), 1);
    close(t1.W[0].data[0], hand.d01 * c);
    expect(t1.W[0].data[0]).not.toBe(0);
  });

  it('one-step Jacobian f′(z_1)·w', () => {
    const j = jacobians(model, forward(model), 1);
    close(j.step[1].data[0], hand.step1);
    close(j.product[0].data[0], hand.step1);
    close(j.productNorm[0], Math.abs(hand.step1));
    expect(j.productNorm[0]).toBeLessThanOrEqual(j.bound[0]);
  });
});

describe('relu and sigmoid, H = 1, T = 2', () => {
  it('relu′(0) = 0: a step with z = 0 passes no gradient back', () => {
    // u = 1, w = 1, x = (0, 0), s_{−1} = 0: z_0 = 0, s_0 = 0, z_1 = 0. Every f′ is 0, so
    // ∂E/∂U = ∂E/∂W = 0, while ∂E/∂V = Σ e_t s_tᵀ = 0 too (s = 0).
    const m = scalarModel({ activation: 'relu', u: 1, w: 1, v: [1, 2], x: [0, 0], y: [0, 1] });
    const f = forward(m);
    expect(Array.from(f.fprime.data)).toEqual([0, 0]);
    const g = gradients(m);
    expect([g.U.data[0], g.W.data[0]]).toEqual([0, 0]);
  });

  it('sigmoid: γ = 1/4 and f′ = s(1 − s)', () => {
    // z_0 = 2·1 = 2, s_0 = σ(2); z_1 = 2·(−1) + 3σ(2), s_1 = σ(z_1); ∂s_1/∂s_0 = s_1(1 − s_1)·3.
    const m = scalarModel({ activation: 'sigmoid', u: 2, w: 3, v: [1, 0], x: [1, -1], y: [0, 0] });
    const f = forward(m);
    const s1 = sig(-2 + 3 * sig(2));
    close(f.s.data[1], s1);
    const j = jacobians(m, f, 1);
    expect(j.gamma).toBe(0.25);
    close(j.product[0].data[0], s1 * (1 - s1) * 3);
    close(j.bound[0], 0.75);
  });
});
