// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import {
  defaultModel,
  forward,
  jacobians,
  norm2,
  randomModel,
  row,
  stateGradients,
  targetTerms,
  type RnnModel,
} from '../../../src/model';
import type { Focus } from '../../../src/lesson/types';
import { UnrolledDiagram } from '../../../src/diagram/UnrolledDiagram';
import type { UnrolledDiagramProps } from '../../../src/diagram/diagramProps';
import { colX, computeLayout, MIN_COL_WIDTH, NODE_R } from '../../../src/diagram/layout';
import { isActiveElement } from '../../../src/lesson/focus';
import { scrollToShow } from '../../../src/diagram/useKeepInView';
import { panelTitleLines, wrapLines } from '../../../src/diagram/decay';
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

const decayFocus: Focus = {
  emphasis: [
    { kind: 's', at: 'upToTarget' },
    { kind: 'W', at: 'upToTarget' },
  ],
  flow: 'sumOverK',
  jacobians: true,
  decay: true,
};

describe('the states strip', () => {
  it('lays out the s row alone: s₋₁ … s_{T−1} and their W edges, with a band under it', () => {
    const l = computeLayout({ T: 6, width: 900, height: 0, rows: 'states', annotationHeight: 44 });
    expect(l.rowSet).toBe('states');
    expect(l.nodes.map((n) => n.kind)).toEqual(Array(7).fill('s'));
    expect(l.edges.map((e) => e.kind)).toEqual(Array(6).fill('W'));
    // node row, the band under it, nothing more
    expect(l.height).toBeLessThan(2 * NODE_R + 44 + 140);
    for (const a of l.annotations) expect(a.y).toBeGreaterThan(l.rows.s + NODE_R);
    expect(l.annotationLegend!.x + l.annotationLegend!.width).toBeLessThanOrEqual(colX(l, 0));
  });

  it('may use columns narrower than the full diagram’s, and only the ones asked for', () => {
    const narrow = computeLayout({ T: 4, width: 480, height: 0, rows: 'states', minColWidth: 88 });
    expect(narrow.colWidth).toBeLessThan(MIN_COL_WIDTH);
    expect(narrow.colWidth).toBeGreaterThanOrEqual(2 * NODE_R + 16);
    const model = randomModel({ seed: 4, H: 5, D: 3, K: 3, T: 16 });
    const p = props(model, decayFocus, 0);
    const { container } = render(
      <UnrolledDiagram {...p} rows="states" columns={4} stepwiseFlow={false} width={900} />,
    );
    const nodes = [...container.querySelectorAll('[data-node]')].map((n) =>
      n.getAttribute('data-node'),
    );
    expect(nodes).toEqual(['s--1', 's-0', 's-1', 's-2', 's-3']);
    expect(container.querySelector('.dg-scroll svg')!.getAttribute('width')).toBe('900');
    // the whole flow from s₃ back to s₀ at the first sub-step, with the core's norms
    for (let k = 0; k < 3; k++) {
      const seg = container.querySelector(`path[data-flow-seg][data-k="${k}"]`)!;
      expect(Number(seg.getAttribute('data-grad-norm'))).toBe(norm2(p.terms!.dEds[k]));
    }
  });

  it('annotates every k at once when the sub-steps are not the backward walk', () => {
    const p = props(defaultModel(), decayFocus, 0);
    const view = render(
      <UnrolledDiagram
        {...p}
        stepwiseFlow={false}
        renderAnnotation={(k) => <span>{k}</span>}
        renderAnnotationLegend={() => <span>legend</span>}
      />,
    );
    const ks = [...view.container.querySelectorAll('.dg-annotation[data-k]')].map((a) =>
      Number(a.getAttribute('data-k')),
    );
    expect(ks).toEqual([0, 1, 2, 3]);
    expect(view.container.querySelector('.dg-annotation--legend')!.textContent).toBe('legend');
    // stepwise (the default) reaches s₃ only at the first sub-step
    view.rerender(<UnrolledDiagram {...p} renderAnnotation={(k) => <span>{k}</span>} />);
    expect(view.container.querySelectorAll('.dg-annotation[data-k]')).toHaveLength(1);
  });
});

