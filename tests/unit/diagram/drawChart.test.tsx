// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { DrawChart, type DrawChartLabels } from '../../../src/diagram/predict/DrawChart';
import {
  ariaNow,
  ariaRange,
  ASK_DOMAIN,
  columnAt,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  drawLayout,
  gapPlace,
  keyValue,
  snapExponent,
  snapValue,
  valueToY,
  yToValue,
} from '../../../src/diagram/predict/drawChart';

afterEach(cleanup);

const exp = (v: number) => Math.log10(v);
const labels: DrawChartLabels = {
  axis: '‖∂E₃/∂sₖ‖',
  k: 'k',
  zeroLane: 'exactly 0',
  student: 'your prediction',
  truth: 'computed',
  pointName: (k) => `k = ${k}`,
  valueText: (k, v) => (v === 0 ? `k = ${k}: exactly 0` : `k = ${k}: 10^${exp(v).toFixed(2)}`),
};

/** The chart with its values kept in state, as the app keeps them; every onChange recorded. */
function Controlled({ initial, calls }: { initial: number[]; calls: [number, number][] }) {
  const [values, setValues] = useState(initial);
  return (
    <DrawChart
      values={values}
      labels={labels}
      onChange={(k, v) => {
        calls.push([k, v]);
        setValues((old) => old.map((x, i) => (i === k ? v : x)));
      }}
    />
  );
}

function setup(initial = [1e-3, 1e-3, 0, 1e2]) {
  const calls: [number, number][] = [];
  const view = render(<Controlled initial={initial} calls={calls} />);
  const sliders = () => screen.getAllByRole('slider');
  return { ...view, calls, sliders };
}

const layoutOf = (t: number, domain: readonly [number, number] = ASK_DOMAIN) =>
  drawLayout({
    width: DEFAULT_WIDTH,
    height: DEFAULT_HEIGHT,
    t,
    domain,
    zeroLabel: labels.zeroLane,
    legend: [labels.student, labels.truth],
  });

