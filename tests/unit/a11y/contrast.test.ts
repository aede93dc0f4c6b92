// @vitest-environment node
/**
 * WCAG contrast of every colour pair the app draws, read from the stylesheets themselves (axe
 * checks text in the page but not graphics, WCAG 1.4.11): text at least 4.5:1 (7:1 in the
 * contrast theme, the projector's), graphics and UI parts at least 3:1.
 */
import { describe, expect, it } from 'vitest';
import { THEMES as PALETTE, contrastRatio } from '../../../src/diagram/palette';
import { THEMES, contrast, readCss, resolveColor, themeVars, type Theme } from './cssThemes';

const STYLESHEETS = [
  'src/diagram/diagram.css',
  'src/styles/app.css',
  'src/styles/classroom.css',
  'src/explore/explore.css',
];
const css = STYLESHEETS.map(readCss).join('\n');
const KINDS = ['E', 'yhat', 's', 'W', 'U', 'V', 'x', 'jac', 'imm'];

const TEXT_TARGET: Record<Theme, number> = { light: 4.5, dark: 4.5, contrast: 7 };
const GRAPHIC_TARGET = 3;

type Pair = readonly [fg: string, bg: string];

/** Text on its background: app chrome, diagram labels, formula factors, explore panel. */
const TEXT_PAIRS: readonly Pair[] = [
  ['--app-fg', '--app-bg'],
  ['--app-fg', '--app-surface'],
  ['--app-muted', '--app-bg'],
  ['--app-muted', '--app-surface'],
  ['--app-accent-fg', '--app-accent'],
  ['--app-cut', '--app-surface'],
  ['--dg-fg', '--dg-bg'],
  ['--dg-fg', '--dg-panel'],
  ['--dg-muted', '--dg-bg'],
  ['--dg-muted', '--dg-panel'],
  ['--xp-fg', '--xp-bg'],
  ['--xp-fg', '--xp-panel'],
  ['--xp-muted', '--xp-bg'],
  ['--xp-error', '--xp-bg'],
  // Coloured factors sit in formulas on the step panel and in the diagram's labels.
  ...KINDS.flatMap((k): Pair[] => [
    [`--t-${k}`, '--dg-bg'],
    [`--t-${k}`, '--app-surface'],
  ]),
];

/** Strokes, borders, the focus ring, bars and selected states against what surrounds them. */
const GRAPHIC_PAIRS: readonly Pair[] = [
  ['--app-border', '--app-bg'],
  ['--app-border', '--app-surface'],
  ['--app-focus', '--app-bg'],
  ['--app-focus', '--app-surface'],
  ['--app-accent', '--app-surface'],
  ['--app-bar', '--app-surface'],
  ['--c-mark', '--dg-bg'],
  ['--c-flow', '--dg-bg'],
  ['--xp-pos', '--xp-bg'],
  ['--xp-neg', '--xp-bg'],
  ['--xp-focus', '--xp-bg'],
  ...KINDS.map((k): Pair => [`--c-${k}`, '--dg-bg']),
];

describe.each(THEMES)('the %s theme', (theme) => {
  const vars = themeVars(css, theme, ['.xp-panel']);
  const ratio = ([fg, bg]: Pair) => contrast(resolveColor(vars, fg), resolveColor(vars, bg));

  it.each(TEXT_PAIRS.map((p) => [p[0], p[1]]))(
    `text %s on %s ≥ ${TEXT_TARGET[theme]}:1`,
    (fg, bg) => {
      expect(ratio([fg, bg])).toBeGreaterThanOrEqual(TEXT_TARGET[theme]);
    },
  );

  it.each(GRAPHIC_PAIRS.map((p) => [p[0], p[1]]))(
    `graphic %s on %s ≥ ${GRAPHIC_TARGET}:1`,
    (fg, bg) => {
      expect(ratio([fg, bg])).toBeGreaterThanOrEqual(GRAPHIC_TARGET);
    },
  );

  it('shows the diagram on the panel colour it was designed for', () => {
    // The palette's targets are computed on its own background; the app must place it there.
    expect(resolveColor(vars, '--dg-bg')).toBe(PALETTE[theme].bg.toLowerCase());
    expect(resolveColor(vars, '--dg-bg')).toBe(resolveColor(vars, '--app-surface'));
  });
});

describe('the contrast function', () => {
  it('gives WCAG’s reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#0072b2', '#1e1e1e')).toBeCloseTo(3.21, 2);
    // Independent of the palette module's own implementation.
    expect(contrast('#e69f00', '#ffffff')).toBeCloseTo(contrastRatio('#E69F00', '#FFFFFF'), 10);
  });

  it('fails a pair that is too pale (the test can fail)', () => {
    expect(contrast('#f0e442', '#ffffff')).toBeLessThan(GRAPHIC_TARGET);
  });

  it('resolves var() chains and fallbacks, and refuses what it cannot read', () => {
    const vars = themeVars(
      ":root{--a:#fff;--b:var(--a);--c:var(--zz, #000)} [data-theme='dark']{--a:#111}",
      'dark',
    );
    expect(resolveColor(vars, '--b')).toBe('#111111');
    expect(resolveColor(vars, '--c')).toBe('#000000');
    expect(() => resolveColor(vars, '--missing')).toThrow(/not defined/);
    expect(() => resolveColor(new Map([['--t', 'rgba(0,0,0,.5)']]), '--t')).toThrow(/opaque/);
  });
});
