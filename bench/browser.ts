/**
 * The browser section of `npm run bench`: page weight of a production build, load time, the
 * smoothness of a walk through the lesson with the animation on, the σ_max(W) drag latency, and
 * Lighthouse — on `vite preview` in headless Chromium.
 */
import { cpus, loadavg } from 'node:os';
import { STEPS } from '../src/lesson/steps';
import { randomModel } from '../src/model';
import { modelToJson } from '../src/model/io/parse';
import { BUDGETS, kb, measurePageWeight } from '../scripts/pageWeight';
import { runLighthouse, type LighthouseScores } from './browser/lighthouse';
import {
  measureLoad,
  measureSigmaDrag,
  measureIdle,
  measureWalk,
  median,
  quantile,
  type ModelFile,
} from './browser/measure';
import { buildApp, launchChromium, OUT_DIR, packagesOf, startPreview } from './browser/server';
import { formatMs, type BenchCheck, type BenchSection } from './report';

const LOAD_RUNS = 3;
const FRAME_BUDGET_MS = 16.7;
/** rAF deltas of a 60 Hz display jitter by a few tenths of a ms; a dropped frame adds 16.7. */
const FRAME_JITTER_MS = 1;
const LONG_TASK_MS = 50;

/** A sized random model's file (one-hot inputs, D = K = H). */
function modelFile(T: number, H: number): ModelFile {
  const model = randomModel({ seed: 1, T, H, D: H, K: H, activation: 'tanh' });
  return { json: JSON.stringify(modelToJson(model)), T };
}

/** The first step that shows a formula from its first sub-step: where "loaded" is measurable. */
function firstFormulaHash(): string {
  const i = STEPS.findIndex((s) => s.formulas.some((f) => (f.from ?? 0) === 0 && !f.fromFor));
  return `#/${Math.max(0, i) + 1}/0`;
}

const ms = (x: number) => (Number.isFinite(x) ? formatMs(x) : 'n/a');

