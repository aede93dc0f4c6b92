/**
 * Reads the themes' custom properties from the app's stylesheets, the way the cascade applies
 * them: for theme T, the blocks whose selector is `:root`, `[data-theme='T']` or a scoped variant
 * (`.scope`, `[data-theme='T'] .scope`, `.scope[data-theme='T']`), in file order, later winning.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

export type Theme = 'light' | 'dark' | 'contrast';
export const THEMES: readonly Theme[] = ['light', 'dark', 'contrast'];

const root = new URL('../../../', import.meta.url);

/** A stylesheet (path from the project root) without comments, its relative @imports inlined. */
export function readCss(path: string): string {
  const text = readFileSync(new URL(path, root), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return text.replace(/@import\s+['"](\.[^'"]+)['"]\s*;/g, (_m, rel: string) =>
    readCss(posix.join(posix.dirname(path), rel)),
  );
}

function appliesTo(selector: string, theme: Theme, scopes: readonly string[]): boolean {
  const s = selector.trim().replace(/"/g, "'");
  const attr = `[data-theme='${theme}']`;
  if (s === ':root' || s === attr) return true;
  return scopes.some((c) => s === c || s === `${attr} ${c}` || s === `${c}${attr}`);
}

/** The custom properties in effect for `theme` inside `scopes`, as declared (unresolved). */
export function themeVars(css: string, theme: Theme, scopes: readonly string[] = []) {
  const vars = new Map<string, string>();
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!m[1].split(',').some((sel) => appliesTo(sel, theme, scopes))) continue;
    for (const d of m[2].split(';')) {
      const decl = /^\s*(--[\w-]+)\s*:\s*(.+?)\s*$/s.exec(d);
      if (decl) vars.set(decl[1], decl[2]);
    }
  }
  return vars;
}

/** `var(--x, fallback)` chains resolved to a #rrggbb colour; throws when one is missing. */
export function resolveColor(vars: ReadonlyMap<string, string>, name: string, depth = 0): string {
  if (depth > 20) throw new Error(`var() cycle at ${name}`);
  const raw = vars.get(name);
  if (raw === undefined) throw new Error(`${name} is not defined`);
  const ref = /^var\(\s*(--[\w-]+)\s*(?:,\s*([^)]+))?\)$/.exec(raw);
  if (ref) {
    if (vars.has(ref[1])) return resolveColor(vars, ref[1], depth + 1);
    if (ref[2]) return hex(ref[2].trim(), name);
    throw new Error(`${name} refers to ${ref[1]}, which is not defined`);
  }
  return hex(raw, name);
}

function hex(value: string, name: string): string {
  const v = value.toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (v === 'white') return '#ffffff';
  if (v === 'black') return '#000000';
  throw new Error(`${name}: not an opaque colour: ${value}`);
}

function channel(c: number): number {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance of #rrggbb. */
export function luminance(color: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(color.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio, 1…21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
