// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clampPosition,
  isFirst,
  isLast,
  lastPosition,
  nextPosition,
  prevPosition,
  type Position,
} from '../../../src/store/nav';

const counts = [1, 4, 1, 5];

describe('navigation', () => {
  it('walks every sub-step forward, then stays at the end', () => {
    const seen: Position[] = [];
    let p: Position = { stepIndex: 0, sub: 0 };
    for (let i = 0; i < 20; i++) {
      seen.push(p);
      p = nextPosition(p, counts);
    }
    const total = counts.reduce((a, b) => a + b, 0);
    const distinct = new Set(seen.map((q) => `${q.stepIndex}/${q.sub}`));
    expect(distinct.size).toBe(total);
    expect(seen[1]).toEqual({ stepIndex: 1, sub: 0 });
    expect(seen[4]).toEqual({ stepIndex: 1, sub: 3 });
    expect(seen[5]).toEqual({ stepIndex: 2, sub: 0 });
    expect(p).toEqual({ stepIndex: 3, sub: 4 });
    expect(isLast(p, counts)).toBe(true);
  });

  it("goes back from a step's first sub-step to the previous step's LAST sub-step", () => {
    expect(prevPosition({ stepIndex: 2, sub: 0 }, counts)).toEqual({ stepIndex: 1, sub: 3 });
    expect(prevPosition({ stepIndex: 1, sub: 2 }, counts)).toEqual({ stepIndex: 1, sub: 1 });
    expect(prevPosition({ stepIndex: 0, sub: 0 }, counts)).toEqual({ stepIndex: 0, sub: 0 });
  });

  it('prev undoes next everywhere except at the end', () => {
    fc.assert(
      fc.property(fc.nat({ max: 3 }), fc.nat({ max: 6 }), (s, u) => {
        const p = clampPosition({ stepIndex: s, sub: u }, counts);
        if (isLast(p, counts)) return;
        expect(prevPosition(nextPosition(p, counts), counts)).toEqual(p);
      }),
    );
  });

  it('clamps out-of-range and non-integer positions', () => {
    expect(clampPosition({ stepIndex: 99, sub: 99 }, counts)).toEqual({ stepIndex: 3, sub: 4 });
    expect(clampPosition({ stepIndex: -3, sub: -1 }, counts)).toEqual({ stepIndex: 0, sub: 0 });
    expect(clampPosition({ stepIndex: 1.7, sub: NaN }, counts)).toEqual({ stepIndex: 1, sub: 0 });
    expect(clampPosition({ stepIndex: 1, sub: 0 }, [])).toEqual({ stepIndex: 0, sub: 0 });
  });

  it('knows the ends', () => {
    expect(lastPosition(counts)).toEqual({ stepIndex: 3, sub: 4 });
    expect(isFirst({ stepIndex: 0, sub: 0 })).toBe(true);
    expect(isFirst({ stepIndex: 0, sub: 1 })).toBe(false);
    expect(isLast({ stepIndex: 3, sub: 3 }, counts)).toBe(false);
  });
});
