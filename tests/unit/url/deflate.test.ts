// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomModel } from '../../../src/model';
import { modelToJson } from '../../../src/model/io/parse';
import { base64UrlEncode, encodeModelParam, PACKED_PREFIX } from '../../../src/model/io/urlcodec';
import { decodeModelLink, encodeModelLink } from '../../../src/url';
import { deflateRaw, MAX_INFLATED_BYTES } from '../../../src/url/deflate';

describe('the model packed for the fragment', () => {
  it('round-trips every model, and is shorter than the old base64url JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.nat(),
          T: fc.integer({ min: 1, max: 8 }),
          H: fc.integer({ min: 1, max: 6 }),
          D: fc.integer({ min: 1, max: 6 }),
          K: fc.integer({ min: 1, max: 6 }),
        }),
        async (o) => {
          const m = randomModel(o);
          const text = await encodeModelLink(m);
          expect(text.startsWith(PACKED_PREFIX)).toBe(true);
          expect(text).toMatch(/^z\.[A-Za-z0-9_-]+$/);
          const back = await decodeModelLink(text);
          expect(back.ok && modelToJson(back.model)).toEqual(modelToJson(m));
        },
      ),
      { numRuns: 40 },
    );
    const britz = randomModel({ seed: 1, T: 10, H: 10, D: 100, K: 100 });
    const packed = await encodeModelLink(britz);
    expect(packed.length).toBeLessThan(encodeModelParam(britz).length / 2);
  });

  it('still reads the old plain base64url JSON', async () => {
    const m = randomModel({ seed: 2, T: 3, H: 2, D: 2, K: 2 });
    const r = await decodeModelLink(encodeModelParam(m));
    expect(r.ok && modelToJson(r.model)).toEqual(modelToJson(m));
  });

  it('a damaged, cut or oversized link is a FieldError, never a throw', async () => {
    const m = randomModel({ seed: 2, T: 3, H: 2, D: 2, K: 2 });
    const text = await encodeModelLink(m);
    for (const bad of [
      'z.',
      'z.!!',
      text.slice(0, text.length - 12),
      `${PACKED_PREFIX}${base64UrlEncode(new Uint8Array([255, 255, 255, 7]))}`,
    ]) {
      const r = await decodeModelLink(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.errors[0].field).toBe('?model');
    }
    // A crafted link that inflates past the limit is cut off.
    const zeros = await deflateRaw(new Uint8Array(MAX_INFLATED_BYTES + 1024));
    const bomb = await decodeModelLink(PACKED_PREFIX + base64UrlEncode(zeros));
    expect(bomb.ok).toBe(false);
  });
});
