/**
 * Building links on the schema: a page's address with chosen properties, and the length a link
 * may have.
 */
import { formatFragment, withQuery, type FragmentState } from './read';
import type { UrlState } from './schema';

/**
 * The longest URL Chromium opens (its kMaxURLChars, 2 MiB); Firefox and Safari take longer ones.
 * A model is always in the fragment, which no server sees, so servers' limits (often 8–16 KiB
 * for a request line) do not apply.
 */
export const MAX_LINK_LENGTH = 2 * 1024 * 1024;

/** The page's address without query or hash. */
export function pageBase(loc: Pick<Location, 'origin' | 'protocol' | 'pathname'>): string {
  const { origin, protocol, pathname } = loc;
  return `${origin === 'null' ? `${protocol}//` : origin}${pathname}`;
}

/** `base` (its own query and hash dropped) with the query's and the fragment's properties. */
export function buildLink(
  base: string,
  query: Partial<UrlState>,
  fragment: Partial<FragmentState>,
): string {
  const url = new URL(base);
  const page = `${url.origin === 'null' ? `${url.protocol}//` : url.origin}${url.pathname}`;
  return `${page}${withQuery('', query)}${formatFragment(fragment)}`;
}

/** Whether every browser the app supports opens a link this long. */
export function fitsInLink(link: string): boolean {
  return link.length <= MAX_LINK_LENGTH;
}
