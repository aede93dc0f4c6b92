import { withQuery } from '../url';

/** The exercise sheet of this page's model, target and seed: the same address with `?view=sheet`. */
export function sheetHref(loc: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  return `${loc.pathname}${withQuery(loc.search, { view: 'sheet', print: false })}${loc.hash}`;
}