describe('draw chart: pure logic', () => {
  it('snaps exponents and values to eighths of a decade', () => {
    expect(snapExponent(-3.2)).toBe(-3.25);
    expect(snapExponent(-3.3)).toBe(-3.25);
    expect(snapExponent(-3.19)).toBe(-3.25);
    expect(snapExponent(-3.18)).toBe(-3.125);
    expect(snapExponent(Math.log10(10 ** -3.25))).toBe(-3.25);
    expect(snapValue(0)).toBe(0);
    expect(snapValue(-1)).toBe(0);
    expect(exp(snapValue(2e-4))).toBeCloseTo(-3.75, 12);
    expect(snapValue(1e-3, 1)).toBe(1e-3);
  });

  it('moves by key: a quarter decade, a decade, the ends, into and out of the zero lane', () => {
    const d = ASK_DOMAIN;
    expect(exp(keyValue(1e-3, 'ArrowUp', false, d)!)).toBeCloseTo(-2.75, 12);
    expect(exp(keyValue(1e-3, 'ArrowDown', false, d)!)).toBeCloseTo(-3.25, 12);
    expect(exp(keyValue(1e-3, 'ArrowUp', true, d)!)).toBeCloseTo(-2, 12);
    // PageUp/PageDown stay the lesson's (a clicker's keys skip the prompt).
    expect(keyValue(1e-3, 'PageDown', false, d)).toBeNull();
    expect(keyValue(1e-3, 'PageUp', false, d)).toBeNull();
    // off the grid (10^−2.70): moved, then snapped to eighths of a decade
    expect(exp(keyValue(2e-3, 'ArrowUp', false, d)!)).toBeCloseTo(-2.5, 12);
    expect(exp(keyValue(2e-3, 'ArrowDown', false, d)!)).toBeCloseTo(-3, 12);
    expect(exp(keyValue(10 ** -7.5, 'ArrowDown', false, d)!)).toBeCloseTo(-7.75, 12);
    expect(keyValue(1e-3, 'Home', false, d)).toBe(1e2);
    expect(keyValue(1e-3, 'End', false, d)).toBe(1e-8);
    expect(keyValue(1e-3, '0', false, d)).toBe(0);
    expect(keyValue(1e-8, 'ArrowDown', false, d)).toBe(0);
    expect(keyValue(10 ** -7.5, 'ArrowDown', true, d)).toBe(0);
    expect(keyValue(0, 'ArrowUp', false, d)).toBe(1e-8);
    expect(keyValue(0, 'ArrowUp', true, d)).toBe(1e-8);
    expect(keyValue(0, 'ArrowDown', false, d)).toBe(0);
    expect(keyValue(1e2, 'ArrowUp', false, d)).toBe(1e2);
    expect(keyValue(10 ** 1.9, 'ArrowUp', false, d)).toBe(1e2);
    // outside the domain: brought in first
    expect(exp(keyValue(1e5, 'ArrowDown', false, d)!)).toBeCloseTo(1.75, 12);
    expect(keyValue(1e-3, 'x', false, d)).toBeNull();
    expect(keyValue(1e-3, 'ArrowLeft', false, d)).toBeNull();
  });

  it('maps values to heights and back, with exact zero in its own lane', () => {
    const L = layoutOf(3);
    expect(valueToY(L, 1e2)).toBeCloseTo(L.plotTop, 9);
    expect(valueToY(L, 1e-8)).toBeCloseTo(L.plotBottom, 9);
    expect(valueToY(L, 0)).toBe(L.laneY);
    expect(L.laneY).toBeGreaterThan(L.plotBottom);
    expect(L.laneTop).toBeGreaterThan(L.plotBottom);
    for (const e of [-8, -5.25, -3, 0.125, 2])
      expect(exp(yToValue(L, valueToY(L, 10 ** e)))).toBeCloseTo(e, 9);
    // a pointer between grid lines snaps to the nearest eighth of a decade
    const y = (valueToY(L, 1e-3) + valueToY(L, 10 ** -2.875)) / 2 + 0.5;
    expect(exp(yToValue(L, y))).toBeCloseTo(-3, 9);
    expect(yToValue(L, L.laneY)).toBe(0);
    expect(yToValue(L, L.laneBottom + 40)).toBe(0);
    expect(yToValue(L, L.plotBottom + 2)).toBe(1e-8);
    expect(yToValue(L, L.plotTop - 50)).toBe(1e2);
    expect(columnAt(L, L.x(2), 3)).toBe(2);
    expect(columnAt(L, L.colLeft(1) + 1, 3)).toBe(1);
    expect(columnAt(L, L.right + 10, 3)).toBe(3);
    // columns are the hit targets: each the full column, side by side over the plot
    const L9 = layoutOf(9);
    expect(L9.colLeft(0)).toBe(L9.left);
    expect(L9.colLeft(9) + L9.colWidth).toBeCloseTo(L9.right, 9);
    expect(L9.colWidth).toBeGreaterThanOrEqual(40);
    expect(L9.hitTop).toBeLessThan(L9.plotTop);
    expect(L.hitBottom).toBeGreaterThan(L.laneBottom);
  });

  it('reports slider values in log10 units, the zero lane a decade below the domain', () => {
    expect(ariaRange(ASK_DOMAIN)).toEqual([-9, 2]);
    expect(ariaNow(1e-3, ASK_DOMAIN)).toBe(-3);
    expect(ariaNow(0, ASK_DOMAIN)).toBe(-9);
    expect(ariaNow(1e9, ASK_DOMAIN)).toBe(2);
  });

  it('puts a gap label beside its column, inside the plot when it fits', () => {
    const L = layoutOf(9);
    const p = gapPlace(L, 4, L.y(1e-1), L.y(1e-2), 200);
    expect(p.x).toBeGreaterThan(L.x(4) + 12);
    expect(p.x).toBeLessThan(L.x(5) - 12);
    expect(p.y - 100).toBeGreaterThanOrEqual(L.plotTop - 16);
    const q = gapPlace(L, 0, L.y(1e-8), L.laneY, 200);
    expect(q.y + 100).toBeLessThanOrEqual(L.laneBottom);
  });
});

