/**
 * Russian typography by rule, in one place: format() applies it to every Russian string as
 * rendered (after its placeholders are filled), so that no catalog types a no-break space by hand.
 *
 * - a no-break space (U+00A0) after a one-letter word («в окне», «и W», «(с тем же»);
 * - a no-break space before an em dash («слово — слово»; the space after it stays breakable);
 * - a no-break space between a number and the word or unit after it («13,5 %», «5 шагов»);
 * - no-break spaces around an operator between short operands («n + 1», «k ≥ t − n», «T = 4»,
 *   «0 … 5», «s₁ → s₂»), and after a leading Σ or ∂;
 * - a non-breaking hyphen (U+2011) between a single letter or digit and a short Russian ending
 *   («k‑е», «i‑й», «t‑го»);
 * - ASCII double quotes as « » (nested: „ “), when they pair up.
 *
 * A pure function of the text: idempotent (it only turns ordinary spaces, hyphens and ASCII quotes
 * into their typeset forms, each decided by the words around it, which it does not change), and
 * English is left as it is. The decimal separator is number.ts's business, not this one's.
 */
import type { Lang } from './languages';

export const NBSP = '\u00a0';
export const NB_HYPHEN = '\u2011';

/** What separates words: an ordinary space, a no-break one, thin spaces, line breaks. */
function isSpace(c: string): boolean {
  return c === ' ' || c === NBSP || c === '\u2009' || c === '\u202f' || c === '\n' || c === '\t';
}

/** A one-letter word, after opening punctuation if any: «в», «(с», «„и». */
const ONE_LETTER = /^[(«„"'[{]*[а-яёА-ЯЁ]$/;
/** A number as written in prose: −1, 13,5, 1.5, ±1,8, 10⁻⁷ (not a sentence's last word «0.»). */
const NUMBER = /^[(«„]*[−±+~≈]?\d(?:[\d,.]*\d)?[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]*$/;
/** What a number binds to on its right: a Russian word, or a percent or degree sign. */
const AFTER_NUMBER = /^[«]?[а-яёА-ЯЁ%‰°]/;
/** An operator written between spaces: «=», «≤», «−», «(<» (as in «(< 10⁻⁷)»). */
const OPERATOR = /^\(?[=≠≈≤≥<>+−×·…→∈/]$/;
/** Prefix symbols bound to what follows: «Σ Eₜ». */
const PREFIX = /^\(?[Σ∂]$/;
/** A prose word inside a token: four Russian letters in a row. */
const PROSE = /[а-яёА-ЯЁ]{4}/;

/** The longest operand still "short" (a symbol, a number, σₘₐₓ(W), max(|a|,). */
const SHORT = 12;

function isOperator(token: string): boolean {
  return token.length <= 2 && OPERATOR.test(token);
}

function isShortOperand(token: string): boolean {
  if (token.length > SHORT || PROSE.test(token)) return false;
  return !isOperator(token) && token !== '—' && token !== '–';
}

/** Whether the ordinary space between words `left` and `right` must not break. */
function binds(left: string, right: string): boolean {
  if (right.charCodeAt(0) === 0x2014) return true; // —
  if (left.length <= 3 && (ONE_LETTER.test(left) || PREFIX.test(left))) return true;
  if (isOperator(left)) return isShortOperand(right);
  if (isOperator(right)) return isShortOperand(left);
  return NUMBER.test(left) && AFTER_NUMBER.test(right);
}

/** The ordinary spaces that must not break, as no-break spaces. */
function spaces(s: string): string {
  if (!s.includes(' ')) return s;
  // The text as words and what separates them: words[i], seps[i], words[i + 1], …
  const words: string[] = [];
  const seps: string[] = [];
  let i = 0;
  for (;;) {
    let j = i;
    while (j < s.length && !isSpace(s[j])) j++;
    words.push(s.slice(i, j));
    if (j >= s.length) break;
    let k = j;
    while (k < s.length && isSpace(s[k])) k++;
    seps.push(s.slice(j, k));
    i = k;
  }
  let out = words[0];
  for (let w = 0; w < seps.length; w++) {
    const left = words[w];
    const right = words[w + 1];
    const sep = seps[w];
    out += (sep === ' ' && left !== '' && right !== '' && binds(left, right) ? NBSP : sep) + right;
  }
  return out;
}

/** «k-е», «i-й», «t★-го», «3-й»: a single letter or digit, a hyphen, a short Russian ending. */
const SHORT_ENDING = /(^|[^\p{L}\p{N}\u2011-])([\p{L}\p{N}][★′]?)-([а-яё]{1,3})(?![\p{L}\p{N}])/gu;

function hyphens(s: string): string {
  return s.includes('-') ? s.replace(SHORT_ENDING, `$1$2${NB_HYPHEN}$3`) : s;
}

/** ASCII double quotes, when they pair up, as « » (and „ “ inside « »). */
function quotes(s: string): string {
  if (!s.includes('"')) return s;
  let count = 0;
  for (const c of s) if (c === '"') count++;
  if (count % 2 !== 0) return s;
  const open: string[] = [];
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '«' || c === '„') open.push(c);
    else if ((c === '»' && open.at(-1) === '«') || (c === '“' && open.at(-1) === '„')) open.pop();
    if (c !== '"') {
      out += c;
      continue;
    }
    const prev = i > 0 ? s[i - 1] : ' ';
    const opening = isSpace(prev) || '([{«„—–'.includes(prev);
    if (opening) {
      const q = open.length > 0 ? '„' : '«';
      open.push(q);
      out += q;
    } else {
      const q = open.pop() === '„' ? '“' : '»';
      out += q;
    }
  }
  return out;
}

/** The text typeset by the language's rules (English: as it is). */
export function typeset(lang: Lang, text: string): string {
  if (lang !== 'ru') return text;
  return spaces(hyphens(quotes(text)));
}

/** Typeset strings by their text: the templates without placeholders, and recent results. */
const CACHE = new Map<string, string>();
const CACHE_MAX = 4000;

/**
 * typeset, remembering its results: a catalog's constant strings are typeset once, and a label
 * filled again with the same numbers is not typeset again. The cache forgets everything when full.
 */
export function typesetCached(lang: Lang, text: string): string {
  if (lang !== 'ru') return text;
  let done = CACHE.get(text);
  if (done === undefined) {
    done = typeset(lang, text);
    if (CACHE.size >= CACHE_MAX) CACHE.clear();
    CACHE.set(text, done);
  }
  return done;
}
