/**
 * Fuzzing in the browser (fast-check): random and malformed URL state (step, language, theme,
 * model, hidden controls, target, view, mode), imported model files, and presenter-channel
 * messages. The app always shows the lesson or a clear message: never a blank page, never an
 * uncaught error, never a failed panel.
 */
import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { CONTROL_IDS } from '../../src/url/values';
import { modelToJson } from '../../src/model/io/parse';
import { base64UrlEncode, encodeModelParam, utf8Encode } from '../../src/model/io/urlcodec';
import { randomModel, type RnnModel } from '../../src/model';

/** Page errors and console errors since the last call. */
function watch(page: Page): () => string[] {
  let errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return () => {
    const out = errors;
    errors = [];
    return out;
  };
}

/** The page shows something readable: the lesson, another view, or a message. */
async function expectAlive(page: Page, what: string) {
  await expect(page.locator('#root > *').first(), what).toBeVisible();
  const text = await page.evaluate(() => document.body.innerText.trim().length);
  expect(text, `${what}: visible text`).toBeGreaterThan(20);
  await expect(page.locator('.panel-error'), `${what}: a failed panel`).toHaveCount(0);
}

const weight = fc.oneof(
  fc.double({ min: -3, max: 3, noNaN: true }),
  fc.constantFrom(0, 1e308, -1e308, 5e-324, 1e200, -1e-300),
);

/** A small model of random shape with wild weights, or with one field broken. */
const modelJson: fc.Arbitrary<unknown> = fc
  .record({
    T: fc.integer({ min: 1, max: 6 }),
    H: fc.integer({ min: 1, max: 4 }),
    D: fc.integer({ min: 1, max: 4 }),
    K: fc.integer({ min: 1, max: 4 }),
    seed: fc.nat(1000),
    activation: fc.constantFrom('tanh', 'relu', 'sigmoid', 'linear'),
    wild: fc.array(weight, { minLength: 1, maxLength: 8 }),
    breakField: fc.option(
      fc.constantFrom('U', 'W', 'V', 'inputs', 'targets', 'activation', 'truncate', 'initialState'),
    ),
    breakWith: fc.jsonValue(),
  })
  .map((r) => {
    const m: RnnModel = randomModel({ ...r, activation: r.activation as RnnModel['activation'] });
    const json = modelToJson(m) as unknown as Record<string, unknown>;
    const W = json.W as number[][];
    r.wild.forEach((v, i) => (W[i % W.length][i % W[0].length] = v));
    if (r.breakField) json[r.breakField] = r.breakWith;
    return json;
  });

const b64 = (text: string) => base64UrlEncode(utf8Encode(text));

const modelParam = fc.oneof(
  fc.string(),
  fc.uint8Array({ maxLength: 64 }).map((b) => base64UrlEncode(b)),
  fc.jsonValue().map((v) => b64(JSON.stringify(v))),
  modelJson.map((j) => b64(JSON.stringify(j))),
  fc.constant(encodeModelParam(randomModel({ seed: 2, T: 5, H: 3, D: 3, K: 3 }))),
);

const urlState = fc.record(
  {
    hash: fc.oneof(
      fc.string(),
      fc
        .tuple(fc.integer({ min: -3, max: 2_000_000 }), fc.integer({ min: -3, max: 99_999 }))
        .map(([a, b]) => `#/${a}/${b}`),
      fc.constantFrom('#/sum-over-k/2', '#//', '#/%E0%A4%A', '#/1e3/NaN', '#/12/0', '#'),
    ),
    lang: fc.oneof(fc.constantFrom('ru', 'en', ' EN ', 'de', ''), fc.string()),
    theme: fc.oneof(fc.constantFrom('light', 'dark', 'contrast', 'neon'), fc.string()),
    hide: fc.oneof(
      fc.array(fc.constantFrom(...CONTROL_IDS, 'bogus', '')).map((a) => a.join(',')),
      fc.string(),
    ),
    target: fc.oneof(fc.nat(100_000).map(String), fc.string()),
    view: fc.constantFrom('presenter', 'print', 'app', 'x'),
    print: fc.constantFrom('1', '0', 'false', ''),
    mode: fc.constantFrom('explore', 'lesson', 'x'),
    model: modelParam,
  },
  { requiredKeys: ['hash'] },
);

function urlOf(s: Readonly<Record<string, unknown>>): string {
  const q = Object.entries(s)
    .filter(([k, v]) => k !== 'hash' && v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  const raw = String(s.hash);
  const hash = raw.startsWith('#') ? raw : `#${encodeURIComponent(raw)}`;
  return `/?${q}${hash}`;
}

test('random and malformed URL state: the lesson or a clear message, never an error', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors = watch(page);
  await fc.assert(
    fc.asyncProperty(urlState, async (state) => {
      const url = urlOf(state);
      await page.goto('about:blank');
      await page.goto(url);
      await expectAlive(page, url);
      // Still a working lesson when it is one: the keys move it.
      if (await page.locator('.step-panel').isVisible()) {
        await page.keyboard.press('End');
        await expect(page.locator('.step-panel')).toHaveAttribute('data-step', /^\d+$/);
      }
      expect(errors(), url).toEqual([]);
    }),
    { numRuns: 30, seed: 0x6b7, endOnFailure: true },
  );
});