describe('DrawChart: asking', () => {
  it('moves a point by key and says its new value', () => {
    const { calls, sliders } = setup();
    const s = sliders()[0];
    expect(s.getAttribute('aria-valuetext')).toBe('k = 0: 10^-3.00');
    expect(s.getAttribute('aria-valuemin')).toBe('-9');
    expect(s.getAttribute('aria-valuemax')).toBe('2');
    expect(s.getAttribute('aria-valuenow')).toBe('-3');
    expect(s.getAttribute('aria-label')).toBe('k = 0');
    act(() => s.focus());
    fireEvent.keyDown(s, { key: 'ArrowUp' });
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toBe(0);
    expect(exp(calls[0][1])).toBeCloseTo(-2.75, 12);
    expect(sliders()[0].getAttribute('aria-valuetext')).toBe('k = 0: 10^-2.75');
    expect(sliders()[0].getAttribute('aria-valuenow')).toBe('-2.75');
    fireEvent.keyDown(sliders()[0], { key: 'ArrowDown', shiftKey: true });
    expect(sliders()[0].getAttribute('aria-valuetext')).toBe('k = 0: 10^-3.75');
    fireEvent.keyDown(sliders()[0], { key: 'ArrowUp', shiftKey: true });
    expect(sliders()[0].getAttribute('aria-valuetext')).toBe('k = 0: 10^-2.75');
    fireEvent.keyDown(sliders()[0], { key: 'Home' });
    expect(calls.at(-1)).toEqual([0, 1e2]);
    fireEvent.keyDown(sliders()[0], { key: 'End' });
    expect(calls.at(-1)).toEqual([0, 1e-8]);
  });

  it('moves a point into the zero lane and out of it', () => {
    const { calls, sliders, container } = setup([1e-8, 1e-3]);
    fireEvent.keyDown(sliders()[0], { key: 'ArrowDown' });
    expect(calls.at(-1)).toEqual([0, 0]);
    expect(sliders()[0].getAttribute('aria-valuetext')).toBe('k = 0: exactly 0');
    expect(sliders()[0].getAttribute('aria-valuenow')).toBe('-9');
    expect(sliders()[0].getAttribute('class')).toContain('is-zero');
    const lane = container.querySelector('.pc-lane')!;
    const laneTop = Number(lane.getAttribute('y'));
    const cy = Number(sliders()[0].querySelector('.pc-marker')!.getAttribute('cy'));
    expect(cy).toBeGreaterThan(laneTop);
    // down from the lane: nothing moves, nothing is reported
    const n = calls.length;
    fireEvent.keyDown(sliders()[0], { key: 'ArrowDown' });
    expect(calls).toHaveLength(n);
    fireEvent.keyDown(sliders()[0], { key: 'ArrowUp' });
    expect(calls.at(-1)).toEqual([0, 1e-8]);
    fireEvent.keyDown(sliders()[1], { key: '0' });
    expect(calls.at(-1)).toEqual([1, 0]);
    expect(sliders()[1].getAttribute('aria-valuetext')).toBe('k = 1: exactly 0');
    expect(container.textContent).toContain('exactly 0');
  });

  it('keeps one point in the tab order and moves focus with ← →', () => {
    const { sliders, calls } = setup();
    const tabbable = () => sliders().filter((s) => s.getAttribute('tabindex') === '0');
    expect(tabbable()).toEqual([sliders()[0]]);
    act(() => sliders()[0].focus());
    fireEvent.keyDown(sliders()[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(sliders()[1]);
    expect(tabbable()).toEqual([sliders()[1]]);
    fireEvent.keyDown(sliders()[1], { key: 'ArrowRight' });
    fireEvent.keyDown(sliders()[2], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(sliders()[3]);
    fireEvent.keyDown(sliders()[3], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(sliders()[3]);
    fireEvent.keyDown(sliders()[3], { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(sliders()[2]);
    expect(tabbable()).toEqual([sliders()[2]]);
    expect(calls).toEqual([]);
  });

  it('takes a press anywhere in a column and a drag into the zero lane', () => {
    const { calls, sliders, container } = setup([1e-3, 1e-3, 1e-3, 1e-3]);
    const svg = container.querySelector('svg')!;
    const L = layoutOf(3);
    // jsdom lays nothing out: client coordinates are the viewBox's here
    const at = (k: number, y: number) => ({ clientX: L.colLeft(k) + 3, clientY: y, pointerId: 7 });
    fireEvent.pointerDown(svg, { ...at(2, L.y(1e-5)), pointerType: 'touch', button: 0 });
    expect(calls.at(-1)![0]).toBe(2);
    expect(exp(calls.at(-1)![1])).toBeCloseTo(-5, 9);
    expect(document.activeElement).toBe(sliders()[2]);
    // focused by a press: no focus ring until a key is used
    expect(container.querySelector('[data-input="pointer"]')).not.toBeNull();
    fireEvent.pointerMove(svg, { ...at(3, L.y(10 ** -6.5)), pointerType: 'touch' });
    expect(calls.at(-1)![0]).toBe(2);
    expect(exp(calls.at(-1)![1])).toBeCloseTo(-6.5, 9);
    fireEvent.pointerMove(svg, { ...at(2, L.laneY), pointerType: 'touch' });
    expect(calls.at(-1)).toEqual([2, 0]);
    fireEvent.pointerUp(svg, { ...at(2, L.laneY), pointerType: 'touch' });
    const n = calls.length;
    fireEvent.pointerMove(svg, { ...at(2, L.y(1)), pointerType: 'touch' });
    expect(calls).toHaveLength(n);
    // a right button, or a press outside the plot, moves nothing
    fireEvent.pointerDown(svg, { ...at(1, L.y(1)), pointerType: 'mouse', button: 2 });
    fireEvent.pointerDown(svg, { clientX: 4, clientY: L.y(1), pointerType: 'mouse', button: 0 });
    expect(calls).toHaveLength(n);
    expect(container.querySelectorAll('.pc-col')).toHaveLength(4);
    fireEvent.keyDown(sliders()[2], { key: 'ArrowUp' });
    expect(calls.at(-1)).toEqual([2, 1e-8]);
    expect(container.querySelector('[data-input="pointer"]')).toBeNull();
  });

  it('keeps a fixed domain while asking, so the axis gives nothing away', () => {
    const a = render(<DrawChart values={[1e-2, 1e-3]} labels={labels} onChange={() => {}} />);
    const ticks = (c: HTMLElement) =>
      [...c.querySelectorAll('.pc-axis .dc-exp')].map((e) => e.textContent);
    const first = ticks(a.container);
    expect(first[0]).toBe('−8');
    expect(first.at(-1)).toBe('2');
    a.unmount();
    const b = render(<DrawChart values={[1e1, 1e-7]} labels={labels} onChange={() => {}} />);
    expect(ticks(b.container)).toEqual(first);
    // the computed curve's name is not in the legend before the reveal
    expect(b.container.textContent).not.toContain('computed');
  });
});

describe('DrawChart: the reveal', () => {
  const values = [1e-1, 1e-3, 0, 1e-6];
  const truth = [2e-1, 3e-2, 1e-4, 0];
  const gaps = ['×10^0.3 too low', '×10^1.5 too low', null, '×10^6 too high'];

  it('draws both curves and the gaps, and no point is a slider then', () => {
    const { container } = render(
      <DrawChart
        values={values}
        truth={truth}
        gapLabels={gaps}
        labels={labels}
        onChange={() => {
          throw new Error('read-only');
        }}
      />,
    );
    expect(screen.queryAllByRole('slider')).toEqual([]);
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(container.querySelector('.pc-col')).toBeNull();
    const student = container.querySelector('[data-series="student"]')!;
    const computed = container.querySelector('[data-series="truth"]')!;
    expect(student.querySelectorAll('.pc-point')).toHaveLength(4);
    const path = (who: string) =>
      container.querySelector(`.pc-lines.pc-${who} .pc-line`)!.getAttribute('d');
    expect(path('student')).toMatch(/^M/);
    expect(path('truth')).toMatch(/^M/);
    // the computed curve: on the axis for k = 0 … 2, then in the zero lane (a path of its own)
    expect(path('truth')!.split('M')).toHaveLength(2 + 1);
    // another marker, not colour alone: circles for the student, squares for the computed curve
    expect(student.querySelectorAll('circle.pc-marker')).toHaveLength(4);
    expect(computed.querySelectorAll('rect.pc-marker')).toHaveLength(4);
    expect(
      [...computed.querySelectorAll('.pc-marker')].map((m) => Number(m.getAttribute('data-value'))),
    ).toEqual(truth);
    // drawn over the student's
    expect(
      student.compareDocumentPosition(computed) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const labelsShown = [...container.querySelectorAll('.pc-gap-label')].map((t) => t.textContent);
    expect(labelsShown).toEqual(['×10^0.3 too low', '×10^1.5 too low', '×10^6 too high']);
    expect(container.querySelectorAll('.pc-gap-line')).toHaveLength(4);
    // each student point is named by its value and described by its gap
    const p1 = screen.getByRole('img', { name: 'k = 1: 10^-3.00', description: '×10^1.5 too low' });
    expect(student.contains(p1)).toBe(true);
    expect(screen.getByRole('img', { name: 'k = 1: 10^-1.52' })).toBeTruthy();
    expect(container.textContent).toContain('computed');
    expect(container.querySelector('[data-mode="reveal"]')).not.toBeNull();
  });

  it('takes whole decades covering both curves as its domain', () => {
    const { container } = render(<DrawChart values={values} truth={truth} labels={labels} />);
    const exps = [...container.querySelectorAll('.pc-axis .dc-exp')].map((e) => e.textContent);
    expect(exps[0]).toBe('−6');
    expect(exps.at(-1)).toBe('0');
  });

  it('is read-only without onChange', () => {
    render(<DrawChart values={values} labels={labels} />);
    expect(screen.queryAllByRole('slider')).toEqual([]);
    expect(screen.getAllByRole('img')).toHaveLength(4);
  });
});

describe('DrawChart: legibility', () => {
  it('keeps every text at 28 px or more and every line at 3 px or more', () => {
    const css = readFileSync('src/diagram/predict/predict.css', 'utf8');
    const px = (prop: string) =>
      [...css.matchAll(new RegExp(`${prop}:\\s*([\\d.]+)px`, 'g'))].map((m) => Number(m[1]));
    expect(Math.min(...px('font-size'))).toBeGreaterThanOrEqual(28);
    expect(Math.min(...px('stroke-width'))).toBeGreaterThanOrEqual(3);
    // the ticks' exponent: a share of the 36 px "10"
    const em = Number(/\.dc-exp\s*\{\s*font-size:\s*([\d.]+)em/.exec(css)![1]);
    expect(36 * em).toBeGreaterThanOrEqual(28);
    expect(css).toContain('touch-action: none');
    expect(css).toContain('prefers-reduced-motion');
  });
});
