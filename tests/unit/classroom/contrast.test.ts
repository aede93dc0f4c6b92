// @vitest-environment node
/**
 * The UI's text colours against their backgrounds in every theme (app.css, which classroom.css
 * and print.css use): at least 7:1, the projector target, for body text, muted text, buttons and
 * the pressed/current state.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/diagram/palette';

const css = readFileSync(new URL('../../../src/styles/app.css', import.meta.url), 'utf8');

function themeVars(theme: string): Record<string, string> {
  const vars: Record<string, string> = {};
  const blocks = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  for (const [, selector, body] of blocks) {
    if (!selector.includes(`[data-theme='${theme}']`)) continue;
    for (const m of body.matchAll(/(--app-[a-z-]+)\s*:\s*(#[0-9a-fA-F]{3,8})/g)) vars[m[1]] = m[2];
  }
  return vars;
}

const PAIRS: readonly [fg: string, bg: string][] = [
  ['--app-fg', '--app-bg'],
  ['--app-fg', '--app-surface'],
  ['--app-muted', '--app-bg'],
  ['--app-muted', '--app-surface'],
  ['--app-accent-fg', '--app-accent'],
];

describe.each(['light', 'dark', 'contrast'])('the %s theme', (theme) => {
  const vars = themeVars(theme);
  it.each(PAIRS)('%s on %s has contrast ≥ 7:1', (fg, bg) => {
    expect(vars[fg], fg).toMatch(/^#/);
    expect(vars[bg], bg).toMatch(/^#/);
    expect(contrastRatio(vars[fg], vars[bg])).toBeGreaterThanOrEqual(7);
  });
  it('has a focus ring and borders visible against the background (≥ 3:1)', () => {
    expect(contrastRatio(vars['--app-focus'], vars['--app-bg'])).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(vars['--app-border'], vars['--app-surface'])).toBeGreaterThanOrEqual(3);
  });
});

describe('the print pages', () => {
  it('print dark text on white', () => {
    const print = readFileSync(new URL('../../../src/styles/print.css', import.meta.url), 'utf8');
    const page = /\.cls-print-page \{([^}]*)\}/.exec(print)?.[1] ?? '';
    const bg = /background:\s*(#[0-9a-f]{6})/.exec(page)?.[1];
    const fg = /color:\s*(#[0-9a-f]{6})/.exec(page)?.[1];
    expect(bg && fg).toBeTruthy();
    expect(contrastRatio(fg!, bg!)).toBeGreaterThanOrEqual(7);
  });
});
