// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import {
  defaultModel,
  forward,
  jacobians,
  norm2,
  randomModel,
  targetTerms,
  withSigmaW,
  type RnnModel,
} from '../../../src/model';
import type { Focus } from '../../../src/lesson/types';
import { UnrolledDiagram, type UnrolledDiagramProps } from '../../../src/diagram/UnrolledDiagram';
import { cutLabelSide } from '../../../src/diagram/TruncationCut';
import { translator } from '../../../src/i18n';

afterEach(cleanup);

const labels = translator('en', 'diagram');
const still = { speed: 1, paused: false, replayKey: 0, reducedMotion: true };

function props(model: RnnModel, focus: Focus, sub: number, target = 3): UnrolledDiagramProps {
  const fwd = forward(model);
  const t = Math.min(target, fwd.dims.T - 1);
  return {
    dims: fwd.dims,
    fwd,
    model,
    target: t,
    focus,
    sub,
    terms: targetTerms(model, fwd, t),
    jac: jacobians(model, fwd, t),
    labels,
    animation: still,
  };
}

/** Every attribute of every element under root, as "name=value". */
function allAttributes(root: Element): string[] {
  const out: string[] = [];
  for (const el of [root, ...root.querySelectorAll('*')])
    for (const a of el.attributes) out.push(`${a.name}=${a.value}`);
  return out;
}

function expectNoNonFinite(root: Element) {
  const bad = allAttributes(root).filter((a) => /NaN|Infinity/.test(a));
  expect(bad).toEqual([]);
  expect(root.textContent ?? '').not.toMatch(/NaN|Infinity/);
}

const sumOverK: Focus = {
  emphasis: [
    { kind: 's', at: 'window' },
    { kind: 'W', at: 'window' },
  ],
  flow: 'sumOverK',
  terms: true,
};