test('random and malformed model files: loaded, or refused with a message', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watch(page);
  await page.goto('/?lang=en&mode=explore');
  const input = page.getByTestId('model-file');
  await expect(input).toBeAttached();
  const file = fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v))),
    modelJson.map((j) => Buffer.from(JSON.stringify(j))),
    fc.string().map((s) => Buffer.from(`{"activation":"tanh","U":[[${s}]]}`)),
    fc.constant(Buffer.from('['.repeat(100_000))),
    fc.constant(
      Buffer.from(
        JSON.stringify({ ...modelToJson(randomModel({ seed: 1, T: 300, H: 2, D: 2, K: 2 })) }),
      ),
    ),
  );
  await fc.assert(
    fc.asyncProperty(file, async (buffer) => {
      await input.setInputFiles({ name: 'model.json', mimeType: 'application/json', buffer });
      await expect(page.getByTestId('explore-main')).toBeVisible();
      await expectAlive(page, `file of ${buffer.length} bytes`);
      expect(errors(), buffer.toString('utf8', 0, 120)).toEqual([]);
    }),
    { numRuns: 30, seed: 0x5eed, endOnFailure: true },
  );
  // A broken file is named as such.
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{'),
  });
  await expect(page.getByTestId('import-error')).toBeVisible();
});

test('presenter-channel messages are validated: garbage is ignored, a good state is followed', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const errors = watch(page);
  await page.goto('/?lang=en#/1/0');
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step', '1');
  // The page's channel: its deck's (a page of another tab does not hear it).
  const deck = await page.evaluate(() => sessionStorage.getItem('bptt-deck'));
  const channel = `bptt-deck:${deck}`;
  const peer = await context.newPage();
  await peer.goto('/?view=print&lang=en');
  const valid = {
    type: 'state',
    from: 'peer1',
    seq: 1,
    state: {
      stepIndex: 4,
      sub: 0,
      blackout: false,
      lang: 'en',
      target: 3,
      model: modelToJson(randomModel({ seed: 1, T: 4, H: 3, D: 4, K: 4 })),
    },
  };
  const message = fc.oneof(
    fc.anything(),
    fc.record({
      type: fc.constantFrom('hello', 'state', 'x'),
      from: fc.string(),
      seq: fc.anything(),
      state: fc.anything(),
    }),
    fc.record({
      type: fc.constant('state'),
      from: fc.constant('peer2'),
      seq: fc.nat(),
      state: fc.record({
        stepIndex: fc.oneof(fc.integer(), fc.double(), fc.string()),
        sub: fc.oneof(fc.integer(), fc.constant(-1)),
        blackout: fc.anything(),
        lang: fc.oneof(fc.constantFrom('en', 'ru'), fc.string()),
        target: fc.oneof(fc.integer(), fc.constant(1e9)),
        model: fc.oneof(modelJson, fc.anything()),
      }),
    }),
  );
  const batch = fc.sample(message, { numRuns: 300, seed: 0xbeef });
  // The page's side of the channel opens with a chunk of its own (classroom/sync), which a
  // loaded machine can bring after the first paint: say hello until the page answers with its
  // state (a BroadcastChannel keeps nothing for a listener that is not there yet).
  await peer.evaluate(async (name) => {
    const ch = new BroadcastChannel(name);
    let seq = 0;
    const hello = () => ch.postMessage({ type: 'hello', from: 'probe', seq: ++seq });
    let timer: ReturnType<typeof setInterval> | undefined;
    await new Promise<void>((resolve) => {
      ch.onmessage = (e: MessageEvent) => {
        if ((e.data as { type?: unknown } | null)?.type === 'state') resolve();
      };
      hello();
      timer = setInterval(hello, 100);
    });
    clearInterval(timer);
    ch.close();
  }, channel);
  await peer.evaluate(
    ([name, msgs]) => {
      const ch = new BroadcastChannel(name as string);
      for (const m of msgs as unknown[]) {
        try {
          ch.postMessage(m);
        } catch {
          // Not cloneable: a real peer could not send it either.
        }
      }
    },
    [channel, batch as unknown[]] as const,
  );
  await page.waitForTimeout(500);
  await expectAlive(page, 'after 300 random messages');
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step', /^([1-9]|1[0-2])$/);
  // A well-formed state from a new peer is followed.
  await peer.evaluate(([name, m]) => new BroadcastChannel(name).postMessage(m), [
    channel,
    valid,
  ] as const);
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step', '5');
  expect(errors()).toEqual([]);
});
