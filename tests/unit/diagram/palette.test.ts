// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTRAST_TARGETS,
  EDGE_DASH,
  NODE_SHAPE,
  TERM_KINDS,
  THEME_NAMES,
  THEME_VARS,
  THEMES,
  UNDERLINE,
  contrastRatio,
  termClass,
} from '../../../src/diagram/palette';
import { TERM_CLASSES } from '../../../src/lesson/terms';

const css = (name: string) =>
  readFileSync(new URL(`../../../src/diagram/${name}`, import.meta.url), 'utf8');

/** The custom properties declared in the block whose selector list contains `selector`. */
function block(text: string, selector: string): Map<string, string> {
  const re = /([^{}]+)\{([^}]*)\}/g;
  const source = text.replace(/\/\*[\s\S]*?\*\//g, '');
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (!m[1].split(',').some((s) => s.trim() === selector)) continue;
    const vars = new Map<string, string>();
    for (const d of m[2].matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars.set(d[1], d[2].trim());
    return vars;
  }
  throw new Error(`no block for ${selector}`);
}

describe('palette', () => {
  it('covers exactly the lesson’s term classes', () => {
    expect(TERM_KINDS.map(termClass).sort()).toEqual([...TERM_CLASSES].sort());
  });

  it('WCAG contrast: 21 for black on white, 1 for equal colours', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 6);
    expect(contrastRatio('#0072B2', '#0072B2')).toBeCloseTo(1, 6);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });

  describe.each(THEME_NAMES)('theme %s', (name) => {
    const th = THEMES[name];
    const target = CONTRAST_TARGETS[name];

    it('meets the contrast targets on its background', () => {
      expect(contrastRatio(th.fg, th.bg)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(th.muted, th.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(th.fg, th.panel)).toBeGreaterThanOrEqual(7);
      // Dimmed text stays legible; dimmed strokes stay visible graphics.
      expect(contrastRatio(th.dim, th.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(th.dimStroke, th.bg)).toBeGreaterThanOrEqual(3);
      for (const k of TERM_KINDS) {
        expect(contrastRatio(th.stroke[k], th.bg), `stroke ${k}`).toBeGreaterThanOrEqual(
          target.stroke,
        );
        expect(contrastRatio(th.text[k], th.bg), `text ${k}`).toBeGreaterThanOrEqual(target.text);
      }
      expect(contrastRatio(th.mark, th.bg)).toBeGreaterThanOrEqual(target.stroke);
      expect(contrastRatio(th.flow, th.bg)).toBeGreaterThanOrEqual(target.stroke);
    });

    it('is written to theme.css with the same values', () => {
      const selector = `[data-theme='${name}']`;
      const vars = block(css('theme.css'), selector);
      const same = (v: string | undefined, hex: string) =>
        expect(v?.toLowerCase()).toBe(hex.toLowerCase());
      for (const k of TERM_KINDS) {
        same(vars.get(`--c-${k}`), th.stroke[k]);
        same(vars.get(`--t-${k}`), th.text[k]);
      }
      for (const [key, v] of Object.entries(THEME_VARS))
        same(vars.get(v), th[key as keyof typeof THEME_VARS]);
    });
  });

  it('makes the light theme the default (:root)', () => {
    expect(block(css('theme.css'), ':root').get('--c-W')?.toLowerCase()).toBe(
      THEMES.light.stroke.W.toLowerCase(),
    );
  });

  it('gives every kind a second cue besides colour, all distinct', () => {
    const dashes = Object.values(EDGE_DASH);
    expect(new Set(dashes).size).toBe(dashes.length);
    const shapes = Object.values(NODE_SHAPE);
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const k of TERM_KINDS) expect(UNDERLINE[k]).toMatch(/^(solid|dashed|dotted|double)$/);
  });

  it('styles every term class in formulas and in the linked highlight', () => {
    const terms = css('terms.css');
    for (const cls of TERM_CLASSES) {
      expect(terms).toContain(`.katex .${cls} {`);
      expect(terms).toContain(`[data-active-term='${cls}'] span.${cls}`);
      expect(terms).toContain(`.dg-root[data-active-term='${cls}'] .is-dim.${cls}`);
    }
  });

  it('imports the theme and term styles from diagram.css', () => {
    const main = css('diagram.css');
    for (const f of ['theme.css', 'terms.css', 'decay.css'])
      expect(main).toContain(`@import './${f}';`);
  });
});
