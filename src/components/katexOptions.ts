/**
 * KaTeX options, shared by the Formula component and the tests. Only \htmlClass with a term-…
 * class is trusted (the formula ↔ diagram links); every other trusted command (\href,
 * \includegraphics, \htmlStyle, \htmlData, \htmlId) stays off.
 */
import type { KatexOptions, StrictFunction, TrustContext } from 'katex';

/** The classes \htmlClass may set: term-E, term-yhat, term-jac, term-mark, … */
export const TERM_CLASS_PATTERN = /^term-[A-Za-z0-9-]+$/;

export function trustTermClass(context: TrustContext): boolean {
  return context.command === '\\htmlClass' && TERM_CLASS_PATTERN.test(context.class);
}

/** The app: \htmlClass is allowed silently; anything else non-standard is warned about. */
const appStrict: StrictFunction = (code) => (code === 'htmlExtension' ? 'ignore' : 'warn');

/** The tests: everything non-standard except \htmlClass is an error. */
const testStrict: StrictFunction = (code) => (code === 'htmlExtension' ? 'ignore' : 'error');

const BASE: KatexOptions = {
  output: 'htmlAndMathml',
  trust: trustTermClass,
  /** Fraction bars thick enough to survive a projector (KaTeX's normal is 0.04 em). */
  minRuleThickness: 0.06,
  maxExpand: 1000,
};

/** What the app renders with: a bad formula shows as red source, never as an exception. */
export const KATEX_OPTIONS: Readonly<KatexOptions> = Object.freeze({
  ...BASE,
  throwOnError: false,
  strict: appStrict,
});

/** What the tests parse with: any error or non-standard input throws. */
export const KATEX_TEST_OPTIONS: Readonly<KatexOptions> = Object.freeze({
  ...BASE,
  throwOnError: true,
  strict: testStrict,
});
