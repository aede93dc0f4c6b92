/**
 * Positions in the URL for the browser tests: the hash the app writes (step and sub-step ids) and
 * the position a hash names, computed with the app's own URL code.
 */
import { STEPS } from '../../src/lesson/steps';
import { defaultModel, type RnnModel } from '../../src/model';
import { formatFragment, pathOf, readProp, resolvePosition } from '../../src/url';

const DEFAULT = defaultModel(1);

function ctx(model: RnnModel, target?: number) {
  const T = model.targets.length;
  return { T, target: target ?? Math.min(3, T - 1) };
}

/** The hash the app writes for step i, sub-step `sub` (0-based), e.g. `#/sum-over-k/k-1`. */
export function idHash(i: number, sub: number, model = DEFAULT, target?: number): string {
  return formatFragment({ position: pathOf({ stepIndex: i, sub }, STEPS, ctx(model, target)) });
}

/** A URL ending in that position (the fragment's model, if any, after it). */
export function urlAt(i: number, sub: number, model = DEFAULT, target?: number): RegExp {
  const hash = idHash(i, sub, model, target).replace(/[/?.]/g, '\\$&');
  return new RegExp(`${hash}(\\?[^#]*)?$`);
}

/** The 0-based step and sub-step a hash names. */
export function positionOf(hash: string, model = DEFAULT, target?: number) {
  const p = resolvePosition(readProp('position', '', hash), STEPS, ctx(model, target));
  return { i: p.stepIndex, sub: p.sub };
}
