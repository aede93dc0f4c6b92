/** Strict KaTeX parsing for the lesson's tests. */
import katex from 'katex';
import { KATEX_TEST_OPTIONS } from '../../../src/components/katexOptions';

/**
 * Renders TeX with throwOnError and strict errors (except \htmlClass); throws when KaTeX rejects
 * it or when the output holds error markup (an untrusted \htmlClass renders in #cc0000 without
 * throwing).
 */
export function renderStrict(tex: string, displayMode = true): string {
  const html = katex.renderToString(tex, { ...KATEX_TEST_OPTIONS, displayMode });
  if (html.includes('katex-error') || html.toLowerCase().includes('#cc0000')) {
    throw new Error(`KaTeX error markup for: ${tex}`);
  }
  return html;
}

/** The classes set by \htmlClass{…} in a TeX string. */
export function htmlClassesOf(tex: string): string[] {
  return [...tex.matchAll(/\\htmlClass\{([^}]*)\}/g)].map((m) => m[1]);
}
