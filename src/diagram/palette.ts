/**
 * Colours and second cues of the diagram's elements, per theme. Colours are the Okabe-Ito
 * colour-blind-safe set, darkened (light, contrast) or lightened (dark) until they meet WCAG
 * contrast on the theme's background: strokes ≥ 3:1 (4.5:1 in the contrast theme), text ≥ 4.5:1
 * (7:1 in the contrast theme). Colour never works alone: every kind also has a dash pattern
 * (edges), a node shape, and an underline style (formula factors).
 *
 * diagram.css holds the same values as CSS custom properties, switched by [data-theme] on a root;
 * a unit test keeps the two in step.
 */
import type { ElementKind } from '../lesson/types';
import { TERM_CLASSES, type TermClass } from '../lesson/terms';

export { TERM_CLASSES, type TermClass };

/** What a term class stands for: its suffix after "term-". */
export type TermKind = 'E' | 'yhat' | 's' | 'W' | 'U' | 'V' | 'x' | 'jac' | 'imm';
export const TERM_KINDS: readonly TermKind[] = ['E', 'yhat', 's', 'W', 'U', 'V', 'x', 'jac', 'imm'];

export type ThemeName = 'light' | 'dark' | 'contrast';
export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'contrast'];

export interface ThemeColors {
  /** Diagram background, text, secondary text, tooltip panel. */
  readonly bg: string;
  readonly fg: string;
  readonly muted: string;
  readonly panel: string;
  /** Elements out of focus (dimmed): their text, and their strokes. Dimming is by colour, never
   *  by opacity, so dimmed text keeps ≥ 4.5 : 1; a thinner stroke and a lighter weight are its
   *  second cue. */
  readonly dim: string;
  readonly dimStroke: string;
  /** The slide's red marks (U and W in s₃ = f(U x₃ + W s₂)). */
  readonly mark: string;
  /** The gradient flowing back from E. */
  readonly flow: string;
  /** Stroke colour of each kind (nodes, edges, flow segments). */
  readonly stroke: Readonly<Record<TermKind, string>>;
  /** Text colour of each kind (formula factors, labels). */
  readonly text: Readonly<Record<TermKind, string>>;
}

/** Minimum contrast on the background, per theme: strokes (graphics) and text. */
export const CONTRAST_TARGETS: Readonly<Record<ThemeName, { stroke: number; text: number }>> = {
  light: { stroke: 3, text: 4.5 },
  dark: { stroke: 3, text: 4.5 },
  contrast: { stroke: 4.5, text: 7 },
};

export const THEMES: Readonly<Record<ThemeName, ThemeColors>> = {
  light: {
    bg: '#FFFFFF',
    fg: '#1A1A1A',
    muted: '#5C5C5C',
    panel: '#F4F4F4',
    dim: '#6E6E6E',
    dimStroke: '#8C8C8C',
    mark: '#D00000',
    flow: '#D55E00',
    stroke: {
      E: '#D55E00',
      yhat: '#9A922A',
      s: '#C08400',
      W: '#0072B2',
      U: '#009E73',
      V: '#C776A3',
      x: '#6B6B6B',
      jac: '#4897C4',
      imm: '#C08400',
    },
    text: {
      E: '#B35000',
      yhat: '#76701F',
      s: '#946600',
      W: '#0072B2',
      U: '#00805D',
      V: '#9C5B80',
      x: '#4D4D4D',
      jac: '#38759A',
      imm: '#946600',
    },
  },
  dark: {
    bg: '#1E1E1E',
    fg: '#EDEDED',
    muted: '#B0B0B0',
    dim: '#9C9C9C',
    dimStroke: '#6F6F6F',
    panel: '#2B2B2B',
    mark: '#FF6B6B',
    flow: '#E0701A',
    stroke: {
      E: '#E0701A',
      yhat: '#F0E442',
      s: '#E69F00',
      W: '#3D8FD1',
      U: '#009E73',
      V: '#CC79A7',
      x: '#A8A8A8',
      jac: '#56B4E9',
      imm: '#E69F00',
    },
    text: {
      E: '#E58236',
      yhat: '#F0E442',
      s: '#E69F00',
      W: '#5AA2DD',
      U: '#00A87A',
      V: '#CC79A7',
      x: '#C4C4C4',
      jac: '#56B4E9',
      imm: '#E69F00',
    },
  },
  contrast: {
    bg: '#FFFFFF',
    fg: '#000000',
    muted: '#333333',
    dim: '#666666',
    dimStroke: '#8C8C8C',
    panel: '#F0F0F0',
    mark: '#B20000',
    flow: '#C05500',
    stroke: {
      E: '#C05500',
      yhat: '#7E7723',
      s: '#9C6C00',
      W: '#0072B2',
      U: '#008561',
      V: '#A26085',
      x: '#555555',
      jac: '#3B7BA0',
      imm: '#9C6C00',
    },
    text: {
      E: '#903F00',
      yhat: '#5D591A',
      s: '#745000',
      W: '#005B8F',
      U: '#006448',
      V: '#794763',
      x: '#333333',
      jac: '#2C5C78',
      imm: '#745000',
    },
  },
};

/** CSS class of a kind, shared by SVG elements and KaTeX's \htmlClass spans. */
export function termClass(kind: TermKind): TermClass {
  return `term-${kind}`;
}

/** CSS custom property holding a kind's stroke colour, e.g. --c-W. */
export function strokeVar(kind: TermKind): string {
  return `--c-${kind}`;
}

/** CSS custom property holding a kind's text colour, e.g. --t-W. */
export function textVar(kind: TermKind): string {
  return `--t-${kind}`;
}

/** The other custom properties diagram.css defines per theme. */
export const THEME_VARS = {
  bg: '--dg-bg',
  fg: '--dg-fg',
  muted: '--dg-muted',
  panel: '--dg-panel',
  dim: '--dg-dim',
  dimStroke: '--dg-dim-stroke',
  mark: '--c-mark',
  flow: '--c-flow',
} as const;

/** The term kind whose colour an element of the diagram takes ('loss' is E's). */
export function elementTerm(kind: ElementKind): TermKind {
  return kind === 'loss' ? 'E' : kind;
}

/** Second cue of each edge kind: its SVG stroke-dasharray (undefined = solid). */
export const EDGE_DASH: Readonly<Record<'U' | 'W' | 'V' | 'loss', string | undefined>> = {
  W: undefined,
  U: '14 7',
  V: '4 7',
  loss: '16 6 4 6',
};

/** Second cue of each node kind: its shape. */
export const NODE_SHAPE: Readonly<Record<'x' | 's' | 'yhat' | 'E', NodeShape>> = {
  x: 'square',
  s: 'circle',
  yhat: 'roundrect',
  E: 'diamond',
};
export type NodeShape = 'square' | 'circle' | 'roundrect' | 'diamond';

/** Second cue of each factor in a formula: the style of its underline (see diagram.css). */
export const UNDERLINE: Readonly<Record<TermKind, 'solid' | 'dashed' | 'dotted' | 'double'>> = {
  E: 'solid',
  yhat: 'dotted',
  s: 'solid',
  W: 'double',
  U: 'dashed',
  V: 'dotted',
  x: 'dashed',
  jac: 'double',
  imm: 'dotted',
};

function channel(c: number): number {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #RRGGBB colours, in [1, 21]. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
