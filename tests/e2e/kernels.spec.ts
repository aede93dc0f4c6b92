/**
 * The core's WebAssembly kernels in a real browser: for each cell, a model whose shapes take the
 * fused passes (T and K multiples of 4, H of 8) opens in the explore mode, and the loss on screen
 * is the core's in Node to the last bit, with the kernels (the fused passes ran: their work memory,
 * a second instance of the kernels' module, is made when first used) and on a page without
 * WebAssembly at all, where the scalar loops run instead.
 */
import { expect, test, type Page } from '@playwright/test';
import { installFullCore, lossOf, randomModel, type CellKind } from '../../src/model';
import { encodeModelLink } from '../../src/url/deflate';
import { collectErrors } from './pageErrors';

// The gated cells (the app loads them with what makes such a model).
installFullCore();

/**
 * Counts the instances of the kernels' module (vectors.wat) the page makes (window.__instances),
 * or removes WebAssembly.
 */
function instrument(page: Page, withWasm: boolean) {
  return page.addInitScript((keep: boolean) => {
    const w = globalThis as unknown as { WebAssembly?: typeof WebAssembly; __instances: number };
    w.__instances = 0;
    if (!keep) {
      delete w.WebAssembly;
      return;
    }
    const Original = WebAssembly.Instance;
    w.WebAssembly!.Instance = new Proxy(Original, {
      construct(target, args) {
        // Instances of vectors.wat, whose exports include the fused passes'.
        const names = WebAssembly.Module.exports(args[0] as WebAssembly.Module).map((e) => e.name);
        if (names.includes('rnn_tanh')) w.__instances++;
        return Reflect.construct(target, args) as object;
      },
    });
  }, withWasm);
}

for (const cell of ['rnn', 'gru', 'lstm'] as const satisfies readonly CellKind[])
  for (const withWasm of [true, false])
    test(`${cell} (8, 8): the loss on screen is Node's, ${withWasm ? 'on the kernels' : 'without WebAssembly'}`, async ({
      page,
    }) => {
      const errors = collectErrors(page);
      const model = randomModel({ seed: 5, T: 8, H: 8, D: 8, K: 8, cell, biases: 'random' });
      await instrument(page, withWasm);
      // The model in the fragment (packed), which never reaches the server.
      await page.goto(`/?lang=en&mode=explore#/title?model=${await encodeModelLink(model)}`);
      const status = page.getByTestId('training-status');
      await expect(status).toBeAttached();
      await expect(page.locator('.xp-network')).toHaveAttribute('data-cell', cell);
      const expected = lossOf(model);
      await expect.poll(async () => Number(await status.getAttribute('data-loss'))).toBe(expected);
      const instances = await page.evaluate(
        () => (globalThis as { __instances?: number }).__instances,
      );
      // The kernels' instance and a second one, the fused passes' work memory, made when first used.
      if (withWasm) expect(instances, 'the kernels and their work memory').toBe(2);
      else {
        expect(instances).toBe(0);
        expect(
          await page.evaluate(() => typeof (globalThis as { WebAssembly?: unknown }).WebAssembly),
        ).toBe('undefined');
      }
      expect(errors).toEqual([]);
    });
