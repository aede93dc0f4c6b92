// @vitest-environment jsdom
/**
 * A ShownLesson draws its subtree from a lagging copy of the lesson's position: it follows every
 * step change (once React has drawn the urgent update), and its readers do not subscribe to the
 * store themselves (a hover elsewhere does not redraw them).
 */
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { setAfterPaintScheduler } from '../../../src/frame';
import { ShownLesson } from '../../../src/components/ShownLesson';
import { useShownLesson } from '../../../src/components/useShownLesson';
import { lessonStore, selectStep, useLesson } from '../../../src/store';

afterEach(() => {
  cleanup();
  act(() => lessonStore.getState().goTo(0, 0));
});

let renders = 0;
function Probe({ id }: { readonly id: string }) {
  renders++;
  const step = useShownLesson(selectStep);
  const sub = useShownLesson((s) => s.sub);
  return <p data-testid={id}>{`${step.id}/${sub}`}</p>;
}

describe('ShownLesson', () => {
  it('follows the store, inside and outside a ShownLesson', () => {
    render(
      <>
        <ShownLesson>
          <Probe id="inside" />
        </ShownLesson>
        <Probe id="outside" />
      </>,
    );
    const expected = () => `${selectStep(lessonStore.getState()).id}/${lessonStore.getState().sub}`;
    expect(screen.getByTestId('inside').textContent).toBe(expected());
    for (const [step, sub] of [
      [3, 0],
      [7, 1],
      [1, 0],
    ] as const) {
      act(() => lessonStore.getState().goTo(step, sub));
      expect(screen.getByTestId('outside').textContent).toBe(expected());
      expect(screen.getByTestId('inside').textContent).toBe(expected());
    }
  });

  it('commits after the urgent update: the diagram’s side sees the panel still on the old step', () => {
    const seen: string[] = [];
    // Stands for the diagram: reads the store directly, and looks at the panel once committed.
    function Urgent() {
      const sub = useLesson((s) => s.sub);
      const stepIndex = useLesson((s) => s.stepIndex);
      useLayoutEffect(() => {
        seen.push(
          `${stepIndex}/${sub} ${document.querySelector('[data-testid="inside"]')?.textContent}`,
        );
      }, [stepIndex, sub]);
      return null;
    }
    render(
      <>
        <Urgent />
        <ShownLesson>
          <Probe id="inside" />
        </ShownLesson>
      </>,
    );
    const before = screen.getByTestId('inside').textContent;
    act(() => lessonStore.getState().goTo(5, 0));
    const after = `${selectStep(lessonStore.getState()).id}/0`;
    expect(seen.at(-1)).toBe(`5/0 ${before}`);
    expect(screen.getByTestId('inside').textContent).toBe(after);
  });

  it('does not redraw its readers for state they do not lag on (a hovered term)', () => {
    render(
      <ShownLesson>
        <Probe id="inside" />
      </ShownLesson>,
    );
    const before = renders;
    act(() => lessonStore.getState().setActiveTerm('term-W'));
    act(() => lessonStore.getState().setActiveTerm(null));
    expect(renders).toBe(before);
    act(() => lessonStore.getState().next());
    expect(renders).toBeGreaterThan(before);
  });

  it("with the browser's timing, follows once the frame of the change is painted", () => {
    const pending: (() => void)[] = [];
    setAfterPaintScheduler((take) => {
      pending.push(take);
      return () => {
        const i = pending.indexOf(take);
        if (i >= 0) pending.splice(i, 1);
      };
    });
    try {
      render(
        <ShownLesson>
          <Probe id="inside" />
        </ShownLesson>,
      );
      const before = screen.getByTestId('inside').textContent;
      act(() => lessonStore.getState().goTo(4, 0));
      expect(screen.getByTestId('inside').textContent).toBe(before);
      act(() => pending.splice(0).forEach((take) => take()));
      expect(screen.getByTestId('inside').textContent).toBe(
        `${selectStep(lessonStore.getState()).id}/0`,
      );
    } finally {
      setAfterPaintScheduler((take) => {
        take();
        return () => {};
      });
    }
  });
});
