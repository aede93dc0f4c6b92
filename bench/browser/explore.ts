/**
 * The explore section of `npm run bench`: how long an edit of the model takes to reach the
 * screen in the explore mode, for T = H = 16 ("within one frame") and T = H = 64 ("without a
 * visible stall"), on a production build served by `vite preview`, in headless Chromium.
 *
 * Each edit is made as a user makes it (a key on the σ_max(W) slider, a new activation in the
 * select, a W entry typed into the matrix editor and Enter). Three figures per edit, from the
 * event's timestamp:
 * - first paint: the frame painted right after the event (the diagram, the formula, the maps
 *   and the terms are rendered in the same commit); it includes the wait for the display's next
 *   frame (0 to 16.7 ms at 60 Hz), which no page can shorten;
 * - frame work: the same without that wait, an estimate of the main thread's time for the
 *   edit's script and its frame (style, layout, paint): the gap between the end of the event's
 *   task and the frame's start is left out (work React schedules after the event may fall in
 *   that gap, so this can read low). Shown beside the first paint, which the targets use;
 *   headless Chromium here starts the frame at once, so the two agree;
 * - settled: the frame painted after the last DOM change the edit caused (the deferred views:
 *   the vanishing/exploding charts and the gradient check).
 */
import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { randomModel } from '../../src/model';
import { modelToJson } from '../../src/model/io/parse';
import { formatMs, type BenchCheck, type BenchSection } from '../report';
import { median, quantile } from './measure';
import { buildApp, launchChromium, startPreview } from './server';

const FRAME_MS = 16.7;
/** A pause longer than this would be seen as a stall. */
const STALL_MS = 100;
/** Edits of each kind made before the measured ones (the page's code runs interpreted at first). */
const WARM_UP = 6;
/** The page is quiet when nothing has changed for this long after an edit. */
const QUIET_MS = 150;

/** In-page probe (a string: the page cannot run the TypeScript runner's helpers). */
const PROBE = `(() => {
  const x = { armed: null, pending: null, samples: [], longTasks: [], recording: false };
  window.__xbench = x;
  try {
    new PerformanceObserver((list) => {
      if (!x.recording) return;
      for (const e of list.getEntries()) x.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  } catch (e) {}
  // The rAF callback runs before the frame's paint; a message posted from it arrives after.
  const afterPaint = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  });
  const start = (e) => {
    if (!x.armed || e.type !== x.armed.type) return;
    if (x.armed.key && e.key !== x.armed.key) return;
    x.armed = null;
    const p = { start: e.timeStamp, first: null, settled: null, work: null, jsEnd: null, lastChange: performance.now() };
    x.pending = p;
    // A message posted now arrives once the event's task (and the work queued ahead of it) is
    // done: the end of the edit's script.
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { if (p.jsEnd === null) p.jsEnd = performance.now(); };
    ch.port2.postMessage(0);
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      const c2 = new MessageChannel();
      c2.port1.onmessage = () => {
        const t = performance.now();
        p.first = t - p.start;
        // Waiting for the display's next frame is not work: the idle time between the end of
        // the script and the frame's start is left out.
        const idle = p.jsEnd !== null && p.jsEnd <= frameStart ? frameStart - p.jsEnd : 0;
        p.work = p.first - idle;
        if (p.settled === null) p.settled = p.first;
      };
      c2.port2.postMessage(0);
    });
  };
  for (const type of ['input', 'change', 'keydown']) document.addEventListener(type, start, true);
  new MutationObserver(() => {
    const p = x.pending;
    if (!p) return;
    p.lastChange = performance.now();
    afterPaint((t) => { if (x.pending === p) p.settled = Math.max(p.settled ?? 0, t - p.start); });
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  x.arm = (type, key) => { x.armed = { type, key }; };
  x.quiet = (ms) => { const p = x.pending; return !!p && p.first !== null && performance.now() - p.lastChange > ms; };
  x.finish = () => {
    const p = x.pending;
    x.pending = null;
    if (p && p.first !== null) x.samples.push({ first: p.first, settled: p.settled ?? p.first, work: p.work ?? p.first });
  };
})();`;