describe('the factor under the pointer', () => {
  it('lights the elements it stands for: W edges for term-W and ∂s/∂s, s nodes for ∂⁺s', () => {
    expect(isActiveElement('term-W', 'W', 'term-W')).toBe(true);
    expect(isActiveElement('term-jac', 'W', 'term-W')).toBe(true);
    expect(isActiveElement('term-imm', 's', 'term-s term-imm')).toBe(true);
    expect(isActiveElement('term-W', 'U', 'term-U')).toBe(false);
    expect(isActiveElement(null, 'W', 'term-W')).toBe(false);
    expect(isActiveElement('term-mark', 'W', 'term-W')).toBe(false);

    const focus: Focus = { emphasis: [], flow: 'sumOverK', terms: true };
    const p = props(defaultModel(), focus, 4);
    const view = render(<UnrolledDiagram {...p} activeTerm="term-W" />);
    const active = () =>
      [...view.container.querySelectorAll('.is-active')].map(
        (e) =>
          e.getAttribute('data-edge') ??
          e.getAttribute('data-node') ??
          e.getAttribute('data-flow-seg'),
      );
    expect(active().sort()).toEqual(['W-0', 'W-1', 'W-2', 'W-3']);
    view.rerender(<UnrolledDiagram {...p} activeTerm="term-jac" />);
    expect(active().sort()).toEqual(['3:W-1', '3:W-2', '3:W-3', 'W-0', 'W-1', 'W-2', 'W-3']);
    view.rerender(<UnrolledDiagram {...p} activeTerm={null} />);
    expect(active()).toEqual([]);
  });
});

describe('the whole gradient’s flow', () => {
  it('comes from the state gradients, and the tooltip of s_k gives ‖∂E/∂s_k‖', () => {
    const model = randomModel({ seed: 9, H: 64, D: 6, K: 6, T: 64 });
    const fwd = forward(model);
    const focus: Focus = { emphasis: [], flow: 'allTargets' };
    const { container } = render(
      <UnrolledDiagram {...props(model, focus, 0, 63)} terms={null} jac={null} />,
    );
    expect(container.querySelectorAll('path[data-flow-seg^="all:loss-"]')).toHaveLength(64);
    expect(container.querySelectorAll('path[data-flow-seg^="all:W-"]')).toHaveLength(63);
    const G = stateGradients(model, fwd);
    const s5 = container.querySelector('[data-node="s-5"]')!;
    const label = s5.getAttribute('aria-label')!;
    const shown = /‖∂E\/∂s₅‖ = ([-\d.e+−]+)/.exec(label);
    expect(shown, label).not.toBeNull();
    expect(Number(shown![1].replace('−', '-'))).toBeCloseTo(norm2(row(G, 5)), 2);
  });
});

describe('long sequences', () => {
  it('keep the target and the flow’s head in view when the diagram scrolls', () => {
    const l = computeLayout({ T: 64, width: 900, height: 880 });
    expect(l.width).toBeGreaterThan(900);
    // already visible: no move
    expect(scrollToShow(l, 0, 3, 900, 0)).toBe(0);
    // t★ = 40, flow head at 37: both in view, inside the scroll range
    const x = scrollToShow(l, 37, 40, 900, 0);
    expect(colX(l, 37) - l.colWidth / 2).toBeGreaterThanOrEqual(x);
    expect(colX(l, 40) + l.colWidth / 2).toBeLessThanOrEqual(x + 900);
    // past the end: clamped
    expect(scrollToShow(l, 63, 63, 900, 0)).toBeLessThanOrEqual(l.width - 900);
  });

  it('keep the last column’s value inside the drawing', () => {
    for (const T of [1, 2, 4]) {
      const l = computeLayout({ T, width: 880, height: 880 });
      expect(l.compact).toBe(false);
      const e = l.nodeById.get(`E-${T - 1}`)!;
      // a five-character loss ("0.837") at 28 px (digits ≈ 0.64 em), beside E_{T−1}
      expect(e.value.x + 5 * 18).toBeLessThanOrEqual(l.width);
    }
  });
});

describe('chart titles', () => {
  it('wrap by words and keep side-by-side panels in one style', () => {
    expect(wrapLines('Small W: the gradient vanishes', 340)).toEqual([
      'Small W: the',
      'gradient vanishes',
    ]);
    expect(wrapLines('short', 340)).toEqual(['short']);
    expect(panelTitleLines('Large W', 3, 440, labels)).toEqual(['Large W: σₘₐₓ(W) = 3']);
    expect(panelTitleLines('Large W', 3, 440, labels, true)).toEqual(['Large W', 'σₘₐₓ(W) = 3']);
  });
});
