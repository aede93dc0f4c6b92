/**
 * Soak: 2,000 rapid key presses and 200 model changes with the animations on, then back where it
 * started. After a garbage collection the JS heap is within 10% of where it was, the DOM holds no
 * more nodes than before (detached ones included), and nothing was logged as an error.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';

test.use({ reducedMotion: 'no-preference' });

const KEYS = ['ArrowRight', 'ArrowRight', 'PageDown', ' ', 'n', 'ArrowLeft', 'p', 'End', 'Home'];

interface Memory {
  readonly heap: number;
  /** Live DOM nodes, detached ones included (the engine's counter). */
  readonly nodes: number;
  /** Elements in the document. */
  readonly elements: number;
  readonly listeners: number;
}

/** Heap and DOM counters after two full collections. */
async function measure(page: Page, cdp: CDPSession): Promise<Memory> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heap: usedSize, nodes: dom.nodes, elements, listeners: dom.jsEventListeners };
}

/** `count` key presses dispatched in bursts of 20 per frame, as a held key or a clicker does. */
async function pressKeys(page: Page, count: number, seed: number) {
  await page.evaluate(
    async ({ count, seed, keys }) => {
      let x = seed;
      for (let i = 0; i < count; i += 20) {
        for (let j = i; j < Math.min(count, i + 20); j++) {
          x = (x * 1103515245 + 12345) % 2147483648;
          const key = keys[x % keys.length];
          window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
    },
    { count, seed, keys: KEYS },
  );
}

/** `count` changes of σ_max(W) through its slider (a new model each), a frame apart. */
async function changeModel(page: Page, count: number) {
  await page.evaluate(async (count) => {
    const input = document.querySelector<HTMLInputElement>('input[data-field="sigmaW"]');
    if (!input) throw new Error('no σ_max(W) control');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const lo = Number(input.min) || 0;
    const hi = Number(input.max) || 2;
    for (let i = 0; i < count; i++) {
      setValue.call(input, String(lo + ((hi - lo) * ((i * 37) % 100)) / 100));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
  }, count);
}

async function mode(page: Page, m: 'lesson' | 'explore') {
  await page.locator(`[data-testid="mode-switch"] [data-mode="${m}"]`).click();
  if (m === 'explore') await expect(page.getByTestId('explore-main')).toBeVisible();
  else await expect(page.locator('.step-panel')).toBeVisible();
}

/** The same state every time: the default preset, the first step of the lesson. */
async function home(page: Page) {
  await mode(page, 'explore');
  await page.locator('[data-preset="default"]').first().click();
  await mode(page, 'lesson');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Home');
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step', '1');
  await page.waitForTimeout(300);
}

test('2,000 key presses and 200 model changes leave no growth and no error', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.context().newCDPSession(page);
  await page.goto('/?lang=en#/1/0');
  await expect(page.locator('svg.dg-svg .dg-node').first()).toBeVisible();

  // Warm up: every step and a run of models fill the caches (rendered formulas, lazy chunks)
  // and let the engine settle its compiled code (a shorter warm-up shows ~10% of JIT growth).
  await pressKeys(page, 1000, 1);
  await mode(page, 'explore');
  await changeModel(page, 100);
  await home(page);
  const before = await measure(page, cdp);

  for (let round = 0; round < 5; round++) {
    await pressKeys(page, 400, round + 2);
    await mode(page, 'explore');
    await changeModel(page, 40);
    await mode(page, 'lesson');
  }
  await home(page);
  const after = await measure(page, cdp);

  const report = `heap ${(before.heap / 1e6).toFixed(1)} → ${(after.heap / 1e6).toFixed(1)} MB, nodes ${before.nodes} → ${after.nodes}, elements ${before.elements} → ${after.elements}, listeners ${before.listeners} → ${after.listeners}`;
  test.info().annotations.push({ type: 'soak', description: report });
  console.log(`soak: ${report}`);
  expect(after.heap, report).toBeLessThanOrEqual(before.heap * 1.1);
  expect(after.nodes, report).toBeLessThanOrEqual(before.nodes);
  expect(after.elements, report).toBeLessThanOrEqual(before.elements);
  expect(after.listeners, report).toBeLessThanOrEqual(before.listeners);
  expect(errors).toEqual([]);
});