interface Sample {
  readonly first: number;
  readonly settled: number;
  /** Main-thread time of the edit up to its first painted frame (the wait for vsync left out). */
  readonly work: number;
}

interface EditFigures {
  readonly label: string;
  readonly samples: readonly Sample[];
}

interface SizeFigures {
  readonly T: number;
  readonly H: number;
  readonly edits: readonly EditFigures[];
  readonly longTasks: readonly number[];
  readonly errors: readonly string[];
}

type XBench = {
  arm(type: string, key?: string): void;
  quiet(ms: number): boolean;
  finish(): void;
  samples: Sample[];
  longTasks: number[];
  recording: boolean;
};

/** Arms the probe for the next `type` event, runs `act`, waits until the page is quiet. */
async function timed(page: Page, type: string, act: () => Promise<void>, key?: string) {
  await page.evaluate(
    ([t, k]) => (window as unknown as { __xbench: XBench }).__xbench.arm(t, k ?? undefined),
    [type, key ?? null] as const,
  );
  await act();
  await page.waitForFunction(
    (ms) => (window as unknown as { __xbench: XBench }).__xbench.quiet(ms),
    QUIET_MS,
    { timeout: 30_000, polling: 20 },
  );
  await page.evaluate(() => (window as unknown as { __xbench: XBench }).__xbench.finish());
}

async function takeSamples(page: Page): Promise<Sample[]> {
  return page.evaluate(() => {
    const x = (window as unknown as { __xbench: XBench }).__xbench;
    const out = x.samples;
    x.samples = [];
    return out;
  });
}

/** Scrolls to a section of the panel and waits until it follows the model (see LiveSection). */
async function live(page: Page, section: string) {
  const el = page.locator(`section[data-section="${section}"]`);
  await el.scrollIntoViewIfNeeded();
  await page.waitForSelector(`section[data-section="${section}"][data-live="true"]`);
  await page.waitForTimeout(300);
}

/** Opens the explore mode with a T × H model loaded through the model-file input. */
async function openWithModel(browser: Browser, url: string, T: number, H: number) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(PROBE);
  await page.goto(`${url}?lang=en&mode=explore`);
  await page.waitForSelector('[data-testid="model-file"]');
  const model = randomModel({ seed: 1, T, H, D: H, K: H, activation: 'tanh' });
  await page.locator('[data-testid="model-file"]').setInputFiles({
    name: 'model.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(modelToJson(model))),
  });
  await page.waitForFunction(
    (n) => document.querySelector('.dg-root')?.getAttribute('data-steps') === String(n),
    T,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(500);
  return { context, page, errors };
}

