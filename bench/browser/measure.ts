/**
 * What the bench measures in the page: load (navigation → first formula and diagram on screen),
 * smoothness of a walk through the lesson with the animation on (requestAnimationFrame deltas and
 * long tasks), and the latency of dragging the σ_max(W) control (input → next painted frame).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * In-page probes, installed before the app's own scripts run. A string, not a function: the
 * TypeScript runner would add helpers to a function's source that the page does not have.
 */
const PROBES = `(() => {
  const bench = { ready: null, painted: null, frames: [], longTasks: [], recording: false, inputs: [] };
  window.__bench = bench;
  const observer = new MutationObserver(() => {
    if (bench.ready !== null) return;
    if (!document.querySelector('.katex') || !document.querySelector('svg.dg-svg .dg-node')) return;
    bench.ready = performance.now();
    observer.disconnect();
    document.fonts.ready.then(() =>
      requestAnimationFrame(() => setTimeout(() => (bench.painted = performance.now()), 0)));
  });
  observer.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      if (!bench.recording) return;
      for (const e of list.getEntries()) bench.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  } catch (e) {}
  let last = 0;
  const frame = (now) => {
    if (bench.recording && last > 0) bench.frames.push(now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // Input → the frame painted after it: the rAF callback precedes the paint; a message posted
  // from it is handled once that frame is done.
  document.addEventListener('input', (e) => {
    const start = e.timeStamp;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => bench.inputs.push(performance.now() - start);
      ch.port2.postMessage(0);
    });
  }, true);
})();`;

/** A model for the page: its file (JSON text) and how many time steps it has. */
export interface ModelFile {
  readonly json: string;
  readonly T: number;
}

/**
 * Opens `url` in a fresh context. With `model`, loads it as a user would, through the explore
 * mode's model-file input (a link cannot carry a large model: servers cap the request line), and
 * comes back to the lesson, where the diagram shows its T columns; `stayInExplore` stays there.
 */
export async function openPage(
  browser: Browser,
  url: string,
  motion: 'reduce' | 'no-preference',
  model?: ModelFile,
  stayInExplore = false,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 900 },
    reducedMotion: motion,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(PROBES);
  if (!model) {
    await page.goto(url);
    await page.waitForSelector('svg.dg-svg .dg-node');
    return { context, page, errors };
  }
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}mode=explore`);
  const input = page.locator('input[type="file"][data-testid="model-file"]').first();
  await input.waitFor({ state: 'attached', timeout: 20_000 });
  await input.setInputFiles({
    name: 'model.json',
    mimeType: 'application/json',
    buffer: Buffer.from(model.json),
  });
  await page.locator('[data-testid="mode-switch"] [data-mode="lesson"]').click();
  await page.waitForFunction(
    (T) => document.querySelector('.dg-root')?.getAttribute('data-steps') === String(T),
    model.T,
    { timeout: 30_000 },
  );
  if (stayInExplore) {
    await page.locator('[data-testid="mode-switch"] [data-mode="explore"]').click();
    await page.locator('[data-testid="explore-main"]').waitFor();
  }
  return { context, page, errors };
}

export interface LoadFigures {
  readonly dcl: number;
  readonly fcp: number;
  readonly ready: number;
  readonly painted: number;
}

/** One cold load (a fresh context, empty cache) of `url`. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const { context, page } = await openPage(browser, url, 'reduce');
  await page.waitForFunction(
    () => (window as unknown as { __bench: { painted: number | null } }).__bench.painted !== null,
    undefined,
    { timeout: 20_000 },
  );
  const f = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { ready: number; painted: number } }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      dcl: nav.domContentLoadedEventEnd,
      fcp: fcp ? fcp.startTime : NaN,
      ready: b.ready,
      painted: b.painted,
    };
  });
  await context.close();
  return f;
}

/** rAF deltas over `ms` with nothing happening on the page. */
export async function measureIdle(browser: Browser, url: string, ms = 2000): Promise<number[]> {
  const { context, page } = await openPage(browser, url, 'no-preference');
  await page.waitForTimeout(500);
  // A string: a function's source would carry the TypeScript runner's helpers into the page.
  const frames = (await page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = 0;
    const t0 = performance.now();
    const tick = (now) => {
      if (last > 0) out.push(now - last);
      last = now;
      if (now - t0 < ${ms}) requestAnimationFrame(tick);
      else resolve(out);
    };
    requestAnimationFrame(tick);
  })`)) as number[];
  await context.close();
  return frames;
}

