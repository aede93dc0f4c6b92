// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTROL_IDS } from '../../../src/url/values';
import {
  formatFragment,
  PROP_NAMES,
  propOf,
  PROPS,
  readUrl,
  withQuery,
  type PropName,
  type UrlState,
} from '../../../src/url';

const segment = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const text = fc.string({ maxLength: 80 });

/** Every value each property can hold (the domain its round trip is claimed on). */
const VALUES: { [K in PropName]: fc.Arbitrary<UrlState[K]> } = {
  lang: fc.constantFrom(null, 'ru', 'en'),
  theme: fc.constantFrom(null, 'light', 'dark', 'contrast'),
  target: fc.option(fc.nat({ max: 9999 })),
  hide: fc.subarray([...CONTROL_IDS]),
  view: fc.constantFrom('app', 'presenter', 'print'),
  deck: fc.option(segment),
  print: fc.boolean(),
  mode: fc.constantFrom('lesson', 'explore'),
  queryModel: fc.option(text),
  position: fc.option(fc.record({ step: segment, sub: fc.option(segment) })),
  model: fc.option(text),
  seed: fc.option(fc.nat({ max: 999_999_999 })),
  room: fc.option(segment),
};

const state: fc.Arbitrary<UrlState> = fc.record(VALUES) as fc.Arbitrary<UrlState>;

/** A property's values as the URL holds them: none, or its serialized text. */
function asValues(name: PropName, v: unknown): string[] {
  const t = propOf(name).serialize(v as never);
  return t === null ? [] : [t];
}

describe('the URL schema', () => {
  it('declares each property once, with a default that is left out of the URL', () => {
    expect([...PROP_NAMES].sort()).toEqual(Object.keys(VALUES).sort());
    for (const name of PROP_NAMES) {
      const p = propOf(name);
      expect(p.serialize(p.default), name).toBeNull();
      expect(p.parse([]), name).toEqual(p.default);
    }
    // A key is used once per place.
    const keys = PROP_NAMES.map((n) => `${PROPS[n].place}:${PROPS[n].name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  for (const name of PROP_NAMES) {
    it(`${name}: parse(serialize(x)) is x, serialize(parse(s)) is s for what it writes`, () => {
      fc.assert(
        fc.property(VALUES[name], (x) => {
          const p = propOf(name);
          const values = asValues(name, x);
          expect(p.parse(values)).toEqual(x);
          const written = p.serialize(x);
          if (written !== null) expect(p.serialize(p.parse([written]) as never)).toBe(written);
        }),
      );
    });

    it(`${name}: any text parses without throwing, and its value writes back to itself`, () => {
      fc.assert(
        fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }), (raw) => {
          const p = propOf(name);
          const v = p.parse(raw);
          if (v === undefined) return;
          const again = p.serialize(v as never);
          expect(p.parse(again === null ? [] : [again])).toEqual(v);
        }),
      );
    });
  }

  it('a whole state round-trips through a query and a fragment', () => {
    fc.assert(
      fc.property(state, (s) => {
        const search = withQuery('', s);
        const hash = formatFragment(s);
        expect(readUrl(search, hash)).toEqual({ state: s, invalid: [] });
        // And what it reads writes back the same text.
        const back = readUrl(search, hash).state;
        expect(withQuery('', back)).toBe(search);
        expect(formatFragment(back)).toBe(hash);
      }),
    );
  });

  it('a rewrite keeps the other pairs as written, and drops defaults', () => {
    const q = '?lang=ru&model=eyJ9&x=%41&hide=stepList,explore';
    expect(withQuery(q, { mode: 'explore' })).toBe(`${q}&mode=explore`);
    expect(withQuery(`${q}&mode=explore`, { mode: 'lesson' })).toBe(q);
    expect(withQuery(q, { lang: 'en', queryModel: null })).toBe(
      '?lang=en&x=%41&hide=stepList,explore',
    );
    expect(withQuery('?__proto__=1&constructor', { lang: 'en' })).toBe(
      '?__proto__=1&constructor&lang=en',
    );
  });

  it('reports the unusable properties worth a notice', () => {
    expect(readUrl('?target=zz&lang=fr&theme=neon', '').invalid).toEqual(['target']);
    expect(readUrl('', '#/x?room=a%20b').invalid).toEqual([]);
  });

  it('the fragment: path, then its parameters', () => {
    const hash = formatFragment({
      position: { step: 'sum-over-k', sub: 'k-1' },
      model: 'z.AbC_-',
      seed: 42,
      room: 'r1',
    });
    expect(hash).toBe('#/sum-over-k/k-1?model=z.AbC_-&seed=42&room=r1');
    expect(formatFragment({ position: { step: 'title', sub: null } })).toBe('#/title');
    expect(readUrl('', '#/8/3?model=abc').state).toMatchObject({
      position: { step: '8', sub: '3' },
      model: 'abc',
    });
  });
});
