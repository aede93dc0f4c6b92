// @vitest-environment jsdom
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { defaultModel, forward, jacobians, targetTerms } from '../../../src/model';
import type { Focus } from '../../../src/lesson/types';
import { UnrolledDiagram, type UnrolledDiagramProps } from '../../../src/diagram/UnrolledDiagram';
import { translator } from '../../../src/i18n';
import { SEGMENT_MS } from '../../../src/diagram/useFlowAnimation';

afterEach(cleanup);

const model = defaultModel();
const fwd = forward(model);
const focus: Focus = { emphasis: [], flow: 'sumOverK', terms: true };

function baseProps(over: Partial<UnrolledDiagramProps> = {}): UnrolledDiagramProps {
  return {
    dims: fwd.dims,
    fwd,
    model,
    target: 3,
    focus,
    sub: 0,
    terms: targetTerms(model, fwd, 3),
    jac: jacobians(model, fwd, 3),
    labels: translator('en', 'diagram'),
    animation: { speed: 1, paused: false, replayKey: 0, reducedMotion: true },
    ...over,
  };
}

const node = (c: Element, id: string) => c.querySelector(`[data-node="${id}"]`) as SVGGElement;

describe('hover, focus and keyboard', () => {
  it('shows the value on hover and reports the term both ways', () => {
    const onHoverTerm = vi.fn();
    const { container, rerender } = render(<UnrolledDiagram {...baseProps({ onHoverTerm })} />);
    fireEvent.pointerOver(node(container, 's-2'));
    expect(onHoverTerm).toHaveBeenLastCalledWith('term-s');
    const tip = container.querySelector('[role="tooltip"]')!;
    expect(tip.getAttribute('data-tooltip-for')).toBe('s-2');
    expect(tip.textContent).toMatch(/^s₂ = \[[−\d.]+, [−\d.]+, [−\d.]+\]/);
    expect(tip.textContent).toContain('‖∂E₃/∂s₂‖ = ');
    fireEvent.pointerOut(node(container, 's-2'));
    expect(onHoverTerm).toHaveBeenLastCalledWith(null);
    expect(container.querySelector('[role="tooltip"]')).toBeNull();

    fireEvent.pointerOver(container.querySelector('[data-edge="W-2"]')!);
    expect(onHoverTerm).toHaveBeenLastCalledWith('term-W');

    rerender(<UnrolledDiagram {...baseProps({ onHoverTerm, activeTerm: 'term-W' })} />);
    expect(container.querySelector('.dg-root')!.getAttribute('data-active-term')).toBe('term-W');
    expect(container.querySelector('[data-edge="W-2"]')!.getAttribute('class')).toContain('term-W');
  });

  it('moves focus with the arrow keys only inside the diagram, and keeps one tab stop', () => {
    const outside = vi.fn();
    window.addEventListener('keydown', outside);
    const { container } = render(<UnrolledDiagram {...baseProps()} />);
    const s3 = node(container, 's-3');
    act(() => s3.focus());
    expect(document.activeElement).toBe(s3);
    expect(container.querySelector('[role="tooltip"]')!.getAttribute('data-tooltip-for')).toBe(
      's-3',
    );

    fireEvent.keyDown(s3, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('data-node')).toBe('s-2');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('data-node')).toBe('yhat-2');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-node')).toBe('x-2');
    expect(outside).not.toHaveBeenCalled();

    const stops = [...container.querySelectorAll('[data-node][tabindex="0"]')];
    expect(stops.map((s) => s.getAttribute('data-node'))).toEqual(['x-2']);

    // other keys pass through to the lesson's shortcuts
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(outside).toHaveBeenCalledTimes(1);
    window.removeEventListener('keydown', outside);
  });

  it('reaches s₋₁ from s₀ and stops at the edges', () => {
    const { container } = render(<UnrolledDiagram {...baseProps()} />);
    act(() => node(container, 's-0').focus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('data-node')).toBe('s--1');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('data-node')).toBe('s--1');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('data-node')).toBe('yhat-0');
  });
});

interface FakeAnimation {
  el: Element;
  delay: number;
  playbackRate: number;
  playState: 'running' | 'paused' | 'idle';
}

describe('flow animation', () => {
  let anims: FakeAnimation[];
  beforeEach(() => {
    anims = [];
    Object.defineProperty(Element.prototype, 'animate', {
      configurable: true,
      value(this: Element, _k: Keyframe[], opts: KeyframeAnimationOptions) {
        const a: FakeAnimation & Record<string, unknown> = {
          el: this,
          delay: Number(opts.delay ?? 0),
          playbackRate: 1,
          playState: 'running',
        };
        a.pause = () => (a.playState = 'paused');
        a.play = () => (a.playState = 'running');
        a.cancel = () => (a.playState = 'idle');
        anims.push(a);
        return a;
      },
    });
  });
  afterEach(() => {
    delete (Element.prototype as Partial<Element>).animate;
  });

  const moving = { speed: 1, paused: false, replayKey: 0, reducedMotion: false };
  const live = () => anims.filter((a) => a.playState !== 'idle');
  const seg = (a: FakeAnimation) => a.el.getAttribute('data-flow-seg');

  it('draws E → ŷ → s_t★ in order, then only the new segment at the next sub-step', () => {
    const { rerender } = render(<UnrolledDiagram {...baseProps({ animation: moving })} />);
    expect(live().map((a) => [seg(a), a.delay])).toEqual([
      ['3:loss-3', 0],
      ['3:V-3', SEGMENT_MS],
    ]);
    const first = [...anims];
    rerender(<UnrolledDiagram {...baseProps({ animation: moving, sub: 1 })} />);
    expect(first.every((a) => a.playState === 'idle')).toBe(true);
    expect(live().map((a) => [seg(a), a.delay])).toEqual([['3:W-3', 0]]);
  });

  it('replays, pauses, follows the speed, and shows the end state for reduced motion', () => {
    const { rerender } = render(<UnrolledDiagram {...baseProps({ animation: moving, sub: 1 })} />);
    expect(live()).toHaveLength(3);
    rerender(
      <UnrolledDiagram {...baseProps({ animation: { ...moving, replayKey: 1 }, sub: 1 })} />,
    );
    expect(live().map(seg)).toEqual(['3:loss-3', '3:V-3', '3:W-3']);
    rerender(
      <UnrolledDiagram
        {...baseProps({ animation: { ...moving, replayKey: 1, paused: true, speed: 2 }, sub: 1 })}
      />,
    );
    expect(live().every((a) => a.playState === 'paused' && a.playbackRate === 2)).toBe(true);
    const before = anims.length;
    rerender(
      <UnrolledDiagram
        {...baseProps({ animation: { ...moving, replayKey: 2, reducedMotion: true }, sub: 1 })}
      />,
    );
    expect(anims.length).toBe(before);
    expect(live()).toHaveLength(0);
  });

  it('is idempotent under StrictMode: one live animation per new segment', () => {
    render(
      <StrictMode>
        <UnrolledDiagram {...baseProps({ animation: moving })} />
      </StrictMode>,
    );
    expect(live().map(seg)).toEqual(['3:loss-3', '3:V-3']);
  });
});