export interface WalkFigures {
  readonly positions: number;
  readonly frames: readonly number[];
  readonly longTasks: readonly number[];
  readonly errors: readonly string[];
  /** Columns of the diagram (T of the model the page shows). */
  readonly T: number;
}

const position = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('.step-panel');
    return `${p?.getAttribute('data-step')}/${p?.getAttribute('data-sub')}`;
  });

/**
 * Walks from the first position to the last with the arrow key, `dwellMs` at each, the
 * animation on, recording every frame and long task on the way.
 */
export async function measureWalk(
  browser: Browser,
  url: string,
  dwellMs: number,
  model?: ModelFile,
): Promise<WalkFigures> {
  const { context, page, errors } = await openPage(browser, url, 'no-preference', model);
  // From the first position, whatever the model load did to it, with the keys on the page.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Home');
  const T = Number(await page.locator('.dg-root').first().getAttribute('data-steps'));
  await page.evaluate(() => {
    (window as unknown as { __bench: { recording: boolean } }).__bench.recording = true;
  });
  let positions = 1;
  for (let guard = 0; guard < 500; guard++) {
    const before = await position(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(dwellMs);
    if ((await position(page)) === before) break;
    positions++;
  }
  const data = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[]; longTasks: number[] } }).__bench;
    return { frames: b.frames, longTasks: b.longTasks };
  });
  await context.close();
  return { positions, ...data, errors, T };
}

export interface DragFigures {
  readonly latencies: readonly number[];
  readonly longTasks: readonly number[];
  readonly errors: readonly string[];
  readonly found: boolean;
}

/** Drags the σ_max(W) slider across its track in small moves, as a hand would. */
export async function measureSigmaDrag(
  browser: Browser,
  url: string,
  model: ModelFile,
  moves = 40,
): Promise<DragFigures> {
  const { context, page, errors } = await openPage(browser, url, 'no-preference', model, true);
  const slider = page.locator('input[type="range"][data-field="sigmaW"]').first();
  const found = (await slider.count()) > 0 && (await slider.isEnabled().catch(() => false));
  if (!found) {
    await context.close();
    return { latencies: [], longTasks: [], errors, found: false };
  }
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const range = await slider.evaluate((el) => {
    const input = el as HTMLInputElement;
    return { v: Number(input.value), lo: Number(input.min), hi: Number(input.max) };
  });
  const y = box.y + box.height / 2;
  // Thumb positions as fractions of the track; never 0 (σ = 0 would disable the control).
  const xAt = (f: number) => box.x + 8 + (box.width - 16) * f;
  const start = (range.v - range.lo) / (range.hi - range.lo || 1);
  await page.evaluate(() => {
    (window as unknown as { __bench: { recording: boolean } }).__bench.recording = true;
  });
  await page.mouse.move(xAt(start), y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    // Up to 90% of the track, then down to 10%: W's scale grows, then shrinks.
    const half = moves / 2;
    const f = i <= half ? start + (0.9 - start) * (i / half) : 0.9 - 0.8 * ((i - half) / half);
    await page.mouse.move(xAt(f), y);
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  const data = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { inputs: number[]; longTasks: number[] } }).__bench;
    return { latencies: b.inputs, longTasks: b.longTasks };
  });
  await context.close();
  return { ...data, errors, found: true };
}

/** The q-quantile (0…1) of `xs`, by nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}