export async function browserSection(): Promise<BenchSection> {
  const rows: string[][] = [];
  const checks: BenchCheck[] = [];
  const notes: string[] = [];
  const row = (measure: string, value: string, target = '') => rows.push([measure, value, target]);

  // Page weight.
  const built = await buildApp();
  const w = measurePageWeight(OUT_DIR);
  const initialNames = new Set(w.initialJs.files.map((f) => f.file.split('/').pop()));
  const initialModules = built.chunks
    .filter((c) => initialNames.has(c.fileName.split('/').pop()))
    .flatMap((c) => c.moduleIds);
  const allModules = built.chunks.flatMap((c) => c.moduleIds);
  const d3 = packagesOf(allModules).filter((p) => p === 'd3' || p.startsWith('d3-'));
  const d3Initial = packagesOf(initialModules).filter((p) => p === 'd3' || p.startsWith('d3-'));
  const fontKinds = Object.entries(w.fontFormats).map(([k, n]) => `${n} ${k}`);
  const inlined = Object.entries(w.inlinedFonts).map(([k, n]) => `${n} ${k} inlined`);
  const woff2Only =
    Object.keys(w.fontFormats).every((k) => k === 'woff2') &&
    Object.keys(w.inlinedFonts).every((k) => k === 'woff2');
  row(
    `initial JS (${w.initialJs.files.length} file${w.initialJs.files.length === 1 ? '' : 's'}), gzip`,
    kb(w.initialJs.gzip),
    `≤ ${kb(BUDGETS.initialJsGzip)}`,
  );
  row(
    'initial JS + KaTeX + the heaviest catalog (the first formula), gzip',
    kb(w.firstFormulaJs.gzip),
    `≤ ${kb(BUDGETS.firstFormulaJsGzip)}`,
  );
  for (const [lang, c] of Object.entries(w.catalogs)) row(`${lang} catalog, gzip`, kb(c.gzip));
  row('lazy JS, gzip', kb(w.lazyJs.gzip));
  row('CSS, gzip', kb(w.css.gzip), `≤ ${kb(BUDGETS.cssGzip)}`);
  row('fonts', `${[...fontKinds, ...inlined].join(', ')}, ${kb(w.fonts.bytes)}`, 'woff2 only');
  notes.push(
    `Build ${formatMs(built.ms)}; D3 modules: ${d3.join(', ')} (in the initial JS: ${d3Initial.join(', ') || 'none'}).`,
  );
  // Timings scale with what else the machine runs: the load is printed beside them.
  const load = loadavg()[0].toFixed(1);
  notes.push(`${cpus().length} CPU cores, load average ${load} when the browser runs began.`);
  checks.push(
    {
      label: `initial JS ≤ ${kb(BUDGETS.initialJsGzip)} gzip`,
      ok: w.initialJs.gzip <= BUDGETS.initialJsGzip,
    },
    {
      label: `initial JS + KaTeX + catalog ≤ ${kb(BUDGETS.firstFormulaJsGzip)} gzip`,
      ok: w.firstFormulaJs.gzip <= BUDGETS.firstFormulaJsGzip,
    },
    { label: `CSS ≤ ${kb(BUDGETS.cssGzip)} gzip`, ok: w.css.gzip <= BUDGETS.cssGzip },
    { label: 'fonts woff2 only', ok: woff2Only && w.fonts.files.length > 0 },
    { label: "D3 by module (no 'd3' bundle)", ok: !d3.includes('d3') && d3.length > 0 },
  );

  const { server, url } = await startPreview();
  const errors: string[] = [];
  /** Runs one measurement; a failure becomes a row and a missed target, not an abort. */
  const attempt = async (label: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (e) {
      const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);
      row(label, `failed: ${msg}`);
      checks.push({ label: `${label} measured`, ok: false });
    }
  };
  let lh: LighthouseScores | null = null;
  try {
    const browser = await launchChromium();
    try {
      // Load: cold, in fresh contexts; also counts requests that leave the origin.
      const loadUrl = `${url}?lang=en${firstFormulaHash()}`;
      await attempt('load', async () => {
        const loads = [];
        for (let i = 0; i < LOAD_RUNS; i++) loads.push(await measureLoad(browser, loadUrl));
        row('load: first contentful paint', ms(median(loads.map((l) => l.fcp))));
        row('load: formula + diagram in the DOM', ms(median(loads.map((l) => l.ready))));
        row('load: … painted with fonts', ms(median(loads.map((l) => l.painted))));
        notes.push(`Load: median of ${LOAD_RUNS} cold loads of ${loadUrl.replace(url, '/')}.`);
      });
      await attempt('third-party requests', async () => {
        const foreign = await thirdPartyRequests(browser, loadUrl, url);
        row('third-party requests', String(foreign.length), '0');
        checks.push({ label: 'zero third-party requests', ok: foreign.length === 0 });
      });

      // The same page left alone: what the machine delivers with nothing to do (context).
      await attempt('idle', async () => {
        const idle = await measureIdle(browser, `${url}?lang=en${firstFormulaHash()}`);
        row('idle page, 2 s: frame p95', ms(quantile(idle, 0.95)));
      });

      // Smoothness: the whole lesson, the animation on.
      const walks: [string, ModelFile | undefined, number][] = [
        ['walk T = 4', undefined, 200],
        ['walk T = 16, H = 16', modelFile(16, 16), 150],
      ];
      for (const [label, model, dwell] of walks) {
        await attempt(label, async () => {
          const walk = await measureWalk(browser, `${url}?lang=en`, dwell, model);
          const p95 = quantile(walk.frames, 0.95);
          const longest = walk.longTasks.length ? Math.max(...walk.longTasks) : 0;
          row(
            `${label} (${walk.positions} positions): frame p95`,
            ms(p95),
            `≤ ${FRAME_BUDGET_MS} ms`,
          );
          row(
            `${label}: long tasks (longest)`,
            `${walk.longTasks.length} (${walk.longTasks.length ? ms(longest) : '—'})`,
            `none > ${LONG_TASK_MS} ms`,
          );
          checks.push(
            {
              label: `${label}: p95 frame ≤ ${FRAME_BUDGET_MS} ms (+${FRAME_JITTER_MS} ms jitter)`,
              ok: p95 <= FRAME_BUDGET_MS + FRAME_JITTER_MS,
            },
            { label: `${label}: no long task`, ok: walk.longTasks.length === 0 },
          );
          errors.push(...walk.errors);
        });
      }

      // Interaction: dragging σ_max(W) on a large model.
      await attempt('σ_max(W) drag, T = H = 64', async () => {
        const drag = await measureSigmaDrag(browser, `${url}?lang=en`, modelFile(64, 64), 20);
        if (!drag.found) throw new Error('the σ_max(W) control is not on the page');
        row(
          `σ_max(W) drag, T = H = 64 (${drag.latencies.length} inputs): input → paint p50 / p95`,
          `${ms(median(drag.latencies))} / ${ms(quantile(drag.latencies, 0.95))}`,
        );
        row('σ_max(W) drag: long tasks', String(drag.longTasks.length));
        checks.push({ label: 'σ_max(W) dragged', ok: drag.latencies.length > 0 });
        errors.push(...drag.errors);
      });
    } finally {
      await browser.close();
    }
    await attempt('Lighthouse', async () => {
      lh = await runLighthouse(`${url}?lang=en${firstFormulaHash()}`);
    });
  } finally {
    await server.close();
  }
  if (lh) addLighthouse(lh);
  checks.push({ label: 'no console error in the browser runs', ok: errors.length === 0 });
  if (errors.length) notes.push(`Console errors: ${[...new Set(errors)].slice(0, 3).join(' | ')}`);
  return {
    title: 'Browser: production build on vite preview, headless Chromium',
    notes,
    columns: ['measure', 'value', 'target'],
    rows,
    checks,
  };

  function addLighthouse(lh: LighthouseScores): void {
    row('Lighthouse (desktop): performance', String(lh.performance), '≥ 95');
    row('Lighthouse: accessibility', String(lh.accessibility), '100');
    row('Lighthouse: best practices', String(lh.bestPractices), '≥ 95');
    row('Lighthouse: LCP / TBT', `${ms(lh.lcpMs)} / ${ms(lh.tbtMs)}`);
    if (lh.failing.length) notes.push(`Lighthouse audits below 1: ${lh.failing.join(', ')}.`);
    checks.push(
      { label: 'Lighthouse performance ≥ 95', ok: lh.performance >= 95 },
      { label: 'Lighthouse accessibility = 100', ok: lh.accessibility === 100 },
      { label: 'Lighthouse best practices ≥ 95', ok: lh.bestPractices >= 95 },
    );
  }
}

/** The requests of one load that go to another origin (data: and blob: are local). */
async function thirdPartyRequests(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  pageUrl: string,
  base: string,
): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin)
      foreign.push(r.url());
  });
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  await context.close();
  return foreign;
}
