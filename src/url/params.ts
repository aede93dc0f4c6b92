/**
 * `a=1&b=x,y` parameter lists, for the query and for the fragment's own parameters. Written here
 * rather than with URLSearchParams because a rewrite must keep every other pair's text as it was
 * (a model of a megabyte is not decoded and re-encoded to change `lang`), and because a pair that
 * is not correctly percent-encoded must not throw.
 */

export interface Pair {
  /** The decoded key (the raw text when it is not correctly percent-encoded). */
  readonly key: string;
  /** The decoded value ('' for a bare key; the raw text when not correctly percent-encoded). */
  readonly value: string;
  /** The pair's text as found. */
  readonly raw: string;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The pairs of `?a=1&b` or `a=1&b` (a leading `?` is dropped; empty pairs are skipped). */
export function splitPairs(text: string): Pair[] {
  if (typeof text !== 'string') return [];
  const body = text.startsWith('?') ? text.slice(1) : text;
  const out: Pair[] = [];
  for (const raw of body.split('&')) {
    if (raw === '') continue;
    const eq = raw.indexOf('=');
    const key = decode(eq < 0 ? raw : raw.slice(0, eq));
    const value = eq < 0 ? '' : decode(raw.slice(eq + 1));
    out.push({ key, value, raw });
  }
  return out;
}

/** Every value of a key, in order. */
export function valuesOf(pairs: readonly Pair[], key: string): string[] {
  return pairs.filter((p) => p.key === key).map((p) => p.value);
}

/**
 * A value in a URL: percent-encoded except for the characters that are safe and keep links
 * readable (`,` in lists, `.` `-` `_` `~` in base64url and ids).
 */
export function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',');
}

/**
 * The pairs with some keys set (a string) or removed (null). A key set that is already present
 * keeps its place (its first occurrence; repeats are dropped); a new one goes to the end. The
 * other pairs keep their text. Returns the text without a leading `?`.
 */
export function withPairs(text: string, changes: Readonly<Record<string, string | null>>): string {
  const done = new Set<string>();
  const out: string[] = [];
  for (const p of splitPairs(text)) {
    if (!Object.hasOwn(changes, p.key)) {
      out.push(p.raw);
      continue;
    }
    const v = changes[p.key];
    if (v === null || done.has(p.key)) continue;
    done.add(p.key);
    out.push(`${encodeValue(p.key)}=${encodeValue(v)}`);
  }
  for (const [k, v] of Object.entries(changes)) {
    if (v !== null && !done.has(k)) out.push(`${encodeValue(k)}=${encodeValue(v)}`);
  }
  return out.join('&');
}