describe('UnrolledDiagram with the default model', () => {
  const model = defaultModel();

  it('draws every node with its data-node, and s₋₁', () => {
    const { container } = render(
      <UnrolledDiagram {...props(model, { emphasis: [], flow: 'none' }, 0)} />,
    );
    const ids = [...container.querySelectorAll('[data-node]')].map((n) =>
      n.getAttribute('data-node'),
    );
    const expected = ['s--1'];
    for (let t = 0; t < 4; t++) expected.push(`x-${t}`, `s-${t}`, `yhat-${t}`, `E-${t}`);
    expect(ids.sort()).toEqual(expected.sort());
    expect(container.querySelectorAll('[data-edge]')).toHaveLength(16);
    expect(container.querySelector('[data-flow-seg]')).toBeNull();
    expectNoNonFinite(container);
  });

  it("gives the flow at each s_k the core's ‖∂E₃/∂s_k‖ once the flow has reached it", () => {
    const p = props(model, sumOverK, 4);
    const { container } = render(<UnrolledDiagram {...p} />);
    for (let k = 0; k <= 3; k++) {
      const path = container.querySelector(`path[data-flow-seg][data-k="${k}"]`);
      expect(path, `flow into s_${k}`).not.toBeNull();
      expect(Number(path!.getAttribute('data-grad-norm'))).toBe(norm2(p.terms!.dEds[k]));
    }
    expectNoNonFinite(container);
  });

  it('reveals one more s_k per sub-step, with its annotation spot', () => {
    const base = props(model, sumOverK, 0);
    const view = render(
      <UnrolledDiagram {...base} renderAnnotation={(k) => <span>term {k}</span>} />,
    );
    const ks = () =>
      [...view.container.querySelectorAll('path[data-flow-seg][data-k]')].map((p) =>
        Number(p.getAttribute('data-k')),
      );
    const spots = () =>
      [...view.container.querySelectorAll('.dg-annotation[data-k]')].map((p) =>
        Number(p.getAttribute('data-k')),
      );
    expect(ks()).toEqual([3]);
    expect(spots()).toEqual([3]);
    view.rerender(
      <UnrolledDiagram {...base} sub={2} renderAnnotation={(k) => <span>term {k}</span>} />,
    );
    expect(ks().sort()).toEqual([1, 2, 3]);
    expect(spots().sort()).toEqual([1, 2, 3]);
    const spot = view.container.querySelector('.dg-annotation[data-k="1"]')!;
    expect(spot.textContent).toBe('term 1');
    expect(Number(spot.getAttribute('data-grad-norm'))).toBe(norm2(base.terms!.dEds[1]));
  });

  it('makes the flow thinner where the gradient is smaller', () => {
    const p = props(model, sumOverK, 4);
    const { container } = render(<UnrolledDiagram {...p} />);
    const paths = [...container.querySelectorAll('path[data-flow-seg][data-k]')];
    const pairs = paths.map((el) => [
      Number(el.getAttribute('data-grad-norm')),
      Number(el.getAttribute('stroke-width')),
    ]);
    for (const [n1, w1] of pairs)
      for (const [n2, w2] of pairs) if (n1 < n2) expect(w1).toBeLessThanOrEqual(w2);
    expect(Math.min(...pairs.map((p) => p[1]))).toBeGreaterThanOrEqual(3);
  });

  it('shows values only for the time steps the forward sweep has computed', () => {
    const focus: Focus = {
      emphasis: [{ kind: 's', at: 'revealed' }],
      flow: 'none',
      forwardSweep: true,
    };
    const { container } = render(<UnrolledDiagram {...props(model, focus, 1)} />);
    const node = (id: string) => container.querySelector(`[data-node="${id}"]`)!;
    expect(node('s-1').getAttribute('class')).toContain('is-computed');
    expect(node('s-1').getAttribute('aria-label')).toMatch(/^s₁: hidden state, t = 1, value \[/);
    expect(node('s-2').getAttribute('class')).toContain('is-pending');
    expect(node('s-2').getAttribute('aria-label')).toContain('not computed yet');
    expect(node('s-2').getAttribute('class')).toContain('is-dim');
    expect(node('s-0').getAttribute('class')).not.toContain('is-dim');
  });

  it('marks the slide’s red U and W at t★, and draws shared weights as badges', () => {
    const focus: Focus = {
      emphasis: [],
      mark: [
        { kind: 'U', at: 'target' },
        { kind: 'W', at: 'target' },
      ],
      sharedWeights: true,
      flow: 'none',
    };
    const { container } = render(<UnrolledDiagram {...props(model, focus, 0)} />);
    const cls = (id: string) =>
      container.querySelector(`[data-edge="${id}"]`)!.getAttribute('class');
    expect(cls('U-3')).toContain('is-marked');
    expect(cls('W-3')).toContain('is-marked');
    expect(cls('W-2')).not.toContain('is-marked');
    expect(cls('V-3')).not.toContain('is-marked');
    const badges = [...container.querySelectorAll('[data-badge]')].map((b) =>
      b.getAttribute('data-badge'),
    );
    expect(badges).toEqual(['U', 'W', 'V']);
  });

  it('draws the truncation cut at the window start of t★', () => {
    const truncated = { ...model, truncate: 1 };
    const focus: Focus = { emphasis: [{ kind: 's', at: 'window' }], flow: 'sumOverK', cut: true };
    const { container } = render(<UnrolledDiagram {...props(truncated, focus, 4)} />);
    const cut = container.querySelector('[data-cut-k]')!;
    expect(cut.getAttribute('data-cut-k')).toBe('2');
    expect(cut.textContent).toBe('cut: k ≥ 2');
    // beyond the window truncated BPTT computes nothing: no flow, s₀ and s₁ "not computed"
    // (a dashed ring, no reached ring, no ‖∂E₃/∂s_k‖ named), s₂ and s₃ reached
    expect(
      [...container.querySelectorAll('path[data-flow-seg][data-k]')].map((p) =>
        Number(p.getAttribute('data-k')),
      ),
    ).toEqual([3, 2]);
    for (const k of [0, 1]) {
      const node = container.querySelector(`[data-node="s-${k}"]`)!;
      expect(node.getAttribute('class')).toContain('is-not-computed');
      expect(node.querySelector('.dg-not-computed-ring')).not.toBeNull();
      expect(node.querySelector('.dg-reached-ring')).toBeNull();
      expect(node.getAttribute('aria-label')).toContain(`‖∂E₃/∂s${'₀₁'[k]}‖: not computed`);
    }
    for (const k of [2, 3]) {
      const node = container.querySelector(`[data-node="s-${k}"]`)!;
      expect(node.getAttribute('class')).not.toContain('is-not-computed');
      expect(node.getAttribute('aria-label')).toMatch(/‖∂E₃\/∂s.‖ = /);
    }
  });

  it('keeps the cut’s label inside the diagram: left of the line when the right has no room', () => {
    const ru = 'окно усечения: k ≥ 2';
    expect(cutLabelSide(100, 1000, ru)).toBe('right');
    expect(cutLabelSide(800, 1000, ru)).toBe('left');
    expect(cutLabelSide(150, 380, ru)).toBe('right'); // neither fits: the roomier side
    expect(cutLabelSide(230, 380, ru)).toBe('left');
    const truncated = { ...model, truncate: 0 };
    const focus: Focus = { emphasis: [], flow: 'sumOverK', cut: true };
    const { container } = render(
      <UnrolledDiagram {...props(truncated, focus, 4)} labels={translator('ru', 'diagram')} />,
    );
    const text = container.querySelector('[data-cut-k="3"] text')!;
    expect(text.textContent!.replace(/\s/g, ' ')).toBe('окно усечения: k ≥ 3');
    expect(text.getAttribute('text-anchor')).toBe('end');
  });

  it('sends a flow back from every E_t for the whole gradient', () => {
    const focus: Focus = { emphasis: [], flow: 'allTargets' };
    const { container } = render(<UnrolledDiagram {...props(model, focus, 0)} terms={null} />);
    expect(container.querySelectorAll('path[data-flow-seg^="all:loss-"]')).toHaveLength(4);
    expect(container.querySelectorAll('path[data-flow-seg^="all:W-"]')).toHaveLength(3);
    expectNoNonFinite(container);
  });

  it('labels the group for assistive technology', () => {
    const { container } = render(<UnrolledDiagram {...props(model, sumOverK, 0)} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('group');
    const title = container.querySelector(`#${svg.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('Unrolled recurrent network');
    expect(
      container.querySelector(`#${svg.getAttribute('aria-describedby')}`)?.textContent,
    ).toContain('t = 0 … 3');
    const tabStops = container.querySelectorAll('[data-node][tabindex="0"]');
    expect(tabStops).toHaveLength(1);
    expect(tabStops[0].getAttribute('data-node')).toBe('s-3');
  });
});

describe('UnrolledDiagram with long and exploding sequences', () => {
  it('lays out T = 64 with every node and no non-finite attribute', () => {
    const model = randomModel({ seed: 3, H: 8, D: 5, K: 5, T: 64 });
    const { container } = render(<UnrolledDiagram {...props(model, sumOverK, 10, 40)} />);
    expect(container.querySelectorAll('[data-node]')).toHaveLength(4 * 64 + 1);
    expect(container.querySelectorAll('path[data-flow-seg][data-k]')).toHaveLength(11);
    expectNoNonFinite(container);
  });

  it('keeps NaN and ∞ out of the SVG when values overflow, and says so', () => {
    const base = randomModel({ seed: 2, H: 4, D: 3, K: 3, T: 48, activation: 'linear' });
    const model = withSigmaW(base, 1e9);
    const p = props(model, sumOverK, 50, 47);
    expect([...p.fwd.s.data].some((v) => !Number.isFinite(v))).toBe(true);
    const { container } = render(<UnrolledDiagram {...p} />);
    const root = container.querySelector('.dg-root')!;
    expect(root.getAttribute('data-overflow')).toBe('true');
    expect(container.textContent).toContain('Values overflowed');
    const bad = allAttributes(container).filter((a) => /NaN|Infinity/.test(a));
    expect(bad).toEqual([]);
  });
});