async function measureSize(browser: Browser, url: string, T: number, H: number, n: number) {
  const { context, page, errors } = await openWithModel(browser, url, T, H);
  const edits: EditFigures[] = [];
  try {
    await page.evaluate(() => {
      (window as unknown as { __xbench: XBench }).__xbench.recording = true;
    });

    // σ_max(W): the arrow keys on the slider (each press rescales W by one step).
    await live(page, 'network');
    const slider = page.locator('input[type="range"][data-field="sigmaW"]');
    await slider.focus();
    // A few edits of each kind first, not measured: the first run of the page's code is interpreted.
    for (let i = 0; i < WARM_UP; i++) {
      await slider.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(QUIET_MS);
    }
    for (let i = 0; i < n; i++) {
      const key = i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
      await timed(page, 'input', () => slider.press(key));
    }
    edits.push({ label: 'σ_max(W) slider (a key)', samples: await takeSamples(page) });

    // The activation.
    const select = page.locator('select[data-field="activation"]');
    const acts = ['relu', 'sigmoid', 'linear', 'tanh'];
    for (let i = 0; i < WARM_UP; i++) {
      await select.selectOption(acts[(i + 1) % acts.length]);
      await page.waitForTimeout(QUIET_MS);
    }
    for (let i = 0; i < n; i++) {
      await timed(page, 'change', () => select.selectOption(acts[i % acts.length]).then(() => {}));
    }
    edits.push({ label: 'activation (select)', samples: await takeSamples(page) });

    // A W entry typed by hand.
    await live(page, 'maps');
    const toggle = page.getByRole('button', { name: 'Edit W by hand' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
      await toggle.click();
      await page.waitForTimeout(300);
    }
    const typeEntry = async (i: number, measure: boolean) => {
      const cell = page.locator(
        `.xp-editor[data-field="W"] button[data-cell="0-${i % Math.min(H, 16)}"]`,
      );
      await cell.scrollIntoViewIfNeeded();
      await cell.click();
      const input = page.locator('.xp-editor[data-field="W"] input.xp-editor__input');
      await input.fill(String(0.05 * ((i % 7) - 3)));
      if (measure) await timed(page, 'keydown', () => input.press('Enter'), 'Enter');
      else {
        await input.press('Enter');
        await page.waitForTimeout(QUIET_MS);
      }
    };
    for (let i = 0; i < WARM_UP; i++) await typeEntry(i + 1, false);
    for (let i = 0; i < n; i++) await typeEntry(i, true);
    edits.push({ label: 'W entry typed (Enter)', samples: await takeSamples(page) });

    const longTasks = await page.evaluate(
      () => (window as unknown as { __xbench: XBench }).__xbench.longTasks,
    );
    return { T, H, edits, longTasks, errors } satisfies SizeFigures;
  } finally {
    await context.close();
  }
}

const ms = (x: number) => (Number.isFinite(x) ? formatMs(x) : 'n/a');

export async function exploreSection(): Promise<BenchSection> {
  const rows: string[][] = [];
  const checks: BenchCheck[] = [];
  const notes: string[] = [
    'Edit → paint in the explore mode (1920×1080, production build): "first" is the frame',
    'painted after the input event (the wait for the next vsync included); "work" the same',
    "without that wait (the edit's script, style, layout and paint on the main thread);",
    '"settled" the frame after the last DOM change it caused (the deferred charts and the',
    'gradient check included). p50 / p95 over the edits.',
  ];
  await buildApp();
  const { server, url } = await startPreview(4181);
  // Timings scale with what else the machine runs: the load is printed beside them.
  notes.push(`${cpus().length} CPU cores, load average ${loadavg()[0].toFixed(1)} at the start.`);
  const errors: string[] = [];
  try {
    const browser = await launchChromium();
    try {
      for (const [T, H, n, target] of [
        [16, 16, 24, FRAME_MS],
        [64, 64, 12, STALL_MS],
      ] as const) {
        const label = `T = H = ${T}`;
        try {
          const f = await measureSize(browser, url, T, H, n);
          errors.push(...f.errors);
          for (const e of f.edits) {
            const first = e.samples.map((s) => s.first);
            const work = e.samples.map((s) => s.work);
            const settled = e.samples.map((s) => s.settled);
            rows.push([
              `${label}: ${e.label} (${e.samples.length})`,
              `${ms(median(work))} / ${ms(quantile(work, 0.95))}`,
              `${ms(median(first))} / ${ms(quantile(first, 0.95))}`,
              `${ms(median(settled))} / ${ms(quantile(settled, 0.95))}`,
              `first ≤ ${target} ms`,
            ]);
            checks.push({
              label: `${label}, ${e.label}: first paint p50 ≤ ${target} ms`,
              ok: e.samples.length > 0 && median(first) <= target,
            });
          }
          const longest = f.longTasks.length ? Math.max(...f.longTasks) : 0;
          rows.push([
            `${label}: long tasks (longest)`,
            `${f.longTasks.length} (${f.longTasks.length ? ms(longest) : '—'})`,
            '',
            '',
            '',
          ]);
        } catch (e) {
          const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);
          rows.push([label, `failed: ${msg}`, '', '', '']);
          checks.push({ label: `${label} measured`, ok: false });
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
  checks.push({ label: 'no console error in the explore runs', ok: errors.length === 0 });
  if (errors.length) notes.push(`Console errors: ${[...new Set(errors)].slice(0, 3).join(' | ')}`);
  return {
    title: 'Explore: edit → paint, production build on vite preview, headless Chromium',
    notes,
    columns: [
      'edit',
      'frame work p50 / p95',
      'first paint p50 / p95',
      'settled p50 / p95',
      'target (p50)',
    ],
    rows,
    checks,
  };
}
